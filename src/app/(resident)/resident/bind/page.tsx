import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { BindForm } from "./bind-form";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.residentBind.bindADwelling");

export default async function BindPage() {
  const actor = await requirePageActor("RESIDENT");
  const t = await getTranslations();
  return (
    <AppShell actor={actor} wide={false}>
      <div className="text-lg">
        <Link href="/resident" className="text-brand-700">
          ← {t("routes.residentBind.back")}
        </Link>
        <PageTitle>{t("routes.residentBind.bindMyDwelling")}</PageTitle>
        <p className="mb-4">{t("routes.residentBind.enterThe12CharacterCodeFrom")}</p>
        <BindForm
          messages={{
            code: t("routes.residentBind.code"),
            hint: t("routes.residentBind.eGAbcdEfghJkmnCase"),
            submit: t("routes.residentBind.bind"),
            submitting: t("routes.residentBind.binding"),
          }}
        />
      </div>
    </AppShell>
  );
}
