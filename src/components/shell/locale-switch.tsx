import { setLocale } from "@/lib/i18n/actions";
import type { Locale } from "@/lib/i18n/locale";

export function LocaleSwitch({ locale, className = "" }: { locale: Locale; className?: string }) {
  const other = locale === "zh" ? "en" : "zh";
  return (
    <form action={setLocale} className={className}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other === "zh" ? "zh-CN" : "en"}
        className="rounded border border-current/30 px-2 py-1 text-sm hover:bg-white/10"
      >
        {other === "zh" ? "中文" : "English"}
      </button>
    </form>
  );
}
