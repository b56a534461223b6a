import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { BALLOT_STATUS_LABELS, STAGE_LABELS } from "@/lib/labels";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { OpenBallotForm } from "@/modules/consultation/components/open-ballot-form";
import { listConsultations } from "@/modules/consultation/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "征求意见与表决", en: "Consultations and votes" });

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
                <OpenBallotForm projectId={p.id} code={p.code} defaultTitle={`${p.name} · 改造内容表决`} items={p.items.length} locale={locale} />
              ) : null}
            </Card>
          );
        })}
      </div>
    </AppShell>
  );
}
