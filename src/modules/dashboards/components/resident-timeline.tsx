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

type Project = ResidentTimeline[number];

export function ProjectTimeline({ project: p, locale }: { project: Project; locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
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
      <p className="text-base text-slate-700">{p.neighborhoods.map((n) => n.neighborhood.name).join("、")} · {L(`${p.year}年度`, `${p.year}`)}</p>

      <section className="mt-4">
        <h4 className="font-semibold">{L("现在到哪一步了", "Where it stands")}</h4>
        <p className="mt-1">
          {L("当前阶段", "Now")}:<strong>{STAGE_LABELS[p.stage][locale]}</strong>
          {p.next ? <>{L(";下一步", "; next")}:<strong>{STAGE_LABELS[p.next][locale]}</strong></> : null}
        </p>
        <ol className="mt-2 space-y-1 border-l-4 border-brand-600 pl-4">
          {STAGE_ORDER.map((stage, i) => (
            <li key={stage} className={i === current ? "font-bold text-brand-800" : i < current ? "text-slate-800" : "text-slate-600"}>
              {i < current ? "✓ " : i === current ? "▶ " : "○ "}
              {STAGE_LABELS[stage][locale]}
              {reached.get(stage) && i <= current ? <span className="text-base font-normal text-slate-600"> · {formatDate(reached.get(stage)!, locale)}</span> : null}
              {i === current ? <span className="text-base font-normal">({L("当前", "now")})</span> : null}
            </li>
          ))}
        </ol>
      </section>

      <section className="mt-4">
        <h4 className="font-semibold">{L("居民表决结果", "What residents voted")}</h4>
        {p.ballots.length === 0 ? (
          <p className="text-slate-700">{p.stage === "RESERVE" || p.stage === "CONSULTATION" ? L("表决结果公示后会显示在这里。", "Results appear here once published.") : L("本项目没有需要表决的事项。", "Nothing in this project needed a vote.")}</p>
        ) : (
          p.ballots.map((b) => (
            <div key={b.id} className="mt-1">
              <p className="text-base text-slate-700">{b.round > 1 ? `${pick(locale, roundName(b.round))} · ` : ""}{b.title}({L("截止", "closed")} {formatDate(b.closesAt, locale)})</p>
              <ul className="mt-1 space-y-1">
                {b.items.map((item) => {
                  const meaning = outcomeMeaning({ outcome: item.outcome, ballotStatus: b.status, nextRound: b.nextRound });
                  return (
                    <li key={item.id} data-testid="timeline-outcome">
                      {item.title}:<strong className={item.outcome === "PASSED" ? "text-green-800" : "text-slate-800"}>{OUTCOME_LABELS[item.outcome][locale]}</strong>
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
        <h4 className="font-semibold">{L("要改造的内容", "What is being built")}</h4>
        {included.length === 0 ? (
          <p className="text-slate-700">{L("改造内容确定后会显示在这里。", "The work appears here once decided.")}</p>
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {included.map((item) => (
              <li key={item.id}>
                {locale === "zh" ? item.catalogueItem.name : item.catalogueItem.nameEn}
                <span className="text-base text-slate-600">({CATEGORY_LABELS[item.catalogueItem.category][locale]}{item.unit ? ` · ${item.unit.building.name}${item.unit.name}` : ""})</span>
              </li>
            ))}
          </ul>
        )}
        {proposed.length > 0 ? (
          <>
            <h4 className="mt-3 font-semibold">{L("等待居民表决的内容", "Still to be voted on")}</h4>
            <ul className="mt-1 list-disc space-y-1 pl-6" data-testid="proposed-items">
              {proposed.map((item) => (
                <li key={item.id}>
                  {locale === "zh" ? item.catalogueItem.name : item.catalogueItem.nameEn}{item.unit ? <span className="text-base text-slate-600">({item.unit.building.name}{item.unit.name})</span> : null}
                  {asked.get(item.id) && asked.get(item.id)!.round > 1 ? <span className="text-base text-amber-800">({pick(locale, roundName(asked.get(item.id)!.round))}{L("表决中", " open")})</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {p.milestones.length > 0 ? (
        <section className="mt-4">
          <h4 className="font-semibold">{L("施工进度", "Works schedule")}</h4>
          <ul className="mt-1 space-y-1">
            {p.milestones.map((m) => (
              <li key={m.id}>
                {m.actualEnd ? "✓ " : "○ "}{m.name}:
                {m.actualEnd ? L(`${formatDate(m.actualEnd, locale)} 完成`, `done ${formatDate(m.actualEnd, locale)}`) : L(`计划 ${formatDate(m.plannedEnd, locale)} 完成,已完成 ${m.progress}%`, `due ${formatDate(m.plannedEnd, locale)}, ${m.progress}% done`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="mt-4">
        <h4 className="font-semibold">{L("现场照片", "Photos of the works")}</h4>
        {p.evidence.length === 0 ? (
          <p className="text-slate-700">{L("还没有上传施工照片。", "No photos yet.")}</p>
        ) : (
          <ul className="mt-2 grid grid-cols-2 gap-2">
            {p.evidence.map((photo) => (
              <li key={photo.id}>
                <a href={`/resident/photos/${photo.id}`}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- a permission-checked upload, not a static asset */}
                  <img src={`/resident/photos/${photo.id}`} alt={photo.caption || L("施工现场照片", "Photo of the works")} loading="lazy" className="aspect-[4/3] w-full rounded object-cover" />
                </a>
                <span className="text-sm text-slate-700">{photo.caption || L("现场照片", "Photo")} · {formatDate(photo.uploadedAt, locale)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {/* The page behind the button has a form only in these stages; elsewhere it would be a dead end. */}
      {REPORT_STAGES.includes(p.stage) || RATING_STAGES.includes(p.stage) ? (
        <Link href={`/resident/projects/${p.id}`} className="mt-5 block rounded-lg bg-brand-700 px-4 py-3 text-center text-xl font-bold text-white">
          {REPORT_STAGES.includes(p.stage) ? L("发现问题?点这里反映", "See a problem? Report it here") : L("评价改造效果", "Rate the result")}
        </Link>
      ) : null}
    </article>
  );
}
