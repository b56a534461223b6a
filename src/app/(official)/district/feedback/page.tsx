import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { answerFeedbackForm } from "@/modules/feedback/forms";
import { listProblemReports, projectRatings } from "@/modules/feedback/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "居民反馈", en: "Resident feedback" });

export default async function DistrictFeedbackPage({ searchParams }: { searchParams: FlashParams }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { ok, error } = await searchParams;
  const [reports, ratings] = await Promise.all([listProblemReports(actor), projectRatings(actor)]);
  return (
    <AppShell actor={actor}>
      <PageTitle>{L("居民反馈", "Resident feedback")}</PageTitle>
      <Flash ok={ok} error={error} messages={{ answered: L("已答复。", "Answered.") }} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={L("施工问题反映", "Problem reports")}>
            <ul className="space-y-3 text-sm">
              {reports.map((r) => (
                <li key={r.id} className="rounded border border-slate-200 p-3" data-testid="problem-report">
                  <p className="text-slate-600">{r.project.name} · {r.dwelling ? `${r.dwelling.neighborhood.name} ${r.dwelling.unit.building.name}${r.dwelling.unit.name} ${r.dwelling.room}` : ""} · {formatDate(r.createdAt, locale)}</p>
                  <p className="mt-1">{r.body}</p>
                  {r.photoKey ? <a href={`/api/feedback/photos/${r.id}`} className="text-brand-700">{L("照片", "Photo")}</a> : null}
                  {r.answer ? (
                    <p className="mt-1 text-green-800">{L("答复", "Reply")}:{r.answer}</p>
                  ) : actor.role === "DISTRICT" ? (
                    <form action={answerFeedbackForm} className="mt-2 flex gap-2">
                      <input type="hidden" name="feedbackId" value={r.id} />
                      <input name="answer" required className="flex-1 rounded border border-slate-300 p-1" placeholder={L("答复内容", "Reply")} />
                      <button type="submit" className="rounded bg-brand-700 px-3 text-white">{L("答复", "Reply")}</button>
                    </form>
                  ) : null}
                </li>
              ))}
              {reports.length === 0 ? <li className="text-slate-500">{L("暂无", "None")}</li> : null}
            </ul>
          </Card>
        </div>
        <Card title={L("满意度评价", "Satisfaction")}>
          <ul className="space-y-2 text-sm">
            {ratings.map((r) => (
              <li key={r.projectId}>{r.name}:<strong>{r.average}</strong> {L("分", "")}({r.count} {L("人评价", "ratings")})</li>
            ))}
            {ratings.length === 0 ? <li className="text-slate-500">{L("暂无评价", "No ratings yet")}</li> : null}
          </ul>
        </Card>
      </div>
    </AppShell>
  );
}
