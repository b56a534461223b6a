import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { BindForm } from "./bind-form";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "绑定房屋", en: "Bind a dwelling" });

export default async function BindPage() {
  const actor = await requirePageActor("RESIDENT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  return (
    <AppShell actor={actor} wide={false}>
      <div className="text-lg">
        <Link href="/resident" className="text-brand-700">← {L("返回首页", "Back")}</Link>
        <PageTitle>{L("绑定我的房屋", "Bind my dwelling")}</PageTitle>
        <p className="mb-4">{L("请输入社区发给您家的信件上的 12 位绑定码。每个绑定码只能使用一次;共有产权人可各自向社区领取绑定码。", "Enter the 12-character code from the letter your community sent. Each code works once; co-owners can each ask for a code.")}</p>
        <BindForm
          messages={{
            code: L("绑定码", "Code"),
            hint: L("例如 ABCD-EFGH-JKMN;大小写、空格、横线都可以", "e.g. ABCD-EFGH-JKMN; case, spaces and dashes do not matter"),
            submit: L("绑定", "Bind"),
            submitting: L("正在绑定…", "Binding…"),
          }}
        />
      </div>
    </AppShell>
  );
}
