// Fen ↔ yuan text without floats, for messages, inputs and spreadsheets.

/** 123456n → "1,234.56" (negative with a leading minus). */
export function yuanText(fen: bigint, grouping = true): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const whole = (abs / 100n).toString();
  const cents = (abs % 100n).toString().padStart(2, "0");
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return `${negative ? "-" : ""}${grouped}.${cents}`;
}

/** Fen as the yuan a form field shows: "1234.5" → "1234.50"; 0 → "0". */
export function yuanInput(fen: bigint): string {
  return fen === 0n ? "0" : yuanText(fen, false);
}

/** part / whole in percent with one decimal, exact on BigInt (half up); null when whole is 0. */
export function percentOfFen(part: bigint, whole: bigint): number | null {
  if (whole === 0n) return null;
  return Number((part * 2000n + whole) / (2n * whole)) / 10;
}

/** The same as text: "66.7%"; "—" when whole is 0. */
export function percentText(part: bigint, whole: bigint): string {
  const pct = percentOfFen(part, whole);
  return pct === null ? "—" : `${pct.toFixed(1)}%`;
}

/** Exact yuan for a ledger line: "1,234.56 元" / "¥1,234.56". */
export function exactYuan(fen: bigint, locale: "zh" | "en"): string {
  return locale === "zh" ? `${yuanText(fen)} 元` : `¥${yuanText(fen)}`;
}
