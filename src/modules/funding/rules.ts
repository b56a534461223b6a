// The ledger's checks, pure: amounts against status, the residents' decision a maintenance-fund
// record needs, and the project's funding against its estimated cost. Each refusal says why.
import type { BallotOutcome, BallotStatus, FundingSource, FundingStatus, MatterType } from "@/generated/prisma/enums";
import { ref, type MessageRef, type MessageValues } from "@/lib/i18n/message-ref";
import { FUNDING_SOURCE_LABELS } from "./labels";
import { yuanText } from "@/lib/money";
import { FUNDING_SHARE_OF_SOURCE } from "./shares";

/** `reason`: a message of the catalogues (docs/i18n.md). */
export type Check = { ok: true } | { ok: false; field: string; reason: MessageRef };

export type RecordAmounts = { status: FundingStatus; plannedFen: bigint; committedFen: bigint; paidFen: bigint };

const ok: Check = { ok: true };
const refuse = (field: string, key: string, values?: MessageValues): Check => ({
  ok: false,
  field,
  reason: ref(key, values),
});

/** paid ≤ committed ≤ planned, and a status that says what the amounts say. */
export function checkRecordAmounts(r: RecordAmounts): Check {
  if (r.plannedFen <= 0n) return refuse("planned", "errors.funding.plannedPositive");
  if (r.committedFen < 0n || r.paidFen < 0n) return refuse("committed", "errors.funding.negative");
  if (r.committedFen > r.plannedFen) {
    return refuse("committed", "errors.funding.committedOverPlanned", {
      committed: yuanText(r.committedFen),
      planned: yuanText(r.plannedFen),
    });
  }
  if (r.paidFen > r.committedFen) {
    return refuse("paid", "errors.funding.paidOverCommitted", {
      paid: yuanText(r.paidFen),
      committed: yuanText(r.committedFen),
    });
  }
  switch (r.status) {
    case "PLANNED":
      if (r.committedFen > 0n || r.paidFen > 0n) {
        return refuse("status", "errors.funding.plannedHasAmounts");
      }
      return ok;
    case "COMMITTED":
      if (r.committedFen === 0n) return refuse("status", "errors.funding.committedNeedsAmount");
      if (r.paidFen === r.committedFen) return refuse("status", "errors.funding.committedAllPaid");
      return ok;
    case "PAID":
      if (r.paidFen === 0n || r.paidFen !== r.committedFen) {
        return refuse("status", "errors.funding.paidNotAll", {
          paid: yuanText(r.paidFen),
          committed: yuanText(r.committedFen),
        });
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
  const rule = ref(needed === "ORDINARY" ? "errors.funding.decision.ordinary" : "errors.funding.decision.special");
  const missing = (detail: string, values?: MessageValues) =>
    refuse("ballotItemId", "errors.funding.decision.needed", { source: what, rule, detail: ref(detail, values) });
  if (!item) return missing("errors.funding.decision.chooseOne");
  if (item.projectId !== projectId) return missing("errors.funding.decision.otherProject");
  if (item.matter !== needed)
    return missing("errors.funding.decision.wrongMatter", {
      title: item.title,
      matter: item.matter === "SPECIAL" ? "special" : "ordinary",
    });
  if (item.outcome !== "PASSED") return missing("errors.funding.decision.notPassed", { title: item.title });
  if (item.ballotStatus !== "FINAL") return missing("errors.funding.decision.notFinal", { title: item.title });
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
export function checkSurplus(
  estimateFen: bigint,
  plannedTotalBeforeFen: bigint,
  plannedTotalAfterFen: bigint,
  confirmed: boolean,
): Check {
  const balance = fundingBalance(estimateFen, plannedTotalAfterFen);
  if (balance.kind !== "SURPLUS" || confirmed || plannedTotalAfterFen <= plannedTotalBeforeFen) return ok;
  return refuse("confirmSurplus", "errors.funding.surplus", {
    planned: yuanText(plannedTotalAfterFen),
    estimate: yuanText(estimateFen),
    difference: yuanText(balance.differenceFen),
  });
}

/** The subsidy deducted before a lift's cost is shared: planned funding linked to the lift item from government and society sources. */
export function liftSubsidyOf(records: { source: FundingSource; plannedFen: bigint }[]): bigint {
  return records
    .filter((r) => FUNDING_SHARE_OF_SOURCE[r.source] !== "RESIDENTS")
    .reduce((sum, r) => sum + r.plannedFen, 0n);
}
