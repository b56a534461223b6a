import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatDate, formatFen } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { BALLOT_STATUS_LABELS } from "@/lib/labels";
import { BalanceBanner } from "@/modules/funding/components/balance-banner";
import { DeleteRecordForm, RecordForm } from "@/modules/funding/components/record-form";
import { ShareCards, SourceTable, YearTable } from "@/modules/funding/components/share-summary";
import { FUNDING_SOURCE_LABELS, FUNDING_STATUS_LABELS } from "@/modules/funding/labels";
import { exactYuan } from "@/lib/money";
import { describeLedgerChange } from "@/modules/funding/history";
import { ledgerHistory, projectLedger } from "@/modules/funding/queries";
import { FUNDING_SHARE_LABELS, FUNDING_SHARE_OF_SOURCE } from "@/modules/funding/shares";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtProjectsIdFunding.fundingLedger");

const td = "py-1.5 pr-2 align-top";

export default async function ProjectFundingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const ledger = await orNotFound(projectLedger(actor, id));
  const { project: p, summary } = ledger;
  const history = await ledgerHistory(actor, p.id);
  const itemLabel = (i: {
    catalogueItem: { name: string; nameEn: string };
    unit: { name: string; building: { name: string } } | null;
  }) =>
    `${locale === "zh" ? i.catalogueItem.name : i.catalogueItem.nameEn}${i.unit ? ` · ${i.unit.building.name}${i.unit.name}` : ""}`;
  const options = {
    items: ledger.items.map((i) => ({ id: i.id, label: itemLabel(i) })),
    decisions: ledger.decisions.map((d) => ({
      id: d.id,
      title: d.title,
      matter: d.matter,
      ballotTitle: d.ballot.title,
    })),
  };
  return (
    <AppShell actor={actor}>
      <Link href={`/district/projects/${p.id}`} className="text-sm text-brand-700">
        ← {t("routes.districtProjectsIdFunding.backToTheProject")}
      </Link>
      <PageTitle
        subtitle={`${p.code} · ${p.district.name} · ${p.year}${t("routes.districtProjectsIdFunding.text75b62")}`}
      >
        {t("routes.districtProjectsIdFunding.fundingLedger")}:{p.name}
      </PageTitle>

      <BalanceBanner
        balance={ledger.balance}
        estimateFen={ledger.estimateFen}
        plannedFen={summary.total.plannedFen}
        locale={locale}
      />
      <ShareCards summary={summary} locale={locale} />
      <p className="mt-2 mb-6 text-sm text-slate-600">
        {t("routes.districtProjectsIdFunding.committed")} {formatFen(summary.total.committedFen, locale)} ·{" "}
        {t("routes.districtProjectsIdFunding.paid")} {formatFen(summary.total.paidFen, locale)} ·{" "}
        <a href={`/district/projects/${p.id}/funding/export`} className="text-brand-700 hover:underline">
          {t("routes.districtProjectsIdFunding.exportToExcel")}
        </a>
      </p>

      <div className="grid gap-6">
        <Card title={t("routes.districtProjectsIdFunding.fundingRecords")}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="funding-records">
              <thead className="border-b text-slate-600">
                <tr>
                  <th className="py-2 pr-2">{t("routes.districtProjectsIdFunding.source")}</th>
                  <th className="py-2 pr-2">{t("routes.districtProjectsIdFunding.status")}</th>
                  <th className="py-2 pr-2 text-right">{t("routes.districtProjectsIdFunding.planned")}</th>
                  <th className="py-2 pr-2 text-right">{t("routes.districtProjectsIdFunding.committed")}</th>
                  <th className="py-2 pr-2 text-right">{t("routes.districtProjectsIdFunding.paid")}</th>
                  <th className="py-2 pr-2">{t("routes.districtProjectsIdFunding.date")}</th>
                  <th className="py-2 pr-2">{t("routes.districtProjectsIdFunding.reference")}</th>
                  <th className="py-2 pr-2">{t("routes.districtProjectsIdFunding.linkedTo")}</th>
                </tr>
              </thead>
              <tbody>
                {ledger.records.map((r) => (
                  <tr key={r.id} className="border-b last:border-0">
                    <td className={td}>
                      {FUNDING_SOURCE_LABELS[r.source][locale]}
                      <div className="text-xs text-slate-500">
                        {FUNDING_SHARE_LABELS[FUNDING_SHARE_OF_SOURCE[r.source]][locale]}
                      </div>
                    </td>
                    <td className={td}>{FUNDING_STATUS_LABELS[r.status][locale]}</td>
                    <td className={`${td} text-right tabular-nums`}>{exactYuan(r.plannedFen, locale)}</td>
                    <td className={`${td} text-right tabular-nums`}>{exactYuan(r.committedFen, locale)}</td>
                    <td className={`${td} text-right tabular-nums`}>{exactYuan(r.paidFen, locale)}</td>
                    <td className={td}>{formatDate(r.recordedOn, locale)}</td>
                    <td className={td}>
                      {r.documentRef || "—"}
                      {r.attachmentKey ? (
                        <div>
                          <a
                            href={`/district/projects/${p.id}/funding/attachments/${r.id}`}
                            target="_blank"
                            rel="noopener noreferrer"
                            className="text-brand-700 hover:underline"
                          >
                            {t("routes.districtProjectsIdFunding.attachment")}
                          </a>
                        </div>
                      ) : null}
                      {r.note ? <div className="text-xs text-slate-500">{r.note}</div> : null}
                    </td>
                    <td className={td}>
                      {r.projectItem ? <div>{itemLabel(r.projectItem)}</div> : null}
                      {r.ballotItem ? (
                        <Link
                          href={`/district/consultations/${r.ballotItem.ballotId}`}
                          className="text-brand-700 hover:underline"
                        >
                          {t("routes.districtProjectsIdFunding.decision")}:{r.ballotItem.title}
                        </Link>
                      ) : null}
                      {ledger.canEdit ? (
                        <details className="mt-1">
                          <summary className="cursor-pointer text-brand-700">
                            {t("routes.districtProjectsIdFunding.edit")}
                          </summary>
                          <div className="mt-2 w-[min(90vw,56rem)] rounded border border-slate-200 bg-slate-50 p-3">
                            <RecordForm
                              locale={locale}
                              projectId={p.id}
                              record={{
                                id: r.id,
                                source: r.source,
                                status: r.status,
                                plannedFen: r.plannedFen,
                                committedFen: r.committedFen,
                                paidFen: r.paidFen,
                                recordedOn: r.recordedOn,
                                documentRef: r.documentRef,
                                note: r.note,
                                projectItemId: r.projectItemId,
                                ballotItemId: r.ballotItemId,
                                attachmentKey: r.attachmentKey,
                                updatedAt: r.updatedAt,
                              }}
                              options={options}
                            />
                            {r.status === "PLANNED" ? (
                              <DeleteRecordForm recordId={r.id} updatedAt={r.updatedAt.toISOString()} />
                            ) : null}
                          </div>
                        </details>
                      ) : null}
                    </td>
                  </tr>
                ))}
                {ledger.records.length === 0 ? (
                  <tr>
                    <td colSpan={8} className="py-3 text-slate-500">
                      {t("routes.districtProjectsIdFunding.noFundingRecordedYet")}
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
        </Card>

        {ledger.canEdit ? (
          <Card title={t("routes.districtProjectsIdFunding.recordFunding")}>
            <p className="mb-3 text-sm text-slate-600">{t("routes.districtProjectsIdFunding.amountsInYuanUpTo2")}</p>
            <RecordForm locale={locale} projectId={p.id} options={options} />
          </Card>
        ) : (
          <p className="text-sm text-slate-600">
            {t("routes.districtProjectsIdFunding.fundingIsRecordedByTheProject")}
          </p>
        )}

        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("routes.districtProjectsIdFunding.bySource")}>
            <SourceTable summary={summary} locale={locale} />
          </Card>
          <Card title={t("routes.districtProjectsIdFunding.byYearRecordDate")}>
            <YearTable summary={summary} locale={locale} />
          </Card>
        </div>

        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("routes.districtProjectsIdFunding.liftCostSplit")}>
            <ul className="space-y-1 text-sm" data-testid="lift-items">
              {ledger.liftItems.map((i) => (
                <li key={i.id}>
                  <Link
                    href={`/district/projects/${p.id}/funding/lift/${i.id}`}
                    className="text-brand-700 hover:underline"
                  >
                    {itemLabel(i)}
                  </Link>{" "}
                  · {formatFen(i.estimatedCostFen, locale)} ·{" "}
                  {i._count.liftShares
                    ? t("routes.districtProjectsIdFunding.splitOverDwellings", {
                        liftShares: Number(i._count.liftShares),
                      })
                    : t("routes.districtProjectsIdFunding.notSplitYet")}
                </li>
              ))}
              {ledger.liftItems.length === 0 ? (
                <li className="text-slate-500">{t("routes.districtProjectsIdFunding.noLiftItemsInThisProject")}</li>
              ) : null}
            </ul>
          </Card>
          <Card title={t("routes.districtProjectsIdFunding.ownersDecisions")}>
            <ul className="space-y-1 text-sm">
              {ledger.ballots.map((b) => (
                <li key={b.id}>
                  <Link href={`/district/consultations/${b.id}`} className="text-brand-700 hover:underline">
                    {b.title}
                  </Link>{" "}
                  · {BALLOT_STATUS_LABELS[b.status][locale]}
                </li>
              ))}
              {ledger.ballots.length === 0 ? (
                <li className="text-slate-500">
                  {t("routes.districtProjectsIdFunding.noBallotsYetTheMaintenanceFund")}
                </li>
              ) : null}
            </ul>
          </Card>
        </div>

        <Card title={t("routes.districtProjectsIdFunding.history")}>
          <ol className="space-y-1 text-sm" data-testid="ledger-history">
            {history.map((h) => (
              <li key={h.id.toString()} className="border-b py-1 last:border-0">
                <span className="text-slate-500">
                  {h.at.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai" })} ·{" "}
                  {h.actor?.displayName ?? t("routes.districtProjectsIdFunding.system")}
                </span>{" "}
                {
                  describeLedgerChange(
                    h.action,
                    h.before as Record<string, unknown> | null,
                    h.after as Record<string, unknown> | null,
                  )[locale]
                }
              </li>
            ))}
            {history.length === 0 ? (
              <li className="text-slate-500">{t("routes.districtProjectsIdFunding.noChangesRecorded")}</li>
            ) : null}
          </ol>
        </Card>
      </div>
    </AppShell>
  );
}
