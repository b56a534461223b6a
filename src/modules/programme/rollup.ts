// The city roll-up for a year: per district and for the city, planned (approved plans) against
// target, and started / completed (from the projects), with the percentages the dashboards draw.
// Pure: queries.ts gathers the numbers.

export type Figures = { neighborhoods: number; floorAreaM2: number; households: number; investmentYuan: number };

export type DistrictInput = {
  districtId: string;
  name: string;
  /** The district's target share, if the commission set one. */
  target: Figures | null;
  planned: Figures;
  /** Neighbourhoods in the year's projects that have started / completed. */
  started: number;
  completed: number;
  /** When the district's plan for the year was approved (null or absent without one). */
  planApprovedAt?: Date | string | null;
};

export type RollupRow = {
  districtId: string;
  name: string;
  target: Figures | null;
  planned: Figures;
  started: number;
  completed: number;
  planApprovedAt?: Date | string | null;
  /** Planned neighbourhoods as a share of the target (null without a target). */
  plannedOfTargetPct: number | null;
  /** 开工率: started neighbourhoods over planned ones (null when nothing is planned). */
  startRatePct: number | null;
  /** 完工率: completed neighbourhoods over planned ones. */
  completionRatePct: number | null;
  /**
   * City line only: neighbourhoods started / completed in districts without an approved plan.
   * They are in `started` / `completed` but not in the rates, so pages say so beside the rate.
   */
  startedOutsidePlans?: number;
  completedOutsidePlans?: number;
};

export type Rollup = { year: number; rows: RollupRow[]; city: RollupRow };

export const ZERO: Figures = { neighborhoods: 0, floorAreaM2: 0, households: 0, investmentYuan: 0 };

export function percent(part: number, whole: number | null | undefined): number | null {
  if (!whole) return null;
  return Math.round((part / whole) * 1000) / 10;
}

function row(input: DistrictInput): RollupRow {
  return {
    ...input,
    plannedOfTargetPct: input.target ? percent(input.planned.neighborhoods, input.target.neighborhoods) : null,
    startRatePct: percent(input.started, input.planned.neighborhoods),
    completionRatePct: percent(input.completed, input.planned.neighborhoods),
  };
}

function add(a: Figures, b: Figures): Figures {
  return {
    neighborhoods: a.neighborhoods + b.neighborhoods,
    floorAreaM2: Math.round((a.floorAreaM2 + b.floorAreaM2) * 100) / 100,
    households: a.households + b.households,
    investmentYuan: Math.round((a.investmentYuan + b.investmentYuan) * 100) / 100,
  };
}

export function computeRollup(year: number, cityTarget: Figures | null, districts: DistrictInput[]): Rollup {
  const rows = districts.map(row);
  // The city's rates count only districts with an approved plan: projects started where no plan
  // was approved would otherwise push the rate past what the plans promised.
  const withPlan = districts.filter((d) => d.planned.neighborhoods > 0);
  const city = row({
    districtId: "city",
    name: "全市",
    target: cityTarget,
    planned: districts.reduce((sum, d) => add(sum, d.planned), ZERO),
    started: districts.reduce((sum, d) => sum + d.started, 0),
    completed: districts.reduce((sum, d) => sum + d.completed, 0),
  });
  const plannedTotal = city.planned.neighborhoods;
  const startedInPlans = withPlan.reduce((sum, d) => sum + d.started, 0);
  const completedInPlans = withPlan.reduce((sum, d) => sum + d.completed, 0);
  city.startRatePct = percent(startedInPlans, plannedTotal);
  city.completionRatePct = percent(completedInPlans, plannedTotal);
  city.startedOutsidePlans = city.started - startedInPlans;
  city.completedOutsidePlans = city.completed - completedInPlans;
  return { year, rows, city };
}

/**
 * What a page says beside the city's rate when it was not computed from the number shown with it:
 * the count the rate used, and how many were left out and why. Null when nothing was left out.
 */
export function rateBasisNote(
  city: Pick<RollupRow, "started" | "completed" | "startedOutsidePlans" | "completedOutsidePlans">,
  kind: "start" | "completion",
  locale: "zh" | "en",
): string | null {
  const outside = (kind === "start" ? city.startedOutsidePlans : city.completedOutsidePlans) ?? 0;
  if (outside <= 0) return null;
  const counted = (kind === "start" ? city.started : city.completed) - outside;
  const verb = kind === "start" ? { zh: "开工", en: "started" } : { zh: "完工", en: "completed" };
  return locale === "zh"
    ? `${verb.zh}率按有已批准计划的区县的 ${counted} 个计算;另有 ${outside} 个小区在没有已批准计划的区县${verb.zh},不计入。`
    : `The rate counts the ${counted} in districts with an approved plan; ${outside} more ${verb.en} in districts without one and are left out.`;
}

export type BulletinRow = RollupRow & {
  startRank: number | null;
  completionRank: number | null;
  laggard: boolean;
  laggardReasons: string[];
  /** Approved less than LAGGARD_GRACE_DAYS ago: ranked, but not yet on the 约谈 list. */
  newlyApproved: boolean;
};

/**
 * A plan approved a minute ago has started nothing yet: 约谈 is for progress that is slow
 * (渝府办发〔2021〕82号 四(四)), so a district comes onto the list one month after its approval,
 * in time for the next monthly bulletin.
 */
export const LAGGARD_GRACE_DAYS = 30;

/**
 * 定期通报: districts with a plan ranked by start rate and by completion rate; those below the
 * threshold on either are listed for follow-up (约谈). Districts with nothing planned are left out.
 */
export function rankForBulletin(rows: RollupRow[], thresholdPercent: number, now = new Date()): BulletinRow[] {
  const ranked = rows.filter((r) => r.planned.neighborhoods > 0);
  const rankBy = (key: "startRatePct" | "completionRatePct") => {
    const sorted = [...ranked].sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0));
    const ranks = new Map<string, number>();
    sorted.forEach((r, i) => {
      const previous = sorted[i - 1];
      ranks.set(r.districtId, previous && previous[key] === r[key] ? ranks.get(previous.districtId)! : i + 1);
    });
    return ranks;
  };
  const startRanks = rankBy("startRatePct");
  const completionRanks = rankBy("completionRatePct");
  return ranked
    .map((r) => {
      const approvedAt = r.planApprovedAt ? new Date(r.planApprovedAt) : null;
      const newlyApproved =
        approvedAt !== null && now.getTime() - approvedAt.getTime() < LAGGARD_GRACE_DAYS * 24 * 3600_000;
      const reasons: string[] = [];
      if (!newlyApproved) {
        if ((r.startRatePct ?? 0) < thresholdPercent)
          reasons.push(`开工率${r.startRatePct ?? 0}%低于${thresholdPercent}%`);
        if ((r.completionRatePct ?? 0) < thresholdPercent)
          reasons.push(`完工率${r.completionRatePct ?? 0}%低于${thresholdPercent}%`);
      }
      return {
        ...r,
        startRank: startRanks.get(r.districtId) ?? null,
        completionRank: completionRanks.get(r.districtId) ?? null,
        laggard: reasons.length > 0,
        laggardReasons: reasons,
        newlyApproved,
      };
    })
    .sort(
      (a, b) => (a.startRank ?? 999) - (b.startRank ?? 999) || (a.completionRank ?? 999) - (b.completionRank ?? 999),
    );
}

/** The month a moment falls in, in Chongqing's time zone, as YYYY-MM. */
export function monthOf(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 3600_000);
  return `${shifted.getUTCFullYear()}-${String(shifted.getUTCMonth() + 1).padStart(2, "0")}`;
}
