// The renovation content list (改造内容清单) of section 二(二) of the policy. `tags` say what an
// item involves, and drive which department a project item is routed to (routing.ts).
import type { ContentCategory, MatterType } from "../../src/generated/prisma/enums";

export type CatalogueSeed = {
  code: string;
  category: ContentCategory;
  name: string;
  nameEn: string;
  description: string;
  unit: string;
  defaultMatter: MatterType;
  tags: string[];
};

// Civil Code art. 278: rebuilding or renovating buildings and their ancillary facilities and
// changing the use of common parts need the 3/4 (SPECIAL) threshold; other matters the 1/2 one.
export const CATALOGUE: CatalogueSeed[] = [
  // 基础类 — safety and basic needs, included without a vote
  { code: "B01", category: "BASIC", name: "供水设施改造", nameEn: "Water supply", description: "更换老化供水管网、二次供水设施,一户一表。", unit: "米", defaultMatter: "SPECIAL", tags: ["water", "municipal"] },
  { code: "B02", category: "BASIC", name: "供电设施改造", nameEn: "Power supply", description: "改造老旧供配电线路与设施,规范楼道线路。", unit: "项", defaultMatter: "SPECIAL", tags: ["power"] },
  { code: "B03", category: "BASIC", name: "供气设施改造", nameEn: "Gas supply", description: "更换老化燃气管道,消除燃气安全隐患。", unit: "米", defaultMatter: "SPECIAL", tags: ["gas"] },
  { code: "B04", category: "BASIC", name: "通信设施改造", nameEn: "Telecom lines", description: "规整架空通信线缆(“蜘蛛网”),光纤入户。", unit: "项", defaultMatter: "SPECIAL", tags: ["telecom"] },
  { code: "B05", category: "BASIC", name: "排水设施改造", nameEn: "Drainage", description: "雨污分流,疏通改造排水管网与化粪池。", unit: "米", defaultMatter: "SPECIAL", tags: ["drainage", "municipal"] },
  { code: "B06", category: "BASIC", name: "小区道路改造", nameEn: "Roads and paths", description: "修复破损路面、梯道,完善步行系统。", unit: "平方米", defaultMatter: "SPECIAL", tags: ["road", "municipal"] },
  { code: "B07", category: "BASIC", name: "消防设施改造", nameEn: "Fire safety", description: "完善消防通道、消火栓、灭火器及楼道应急照明。", unit: "项", defaultMatter: "SPECIAL", tags: ["fire"] },
  { code: "B08", category: "BASIC", name: "安防设施改造", nameEn: "Security", description: "完善门禁、监控、智能安防系统,警务室建设。", unit: "项", defaultMatter: "SPECIAL", tags: ["security"] },
  { code: "B09", category: "BASIC", name: "生活垃圾分类设施", nameEn: "Waste sorting", description: "设置分类投放点与收集设施。", unit: "处", defaultMatter: "ORDINARY", tags: ["waste", "municipal"] },
  // 完善类 — convenience and improvement, proposed for the residents' vote
  { code: "I01", category: "IMPROVEMENT", name: "违法建筑拆除", nameEn: "Removal of illegal structures", description: "拆除小区及周边违法建筑,腾退空间用于公共设施。", unit: "平方米", defaultMatter: "ORDINARY", tags: ["demolition", "planning"] },
  { code: "I02", category: "IMPROVEMENT", name: "绿化提升", nameEn: "Greening", description: "补植绿化、整治裸土,建设口袋公园。", unit: "平方米", defaultMatter: "SPECIAL", tags: ["greening"] },
  { code: "I03", category: "IMPROVEMENT", name: "照明改造", nameEn: "Lighting", description: "完善小区道路、梯道及公共区域照明。", unit: "盏", defaultMatter: "ORDINARY", tags: ["lighting", "municipal"] },
  { code: "I04", category: "IMPROVEMENT", name: "适老化设施", nameEn: "Ageing-friendly facilities", description: "楼梯扶手、休息座椅、适老化改造。", unit: "项", defaultMatter: "SPECIAL", tags: ["ageing"] },
  { code: "I05", category: "IMPROVEMENT", name: "无障碍设施", nameEn: "Barrier-free access", description: "坡道、无障碍通道与标识。", unit: "处", defaultMatter: "SPECIAL", tags: ["barrier_free"] },
  { code: "I06", category: "IMPROVEMENT", name: "停车库(场)", nameEn: "Parking", description: "利用空地、闲置地新建或改扩建停车设施。", unit: "个", defaultMatter: "SPECIAL", tags: ["parking", "planning", "environment"] },
  { code: "I07", category: "IMPROVEMENT", name: "加装电梯", nameEn: "Lift retrofitting", description: "既有住宅按单元加装电梯,由该单元业主表决并分摊费用。", unit: "台", defaultMatter: "SPECIAL", tags: ["lift"] },
  { code: "I08", category: "IMPROVEMENT", name: "充电设施", nameEn: "EV charging", description: "电动汽车、电动自行车集中充电设施。", unit: "个", defaultMatter: "SPECIAL", tags: ["charging", "power", "fire"] },
  { code: "I09", category: "IMPROVEMENT", name: "文体设施", nameEn: "Sports and culture facilities", description: "健身器材、运动场地、文化活动室。", unit: "处", defaultMatter: "SPECIAL", tags: ["sports", "culture"] },
  { code: "I10", category: "IMPROVEMENT", name: "物业用房", nameEn: "Property-management rooms", description: "改造或建设物业管理用房。", unit: "平方米", defaultMatter: "SPECIAL", tags: ["property_room", "governance"] },
  // 提升类 — community services, proposed for the residents' vote
  { code: "U01", category: "UPGRADE", name: "社区综合服务设施", nameEn: "Community service centre", description: "改造或建设社区综合服务站点。", unit: "平方米", defaultMatter: "SPECIAL", tags: ["community_service", "governance"] },
  { code: "U02", category: "UPGRADE", name: "公共卫生设施", nameEn: "Public health", description: "社区卫生服务站点与公共卫生设施。", unit: "处", defaultMatter: "SPECIAL", tags: ["health"] },
  { code: "U03", category: "UPGRADE", name: "养老服务设施", nameEn: "Elderly care", description: "社区养老服务站、日间照料中心。", unit: "处", defaultMatter: "SPECIAL", tags: ["elderly"] },
  { code: "U04", category: "UPGRADE", name: "托幼设施", nameEn: "Childcare", description: "社区托育、幼儿照护服务设施。", unit: "处", defaultMatter: "SPECIAL", tags: ["childcare"] },
  { code: "U05", category: "UPGRADE", name: "助餐服务", nameEn: "Meal assistance", description: "老年食堂、社区助餐点。", unit: "处", defaultMatter: "SPECIAL", tags: ["meal", "elderly", "commerce"] },
  { code: "U06", category: "UPGRADE", name: "家政保洁服务", nameEn: "Housekeeping services", description: "家政服务网点。", unit: "处", defaultMatter: "SPECIAL", tags: ["housekeeping", "commerce"] },
  { code: "U07", category: "UPGRADE", name: "菜市场", nameEn: "Food market", description: "社区菜市场改造或新建。", unit: "处", defaultMatter: "SPECIAL", tags: ["market", "commerce"] },
  { code: "U08", category: "UPGRADE", name: "便利店", nameEn: "Convenience store", description: "便民商业网点。", unit: "处", defaultMatter: "SPECIAL", tags: ["convenience", "commerce"] },
  { code: "U09", category: "UPGRADE", name: "邮政快递设施", nameEn: "Post and parcel lockers", description: "智能快递柜、邮政服务站点。", unit: "处", defaultMatter: "ORDINARY", tags: ["postal"] },
];
