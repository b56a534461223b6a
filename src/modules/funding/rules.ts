// The ledger's checks, pure: amounts against status, the residents' decision a maintenance-fund
// record needs, and the project's funding against its estimated cost. Each refusal says why.
import type { BallotOutcome, BallotStatus, FundingSource, FundingStatus, MatterType } from "@/generated/prisma/enums";
import type { Pair as Message } from "@/lib/errors";
import { FUNDING_SOURCE_LABELS } from "./labels";
import { yuanText } from "@/lib/money";
import { FUNDING_SHARE_OF_SOURCE } from "./shares";

export type Check = { ok: true } | { ok: false; field: string; reason: Message };

export type RecordAmounts = { status: FundingStatus; plannedFen: bigint; committedFen: bigint; paidFen: bigint };

const ok: Check = { ok: true };
const refuse = (field: string, zh: string, en: string): Check => ({ ok: false, field, reason: { zh, en } });

/** paid ≤ committed ≤ planned, and a status that says what the amounts say. */
export function checkRecordAmounts(r: RecordAmounts): Check {
  const y = (fen: bigint) => `${yuanText(fen)} 元`;
  if (r.plannedFen <= 0n) return refuse("planned", "计划金额应大于0。", "The planned amount must be more than 0.");
  if (r.committedFen < 0n || r.paidFen < 0n) return refuse("committed", "金额不能为负数。", "Amounts cannot be negative.");
  if (r.committedFen > r.plannedFen) {
    return refuse("committed", `已承诺金额(${y(r.committedFen)})不能超过计划金额(${y(r.plannedFen)});如计划有调整,请先修改计划金额。`, `The committed amount (${yuanText(r.committedFen)}) cannot exceed the planned amount (${yuanText(r.plannedFen)}); change the plan first.`);
  }
  if (r.paidFen > r.committedFen) {
    return refuse("paid", `已到位金额(${y(r.paidFen)})不能超过已承诺金额(${y(r.committedFen)});资金到位前应先有承诺(批复、协议等)。`, `The paid amount (${yuanText(r.paidFen)}) cannot exceed the committed amount (${yuanText(r.committedFen)}).`);
  }
  switch (r.status) {
    case "PLANNED":
      if (r.committedFen > 0n || r.paidFen > 0n) {
        return refuse("status", "状态为“计划”的记录不应有已承诺或已到位金额;请把状态改为“已承诺”或“已到位”。", "A planned record has nothing committed or paid; set the status to committed or paid.");
      }
      return ok;
    case "COMMITTED":
      if (r.committedFen === 0n) return refuse("status", "状态为“已承诺”时请填写已承诺金额。", "A committed record needs the committed amount.");
      if (r.paidFen === r.committedFen) return refuse("status", "已承诺的金额已全部到位,请把状态改为“已到位”。", "Everything committed has been paid; set the status to paid.");
      return ok;
    case "PAID":
      if (r.paidFen === 0n || r.paidFen !== r.committedFen) {
        return refuse("status", `状态为“已到位”时,到位金额应等于已承诺金额(目前到位 ${y(r.paidFen)},承诺 ${y(r.committedFen)});部分到位请保持“已承诺”状态。`, `A paid record has all of the committed amount paid (paid ${yuanText(r.paidFen)}, committed ${yuanText(r.committedFen)}); keep a partly paid record committed.`);
      }
      return ok;
  }
}

export type LinkedBallotItem = {
  projectId: string;
  matter: MatterType;
  outcome: BallotOutcome;
  ballotStatus: BallotStatus;
  title: string;
};

/** Which decision a maintenance-fund source needs (Civil Code art. 278): using it an ordinary one, raising it a special one. */
export const FUND_DECISION: Partial<Record<FundingSource, MatterType>> = {
  MAINTENANCE_FUND_USE: "ORDINARY",
  MAINTENANCE_FUND_RAISE: "SPECIAL",
};

