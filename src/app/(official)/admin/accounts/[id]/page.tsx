import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { ROLE_LABELS } from "@/lib/labels";
import { accountDetail, accountFormOptions, accountHistory, recentSignIns } from "@/modules/accounts/admin-queries";
import { describeAccountAudit } from "@/modules/accounts/audit-text";
import { AccountControls } from "@/modules/accounts/components/account-controls";
import { AccountForm } from "@/modules/accounts/components/account-form";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "账号详情", en: "Account" });

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
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const account = await orNotFound(accountDetail(actor, id));
  const [options, history, signIns] = await Promise.all([accountFormOptions(actor), accountHistory(actor, id), recentSignIns(actor, account.username)]);
  const isResident = account.role === "RESIDENT";
  const scope = account.district
    ? `${account.district.name}${account.streets.length ? `(${account.streets.map((s) => s.street.name).join("、")})` : L("(全区)", " (whole district)")}`
    : (account.department?.name ?? (isResident ? L(`已绑定 ${account._count.dwellings} 户`, `${account._count.dwellings} dwelling(s)`) : L("全市", "City-wide")));
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={<Link href="/admin/accounts" className="underline">{L("返回账号管理", "Back to accounts")}</Link>}>
        <span className="font-mono">{account.username}</span> · {account.displayName}
      </PageTitle>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={L("概况", "Summary")}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="account-summary">
              <dt className="text-slate-600">{L("角色", "Role")}</dt><dd>{ROLE_LABELS[account.role][locale]}</dd>
              <dt className="text-slate-600">{L("范围", "Scope")}</dt><dd>{scope}</dd>
              <dt className="text-slate-600">{L("状态", "Status")}</dt>
              <dd data-testid="account-status">{account.active ? L("启用", "Active") : <span className="font-semibold text-red-700">{L("停用", "Disabled")}</span>}{account.mustChangePassword ? L(" · 临时密码,待本人修改", " · temporary password") : ""}</dd>
              <dt className="text-slate-600">{L("电话", "Phone")}</dt><dd>{account.phone ?? "—"}</dd>
              <dt className="text-slate-600">{L("在线会话", "Open sessions")}</dt><dd>{account.openSessions}</dd>
              <dt className="text-slate-600">{L("最近登录", "Last sign-in")}</dt><dd>{formatDateTime(account.lastLoginAt, locale)}</dd>
              <dt className="text-slate-600">{L("创建", "Created")}</dt><dd>{formatDateTime(account.createdAt, locale)}{account.createdBy ? ` · ${account.createdBy.displayName}(${account.createdBy.username})` : ""}</dd>
            </dl>
          </Card>
          {isResident ? (
            <Card title={L("居民账号", "Resident account")}>
              <p className="text-sm text-slate-700">{L("居民账号由居民凭绑定码注册,资料和角色不能在此修改;可停用、启用或重置密码。", "A resident's details and role cannot be changed here; it can be disabled, enabled or reset.")}</p>
            </Card>
          ) : (
            <Card title={L("修改资料与范围", "Edit details and scope")}>
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
          <Card title={L("变更记录", "History")}>
            {history.length === 0 ? (
              <p className="text-sm text-slate-600">{L("暂无记录。", "Nothing yet.")}</p>
            ) : (
              <ol className="space-y-2 text-sm" data-testid="account-history">
                {history.map((h) => {
                  const text = describeAccountAudit(h, locale);
                  return (
                    <li key={String(h.id)} className="border-b pb-2 last:border-0">
                      <p>
                        <span className="text-slate-600">{formatDateTime(h.at, locale)}</span> · {h.actor ? `${h.actor.displayName}(${h.actor.username})` : L("系统", "System")} · <span className="font-semibold">{text.title}</span>
                      </p>
                      {text.changes.length ? <ul className="ml-4 list-disc text-slate-700">{text.changes.map((c) => <li key={c}>{c}</li>)}</ul> : null}
                    </li>
                  );
                })}
              </ol>
            )}
          </Card>
        </div>
        <div className="space-y-4">
          <Card title={L("账号操作", "Actions")}>
            <AccountControls id={account.id} username={account.username} active={account.active} isSelf={account.id === actor.id} locale={locale} />
          </Card>
          <Card title={L("最近登录尝试", "Recent sign-in attempts")}>
            {signIns.length === 0 ? (
              <p className="text-sm text-slate-600">{L("暂无登录记录。", "No attempts yet.")}</p>
            ) : (
              <table className="w-full text-left text-sm" data-testid="sign-in-attempts">
                <thead className="border-b text-slate-600">
                  <tr><th className="py-1 pr-2">{L("时间", "Time")}</th><th className="py-1 pr-2">{L("地址", "Address")}</th><th className="py-1">{L("结果", "Result")}</th></tr>
                </thead>
                <tbody>
                  {signIns.map((s) => (
                    <tr key={String(s.id)} className="border-b last:border-0">
                      <td className="py-1 pr-2">{formatDateTime(s.at, locale)}</td>
                      <td className="py-1 pr-2 font-mono">{s.ip}</td>
                      <td className="py-1">{s.success ? <span className="text-green-700">{L("成功", "Success")}</span> : <span className="text-red-700">{L("失败", "Failed")}:{(s.reason && REASONS[s.reason]?.[locale]) ?? s.reason ?? "—"}</span>}</td>
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
