import "server-only";
// The inputs of a lift's cost split, read once for both uses: the ledger's split (funding.splitLift)
// and the estimate each household of the unit sees before voting. Same rows, same order, same
// `splitLiftCost`, so the estimate is the split the ledger will make on the same data.
import type { Db, Tx } from "@/lib/db";
import { LiftSplitError, splitLiftCost } from "./lift-cost";
import { liftSubsidyOf } from "./rules";

export type LiftItemRef = { id: string; unitId: string; estimatedCostFen: bigint; districtId: string };

export type LiftSplitComputation =
  | {
      ok: true;
      totalFen: bigint;
      subsidyFen: bigint;
      residentsFen: bigint;
      shares: { id: string; fen: number }[];
      table: { floor: number; coefficient: string }[];
    }
  | { ok: false; reason: { zh: string; en: string } };

const NO_TABLE = {
  zh: "本区县尚未设置加装电梯费用分摊系数表,请先在“资金汇总 → 电梯分摊系数”中设置(可使用默认表)。",
  en: "The district has no lift coefficient table yet; set one up first (the default is offered).",
};

export async function computeLiftSplit(client: Db | Tx, item: LiftItemRef): Promise<LiftSplitComputation> {
  const [rows, dwellings, records] = await Promise.all([
    client.liftCoefficient.findMany({
      where: { districtId: item.districtId },
      orderBy: { floor: "asc" },
      select: { floor: true, coefficient: true },
    }),
    client.dwelling.findMany({
      where: { unitId: item.unitId },
      orderBy: [{ floor: "asc" }, { room: "asc" }],
      select: { id: true, floor: true, areaM2: true },
    }),
    client.fundingRecord.findMany({ where: { projectItemId: item.id }, select: { source: true, plannedFen: true } }),
  ]);
  if (rows.length === 0) return { ok: false, reason: NO_TABLE };
  const table = rows.map((c) => ({ floor: c.floor, coefficient: c.coefficient.toString() }));
  const subsidyFen = liftSubsidyOf(records);
  try {
    const { shares } = splitLiftCost({
      totalFen: Number(item.estimatedCostFen),
      subsidyFen: Number(subsidyFen),
      coefficients: Object.fromEntries(table.map((c) => [c.floor, c.coefficient])),
      dwellings: dwellings.map((d) => ({ id: d.id, floor: d.floor, area: d.areaM2.toString() })),
    });
    return {
      ok: true,
      totalFen: item.estimatedCostFen,
      subsidyFen,
      residentsFen: item.estimatedCostFen - subsidyFen,
      shares,
      table,
    };
  } catch (error) {
    if (error instanceof LiftSplitError) return { ok: false, reason: { zh: error.zh, en: error.en } };
    throw error;
  }
}
