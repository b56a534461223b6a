import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { ResponsibilityMatrix } from "@/modules/departments/components/matrix";
import { responsibilityMatrix } from "@/modules/departments/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.departments.departmentResponsibilities");

export default async function MatrixPage() {
  const actor = await requirePageActor("ADMIN", "COMMISSION", "DISTRICT", "DEPARTMENT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const departments = await responsibilityMatrix(actor);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.departments.annexOf202182ItemsAre")}>
        {t("routes.departments.departmentResponsibilityMatrix")}
      </PageTitle>
      {actor.role === "ADMIN" ? <Link href="/admin/departments" className="mb-4 inline-block rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white">{t("routes.departments.editDutiesAndRules")}</Link> : null}
      <ResponsibilityMatrix departments={departments} locale={locale} />
    </AppShell>
  );
}
