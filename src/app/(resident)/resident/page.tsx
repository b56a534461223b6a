import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatArea } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import Link from "next/link";
import { BALLOT_STATUS_LABELS, STAGE_LABELS } from "@/lib/labels";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { myBallots } from "@/modules/consultation/queries";
import { ProjectTimeline } from "@/modules/dashboards/components/resident-timeline";
import { residentTimeline } from "@/modules/dashboards/queries";
import { MarkAllReadButton, NotificationList } from "@/modules/notifications/components/notification-list";
import { notificationsOf, unreadNotificationCount } from "@/modules/notifications/queries";
import { myDwellings } from "@/modules/residents/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

/** How many notices the home page shows; the rest are one tap away at /notifications. */
const HOME_NOTICES = 5;

export const generateMetadata = localizedTitle("routes.resident.myNeighbourhood");

/** The resident's home: large text, one column, readable on an old phone. */
export default async function ResidentHome({ searchParams }: { searchParams: FlashParams }) {
  const actor = await requirePageActor("RESIDENT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const dwellings = await myDwellings(actor);
  const ballots = await myBallots(actor);
  const timelines = await residentTimeline(actor);
  const [notices, unread] = await Promise.all([notificationsOf(actor, HOME_NOTICES), unreadNotificationCount(actor)]);
  const { ok, error } = await searchParams;
  return (
    <AppShell actor={actor} wide={false}>
      <div className="text-lg">
        <PageTitle>{t("routes.resident.myNeighbourhood")}</PageTitle>
        <Flash
          ok={ok}
          error={error}
          messages={{ bound: t("routes.resident.yourDwellingIsBound"), read: t("routes.resident.markedAsRead") }}
        />
        {notices.length > 0 ? (
          <section className="mb-6 space-y-3" aria-labelledby="notices-heading" data-testid="resident-notices">
            <h2 id="notices-heading" className="text-xl font-bold">
              {t("routes.resident.notifications")}
              {unread > 0 ? (
                <span
                  className="ml-2 rounded-full bg-amber-300 px-2 text-base text-slate-900"
                  data-testid="resident-unread"
                >
                  {t("routes.resident.unread", { unread: String(unread) })}
                </span>
              ) : null}
            </h2>
            <NotificationList notifications={notices} locale={locale} returnTo="resident" large />
            <div className="flex flex-wrap items-center gap-3">
              {unread > 0 ? <MarkAllReadButton locale={locale} returnTo="resident" large /> : null}
              <Link href="/notifications" className="text-brand-700 underline">
                {t("routes.resident.allNotifications")}
              </Link>
            </div>
          </section>
        ) : null}
        {ballots.length > 0 ? (
          <section className="mb-6 space-y-3">
            <h2 className="text-xl font-bold">{t("routes.resident.votesOnTheRenovation")}</h2>
            {ballots.map((b) => (
              <Link
                key={b.id}
                href={`/resident/ballots/${b.id}`}
                className="block rounded-lg border-2 border-brand-600 bg-white p-4 font-semibold text-brand-800"
              >
                {b.title} · {BALLOT_STATUS_LABELS[b.status][locale]}
                <span className="block text-base font-normal text-slate-700">{b.project.name}</span>
              </Link>
            ))}
          </section>
        ) : null}
        {dwellings.length === 0 ? (
          <p className="rounded-lg bg-white p-4">{t("routes.resident.noDwellingIsBoundToYour")}</p>
        ) : null}
        <ul className="space-y-4">
          {dwellings.map((d) => (
            <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="text-xl font-bold">{d.neighborhood.name}</h2>
              <p className="mt-1 text-slate-700">
                {d.neighborhood.district.name} · {d.unit.building.name}
                {d.unit.name} {d.room}
                {t("routes.resident.textb373e")} · {formatArea(d.areaM2.toString(), locale)}
              </p>
              <h3 className="mt-4 font-semibold">{t("routes.resident.renovation")}</h3>
              {d.neighborhood.projects.length === 0 ? (
                <p className="text-slate-600">{t("routes.resident.yourNeighbourhoodIsNotInA")}</p>
              ) : (
                <ul className="mt-1 space-y-1">
                  {d.neighborhood.projects.map(({ project }) => (
                    <li key={project.id}>
                      <Link href={`/resident/projects/${project.id}`} className="text-brand-700 underline">
                        {project.name}
                      </Link>
                      :<strong>{STAGE_LABELS[project.stage][locale]}</strong>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        {timelines.length > 0 ? (
          <section className="mt-6 space-y-4" aria-labelledby="progress-heading">
            <h2 id="progress-heading" className="text-xl font-bold">
              {t("routes.resident.renovationProgress")}
            </h2>
            {timelines.map((p) => (
              <ProjectTimeline key={p.id} project={p} locale={locale} />
            ))}
          </section>
        ) : null}
        <Link
          href="/resident/bind"
          className="mt-6 block rounded-lg border border-slate-300 bg-white p-4 text-center text-brand-700"
        >
          {t("routes.resident.bindADwellingWithACode")}
        </Link>
      </div>
    </AppShell>
  );
}
