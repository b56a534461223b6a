import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { formatBindingCode } from "@/modules/consultation/codes";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { issueCodesForm, revokeCodeForm } from "@/modules/consultation/forms";
import { codeSheet } from "@/modules/consultation/queries";
import { ContactPhoneForm } from "@/modules/consultation/paper/components/contact-phone-form";
import { letterAddress } from "@/modules/consultation/paper/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "绑定码信件", en: "Binding-code letters" });

/** One letter per dwelling, printable (each letter starts a new page when printed). */
export default async function CodeLettersPage({ params, searchParams }: { params: Promise<{ neighborhoodId: string }>; searchParams: FlashParams }) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { neighborhoodId } = await params;
  const { ok, error } = await searchParams;
  const sheet = await orNotFound(codeSheet(actor, neighborhoodId));
  // The configured public address, never the request's host (which the client chooses).
  const shortUrl = letterAddress();
  const { neighborhood: n, dwellings } = sheet;
  const missing = dwellings.filter((d) => d.bindingCodes.length === 0).length;
  return (
    <AppShell actor={actor}>
      <div className="print:hidden">
        <Link href="/district/consultations" className="text-sm text-brand-700">← {L("返回表决列表", "Back to ballots")}</Link>
        <PageTitle subtitle={`${n.district.name} · ${n.address}`}>{L(`${n.name} 绑定码信件`, `Binding-code letters: ${n.name}`)}</PageTitle>
        <Flash ok={ok} error={error} messages={{ issued: L("绑定码已生成。", "Codes issued."), reissued: L("原绑定码已作废,新码已生成。", "Old code revoked; a new one is issued.") }} />
        <div className="mb-6 flex flex-wrap items-center gap-4 rounded-lg bg-white p-4 text-sm shadow-sm">
          <span>{L(`共 ${dwellings.length} 户,${missing} 户暂无可用绑定码。`, `${dwellings.length} dwellings, ${missing} without a usable code.`)}</span>
          <form action={issueCodesForm}>
            <input type="hidden" name="neighborhoodId" value={n.id} />
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{L("为缺码房屋生成绑定码", "Issue missing codes")}</button>
          </form>
          <Link href={`/district/consultations/codes/${n.id}/print`} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700">{L("打印信件(每张 A4 四封)", "Print letters (4 per A4)")}</Link>
          <a href={`/district/consultations/codes/${n.id}/pdf`} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700">{L("下载 PDF", "Download PDF")}</a>
        </div>
        <div className="mb-6 rounded-lg bg-white p-4 text-sm shadow-sm">
          <ContactPhoneForm neighborhoodId={n.id} current={sheet.contactPhone} locale={locale} />
        </div>
      </div>
      <ol className="grid gap-4 md:grid-cols-2 print:block">
        {dwellings.map((d) => {
          const code = d.bindingCodes[0]?.code;
          return (
            <li key={d.id} className="rounded-lg border border-slate-300 bg-white p-5 print:mb-0 print:break-after-page print:border-0" data-testid="code-letter">
              <p className="text-sm text-slate-600">{n.district.name} · {n.name}</p>
              <h2 className="mt-1 text-xl font-bold">{d.unit.building.name}{d.unit.name} {d.room}{L("室 业主", "")}:</h2>
              <p className="mt-2 text-sm">{L("请用手机打开下面的网址,输入绑定码和您的手机号码并设置密码,即可开通账号、绑定您的房屋,参加小区改造内容表决。已有账号的,请登录后在“绑定房屋”中输入绑定码。每个绑定码只能使用一次。", "Open the address below on your phone and enter the code with your mobile number and a password of your choice: this opens your account, binds your dwelling and lets you vote on the renovation. Already have an account? Sign in and enter the code under “Bind dwelling”. The code works once.")}</p>
              <p className="mt-3 text-sm">{L("网址", "Address")}:<span className="font-mono">{shortUrl}</span></p>
              <p className="mt-1 text-sm">{L("绑定码", "Code")}:{code ? <span className="font-mono text-2xl font-bold tracking-widest" data-testid="code">{formatBindingCode(code)}</span> : <span className="text-slate-500">{L("(暂无,请先生成)", "(none yet)")}</span>}</p>
              <p className="mt-2 text-xs text-slate-500">{L(`已绑定账号 ${d._count.residents} 个`, `${d._count.residents} account(s) bound`)}</p>
              <form action={revokeCodeForm} className="mt-2 print:hidden">
                <input type="hidden" name="neighborhoodId" value={n.id} />
                <input type="hidden" name="dwellingId" value={d.id} />
                <input type="hidden" name="reissue" value="on" />
                <button type="submit" className="text-sm text-red-700 underline">{code ? L("作废并重新发放", "Revoke and reissue") : L("发放新码", "Issue a code")}</button>
              </form>
            </li>
          );
        })}
      </ol>
    </AppShell>
  );
}
