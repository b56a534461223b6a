// Previous / next for lists too long to count on every view: the page says how many rows it shows
// and whether there are more (the query fetched one row beyond the page), never a grand total.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

export function PrevNext({
  page,
  hasNext,
  shown,
  href,
}: {
  page: number;
  hasNext: boolean;
  shown: number;
  href: (page: number) => string;
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    <nav
      className="mt-3 flex items-center justify-between text-sm"
      aria-label={t("ui.pager.pagination")}
      data-testid="pager"
    >
      <span>{t("ui.pager.pageShown", { page: String(page), shown: String(shown) })}</span>
      <span className="flex gap-3">
        {page > 1 ? (
          <Link href={href(page - 1)} className="text-brand-700">
            {t("ui.pager.previous")}
          </Link>
        ) : null}
        {hasNext ? (
          <Link href={href(page + 1)} className="text-brand-700">
            {t("ui.pager.next")}
          </Link>
        ) : null}
      </span>
    </nav>
  );
}

/** The query string of a list page: the filters that are set, and the page when it is not the first. */
export function listQuery(filters: Record<string, string | number | undefined>, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== "") params.set(key, String(value));
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
