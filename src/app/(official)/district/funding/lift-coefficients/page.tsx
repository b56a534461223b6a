import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { saveLiftCoefficientsForm, seedDefaultLiftCoefficientsForm } from "@/modules/funding/actions";
import { DEFAULT_TOP_FLOOR } from "@/modules/funding/default-coefficients";
import { liftCoefficientTable } from "@/modules/funding/queries";
import { MAX_TABLE_FLOOR } from "@/modules/funding/schema";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "加装电梯分摊系数", en: "Lift floor coefficients" });

export default async function LiftCoefficientsPage() {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const table = await orNotFound(liftCoefficientTable(actor));
  const byFloor = new Map(table.rows.map((r) => [r.floor, r.coefficient]));
  const topFloor = Math.min(MAX_TABLE_FLOOR, Math.max(DEFAULT_TOP_FLOOR, table.tallestFloor, ...table.rows.map((r) => r.floor)));
  return (
    <AppShell actor={actor}>
      <Link href="/district/funding" className="text-sm text-brand-700">← {L("返回资金汇总", "Back to the funding summary")}</Link>
      <PageTitle subtitle={table.district.name}>{L("加装电梯费用分摊系数表", "Lift cost coefficients")}</PageTitle>
      <p className="mb-4 max-w-3xl text-sm text-slate-700">
        {L("加装电梯费用扣除补助后,由该单元住户按“楼层系数 × 专有面积”分摊,金额精确到分,尾差按余数从大到小逐分分配,各户之和恰好等于应分摊总额。本表由区县设定,以本表为准;表中没有的楼层不能分摊。",
          "A lift's cost, less any subsidy, is shared by the unit's dwellings by floor coefficient × exclusive area, to the fen, the remainder going fen by fen to the largest fractions, so the parts add up exactly. The district's table is what counts; a floor missing from it cannot be split.")}
      </p>
      {table.rows.length === 0 ? (
        <Card title={L("尚未设置系数表", "No table yet")}>
          <p className="mb-3 text-sm">{L(`可以先使用默认表:1–2 层为 0(不分摊),3 层 0.6,此后每层增加 0.2(4 层 0.8、5 层 1.0、6 层 1.2……${DEFAULT_TOP_FLOOR} 层 6.6),再按本区县实际修改。`, `Start from the default: floors 1–2 pay 0, floor 3 is 0.6, then +0.2 a floor (… floor ${DEFAULT_TOP_FLOOR}: 6.6); then adjust.`)}</p>
          <ActionForm action={seedDefaultLiftCoefficientsForm} submitLabel={L("使用默认系数表", "Use the default table")} pendingLabel={L("正在保存…", "Saving…")} testId="seed-default">
            <span />
          </ActionForm>
        </Card>
      ) : null}
      <Card title={L("各楼层系数", "Coefficient per floor")}>
        <ActionForm action={saveLiftCoefficientsForm} submitLabel={L("保存系数表", "Save the table")} pendingLabel={L("正在保存…", "Saving…")} successText={L("已保存。", "Saved.")} resetOnSuccess={false} className="space-y-3" testId="coefficients">
          <p className="text-sm text-slate-600">{L("留空表示该楼层不在表中。系数为 0 至 999.999 的数字,最多三位小数。", "Leave blank for a floor not in the table. Coefficients 0–999.999, up to 3 decimals.")}</p>
          <div className="grid grid-cols-3 gap-2 text-sm sm:grid-cols-6 lg:grid-cols-10">
            {Array.from({ length: topFloor }, (_, i) => i + 1).map((floor) => (
              <label key={floor} className="flex flex-col">
                {L(`${floor} 层`, `Floor ${floor}`)}
                <input name={`c${floor}`} inputMode="decimal" defaultValue={byFloor.get(floor) ?? ""} className="rounded border border-slate-300 px-2 py-1" disabled={!table.canEdit} />
              </label>
            ))}
          </div>
        </ActionForm>
      </Card>
    </AppShell>
  );
}
