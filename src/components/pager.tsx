// Previous / next for lists too long to count on every view: the page says how many rows it shows
// and whether there are more (the query fetched one row beyond the page), never a grand total.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";

export function PrevNext({ page, hasNext, shown, href, locale }: { page: number; hasNext: boolean; shown: number; href: (page: number) => string; locale: Locale }) {
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  return (
    <nav className="mt-3 flex items-center justify-between text-sm" aria-label={L("分页", "Pagination")} data-testid="pager">
      <span>{L(`第 ${page} 页,本页 ${shown} 条`, `Page ${page}, ${shown} shown`)}</span>
      <span className="flex gap-3">
        {page > 1 ? <Link href={href(page - 1)} className="text-brand-700">{L("上一页", "Previous")}</Link> : null}
        {hasNext ? <Link href={href(page + 1)} className="text-brand-700">{L("下一页", "Next")}</Link> : null}
      </span>
    </nav>
  );
}

/** The query string of a list page: the filters that are set, and the page when it is not the first. */
export function listQuery(filters: Record<string, string | number | undefined>, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== "") params.set(key, String(value));
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
