// Who bears each funding source: the policy's "政府、居民、社会力量合理共担" (渝府办发〔2021〕82号 四).
// One table, used by the ledger's summaries and by every dashboard, so the three shares agree.
import type { FundingSource } from "@/generated/prisma/enums";

export type FundingShare = "GOVERNMENT" | "RESIDENTS" | "SOCIETY";

export const FUNDING_SHARE_OF_SOURCE: Record<FundingSource, FundingShare> = {
  CENTRAL_SUBSIDY: "GOVERNMENT",
  MUNICIPAL_FINANCE: "GOVERNMENT",
  DISTRICT_FINANCE: "GOVERNMENT",
  SPECIAL_BOND: "GOVERNMENT",
  // 居民出资: direct payment, the maintenance fund (used or raised), public revenue ceded by the
  // owners, provident-fund withdrawals for lifts (四(一)).
  RESIDENT_DIRECT: "RESIDENTS",
  MAINTENANCE_FUND_USE: "RESIDENTS",
  MAINTENANCE_FUND_RAISE: "RESIDENTS",
  PUBLIC_REVENUE: "RESIDENTS",
  PROVIDENT_FUND: "RESIDENTS",
  // 社会力量: utility companies, enterprises, the original property-owning unit (四(二)).
  UTILITY_COMPANY: "SOCIETY",
  SOCIAL_CAPITAL: "SOCIETY",
  ORIGINAL_OWNER_UNIT: "SOCIETY",
  OTHER: "SOCIETY",
};

export const FUNDING_SHARE_LABELS: Record<FundingShare, { zh: string; en: string }> = {
  GOVERNMENT: { zh: "政府", en: "Government" },
  RESIDENTS: { zh: "居民", en: "Residents" },
  SOCIETY: { zh: "社会力量", en: "Society" },
};

export const SHARES: readonly FundingShare[] = ["GOVERNMENT", "RESIDENTS", "SOCIETY"];

export type Amounts = { plannedFen: bigint; committedFen: bigint; paidFen: bigint };

/** Planned, committed and paid money of each share, and in all — the figure behind every "funding mix". */
export function sumByShare(rows: readonly (Amounts & { source: FundingSource })[]): {
  byShare: Record<FundingShare, Amounts>;
  total: Amounts;
} {
  const zero = (): Amounts => ({ plannedFen: 0n, committedFen: 0n, paidFen: 0n });
  const byShare: Record<FundingShare, Amounts> = { GOVERNMENT: zero(), RESIDENTS: zero(), SOCIETY: zero() };
  const total = zero();
  for (const row of rows) {
    for (const into of [byShare[FUNDING_SHARE_OF_SOURCE[row.source]], total]) {
      into.plannedFen += row.plannedFen;
      into.committedFen += row.committedFen;
      into.paidFen += row.paidFen;
    }
  }
  return { byShare, total };
}

export function sourcesOfShare(share: FundingShare): FundingSource[] {
  return (Object.keys(FUNDING_SHARE_OF_SOURCE) as FundingSource[]).filter((s) => FUNDING_SHARE_OF_SOURCE[s] === share);
}
