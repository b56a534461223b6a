import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { answerFeedbackForm } from "@/modules/feedback/forms";
import { listProblemReports, projectRatings } from "@/modules/feedback/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtFeedback.residentFeedback");

export default async function DistrictFeedbackPage({ searchParams }: { searchParams: FlashParams }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { ok, error } = await searchParams;
  const [reports, ratings] = await Promise.all([listProblemReports(actor), projectRatings(actor)]);
  return (
    <AppShell actor={actor}>
      <PageTitle>{t("routes.districtFeedback.residentFeedback")}</PageTitle>
      <Flash ok={ok} error={error} messages={{ answered: t("routes.districtFeedback.answered") }} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={t("routes.districtFeedback.problemReports")}>
            <ul className="space-y-3 text-sm">
              {reports.map((r) => (
                <li key={r.id} className="rounded border border-slate-200 p-3" data-testid="problem-report">
                  <p className="text-slate-600">
                    {r.project.name} ·{" "}
                    {r.dwelling
                      ? `${r.dwelling.neighborhood.name} ${r.dwelling.unit.building.name}${r.dwelling.unit.name} ${r.dwelling.room}`
                      : ""}{" "}
                    · {formatDate(r.createdAt, locale)}
                  </p>
                  <p className="mt-1">{r.body}</p>
                  {r.photoKey ? (
                    <a href={`/api/feedback/photos/${r.id}`} className="text-brand-700">
                      {t("routes.districtFeedback.photo")}
                    </a>
                  ) : null}
                  {r.answer ? (
                    <p className="mt-1 text-green-800">
                      {t("routes.districtFeedback.reply")}:{r.answer}
                    </p>
                  ) : actor.role === "DISTRICT" ? (
                    <form action={answerFeedbackForm} className="mt-2 flex gap-2">
                      <input type="hidden" name="feedbackId" value={r.id} />
                      <input
                        name="answer"
                        required
                        className="flex-1 rounded border border-slate-300 p-1"
                        placeholder={t("routes.districtFeedback.reply_32066")}
                      />
                      <button type="submit" className="rounded bg-brand-700 px-3 text-white">
                        {t("routes.districtFeedback.reply")}
                      </button>
                    </form>
                  ) : null}
                </li>
              ))}
              {reports.length === 0 ? <li className="text-slate-500">{t("routes.districtFeedback.none")}</li> : null}
            </ul>
          </Card>
        </div>
        <Card title={t("routes.districtFeedback.satisfaction")}>
          <ul className="space-y-2 text-sm">
            {ratings.map((r) => (
              <li key={r.projectId}>
                {r.name}:<strong>{r.average}</strong> {t("routes.districtFeedback.textbbea7")}({r.count}{" "}
                {t("routes.districtFeedback.ratings")})
              </li>
            ))}
            {ratings.length === 0 ? (
              <li className="text-slate-500">{t("routes.districtFeedback.noRatingsYet")}</li>
            ) : null}
          </ul>
        </Card>
      </div>
    </AppShell>
  );
}
