// The dashboards' sums that are more than a count: the funding mix, the consultation turnout and
// pass rate, a department's queue. Pure: data.ts gathers the rows.
import type { BallotOutcome, FundingSource, TaskStatus } from "../../generated/prisma/enums";
import { isTaskOverdue, LIVE_TASK } from "../departments/routing";
import { percentOfFen } from "@/lib/money";
import { SHARES, sumByShare, type FundingShare } from "../funding/shares";
import { percent } from "../programme/rollup";
import { chongqingMonthStart, DAY } from "@/lib/dates";

export type FundingRow = { source: FundingSource; plannedFen: bigint; committedFen: bigint; paidFen: bigint };
export type ShareSum = {
  share: FundingShare;
  plannedFen: bigint;
  committedFen: bigint;
  paidFen: bigint;
  plannedPct: number | null;
};

/** Planned, committed and paid money per share (government / residents / society), with each share of the planned total. */
export function fundingMix(rows: readonly FundingRow[]): {
  shares: ShareSum[];
  total: Omit<ShareSum, "share" | "plannedPct">;
} {
  const { byShare, total } = sumByShare(rows);
  const shares = SHARES.map((share) => ({
    share,
    ...byShare[share],
    plannedPct: percentOfFen(byShare[share].plannedFen, total.plannedFen),
  }));
  return { shares, total };
}

export type BallotItemRow = { outcome: BallotOutcome; result: unknown };
export type ConsultationSummary = {
  items: number;
  decided: number;
  passed: number;
  failed: number;
  notQuorate: number;
  /** Owners who took part, summed over the counted items, and the owners entitled to. */
  participating: number;
  entitled: number;
  turnoutPct: number | null;
  /** Passed items over counted ones (not quorate counts as not passed). */
  passRatePct: number | null;
};

/** Turnout and pass rate over ballot items, from the tallies stored when each ballot was counted. */
export function consultationSummary(rows: readonly BallotItemRow[]): ConsultationSummary {
  let passed = 0;
  let failed = 0;
  let notQuorate = 0;
  let participating = 0;
  let entitled = 0;
  for (const r of rows) {
    if (r.outcome === "PASSED") passed++;
    else if (r.outcome === "FAILED") failed++;
    else if (r.outcome === "NOT_QUORATE") notQuorate++;
    if (r.outcome !== "PENDING" && r.result && typeof r.result === "object") {
      const t = r.result as { participatingCount?: unknown; totalCount?: unknown };
      if (typeof t.participatingCount === "number" && typeof t.totalCount === "number") {
        participating += t.participatingCount;
        entitled += t.totalCount;
      }
    }
  }
  const decided = passed + failed + notQuorate;
  return {
    items: rows.length,
    decided,
    passed,
    failed,
    notQuorate,
    participating,
    entitled,
    turnoutPct: percent(participating, entitled),
    passRatePct: percent(passed, decided),
  };
}

export type TaskRow = {
  status: TaskStatus;
  dueOn: Date;
  createdAt: Date;
  completedAt: Date | null;
  districtId: string;
  districtName: string;
};
type DistrictQueue = {
  districtId: string;
  name: string;
  open: number;
  overdue: number;
  doneThisMonth: number;
  done: number;
};
export type QueueSummary = {
  open: number;
  overdue: number;
  doneThisMonth: number;
  done: number;
  avgDaysToClose: number | null;
  byDistrict: DistrictQueue[];
};

/**
 * A department's queue in numbers. Open = open or in progress; overdue = open and due before
 * today (Chongqing); done this month = finished since the 1st; days to close = finished minus
 * created, averaged over every finished task, one decimal.
 */
export function queueSummary(tasks: readonly TaskRow[], now: Date): QueueSummary {
  const monthStart = chongqingMonthStart(now).getTime();
  const byDistrict = new Map<string, DistrictQueue>();
  const out: QueueSummary = { open: 0, overdue: 0, doneThisMonth: 0, done: 0, avgDaysToClose: null, byDistrict: [] };
  let closeMs = 0;
  for (const t of tasks) {
    const d = byDistrict.get(t.districtId) ?? {
      districtId: t.districtId,
      name: t.districtName,
      open: 0,
      overdue: 0,
      doneThisMonth: 0,
      done: 0,
    };
    byDistrict.set(t.districtId, d);
    if (LIVE_TASK.includes(t.status)) {
      out.open++;
      d.open++;
      if (isTaskOverdue(t, now)) {
        out.overdue++;
        d.overdue++;
      }
    } else if (t.status === "DONE") {
      out.done++;
      d.done++;
      if (t.completedAt) {
        closeMs += t.completedAt.getTime() - t.createdAt.getTime();
        if (t.completedAt.getTime() >= monthStart) {
          out.doneThisMonth++;
          d.doneThisMonth++;
        }
      }
    }
  }
  const closed = tasks.filter((t) => t.status === "DONE" && t.completedAt).length;
  out.avgDaysToClose = closed === 0 ? null : Math.round((closeMs / closed / DAY) * 10) / 10;
  out.byDistrict = [...byDistrict.values()].sort(
    (a, b) => b.overdue - a.overdue || b.open - a.open || a.name.localeCompare(b.name, "zh"),
  );
  return out;
}

/** Rows of a CSV file, quoted where needed, with a BOM so Excel reads the Chinese as UTF-8. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null) => {
    const text = v === null ? "" : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return "\uFEFF" + rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
