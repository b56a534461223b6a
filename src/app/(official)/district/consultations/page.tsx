import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { BALLOT_STATUS_LABELS, STAGE_LABELS } from "@/lib/labels";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { openBallotForm } from "@/modules/consultation/forms";
import { listConsultations } from "@/modules/consultation/queries";

export const metadata = { title: "征求意见与表决" };

export default async function ConsultationsPage({ searchParams }: { searchParams: FlashParams }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { ok, error } = await searchParams;
  const projects = await listConsultations(actor);
  const manage = actor.role === "DISTRICT";
  const time = (d: Date) => d.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("居民共谋共建:改造内容按户表决,依《民法典》第二百七十八条计票。", "Residents decide the menu, one vote per dwelling, counted by Civil Code art. 278.")}>
        {L("征求意见与表决", "Consultation and ballots")}
      </PageTitle>
      <Flash ok={ok} error={error} messages={{}} />
      <div className="space-y-6">
        {projects.length === 0 ? <p className="text-slate-600">{L("暂无处于征求意见阶段的项目。", "No project is in consultation.")}</p> : null}
        {projects.map((p) => {
          const running = p.ballots.some((b) => ["DRAFT", "OPEN", "CLOSED", "PUBLISHED"].includes(b.status));
          return (
            <Card key={p.id} title={`${p.name}(${p.district.name} · ${STAGE_LABELS[p.stage][locale]})`}>
              <ul className="mb-3 space-y-1 text-sm">
                {p.ballots.map((b) => (
                  <li key={b.id}>
                    <Link href={`/district/consultations/${b.id}`} className="font-semibold text-brand-700">{b.title}</Link> · {BALLOT_STATUS_LABELS[b.status][locale]} · {time(b.opensAt)} – {time(b.closesAt)}
                  </li>
                ))}
                {p.ballots.length === 0 ? <li className="text-slate-500">{L("尚未发起表决", "No ballot yet")}</li> : null}
              </ul>
              {manage ? (
                <p className="mb-3 text-sm">
                  {L("绑定码信件:", "Binding-code letters: ")}
                  {p.neighborhoods.map(({ neighborhood }) => (
                    <Link key={neighborhood.id} href={`/district/consultations/codes/${neighborhood.id}`} className="mr-3 text-brand-700">{neighborhood.name}</Link>
                  ))}
                </p>
              ) : null}
              {manage && !running && p.stage === "CONSULTATION" && p.items.length > 0 ? (
                <form action={openBallotForm} className="grid gap-3 rounded border border-slate-200 p-3 text-sm md:grid-cols-2" data-testid={`open-ballot-${p.code}`}>
                  <input type="hidden" name="projectId" value={p.id} />
                  <label className="md:col-span-2">{L("表决标题", "Title")}<input name="title" required defaultValue={`${p.name} · 改造内容表决`} className="mt-1 block w-full rounded border border-slate-300 p-2" /></label>
                  <label>{L("开始时间", "Opens")}<input type="datetime-local" name="opensAt" required className="mt-1 block w-full rounded border border-slate-300 p-2" /></label>
                  <label>{L("截止时间", "Closes")}<input type="datetime-local" name="closesAt" required className="mt-1 block w-full rounded border border-slate-300 p-2" /></label>
                  <label>{L("公示期(工作日)", "Notice period (working days)")}<input type="number" name="noticeWorkingDays" min={1} max={30} defaultValue={5} className="mt-1 block w-full rounded border border-slate-300 p-2" /></label>
                  <label className="flex items-center gap-2"><input type="checkbox" name="showRunningResults" />{L("截止前向居民显示实时统计", "Show running results to residents")}</label>
                  <p className="text-slate-600 md:col-span-2">{L(`待表决事项 ${p.items.length} 项(提升类、完善类);基础类内容直接纳入。`, `${p.items.length} proposed items; basic items are included without a vote.`)}</p>
                  <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white md:col-span-2">{L("发起表决", "Open ballot")}</button>
                </form>
              ) : null}
            </Card>
          );
        })}
      </div>
    </AppShell>
  );
}
