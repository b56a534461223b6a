import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatArea } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { EditDwellingForm, OwnersForm, RemoveDwelling, RevealOwners } from "@/modules/neighborhoods/components/dwelling-forms";
import { getDwelling } from "@/modules/neighborhoods/dwelling-queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "房屋与业主", en: "Dwelling and owners" });

export default async function DwellingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
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
      <Link href={`/district/neighborhoods/${d.neighborhoodId}/dwellings`} className="text-sm text-brand-700">← {L("返回房屋清单", "Back to the dwellings")}</Link>
      <PageTitle subtitle={d.neighborhoodName}>{`${d.building}${d.unit}${d.room}`}</PageTitle>
      {d.openBallot ? (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="open-ballot-note">
          {pick(locale, d.openBallot)}
          {L(":表决结束前不能更换业主和共有人、修改面积或删除本户;姓名、电话、房号和楼层可以更正。", ": until it closes, the owners, the area and the dwelling itself stay as they are; names, phones, room and floor may be corrected.")}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={L("业主", "Owners")}>
          {d.owners.length ? (
            <ul className="mb-3 space-y-1 text-sm" data-testid="masked-owners">
              {d.owners.map((o) => (
                <li key={o.id}>
                  <span className="font-semibold">{o.name}</span>
                  {o.primary ? "" : L("(共有人)", " (co-owner)")} · {L("身份证号末四位", "ID ends")} {o.idLast4}
                  {o.phone ? ` · ${o.phone}` : ""}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mb-3 text-sm text-slate-600">{L("尚未登记业主。未登记业主的房屋在表决人数中按一户一人计算。", "No owner registered yet; the dwelling counts as one owner in the headcount.")}</p>
          )}
          {canEdit && d.owners.length ? <RevealOwners dwellingId={d.id} locale={locale} /> : null}
        </Card>
        <Card title={L("房屋", "Dwelling")}>
          <dl className="mb-3 grid grid-cols-2 gap-y-1 text-sm">
            <dt className="text-slate-600">{L("楼栋单元", "Building, unit")}</dt><dd>{d.building}{d.unit}({d.unitFloors}{L("层", " floors")})</dd>
            <dt className="text-slate-600">{L("所在楼层", "Floor")}</dt><dd>{d.floor}</dd>
            <dt className="text-slate-600">{L("专有部分面积", "Exclusive area")}</dt><dd>{formatArea(d.areaM2, locale)}</dd>
          </dl>
          {canEdit ? <EditDwellingForm dwelling={d} locale={locale} /> : null}
        </Card>
        {canEdit ? (
          <Card title={L("登记业主", "Register owners")}>
            <OwnersForm dwellingId={d.id} hasOwners={d.owners.length > 0} locale={locale} />
          </Card>
        ) : null}
        {canEdit ? (
          <Card title={L("删除房屋", "Remove dwelling")}>
            <RemoveDwelling dwellingId={d.id} blockedBy={blockedBy} locale={locale} />
          </Card>
        ) : null}
      </div>
    </AppShell>
  );
}
