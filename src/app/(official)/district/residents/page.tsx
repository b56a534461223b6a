import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { maskMobile, normalizeMobile } from "@/lib/mobile";
import { ResetPasswordForm } from "@/modules/residents/components/reset-form";
import { residentsByMobile } from "@/modules/residents/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "居民账号", en: "Resident accounts" });

/** A forgotten password: find the resident by mobile number, check their ID card in person, reset. */
export default async function DistrictResidentsPage({ searchParams }: { searchParams: Promise<{ mobile?: string }> }) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const typed = ((await searchParams).mobile ?? "").slice(0, 40);
  const mobile = typed ? normalizeMobile(typed) : null;
  const residents = mobile ? await residentsByMobile(actor, mobile) : [];
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("居民忘记密码时,请其携带身份证到社区当面核验后,在此重置为临时密码。", "When a resident forgets their password, check their ID card in person at the community office, then reset it here to a temporary password.")}>
        {L("居民账号与密码重置", "Resident accounts and password reset")}
      </PageTitle>
      <form method="get" className="mb-6 flex max-w-xl flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm">
        <label className="flex-1">
          <span className="mb-1 block text-sm font-medium">{L("居民手机号码", "Resident's mobile number")}</span>
          <input name="mobile" type="tel" inputMode="tel" defaultValue={typed} required className="w-full rounded-md border border-slate-400 px-3 py-2" />
        </label>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          {L("查找", "Search")}
        </button>
      </form>
      {typed && !mobile ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800" data-testid="search-error">
          {L("请输入 11 位手机号码。", "Enter an 11-digit mobile number.")}
        </p>
      ) : null}
      {mobile && residents.length === 0 ? (
        <p className="rounded-md bg-slate-100 px-3 py-2" data-testid="no-residents">
          {L("本区没有使用该手机号、且已绑定本区房屋的居民账号。", "No resident account with this number has a dwelling bound in your district.")}
        </p>
      ) : null}
      <ul className="space-y-4">
        {residents.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="resident-account">
            <h2 className="text-lg font-semibold">
              {r.displayName}
              {r.displayName.includes(maskMobile(r.username)) ? null : <span className="font-normal text-slate-600"> ({maskMobile(r.username)})</span>}
            </h2>
            <p className="text-sm text-slate-600">
              {L("注册于", "Registered")} {formatDateTime(r.createdAt, locale)}
              {r.lastLoginAt ? ` · ${L("最近登录", "Last sign-in")} ${formatDateTime(r.lastLoginAt, locale)}` : ""}
              {r.mustChangePassword ? ` · ${L("正在使用临时密码", "Temporary password in use")}` : ""}
              {!r.active ? ` · ${L("已停用", "Disabled")}` : ""}
            </p>
            <ul className="my-2 list-inside list-disc text-sm">
              {r.dwellings.map((b) => (
                <li key={b.id} data-testid="resident-dwelling">
                  {b.dwelling.neighborhood.name} {b.dwelling.unit.building.name}
                  {b.dwelling.unit.name} {b.dwelling.room}
                  {L("室", "")}
                </li>
              ))}
            </ul>
            {r.active ? (
              <ResetPasswordForm
                userId={r.id}
                messages={{
                  confirm: L("已在社区当面核验本人身份证件", "I have checked the resident's ID card in person at the community office"),
                  submit: L("重置密码", "Reset password"),
                  submitting: L("正在重置…", "Resetting…"),
                  done: L("密码已重置。临时密码(只显示这一次,请当面告知居民):", "Password reset. Temporary password (shown only this once; tell the resident in person):"),
                  instruction: L(
                    "居民用手机号和这个临时密码登录后,必须立即设置自己的新密码。此前在各设备上的登录均已失效。",
                    "The resident signs in with their mobile number and this temporary password and must then choose a new password at once. Every earlier sign-in on any device has ended.",
                  ),
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </AppShell>
  );
}
