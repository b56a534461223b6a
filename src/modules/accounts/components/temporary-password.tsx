// The temporary password, shown once after it was made: large, monospaced, with what to do.
import type { Locale } from "@/lib/i18n/locale";

export function TemporaryPassword({ username, password, locale }: { username: string; password: string; locale: Locale }) {
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  return (
    <div role="status" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4" data-testid="temporary-password-panel">
      <p className="text-sm text-slate-700">
        {L("账号", "Account")} <span className="font-mono font-semibold">{username}</span> {L("的临时密码:", "— temporary password:")}
      </p>
      <p className="my-2 select-all font-mono text-3xl font-bold tracking-wider text-slate-900" data-testid="temporary-password">
        {password}
      </p>
      <p className="font-semibold text-amber-900">{L("请当面或电话告知本人,首次登录须修改密码。", "Tell the person face to face or by phone; they must change it at first sign-in.")}</p>
      <p className="mt-1 text-sm text-slate-600">{L("此密码只显示这一次,系统不保存明文;离开本页后无法再次查看,如遗失请重新重置。", "It is shown only this once and not stored in clear; if lost, reset it again.")}</p>
    </div>
  );
}
