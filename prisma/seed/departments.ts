// The 23 municipal departments and their duties, from the annex of 渝府办发〔2021〕82号
// (市级有关部门职责分工). `category`/`stage` place a duty in the responsibility matrix.
import type { ContentCategory, ProjectStage } from "../../src/generated/prisma/enums";

export type DepartmentSeed = {
  code: string;
  name: string;
  nameEn: string;
  duty: string;
  category?: ContentCategory;
  stage?: ProjectStage;
};

export const DEPARTMENTS: DepartmentSeed[] = [
  {
    code: "zfcxjw",
    name: "市住房城乡建委",
    nameEn: "Municipal Housing and Urban-Rural Development Commission",
    stage: "APPROVED",
    duty: "负责牵头做好领导小组办公室涉及城镇老旧小区改造的日常工作。指导各区县编制改造提升规划;协调、督促有关职能部门及区县政府开展改造提升工作;会同有关部门加强相关政策集成和资金整合,统筹拟定中央和市级补助资金分配建议方案;指导督促各区县住房城乡建设部门优化项目建设审批制度,加强工程质量和安全监管;委托专业机构论证重点项目设计方案。",
  },
  {
    code: "fzggw",
    name: "市发展改革委",
    nameEn: "Municipal Development and Reform Commission",
    stage: "RESERVE",
    duty: "负责统筹并指导保障性安居工程配套基础设施项目策划与储备,配合市住房城乡建委依托国家重大建设项目库编制三年滚动规划和年度投资计划;配合市住房城乡建委做好年度改造目标统计上报、配套政策研究制定等有关工作,协调解决改造提升过程中发现的问题;积极争取中央预算内投资支持,协调财政等部门做好符合条件的城镇老旧小区改造项目专项政府债券的报批工作。",
  },
  {
    code: "czj",
    name: "市财政局",
    nameEn: "Municipal Finance Bureau",
    stage: "APPROVED",
    duty: "负责争取中央财政城镇保障性安居工程专项资金支持;按照计划安排核拨中央和市级补助资金;指导各区县创新拓宽筹资渠道;会同有关部门建立与改造提升项目相关的设施、设备、材料等大宗商品集中采购制度。",
  },
  {
    code: "ghzrzyj",
    name: "市规划自然资源局",
    nameEn: "Municipal Planning and Natural Resources Bureau",
    stage: "DESIGN",
    duty: "负责拟定相关规划管理政策、土地管理政策;负责规划手续、用地手续办理、不动产登记等事宜。",
  },
  {
    code: "swj",
    name: "重庆市税务局",
    nameEn: "Chongqing Tax Service",
    stage: "LONG_TERM",
    duty: "负责落实城镇老旧小区改造税收优惠政策。",
  },
  {
    code: "gaj",
    name: "市公安局",
    nameEn: "Municipal Public Security Bureau",
    category: "BASIC",
    stage: "DESIGN",
    duty: "负责城镇老旧小区警务工作及警务室建设,推进城镇老旧小区智能安防设施及系统建设。",
  },
  {
    code: "scjgj",
    name: "市市场监管局",
    nameEn: "Municipal Administration for Market Regulation",
    category: "IMPROVEMENT",
    stage: "ACCEPTANCE",
    duty: "负责对城镇老旧小区加装的电梯实施监督检验和使用登记。",
  },
  {
    code: "gzw",
    name: "市国资委",
    nameEn: "Municipal State-owned Assets Supervision and Administration Commission",
    category: "UPGRADE",
    stage: "RESERVE",
    duty: "负责协调督促市属国有企业配合区县政府,做好市属国有企业、央企实施自有产权职工住宅小区改造提升工作。引导国有企业单位以捐赠、借用等方式,将其闲置的零星土地或建构筑物纳入城镇老旧小区改造提升项目,用于完善社区公共服务。",
  },
  {
    code: "jgswj",
    name: "市机关事务局",
    nameEn: "Municipal Government Offices Administration",
    category: "UPGRADE",
    stage: "RESERVE",
    duty: "负责引导机关事业单位将其闲置的零星土地或建构筑物纳入城镇老旧小区改造提升项目,用于完善社区公共服务。",
  },
  {
    code: "csglj",
    name: "市城市管理局",
    nameEn: "Municipal Urban Management Bureau",
    category: "BASIC",
    stage: "CONSTRUCTION",
    duty: "负责改造提升过程中涉及市政公用设施、园林绿化、供水等设施的监管工作。",
  },
  {
    code: "jjxxw",
    name: "市经济信息委",
    nameEn: "Municipal Economic and Information Technology Commission",
    category: "BASIC",
    stage: "DESIGN",
    duty: "负责协调推进改造提升项目中供气、通讯等设施改造相关工作;拟定相关的中小企业扶持政策。",
  },
  {
    code: "whlyw",
    name: "市文化旅游委",
    nameEn: "Municipal Culture and Tourism Development Commission",
    category: "UPGRADE",
    stage: "DESIGN",
    duty: "负责协调推进改造提升项目中文物保护、利用的相关工作,负责文化产业的导入和监管。",
  },
  {
    code: "jw",
    name: "市教委",
    nameEn: "Municipal Education Commission",
    category: "UPGRADE",
    stage: "DESIGN",
    duty: "负责指导城镇老旧小区和社区中涉及教育相关配套设施和服务的导入和监管。",
  },
  {
    code: "mzj",
    name: "市民政局",
    nameEn: "Municipal Civil Affairs Bureau",
    category: "UPGRADE",
    stage: "LONG_TERM",
    duty: "负责指导城镇老旧小区和社区居民自治建设,推进养老服务体系建设。",
  },
  {
    code: "wsjkw",
    name: "市卫生健康委",
    nameEn: "Municipal Health Commission",
    category: "UPGRADE",
    stage: "DESIGN",
    duty: "负责指导城镇老旧小区和社区中涉及医疗、卫生等相关配套设施和服务的导入和监管。",
  },
  {
    code: "tyj",
    name: "市体育局",
    nameEn: "Municipal Sports Bureau",
    category: "IMPROVEMENT",
    stage: "DESIGN",
    duty: "负责城镇老旧小区和社区中涉及体育、运动等相关配套设施和服务的导入和监管。",
  },
  {
    code: "sthjj",
    name: "市生态环境局",
    nameEn: "Municipal Ecology and Environment Bureau",
    stage: "DESIGN",
    duty: "负责监督指导城镇老旧小区改造提升及配套项目环境影响评价等相关手续办理。",
  },
  {
    code: "sww",
    name: "市商务委",
    nameEn: "Municipal Commerce Commission",
    category: "UPGRADE",
    stage: "DESIGN",
    duty: "负责城镇老旧小区和社区中涉及综合超市、商业网点等相关配套设施和服务的导入和监管。",
  },
  {
    code: "cl",
    name: "市残联",
    nameEn: "Municipal Disabled Persons' Federation",
    category: "IMPROVEMENT",
    stage: "ACCEPTANCE",
    duty: "负责监督指导城镇老旧小区无障碍环境建设和改造提升工作。",
  },
  {
    code: "yzglj",
    name: "市邮政管理局",
    nameEn: "Municipal Postal Administration",
    category: "UPGRADE",
    stage: "DESIGN",
    duty: "负责城镇老旧小区和社区中涉及邮政快递服务设施导入和监管。",
  },
  {
    code: "xfjyzd",
    name: "市消防救援总队",
    nameEn: "Municipal Fire and Rescue Corps",
    category: "BASIC",
    stage: "ACCEPTANCE",
    duty: "负责城镇老旧小区和社区中涉及消防等应急设施导入和监管。",
  },
  {
    code: "nyj",
    name: "市能源局",
    nameEn: "Municipal Energy Bureau",
    category: "BASIC",
    stage: "DESIGN",
    duty: "统筹实施全市居民供电设施改造提升工作。",
  },
  {
    code: "rhcqygb",
    name: "人行重庆营管部",
    nameEn: "PBOC Chongqing Operations Office",
    stage: "APPROVED",
    duty: "负责推动金融机构加大对城镇老旧小区改造提升项目,尤其是绿色低碳改造项目的金融支持力度。",
  },
];
