import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { BALLOT_STATUS_LABELS, STAGE_LABELS } from "@/lib/labels";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { OpenBallotForm } from "@/modules/consultation/components/open-ballot-form";
import { listConsultations } from "@/modules/consultation/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtConsultations.consultationsAndVotes");

export default async function ConsultationsPage({ searchParams }: { searchParams: FlashParams }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { ok, error } = await searchParams;
  const projects = await listConsultations(actor);
  const manage = actor.role === "DISTRICT";
  const time = (d: Date) =>
    d.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", {
      timeZone: "Asia/Shanghai",
      dateStyle: "short",
      timeStyle: "short",
    });
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.districtConsultations.residentsDecideTheMenuOneVote")}>
        {t("routes.districtConsultations.consultationAndBallots")}
      </PageTitle>
      <Flash ok={ok} error={error} messages={{}} />
      <div className="space-y-6">
        {projects.length === 0 ? (
          <p className="text-slate-600">{t("routes.districtConsultations.noProjectIsInConsultation")}</p>
        ) : null}
        {projects.map((p) => {
          const running = p.ballots.some((b) => ["DRAFT", "OPEN", "CLOSED", "PUBLISHED"].includes(b.status));
          return (
            <Card key={p.id} title={`${p.name}(${p.district.name} · ${STAGE_LABELS[p.stage][locale]})`}>
              <ul className="mb-3 space-y-1 text-sm">
                {p.ballots.map((b) => (
                  <li key={b.id}>
                    <Link href={`/district/consultations/${b.id}`} className="font-semibold text-brand-700">
                      {b.title}
                    </Link>{" "}
                    · {BALLOT_STATUS_LABELS[b.status][locale]} · {time(b.opensAt)} – {time(b.closesAt)}
                  </li>
                ))}
                {p.ballots.length === 0 ? (
                  <li className="text-slate-500">{t("routes.districtConsultations.noBallotYet")}</li>
                ) : null}
              </ul>
              {manage ? (
                <p className="mb-3 text-sm">
                  {t("routes.districtConsultations.bindingCodeLetters")}
                  {p.neighborhoods.map(({ neighborhood }) => (
                    <Link
                      key={neighborhood.id}
                      href={`/district/consultations/codes/${neighborhood.id}`}
                      className="mr-3 text-brand-700"
                    >
                      {neighborhood.name}
                    </Link>
                  ))}
                </p>
              ) : null}
              {manage && !running && p.stage === "CONSULTATION" && p.items.length > 0 ? (
                <OpenBallotForm
                  projectId={p.id}
                  code={p.code}
                  defaultTitle={`${p.name} · 改造内容表决`}
                  items={p.items.length}
                  locale={locale}
                />
              ) : null}
            </Card>
          );
        })}
      </div>
    </AppShell>
  );
}
