import Link from "next/link";
import { DataTable } from "@/components/data-table";
import type { Role } from "@/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

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
export function AccountsTable({
  rows,
  locale,
  testId,
  empty,
}: {
  rows: AccountRow[];
  locale: Locale;
  testId?: string;
  empty?: string;
}) {
  const t = useTranslations();
  return (
    <DataTable
      caption={t("accounts.accountsTable.accounts")}
      testId={testId}
      rows={rows}
      rowKey={(a) => a.id}
      empty={empty}
      columns={[
        {
          key: "username",
          header: t("accounts.accountsTable.username"),
          className: "font-mono",
          cell: (a) => (
            <Link href={`/admin/accounts/${a.id}`} className="text-brand-700 underline">
              {a.username}
            </Link>
          ),
        },
        { key: "name", header: t("accounts.accountsTable.name"), cell: (a) => a.displayName },
        { key: "role", header: t("accounts.accountsTable.role"), cell: (a) => t(`role.${a.role}`) },
        {
          key: "scope",
          header: t("accounts.accountsTable.scope"),
          cell: (a) => (
            <>
              {a.district?.name ?? a.department?.name ?? "—"}
              {a._count.streets ? t("accounts.accountsTable.streets", { streets: String(a._count.streets) }) : ""}
            </>
          ),
        },
        {
          key: "status",
          header: t("accounts.accountsTable.status"),
          cell: (a) => (
            <>
              {a.active ? (
                t("accounts.accountsTable.active")
              ) : (
                <span className="font-semibold text-red-700">{t("accounts.accountsTable.disabled")}</span>
              )}
              {a.mustChangePassword ? (
                <span className="ml-1 text-amber-700">{t("accounts.accountsTable.tempPassword")}</span>
              ) : null}
            </>
          ),
        },
        {
          key: "lastLogin",
          header: t("accounts.accountsTable.lastSignIn"),
          cell: (a) => formatDateTime(a.lastLoginAt, locale),
        },
      ]}
    />
  );
}
