import Link from "next/link";
import { DataTable } from "@/components/data-table";
import type { Role } from "@/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import { ROLE_LABELS } from "@/lib/labels";

type AccountRow = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  district: { name: string } | null;
  department: { name: string } | null;
  _count: { streets: number };
};

/** The accounts list of the admin's home page and of account management: one set of columns. */
export function AccountsTable({ rows, locale, testId, empty }: { rows: AccountRow[]; locale: Locale; testId?: string; empty?: string }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  return (
    <DataTable
      caption={L("账号列表", "Accounts")}
      testId={testId}
      rows={rows}
      rowKey={(a) => a.id}
      empty={empty}
      columns={[
        { key: "username", header: L("用户名", "Username"), className: "font-mono", cell: (a) => <Link href={`/admin/accounts/${a.id}`} className="text-brand-700 underline">{a.username}</Link> },
        { key: "name", header: L("姓名/单位", "Name"), cell: (a) => a.displayName },
        { key: "role", header: L("角色", "Role"), cell: (a) => ROLE_LABELS[a.role][locale] },
        {
          key: "scope",
          header: L("范围", "Scope"),
          cell: (a) => (
            <>
              {a.district?.name ?? a.department?.name ?? "—"}
              {a._count.streets ? L(`(限 ${a._count.streets} 个街道)`, ` (${a._count.streets} streets)`) : ""}
            </>
          ),
        },
        {
          key: "status",
          header: L("状态", "Status"),
          cell: (a) => (
            <>
              {a.active ? L("启用", "Active") : <span className="font-semibold text-red-700">{L("停用", "Disabled")}</span>}
              {a.mustChangePassword ? <span className="ml-1 text-amber-700">{L("· 待改密码", "· temp. password")}</span> : null}
            </>
          ),
        },
        { key: "lastLogin", header: L("最近登录", "Last sign-in"), cell: (a) => formatDateTime(a.lastLoginAt, locale) },
      ]}
    />
  );
}
