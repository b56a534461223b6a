// A resident's project as a phone user reads it: one column, large text, no JavaScript needed.
import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import { CATEGORY_LABELS, OUTCOME_LABELS, STAGE_LABELS } from "@/lib/labels";
import { RATING_STAGES, REPORT_STAGES } from "@/modules/feedback/stages";
import { STAGE_ORDER } from "@/modules/projects/stages";
import { outcomeMeaning, roundName } from "@/modules/consultation/rounds/outcome-words";
import type { ResidentTimeline } from "../data";
import { useTranslations } from "next-intl";

type Project = ResidentTimeline[number];

export function ProjectTimeline({ project: p, locale }: { project: Project; locale: Locale }) {
  const t = useTranslations();
  const reached = new Map(p.stageChanges.map((c) => [c.toStage, c.at]));
  const current = STAGE_ORDER.indexOf(p.stage);
  const included = p.items.filter((i) => i.status === "INCLUDED");
  // An undecided item awaits the vote only while no published result speaks for it, or while a
  // later round open now asks it again; once a result is out, the result's meaning is shown instead.
  const asked = new Map(p.openBallots.flatMap((b) => b.projectItemIds.map((id) => [id, b] as const)));
  const published = new Set(p.ballots.flatMap((b) => b.items.map((i) => i.projectItemId)));
  const proposed = p.items.filter((i) => i.status === "PROPOSED" && (asked.has(i.id) || !published.has(i.id)));
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="project-timeline">
      <h3 className="text-xl font-bold">{p.name}</h3>
      <p className="text-base text-slate-700">
        {p.neighborhoods.map((n) => n.neighborhood.name).join("、")} ·{" "}
        {t("dashboards.residentTimeline.text67bde", { year: String(p.year) })}
      </p>

      <section className="mt-4">
        <h4 className="font-semibold">{t("dashboards.residentTimeline.whereItStands")}</h4>
        <p className="mt-1">
          {t("dashboards.residentTimeline.now")}:<strong>{STAGE_LABELS[p.stage][locale]}</strong>
          {p.next ? (
            <>
              {t("dashboards.residentTimeline.next")}:<strong>{STAGE_LABELS[p.next][locale]}</strong>
            </>
          ) : null}
        </p>
        <ol className="mt-2 space-y-1 border-l-4 border-brand-600 pl-4">
          {STAGE_ORDER.map((stage, i) => (
            <li
              key={stage}
              className={i === current ? "font-bold text-brand-800" : i < current ? "text-slate-800" : "text-slate-600"}
            >
              {i < current ? "✓ " : i === current ? "▶ " : "○ "}
              {STAGE_LABELS[stage][locale]}
              {reached.get(stage) && i <= current ? (
                <span className="text-base font-normal text-slate-600">
                  {" "}
                  · {formatDate(reached.get(stage)!, locale)}
                </span>
              ) : null}
              {i === current ? (
                <span className="text-base font-normal">({t("dashboards.residentTimeline.now_16fb3")})</span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section className="mt-4">
        <h4 className="font-semibold">{t("dashboards.residentTimeline.whatResidentsVoted")}</h4>
        {p.ballots.length === 0 ? (
          <p className="text-slate-700">
            {p.stage === "RESERVE" || p.stage === "CONSULTATION"
              ? t("dashboards.residentTimeline.resultsAppearHereOncePublished")
              : t("dashboards.residentTimeline.nothingInThisProjectNeededA")}
          </p>
        ) : (
          p.ballots.map((b) => (
            <div key={b.id} className="mt-1">
              <p className="text-base text-slate-700">
                {b.round > 1 ? `${pick(locale, roundName(b.round))} · ` : ""}
                {b.title}({t("dashboards.residentTimeline.closed")} {formatDate(b.closesAt, locale)})
              </p>
              <ul className="mt-1 space-y-1">
                {b.items.map((item) => {
                  const meaning = outcomeMeaning({
                    outcome: item.outcome,
                    ballotStatus: b.status,
                    nextRound: b.nextRound,
                  });
                  return (
                    <li key={item.id} data-testid="timeline-outcome">
                      {item.title}:
                      <strong className={item.outcome === "PASSED" ? "text-green-800" : "text-slate-800"}>
                        {OUTCOME_LABELS[item.outcome][locale]}
                      </strong>
                      {meaning ? <span className="block text-base text-slate-700">{pick(locale, meaning)}</span> : null}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))
        )}
      </section>

      <section className="mt-4">
        <h4 className="font-semibold">{t("dashboards.residentTimeline.whatIsBeingBuilt")}</h4>
        {included.length === 0 ? (
          <p className="text-slate-700">{t("dashboards.residentTimeline.theWorkAppearsHereOnceDecided")}</p>
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {included.map((item) => (
              <li key={item.id}>
                {locale === "zh" ? item.catalogueItem.name : item.catalogueItem.nameEn}
                <span className="text-base text-slate-600">
                  ({CATEGORY_LABELS[item.catalogueItem.category][locale]}
                  {item.unit ? ` · ${item.unit.building.name}${item.unit.name}` : ""})
                </span>
              </li>
            ))}
          </ul>
        )}
        {proposed.length > 0 ? (
          <>
            <h4 className="mt-3 font-semibold">{t("dashboards.residentTimeline.stillToBeVotedOn")}</h4>
            <ul className="mt-1 list-disc space-y-1 pl-6" data-testid="proposed-items">
              {proposed.map((item) => (
                <li key={item.id}>
                  {locale === "zh" ? item.catalogueItem.name : item.catalogueItem.nameEn}
                  {item.unit ? (
                    <span className="text-base text-slate-600">
                      ({item.unit.building.name}
                      {item.unit.name})
                    </span>
                  ) : null}
                  {asked.get(item.id) && asked.get(item.id)!.round > 1 ? (
                    <span className="text-base text-amber-800">
                      ({pick(locale, roundName(asked.get(item.id)!.round))}
                      {t("dashboards.residentTimeline.open")})
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {p.milestones.length > 0 ? (
        <section className="mt-4">
          <h4 className="font-semibold">{t("dashboards.residentTimeline.worksSchedule")}</h4>
          <ul className="mt-1 space-y-1">
            {p.milestones.map((m) => (
              <li key={m.id}>
                {m.actualEnd ? "✓ " : "○ "}
                {m.name}:
                {m.actualEnd
                  ? t("dashboards.residentTimeline.done", { actualEnd: String(formatDate(m.actualEnd, locale)) })
                  : t("dashboards.residentTimeline.dueDone", {
                      plannedEnd: String(formatDate(m.plannedEnd, locale)),
                      progress: String(m.progress),
                    })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="mt-4">
        <h4 className="font-semibold">{t("dashboards.residentTimeline.photosOfTheWorks")}</h4>
        {p.evidence.length === 0 ? (
          <p className="text-slate-700">{t("dashboards.residentTimeline.noPhotosYet")}</p>
        ) : (
          <ul className="mt-2 grid grid-cols-2 gap-2">
            {p.evidence.map((photo) => (
              <li key={photo.id}>
                <a href={`/resident/photos/${photo.id}`}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- a permission-checked upload, not a static asset */}
                  <img
                    src={`/resident/photos/${photo.id}`}
                    alt={photo.caption || t("dashboards.residentTimeline.photoOfTheWorks")}
                    loading="lazy"
                    className="aspect-[4/3] w-full rounded object-cover"
                  />
                </a>
                <span className="text-sm text-slate-700">
                  {photo.caption || t("dashboards.residentTimeline.photo")} · {formatDate(photo.uploadedAt, locale)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {/* The page behind the button has a form only in these stages; elsewhere it would be a dead end. */}
      {REPORT_STAGES.includes(p.stage) || RATING_STAGES.includes(p.stage) ? (
        <Link
          href={`/resident/projects/${p.id}`}
          className="mt-5 block rounded-lg bg-brand-700 px-4 py-3 text-center text-xl font-bold text-white"
        >
          {REPORT_STAGES.includes(p.stage)
            ? t("dashboards.residentTimeline.seeAProblemReportItHere")
            : t("dashboards.residentTimeline.rateTheResult")}
        </Link>
      ) : null}
    </article>
  );
}
