import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { accountDetail, accountFormOptions, accountHistory, recentSignIns } from "@/modules/accounts/admin-queries";
import { describeAccountAudit } from "@/modules/accounts/audit-text";
import { AccountControls } from "@/modules/accounts/components/account-controls";
import { AccountForm } from "@/modules/accounts/components/account-form";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.adminAccountsId.account");

const REASONS: Record<string, { zh: string; en: string }> = {
  INVALID: { zh: "用户名或密码错误", en: "wrong username or password" },
  THROTTLED: { zh: "尝试过多,暂被限制", en: "too many attempts" },
  DELAYED: { zh: "尝试过多,须等待", en: "delayed after failures" },
  DISABLED: { zh: "账号已停用", en: "account disabled" },
  MISSING: { zh: "未填写完整", en: "incomplete" },
};

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("ADMIN");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const account = await orNotFound(accountDetail(actor, id));
  const [options, history, signIns] = await Promise.all([
    accountFormOptions(actor),
    accountHistory(actor, id),
    recentSignIns(actor, account.username),
  ]);
  const isResident = account.role === "RESIDENT";
  const scope = account.district
    ? `${account.district.name}${account.streets.length ? `(${account.streets.map((s) => s.street.name).join("、")})` : t("routes.adminAccountsId.wholeDistrict")}`
    : (account.department?.name ??
      (isResident
        ? t("routes.adminAccountsId.dwellingS", { dwellings: String(account._count.dwellings) })
        : t("routes.adminAccountsId.cityWide")));
  return (
    <AppShell actor={actor}>
      <PageTitle
        subtitle={
          <Link href="/admin/accounts" className="underline">
            {t("routes.adminAccountsId.backToAccounts")}
          </Link>
        }
      >
        <span className="font-mono">{account.username}</span> · {account.displayName}
      </PageTitle>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={t("routes.adminAccountsId.summary")}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="account-summary">
              <dt className="text-slate-600">{t("routes.adminAccountsId.role")}</dt>
              <dd>{t(`role.${account.role}`)}</dd>
              <dt className="text-slate-600">{t("routes.adminAccountsId.scope")}</dt>
              <dd>{scope}</dd>
              <dt className="text-slate-600">{t("routes.adminAccountsId.status")}</dt>
              <dd data-testid="account-status">
                {account.active ? (
                  t("routes.adminAccountsId.active")
                ) : (
                  <span className="font-semibold text-red-700">{t("routes.adminAccountsId.disabled")}</span>
                )}
                {account.mustChangePassword ? t("routes.adminAccountsId.temporaryPassword") : ""}
              </dd>
              <dt className="text-slate-600">{t("routes.adminAccountsId.phone")}</dt>
              <dd>{account.phone ?? "—"}</dd>
              <dt className="text-slate-600">{t("routes.adminAccountsId.openSessions")}</dt>
              <dd>{account.openSessions}</dd>
              <dt className="text-slate-600">{t("routes.adminAccountsId.lastSignIn")}</dt>
              <dd>{formatDateTime(account.lastLoginAt, locale)}</dd>
              <dt className="text-slate-600">{t("routes.adminAccountsId.created")}</dt>
              <dd>
                {formatDateTime(account.createdAt, locale)}
                {account.createdBy ? ` · ${account.createdBy.displayName}(${account.createdBy.username})` : ""}
              </dd>
            </dl>
          </Card>
          {isResident ? (
            <Card title={t("routes.adminAccountsId.residentAccount")}>
              <p className="text-sm text-slate-700">{t("routes.adminAccountsId.aResidentSDetailsAndRole")}</p>
            </Card>
          ) : (
            <Card title={t("routes.adminAccountsId.editDetailsAndScope")}>
              <AccountForm
                options={options}
                locale={locale}
                initial={{
                  id: account.id,
                  username: account.username,
                  displayName: account.displayName,
                  phone: account.phone,
                  role: account.role as "DISTRICT" | "DEPARTMENT" | "COMMISSION" | "ADMIN",
                  districtId: account.districtId,
                  departmentId: account.departmentId,
                  streetIds: account.streets.map((s) => s.street.id),
                }}
              />
            </Card>
          )}
          <Card title={t("routes.adminAccountsId.history")}>
            {history.length === 0 ? (
              <p className="text-sm text-slate-600">{t("routes.adminAccountsId.nothingYet")}</p>
            ) : (
              <ol className="space-y-2 text-sm" data-testid="account-history">
                {history.map((h) => {
                  const text = describeAccountAudit(h, locale);
                  return (
                    <li key={String(h.id)} className="border-b pb-2 last:border-0">
                      <p>
                        <span className="text-slate-600">{formatDateTime(h.at, locale)}</span> ·{" "}
                        {h.actor ? `${h.actor.displayName}(${h.actor.username})` : t("routes.adminAccountsId.system")} ·{" "}
                        <span className="font-semibold">{text.title}</span>
                      </p>
                      {text.changes.length ? (
                        <ul className="ml-4 list-disc text-slate-700">
                          {text.changes.map((c) => (
                            <li key={c}>{c}</li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            )}
          </Card>
        </div>
        <div className="space-y-4">
          <Card title={t("routes.adminAccountsId.actions")}>
            <AccountControls
              id={account.id}
              username={account.username}
              active={account.active}
              isSelf={account.id === actor.id}
              locale={locale}
            />
          </Card>
          <Card title={t("routes.adminAccountsId.recentSignInAttempts")}>
            {signIns.length === 0 ? (
              <p className="text-sm text-slate-600">{t("routes.adminAccountsId.noAttemptsYet")}</p>
            ) : (
              <table className="w-full text-left text-sm" data-testid="sign-in-attempts">
                <thead className="border-b text-slate-600">
                  <tr>
                    <th className="py-1 pr-2">{t("routes.adminAccountsId.time")}</th>
                    <th className="py-1 pr-2">{t("routes.adminAccountsId.address")}</th>
                    <th className="py-1">{t("routes.adminAccountsId.result")}</th>
                  </tr>
                </thead>
                <tbody>
                  {signIns.map((s) => (
                    <tr key={String(s.id)} className="border-b last:border-0">
                      <td className="py-1 pr-2">{formatDateTime(s.at, locale)}</td>
                      <td className="py-1 pr-2 font-mono">{s.ip}</td>
                      <td className="py-1">
                        {s.success ? (
                          <span className="text-green-700">{t("routes.adminAccountsId.success")}</span>
                        ) : (
                          <span className="text-red-700">
                            {t("routes.adminAccountsId.failed")}:
                            {(s.reason && REASONS[s.reason]?.[locale]) ?? s.reason ?? "—"}
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
        </div>
      </div>
    </AppShell>
  );
}
