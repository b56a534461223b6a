import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { STAGE_LABELS } from "@/lib/labels";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { RATING_STAGES, REPORT_STAGES } from "@/modules/feedback/stages";
import { rateProjectForm, reportProblemForm } from "@/modules/feedback/forms";
import { myProjectFeedback } from "@/modules/feedback/queries";
import { MyLiftShare } from "@/modules/funding/components/my-lift-share";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.residentProjectsId.reportAProblemAndRate");

export default async function ResidentProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: FlashParams;
}) {
  const actor = await requirePageActor("RESIDENT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const { ok, error } = await searchParams;
  const data = await orNotFound(myProjectFeedback(actor, id));
  const { project, reports, rating } = data;
  return (
    <AppShell actor={actor} wide={false}>
      <div className="text-lg leading-relaxed">
        <Link href="/resident" className="text-brand-700">
          ← {t("routes.residentProjectsId.back")}
        </Link>
        <PageTitle subtitle={STAGE_LABELS[project.stage][locale]}>{project.name}</PageTitle>
        <Flash
          ok={ok}
          error={error}
          messages={{
            reported: t("routes.residentProjectsId.reportedTheDistrictWillReply"),
            rated: t("routes.residentProjectsId.thankYouForYourRating"),
          }}
        />
        <MyLiftShare actor={actor} projectId={project.id} locale={locale} />
        {REPORT_STAGES.includes(project.stage) ? (
          <form action={reportProblemForm} className="mb-6 space-y-3 rounded-lg bg-white p-5 shadow-sm">
            <h2 className="text-xl font-bold">{t("routes.residentProjectsId.reportAProblem")}</h2>
            <input type="hidden" name="projectId" value={project.id} />
            <label className="block">
              {t("routes.residentProjectsId.whatIsWrong")}
              <textarea
                name="body"
                required
                minLength={5}
                rows={4}
                className="mt-1 block w-full rounded border border-slate-400 p-3"
              />
            </label>
            <label className="block">
              {t("routes.residentProjectsId.photoOptional")}
              <input type="file" name="photo" accept="image/*" capture="environment" className="mt-1 block w-full" />
            </label>
            <button type="submit" className="w-full rounded-lg bg-brand-700 px-4 py-4 text-xl font-bold text-white">
              {t("routes.residentProjectsId.send")}
            </button>
          </form>
        ) : null}
        {RATING_STAGES.includes(project.stage) ? (
          <form action={rateProjectForm} className="mb-6 space-y-3 rounded-lg bg-white p-5 shadow-sm">
            <h2 className="text-xl font-bold">{t("routes.residentProjectsId.rateTheResult")}</h2>
            {rating ? (
              <p>{t("routes.residentProjectsId.youRatedYouCanChangeIt", { score: String(rating.score) })}</p>
            ) : null}
            <input type="hidden" name="projectId" value={project.id} />
            <fieldset className="flex justify-between">
              {[1, 2, 3, 4, 5].map((s) => (
                <label key={s} className="flex flex-col items-center text-xl">
                  <input
                    type="radio"
                    name="score"
                    value={s}
                    required
                    defaultChecked={rating?.score === s}
                    className="h-6 w-6"
                  />
                  {s}
                  {t("routes.residentProjectsId.textbbea7")}
                </label>
              ))}
            </fieldset>
            <label className="block">
              {t("routes.residentProjectsId.commentsOptional")}
              <textarea
                name="body"
                rows={3}
                defaultValue={rating?.body ?? ""}
                className="mt-1 block w-full rounded border border-slate-400 p-3"
              />
            </label>
            <button type="submit" className="w-full rounded-lg bg-brand-700 px-4 py-4 text-xl font-bold text-white">
              {t("routes.residentProjectsId.sendRating")}
            </button>
          </form>
        ) : null}
        <h2 className="mb-2 text-xl font-bold">{t("routes.residentProjectsId.myReports")}</h2>
        <ul className="space-y-3">
          {reports.map((r) => (
            <li key={r.id} className="rounded-lg bg-white p-4 shadow-sm">
              <p>{r.body}</p>
              {r.photoKey ? (
                <a href={`/api/feedback/photos/${r.id}`} className="text-brand-700">
                  {t("routes.residentProjectsId.photo")}
                </a>
              ) : null}
              <p className="mt-2 text-base">
                {r.answer ? (
                  <span className="text-green-800">
                    {t("routes.residentProjectsId.reply")}:{r.answer}
                  </span>
                ) : (
                  <span className="text-slate-600">{t("routes.residentProjectsId.awaitingReply")}</span>
                )}
              </p>
            </li>
          ))}
          {reports.length === 0 ? <li className="text-slate-600">{t("routes.residentProjectsId.none")}</li> : null}
        </ul>
      </div>
    </AppShell>
  );
}
