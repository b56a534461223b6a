import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { redeemForm } from "@/modules/consultation/forms";

export const metadata = { title: "绑定房屋" };

export default async function BindPage({ searchParams }: { searchParams: FlashParams }) {
  const actor = await requirePageActor("RESIDENT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { error } = await searchParams;
  return (
    <AppShell actor={actor} wide={false}>
      <div className="text-lg">
        <Link href="/resident" className="text-brand-700">← {L("返回首页", "Back")}</Link>
        <PageTitle>{L("绑定我的房屋", "Bind my dwelling")}</PageTitle>
        <Flash error={error} messages={{}} />
        <p className="mb-4">{L("请输入社区发给您家的信件上的 12 位绑定码。每个绑定码只能使用一次;共有产权人可各自向社区领取绑定码。", "Enter the 12-character code from the letter your community sent. Each code works once; co-owners can each ask for a code.")}</p>
        <form action={redeemForm} className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
          <label className="block">
            <span className="font-semibold">{L("绑定码", "Code")}</span>
            <input name="code" required autoComplete="off" autoCapitalize="characters" placeholder="XXXX-XXXX-XXXX" className="mt-2 block w-full rounded-lg border border-slate-400 px-4 py-3 font-mono text-2xl tracking-widest" />
          </label>
          <button type="submit" className="w-full rounded-lg bg-brand-700 px-4 py-4 text-xl font-bold text-white">{L("绑定", "Bind")}</button>
        </form>
      </div>
    </AppShell>
  );
}
