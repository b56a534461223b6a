import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatArea } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import {
  EditDwellingForm,
  OwnersForm,
  RemoveDwelling,
  RevealOwners,
} from "@/modules/neighborhoods/components/dwelling-forms";
import { getDwelling } from "@/modules/neighborhoods/dwelling-queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtDwellingsId.dwellingAndOwners");

export default async function DwellingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const d = await getDwelling(actor, id);
  if (!d) notFound();
  const canEdit = d.canManage;
  const blockedBy = [
    d.counts.votes ? `${d.counts.votes} 次网上表决` : "",
    d.counts.paperBallots ? `${d.counts.paperBallots} 张纸质表决票` : "",
    d.counts.liftShares ? `${d.counts.liftShares} 条加装电梯费用分摊` : "",
    d.counts.residents ? `${d.counts.residents} 位已绑定的居民` : "",
  ].filter(Boolean);
  return (
    <AppShell actor={actor}>
      <Link href={`/district/neighborhoods/${d.neighborhoodId}/dwellings`} className="text-sm text-brand-700">
        ← {t("routes.districtDwellingsId.backToTheDwellings")}
      </Link>
      <PageTitle subtitle={d.neighborhoodName}>{`${d.building}${d.unit}${d.room}`}</PageTitle>
      {d.openBallot ? (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="open-ballot-note">
          {pick(locale, d.openBallot)}
          {t("routes.districtDwellingsId.untilItClosesTheOwnersThe")}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("routes.districtDwellingsId.owners")}>
          {d.owners.length ? (
            <ul className="mb-3 space-y-1 text-sm" data-testid="masked-owners">
              {d.owners.map((o) => (
                <li key={o.id}>
                  <span className="font-semibold">{o.name}</span>
                  {o.primary ? "" : t("routes.districtDwellingsId.coOwner")} · {t("routes.districtDwellingsId.idEnds")}{" "}
                  {o.idLast4}
                  {o.phone ? ` · ${o.phone}` : ""}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mb-3 text-sm text-slate-600">
              {t("routes.districtDwellingsId.noOwnerRegisteredYetTheDwelling")}
            </p>
          )}
          {canEdit && d.owners.length ? <RevealOwners dwellingId={d.id} locale={locale} /> : null}
        </Card>
        <Card title={t("routes.districtDwellingsId.dwelling")}>
          <dl className="mb-3 grid grid-cols-2 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("routes.districtDwellingsId.buildingUnit")}</dt>
            <dd>
              {d.building}
              {d.unit}({d.unitFloors}
              {t("routes.districtDwellingsId.floors")})
            </dd>
            <dt className="text-slate-600">{t("routes.districtDwellingsId.floor")}</dt>
            <dd>{d.floor}</dd>
            <dt className="text-slate-600">{t("routes.districtDwellingsId.exclusiveArea")}</dt>
            <dd>{formatArea(d.areaM2, locale)}</dd>
          </dl>
          {canEdit ? <EditDwellingForm dwelling={d} locale={locale} /> : null}
        </Card>
        {canEdit ? (
          <Card title={t("routes.districtDwellingsId.registerOwners")}>
            <OwnersForm dwellingId={d.id} hasOwners={d.owners.length > 0} locale={locale} />
          </Card>
        ) : null}
        {canEdit ? (
          <Card title={t("routes.districtDwellingsId.removeDwelling")}>
            <RemoveDwelling dwellingId={d.id} blockedBy={blockedBy} locale={locale} />
          </Card>
        ) : null}
      </div>
    </AppShell>
  );
}
