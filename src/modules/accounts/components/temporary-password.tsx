// The temporary password, shown once after it was made: large, monospaced, with what to do.
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

export function TemporaryPassword({ username, password }: { username: string; password: string; locale: Locale }) {
  const t = useTranslations();
  return (
    <div
      role="status"
      className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4"
      data-testid="temporary-password-panel"
    >
      <p className="text-sm text-slate-700">
        {t("accounts.temporaryPassword.account")} <span className="font-mono font-semibold">{username}</span>{" "}
        {t("accounts.temporaryPassword.temporaryPassword")}
      </p>
      <p
        className="my-2 select-all font-mono text-3xl font-bold tracking-wider text-slate-900"
        data-testid="temporary-password"
      >
        {password}
      </p>
      <p className="font-semibold text-amber-900">{t("accounts.temporaryPassword.tellThePersonFaceToFace")}</p>
      <p className="mt-1 text-sm text-slate-600">{t("accounts.temporaryPassword.itIsShownOnlyThisOnce")}</p>
    </div>
  );
}
