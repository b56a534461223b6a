import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { BALLOT_STATUS_LABELS } from "@/lib/labels";
import { listConsultations } from "@/modules/consultation/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.commissionConsultations.residentVotes");

/** The commission reads every district's ballots and results; it changes nothing. */
export default async function CommissionConsultationsPage() {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const projects = (await listConsultations(actor)).filter((p) => p.ballots.length > 0);
  return (
    <AppShell actor={actor}>
      <PageTitle>{t("routes.commissionConsultations.residentBallots")}</PageTitle>
      <Card title={t("routes.commissionConsultations.ballotsByDistrict")}>
        <ul className="space-y-2 text-sm">
          {projects.flatMap((p) =>
            p.ballots.map((b) => (
              <li key={b.id}>
                {p.district.name} · {p.name} ·{" "}
                <Link href={`/district/consultations/${b.id}`} className="font-semibold text-brand-700">
                  {b.title}
                </Link>{" "}
                · {BALLOT_STATUS_LABELS[b.status][locale]}
              </li>
            )),
          )}
          {projects.length === 0 ? (
            <li className="text-slate-500">{t("routes.commissionConsultations.noBallotsYet")}</li>
          ) : null}
        </ul>
      </Card>
    </AppShell>
  );
}
