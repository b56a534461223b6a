import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { BALLOT_STATUS_LABELS } from "@/lib/labels";
import { listConsultations } from "@/modules/consultation/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "居民表决结果", en: "Resident votes" });

/** The commission reads every district's ballots and results; it changes nothing. */
export default async function CommissionConsultationsPage() {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const projects = (await listConsultations(actor)).filter((p) => p.ballots.length > 0);
  return (
    <AppShell actor={actor}>
      <PageTitle>{L("居民表决结果", "Resident ballots")}</PageTitle>
      <Card title={L("各区县表决", "Ballots by district")}>
        <ul className="space-y-2 text-sm">
          {projects.flatMap((p) =>
            p.ballots.map((b) => (
              <li key={b.id}>
                {p.district.name} · {p.name} · <Link href={`/district/consultations/${b.id}`} className="font-semibold text-brand-700">{b.title}</Link> · {BALLOT_STATUS_LABELS[b.status][locale]}
              </li>
            )),
          )}
          {projects.length === 0 ? <li className="text-slate-500">{L("暂无表决", "No ballots yet")}</li> : null}
        </ul>
      </Card>
    </AppShell>
  );
}
