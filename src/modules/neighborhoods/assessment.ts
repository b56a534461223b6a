// 基础设施与公共服务评价: a short checklist per neighbourhood. Each question is answered
// 0 (good), 1 (some problems) or 2 (serious problems); the answers give a score per area
// (basic / improvement / upgrade, higher = more need) and suggest catalogue items for a project.
import type { ContentCategory } from "@/generated/prisma/enums";

export type Question = { key: string; area: ContentCategory; zh: string; en: string; suggests: string[] };

export const CHECKLIST: readonly Question[] = [
  {
    key: "water",
    area: "BASIC",
    zh: "供水、排水管网老化或漏损、堵塞",
    en: "Water and drainage pipes old, leaking or blocked",
    suggests: ["B01", "B05"],
  },
  {
    key: "power",
    area: "BASIC",
    zh: "供电、供气线路管道存在安全隐患",
    en: "Power or gas lines unsafe",
    suggests: ["B02", "B03"],
  },
  { key: "wires", area: "BASIC", zh: "通信线缆杂乱(“蜘蛛网”)", en: "Tangled telecom cables", suggests: ["B04"] },
  { key: "roads", area: "BASIC", zh: "道路、梯道破损", en: "Roads and stairways damaged", suggests: ["B06"] },
  {
    key: "fire",
    area: "BASIC",
    zh: "消防通道、消防设施不足;安防缺失",
    en: "Fire access, fire equipment or security lacking",
    suggests: ["B07", "B08"],
  },
  {
    key: "ageing",
    area: "IMPROVEMENT",
    zh: "老年人出行困难(无电梯、无扶手、无坡道)",
    en: "Hard for older people to get around (no lift, rails, ramps)",
    suggests: ["I07", "I04", "I05"],
  },
  {
    key: "parking",
    area: "IMPROVEMENT",
    zh: "停车难、无充电设施",
    en: "Parking and charging short",
    suggests: ["I06", "I08"],
  },
  {
    key: "green",
    area: "IMPROVEMENT",
    zh: "绿化、照明、活动场地不足",
    en: "Little greenery, lighting or space for activities",
    suggests: ["I02", "I03", "I09"],
  },
  {
    key: "care",
    area: "UPGRADE",
    zh: "周边缺少养老、托幼、助餐服务",
    en: "No elderly care, childcare or meal service nearby",
    suggests: ["U03", "U04", "U05"],
  },
  {
    key: "services",
    area: "UPGRADE",
    zh: "周边缺少社区服务、便民商业与快递设施",
    en: "No community services, shops or parcel points nearby",
    suggests: ["U01", "U08", "U09"],
  },
];

export type Answers = Record<string, 0 | 1 | 2>;

export type AssessmentResult = {
  scores: Record<ContentCategory, number>;
  /** Catalogue codes to consider, most pressing first (serious before some problems, basic before others). */
  suggested: string[];
};

const AREA_ORDER: ContentCategory[] = ["BASIC", "IMPROVEMENT", "UPGRADE"];

export function scoreAssessment(answers: Answers): AssessmentResult {
  const scores: Record<ContentCategory, number> = { BASIC: 0, IMPROVEMENT: 0, UPGRADE: 0 };
  const ranked: { code: string; severity: number; area: number; order: number }[] = [];
  CHECKLIST.forEach((q, order) => {
    const answer = answers[q.key] ?? 0;
    scores[q.area] += answer;
    if (answer > 0)
      for (const code of q.suggests) ranked.push({ code, severity: answer, area: AREA_ORDER.indexOf(q.area), order });
  });
  ranked.sort((a, b) => b.severity - a.severity || a.area - b.area || a.order - b.order);
  return { scores, suggested: [...new Set(ranked.map((r) => r.code))] };
}

/** The highest possible score of an area, for showing "6 / 10". */
export function maxScore(area: ContentCategory): number {
  return CHECKLIST.filter((q) => q.area === area).length * 2;
}
