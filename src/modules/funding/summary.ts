// The ledger's summaries, pure: grouped amounts (by source, year and district, as the database
// returns them) folded into the government / residents / society shares, by source and by year.
import type { FundingSource } from "@/generated/prisma/enums";
import { FUNDING_SOURCES } from "./labels";
import { FUNDING_SHARE_OF_SOURCE, SHARES, sumByShare, type Amounts, type FundingShare } from "./shares";

export { SHARES, type Amounts };
export type GroupedRow = Amounts & { source: FundingSource; year: number; districtId?: string; records: number };

const zero = (): Amounts => ({ plannedFen: 0n, committedFen: 0n, paidFen: 0n });
function add(into: Amounts, row: Amounts): void {
  into.plannedFen += row.plannedFen;
  into.committedFen += row.committedFen;
  into.paidFen += row.paidFen;
}
const byShareZero = (): Record<FundingShare, Amounts> => ({ GOVERNMENT: zero(), RESIDENTS: zero(), SOCIETY: zero() });

export type FundingSummary = {
  total: Amounts;
  records: number;
  byShare: Record<FundingShare, Amounts>;
  bySource: (Amounts & { source: FundingSource; share: FundingShare; records: number })[];
  byYear: (Amounts & { year: number; byShare: Record<FundingShare, Amounts> })[];
  byDistrict: Map<string, Amounts & { byShare: Record<FundingShare, Amounts>; records: number }>;
};

export function summarize(rows: readonly GroupedRow[]): FundingSummary {
  const { byShare, total } = sumByShare(rows);
  const bySource = new Map<FundingSource, Amounts & { records: number }>();
  const byYear = new Map<number, Amounts & { byShare: Record<FundingShare, Amounts> }>();
  const byDistrict: FundingSummary["byDistrict"] = new Map();
  let records = 0;
  for (const row of rows) {
    const share = FUNDING_SHARE_OF_SOURCE[row.source];
    records += row.records;
    const source = bySource.get(row.source) ?? { ...zero(), records: 0 };
    add(source, row);
    source.records += row.records;
    bySource.set(row.source, source);
    const year = byYear.get(row.year) ?? { ...zero(), byShare: byShareZero() };
    add(year, row);
    add(year.byShare[share], row);
    byYear.set(row.year, year);
    if (row.districtId) {
      const district = byDistrict.get(row.districtId) ?? { ...zero(), byShare: byShareZero(), records: 0 };
      add(district, row);
      add(district.byShare[share], row);
      district.records += row.records;
      byDistrict.set(row.districtId, district);
    }
  }
  return {
    total,
    records,
    byShare,
    bySource: FUNDING_SOURCES.filter((s) => bySource.has(s)).map((source) => ({
      source,
      share: FUNDING_SHARE_OF_SOURCE[source],
      ...bySource.get(source)!,
    })),
    byYear: [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, amounts]) => ({ year, ...amounts })),
    byDistrict,
  };
}
