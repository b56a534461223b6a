// Read-only pieces of a plan shared by the district's and the commission's pages.
import type { Locale } from "@/lib/i18n/locale";
import { formatArea, formatDate, formatFen } from "@/lib/format";
import { readDecimal, wanInput } from "@/lib/money";
import { CATEGORY_LABELS, PLAN_REVIEW_LABELS, QUARTER_LABELS } from "@/lib/labels";
import { CATEGORY_ZH, QUARTER_ZH } from "../columns";
import type { getPlan } from "../queries";
import type { EntryChange, SnapshotEntry } from "../rules";
import { useTranslations } from "next-intl";

type Plan = Awaited<ReturnType<typeof getPlan>>;

export function EntriesTable({
  plan,
  locale,
  actions,
}: {
  plan: Plan;
  locale: Locale;
  actions?: (entryId: string) => React.ReactNode;
}) {
  const t = useTranslations();
  const comments = new Map<string, string[]>();
  for (const c of plan.lastReturn?.comments ?? [])
    if (c.entryId) comments.set(c.entryId, [...(comments.get(c.entryId) ?? []), c.body]);
  const total = plan.entries.reduce(
    (sum, e) => ({
      area: sum.area + Number(e.floorAreaM2),
      households: sum.households + e.households,
      buildings: sum.buildings + e.buildings,
      fen: sum.fen + e.investmentFen,
    }),
    { area: 0, households: 0, buildings: 0, fen: 0n },
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="plan-entries">
        <thead className="border-b text-slate-600">
          <tr>
            <th className="py-2 pr-2">{t("plans.planParts.neighbourhood")}</th>
            <th className="py-2 pr-2 text-right">{t("plans.planParts.area")}</th>
            <th className="py-2 pr-2 text-right">{t("plans.planParts.households")}</th>
            <th className="py-2 pr-2 text-right">{t("plans.planParts.bldgs")}</th>
            <th className="py-2 pr-2 text-right">{t("plans.planParts.investment")}</th>
            <th className="py-2 pr-2">{t("plans.planParts.start")}</th>
            <th className="py-2 pr-2">{t("plans.planParts.content")}</th>
            <th className="py-2 pr-2">{t("plans.planParts.consulted")}</th>
            {actions ? <th className="py-2" /> : null}
          </tr>
        </thead>
        <tbody>
          {plan.entries.map((e) => (
            <tr key={e.id} className="border-b align-top last:border-0">
              <td className="py-1.5 pr-2">
                {e.neighborhood?.name}
                {e.note ? <div className="text-xs text-slate-500">{e.note}</div> : null}
                {comments.get(e.id)?.map((body, i) => (
                  <div
                    key={i}
                    className="mt-1 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900"
                    data-testid="entry-comment"
                  >
                    {t("plans.planParts.comment")}
                    {body}
                  </div>
                ))}
              </td>
              <td className="py-1.5 pr-2 text-right">{formatArea(e.floorAreaM2.toString(), locale)}</td>
              <td className="py-1.5 pr-2 text-right">{e.households}</td>
              <td className="py-1.5 pr-2 text-right">{e.buildings}</td>
              <td className="py-1.5 pr-2 text-right">{formatFen(e.investmentFen, locale)}</td>
              <td className="py-1.5 pr-2">{QUARTER_LABELS[e.startQuarter][locale]}</td>
              <td className="py-1.5 pr-2">{e.categories.map((c) => CATEGORY_LABELS[c][locale]).join("、")}</td>
              <td className="py-1.5 pr-2">
                {e.residentsConsulted ? t("plans.planParts.yes") : t("plans.planParts.no")}
              </td>
              {actions ? <td className="whitespace-nowrap py-1.5">{actions(e.id)}</td> : null}
            </tr>
          ))}
          {plan.entries.length === 0 ? (
            <tr>
              <td colSpan={9} className="py-3 text-slate-500">
                {t("plans.planParts.noEntriesYet")}
              </td>
            </tr>
          ) : null}
        </tbody>
        {plan.entries.length > 0 ? (
          <tfoot className="border-t font-semibold">
            <tr>
              <td className="py-1.5 pr-2">
                {t("plans.planParts.total", { entriesCount: String(plan.entries.length) })}
              </td>
              <td className="py-1.5 pr-2 text-right">{formatArea(total.area, locale)}</td>
              <td className="py-1.5 pr-2 text-right">{total.households}</td>
              <td className="py-1.5 pr-2 text-right">{total.buildings}</td>
              <td className="py-1.5 pr-2 text-right">{formatFen(total.fen, locale)}</td>
              <td colSpan={4} />
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

export function ReviewHistory({ plan, locale }: { plan: Plan; locale: Locale }) {
  const t = useTranslations();
  return (
    <ol className="space-y-2 text-sm">
      {plan.reviews.map((r) => (
        <li key={r.id} className="border-l-2 border-slate-300 pl-3">
          <span className="font-semibold">{PLAN_REVIEW_LABELS[r.action][locale]}</span>
          <span className="text-slate-500">
            {" "}
            · {t("plans.planParts.v", { version: String(r.version) })} · {formatDate(r.at, locale)}
          </span>
          {r.comment ? <p className="whitespace-pre-wrap">{r.comment}</p> : null}
        </li>
      ))}
      {plan.reviews.length === 0 ? <li className="text-slate-500">{t("plans.planParts.notSubmittedYet")}</li> : null}
    </ol>
  );
}

const FIELD_ZH: Record<keyof SnapshotEntry, string> = {
  neighborhoodId: "小区",
  neighborhoodName: "小区",
  floorAreaM2: "改造面积(㎡)",
  households: "受益户数",
  buildings: "楼栋数",
  investmentFen: "计划投资(万元)",
  startQuarter: "开工季度",
  categories: "改造内容",
  residentsConsulted: "已征求意见",
  note: "备注",
};

function show(field: keyof SnapshotEntry, value: unknown): string {
  if (field === "investmentFen") {
    // Stored as whole fen, in the snapshot's JSON as text or a number.
    const fen = value === null || value === undefined ? null : readDecimal(String(value));
    return fen && fen.scale === 0 ? wanInput(fen.int) : String(value ?? "");
  }
  if (field === "startQuarter") return QUARTER_ZH[value as keyof typeof QUARTER_ZH] ?? String(value);
  if (field === "categories") return (value as (keyof typeof CATEGORY_ZH)[]).map((c) => CATEGORY_ZH[c]).join("、");
  if (field === "residentsConsulted") return value ? "是" : "否";
  return String(value ?? "");
}

export function ChangesList({ changes, fromVersion }: { changes: EntryChange[]; fromVersion: number; locale: Locale }) {
  const t = useTranslations();
  if (changes.length === 0)
    return (
      <p className="text-sm text-slate-600">
        {t("plans.planParts.noChangeSinceVersion", { fromVersion: String(fromVersion) })}
      </p>
    );
  return (
    <ul className="space-y-1 text-sm" data-testid="plan-changes">
      {changes.map((c, i) => (
        <li key={i}>
          {c.kind === "added" ? (
            <span className="text-green-700">
              {t("plans.planParts.added")}:{c.name}
            </span>
          ) : null}
          {c.kind === "removed" ? (
            <span className="text-red-700">
              {t("plans.planParts.removed")}:{c.name}
            </span>
          ) : null}
          {c.kind === "changed" ? (
            <span>
              {t("plans.planParts.changed")}:{c.name} —{" "}
              {c.fields
                .map((f) => `${FIELD_ZH[f.field]} ${show(f.field, f.before)} → ${show(f.field, f.after)}`)
                .join(";")}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