/**
 * A maintenance-fund record must cite a passed, final (公示期满确认) decision of this project's
 * owners of the right kind. Other sources cite none.
 */
export function checkFundDecision(source: FundingSource, projectId: string, item: LinkedBallotItem | null): Check {
  const needed = FUND_DECISION[source];
  if (!needed) return ok;
  const what = FUNDING_SOURCE_LABELS[source];
  const rule = needed === "ORDINARY"
    ? { zh: "一般事项表决(参与表决的专有面积和人数均过半数同意)", en: "an ordinary decision (more than half of the participating area and owners)" }
    : { zh: "特别事项表决(参与表决的专有面积和人数均四分之三以上同意)", en: "a special decision (three quarters of the participating area and owners)" };
  const missing = (zh: string, en: string) =>
    refuse("ballotItemId", `${what.zh}须关联本项目业主已通过的${rule.zh},且表决结果已公示期满并确认。${zh}`, `${what.en} needs ${rule.en} of this project's owners, passed and final after its notice period. ${en}`);
  if (!item) return missing("请选择对应的表决事项;如尚未表决,请先在“征求意见与表决”中发起。", "Choose the decision; if there is none yet, hold the vote under Consultation first.");
  if (item.projectId !== projectId) return missing("所选表决事项不属于本项目。", "The chosen decision belongs to another project.");
  if (item.matter !== needed) return missing(`所选事项“${item.title}”是${item.matter === "SPECIAL" ? "特别" : "一般"}事项,类型不符。`, `"${item.title}" is a ${item.matter.toLowerCase()} matter, not the kind needed.`);
  if (item.outcome !== "PASSED") return missing(`所选事项“${item.title}”未获通过。`, `"${item.title}" did not pass.`);
  if (item.ballotStatus !== "FINAL") return missing(`所选事项“${item.title}”的表决结果尚未公示期满并确认。`, `The result of "${item.title}" is not final yet.`);
  return ok;
}

export type Balance = { kind: "SHORTFALL" | "SURPLUS" | "BALANCED"; differenceFen: bigint };

/** The project's planned funding against its estimated cost. */
export function fundingBalance(estimateFen: bigint, fundedFen: bigint): Balance {
  if (fundedFen < estimateFen) return { kind: "SHORTFALL", differenceFen: estimateFen - fundedFen };
  if (fundedFen > estimateFen) return { kind: "SURPLUS", differenceFen: fundedFen - estimateFen };
  return { kind: "BALANCED", differenceFen: 0n };
}

/**
 * A change that raises the planned total above the estimate needs the official's explicit
 * confirmation; a change that lowers it (or stays within the estimate) does not.
 */
export function checkSurplus(estimateFen: bigint, plannedTotalBeforeFen: bigint, plannedTotalAfterFen: bigint, confirmed: boolean): Check {
  const balance = fundingBalance(estimateFen, plannedTotalAfterFen);
  if (balance.kind !== "SURPLUS" || confirmed || plannedTotalAfterFen <= plannedTotalBeforeFen) return ok;
  return refuse(
    "confirmSurplus",
    `保存后本项目资金计划合计 ${yuanText(plannedTotalAfterFen)} 元,将超过估算总投资 ${yuanText(estimateFen)} 元,超出 ${yuanText(balance.differenceFen)} 元。如确需超出(例如估算将调整),请勾选“确认超出估算”后再保存。`,
    `After this change the planned funding (${yuanText(plannedTotalAfterFen)}) would exceed the estimated cost (${yuanText(estimateFen)}) by ${yuanText(balance.differenceFen)}; tick "confirm surplus" to save anyway.`,
  );
}

/** The subsidy deducted before a lift's cost is shared: planned funding linked to the lift item from government and society sources. */
export function liftSubsidyOf(records: { source: FundingSource; plannedFen: bigint }[]): bigint {
  return records.filter((r) => FUNDING_SHARE_OF_SOURCE[r.source] !== "RESIDENTS").reduce((sum, r) => sum + r.plannedFen, 0n);
}
