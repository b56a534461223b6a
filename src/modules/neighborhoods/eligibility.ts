// Whether a neighbourhood is in the programme's scope (渝府办发〔2021〕82号 二(一)): built before
// the end of 2000 → in scope; built before the end of 2005 with poor living conditions → in scope
// only where the district has switched that extension on; otherwise out.

export type EligibilityInput = {
  completionYear: number;
  poorCondition: boolean;
  districtAllows2005: boolean;
};

type EligibilityBasis = "BUILT_BY_2000" | "BUILT_BY_2005_POOR" | "NONE";

export type Eligibility = {
  eligible: boolean;
  basis: EligibilityBasis;
  /** Plain-words explanation, shown to officials beside the verdict, in both languages. */
  reason: { zh: string; en: string };
};

export function assessEligibility(input: EligibilityInput): Eligibility {
  const { completionYear: year, poorCondition, districtAllows2005 } = input;
  if (!Number.isInteger(year)) {
    return {
      eligible: false,
      basis: "NONE",
      reason: { zh: "建成年份无效,无法判断。", en: "The year of completion is not valid, so scope cannot be judged." },
    };
  }
  if (year <= 2000) {
    return {
      eligible: true,
      basis: "BUILT_BY_2000",
      reason: {
        zh: `${year}年建成,属2000年底前建成的城镇老旧小区,纳入重点改造范围。`,
        en: `Built in ${year}: an old urban neighbourhood built by the end of 2000, in the programme's main scope.`,
      },
    };
  }
  if (year <= 2005) {
    if (!poorCondition) {
      return {
        eligible: false,
        basis: "NONE",
        reason: {
          zh: `${year}年建成,晚于2000年底,且未认定为居住条件较差,不纳入改造范围。`,
          en: `Built in ${year}, after 2000, and not found to have poor living conditions: out of scope.`,
        },
      };
    }
    if (!districtAllows2005) {
      return {
        eligible: false,
        basis: "NONE",
        reason: {
          zh: `${year}年建成且居住条件较差,但所在区县尚未启用2005年底前建成小区的扩展范围。`,
          en: `Built in ${year} with poor living conditions, but the district has not switched on the extension to neighbourhoods built by the end of 2005.`,
        },
      };
    }
    return {
      eligible: true,
      basis: "BUILT_BY_2005_POOR",
      reason: {
        zh: `${year}年建成且居住条件较差,所在区县已启用2005年底前建成小区的扩展范围。`,
        en: `Built in ${year} with poor living conditions; the district has switched on the extension to neighbourhoods built by the end of 2005.`,
      },
    };
  }
  return {
    eligible: false,
    basis: "NONE",
    reason: {
      zh: `${year}年建成,晚于2005年底,不属于城镇老旧小区改造范围。`,
      en: `Built in ${year}, after 2005: not an old urban neighbourhood in the programme's scope.`,
    },
  };
}
