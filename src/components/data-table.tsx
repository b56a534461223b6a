// The one list table: a caption for screen readers, column headers with scope, an empty-state row,
// and a wrapper that scrolls sideways on a narrow phone (390 px) instead of squeezing the columns.
// A server component: the cells are rendered here from the page's column list, nothing is sent
// to the browser but the HTML.
import type { ReactNode } from "react";

export type Column<T> = {
  /** Stable React key of the column. */
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Figures line up on the right. */
  align?: "right";
  /** Extra classes of the column's cells (e.g. `font-mono`, a width). */
  className?: string;
};

/** "card": a white panel of its own (a page's main list); "plain": inside a Card. */
type Variant = "card" | "plain";

const STYLE: Record<Variant, { wrap: string; head: string; th: string; row: string; td: string }> = {
  card: {
    wrap: "overflow-x-auto rounded-lg bg-white shadow-sm",
    head: "bg-slate-50 text-left text-slate-700",
    th: "px-3 py-2",
    row: "border-t border-slate-100 align-top",
    td: "px-3 py-2",
  },
  plain: {
    wrap: "overflow-x-auto",
    head: "border-b text-left text-slate-600",
    th: "py-2 pr-4",
    row: "border-b last:border-0",
    td: "py-2 pr-4",
  },
};

export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  testId,
  variant = "plain",
  rowClassName,
  rowTestId,
  footerRows = [],
  className = "",
}: {
  /** What the table lists, in the reader's language; read out by screen readers, not shown. */
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Shown in a single row when there are no rows; none when omitted. */
  empty?: ReactNode;
  testId?: string;
  variant?: Variant;
  rowClassName?: (row: T) => string;
  /** A row's test id: one for every row, or one per row. */
  rowTestId?: string | ((row: T) => string);
  /** Totals under the rows (in <tfoot>, bold, with a rule above), shown even when there are no rows. */
  footerRows?: readonly T[];
  /** Extra classes of the scrolling wrapper (its margins). */
  className?: string;
}) {
  const style = STYLE[variant];
  const align = (c: Column<T>) => (c.align === "right" ? "text-right tabular-nums" : "");
  const testIdOf = (row: T) => (typeof rowTestId === "function" ? rowTestId(row) : rowTestId);
  const cells = (row: T) =>
    columns.map((c) => (
      <td key={c.key} className={`${style.td} ${align(c)} ${c.className ?? ""}`}>
        {c.cell(row)}
      </td>
    ));
  return (
    // Focusable, so a keyboard user can scroll it sideways when it is wider than the screen.
    <div className={`${style.wrap} ${className}`} role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className={style.head}>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`${style.th} ${align(c)}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={`${style.row} ${rowClassName?.(row) ?? ""}`} data-testid={testIdOf(row)}>
              {cells(row)}
            </tr>
          ))}
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length} className={`${style.td} py-4 text-slate-500`}>
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
        {footerRows.length ? (
          <tfoot>
            {footerRows.map((row) => (
              <tr key={rowKey(row)} className="border-t-2 font-semibold" data-testid={testIdOf(row)}>
                {cells(row)}
              </tr>
            ))}
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
