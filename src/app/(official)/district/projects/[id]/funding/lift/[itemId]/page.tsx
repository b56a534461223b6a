import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatArea, formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { MarkSharePaidForm, SplitLiftForm } from "@/modules/funding/components/lift-forms";
import { SHARE_PAYMENT_LABELS } from "@/modules/funding/labels";
import { exactYuan } from "@/lib/money";
import { liftSplit } from "@/modules/funding/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtProjectsIdFundingLiftItemId.liftCostSplit");

export default async function LiftSplitPage({ params }: { params: Promise<{ id: string; itemId: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id, itemId } = await params;
  const s = await orNotFound(liftSplit(actor, id, itemId));
  const unit = s.item.unit!;
  const split = s.dwellings.some((d) => d.share);
  return (
    <AppShell actor={actor}>
      <Link href={`/district/projects/${s.project.id}/funding`} className="text-sm text-brand-700">
        ← {t("routes.districtProjectsIdFundingLiftItemId.backToTheLedger")}
      </Link>
      <PageTitle subtitle={`${s.project.name} · ${unit.building.neighborhood.name}`}>
        {t("routes.districtProjectsIdFundingLiftItemId.liftCostSplit")}:{unit.building.name}
        {unit.name}
      </PageTitle>
      <div className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
        <p>
          {t("routes.districtProjectsIdFundingLiftItemId.liftCost")} {exactYuan(s.item.estimatedCostFen, locale)} −{" "}
          {t("routes.districtProjectsIdFundingLiftItemId.subsidyGovernmentAndSocietyFundingLinked")}{" "}
          {exactYuan(s.subsidyFen, locale)} ={" "}
          <strong data-testid="residents-total">
            {t("routes.districtProjectsIdFundingLiftItemId.residentsShare")}{" "}
            {s.residentsFen >= 0n ? exactYuan(s.residentsFen, locale) : "—"}
          </strong>
        </p>
        {split ? (
          <p className="mt-1" data-testid="shares-total">
            {t("routes.districtProjectsIdFundingLiftItemId.storedSharesTotal")} {exactYuan(s.sharesTotalFen, locale)} ·{" "}
            {t("routes.districtProjectsIdFundingLiftItemId.paid", { paidCount: String(s.paidCount) })}
          </p>
        ) : null}
        {split && s.sharesTotalFen !== s.residentsFen ? (
          <p className="mt-1 font-semibold text-amber-800">
            {t("routes.districtProjectsIdFundingLiftItemId.theCostOrSubsidyChangedSince")}
          </p>
        ) : null}
        {!s.hasTable ? (
          <p className="mt-2 text-amber-800">
            {t("routes.districtProjectsIdFundingLiftItemId.theDistrictHasNoCoefficientTable")}{" "}
            <Link href="/district/funding/lift-coefficients" className="text-brand-700 underline">
              {t("routes.districtProjectsIdFundingLiftItemId.setItUp")}
            </Link>
          </p>
        ) : null}
        {s.canEdit ? <SplitLiftForm projectItemId={s.item.id} split={split} /> : null}
      </div>
      <Card title={t("routes.districtProjectsIdFundingLiftItemId.perDwelling")}>
        <table className="w-full text-left text-sm" data-testid="lift-shares">
          <thead className="border-b text-slate-600">
            <tr>
              <th className="py-2 pr-2">{t("routes.districtProjectsIdFundingLiftItemId.room")}</th>
              <th className="py-2 pr-2">{t("routes.districtProjectsIdFundingLiftItemId.floor")}</th>
              <th className="py-2 pr-2 text-right">{t("routes.districtProjectsIdFundingLiftItemId.area")}</th>
              <th className="py-2 pr-2 text-right">{t("routes.districtProjectsIdFundingLiftItemId.share")}</th>
              <th className="py-2 pr-2">{t("routes.districtProjectsIdFundingLiftItemId.payment")}</th>
            </tr>
          </thead>
          <tbody>
            {s.dwellings.map((d) => (
              <tr key={d.id} className="border-b last:border-0">
                <td className="py-1.5 pr-2">{d.room}</td>
                <td className="py-1.5 pr-2">{d.floor}</td>
                <td className="py-1.5 pr-2 text-right">{formatArea(d.areaM2, locale)}</td>
                <td className="py-1.5 pr-2 text-right tabular-nums">
                  {d.share ? exactYuan(d.share.fen, locale) : "—"}
                </td>
                <td className="py-1.5 pr-2">
                  {d.share ? (
                    <>
                      <span data-testid="share-payment">
                        {SHARE_PAYMENT_LABELS[d.share.payment][locale]}
                        {d.share.paidAt ? ` · ${formatDate(d.share.paidAt, locale)}` : ""}
                      </span>
                      {s.canEdit && d.share.fen > 0n ? (
                        <MarkSharePaidForm
                          share={{ id: d.share.id, payment: d.share.payment }}
                          room={String(d.room)}
                          locale={locale}
                        />
                      ) : null}
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
            {s.dwellings.length === 0 ? (
              <tr>
                <td colSpan={5} className="py-3 text-slate-500">
                  {t("routes.districtProjectsIdFundingLiftItemId.noDwellingsRegisteredInThisUnit")}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </Card>
    </AppShell>
  );
}
