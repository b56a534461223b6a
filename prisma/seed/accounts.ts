// The demo accounts, shared by the seed, the start script's banner, the README and the tests.
import type { Role } from "../../src/generated/prisma/enums";

export const DEMO_PASSWORD = "Renew-2026";

export type DemoAccount = {
  username: string;
  displayName: string;
  role: Role;
  districtCode?: string;
  departmentCode?: string;
  scope: string;
  /** A resident seeded without a dwelling, to try redeeming a binding code. */
  unbound?: true;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "admin", displayName: "系统管理员", role: "ADMIN", scope: "账号与基础数据" },
  { username: "commission", displayName: "市住房城乡建委 城市更新处", role: "COMMISSION", scope: "全市" },
  {
    username: "district.yuzhong",
    displayName: "渝中区住房城乡建委",
    role: "DISTRICT",
    districtCode: "500103",
    scope: "渝中区",
  },
  {
    username: "district.jiangbei",
    displayName: "江北区住房城乡建委",
    role: "DISTRICT",
    districtCode: "500105",
    scope: "江北区",
  },
  {
    username: "dept.scjgj",
    displayName: "市市场监管局 特种设备处",
    role: "DEPARTMENT",
    departmentCode: "scjgj",
    scope: "市市场监管局",
  },
  { username: "resident.demo", displayName: "张秀英", role: "RESIDENT", scope: "渝中区一户住宅" },
  {
    username: "resident.neighbor",
    displayName: "李阿姨(待绑定)",
    role: "RESIDENT",
    scope: "尚未绑定住宅:在 /resident/bind 输入绑定码",
    unbound: true,
  },
];
