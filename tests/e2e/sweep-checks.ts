// The sweep's checks of what a page says, apart from the browser plumbing: Chinese wording left
// in English mode, and rates that disagree with the numbers shown beside them.
//
// The `collect…` functions run in the page (page.evaluate), so they stay self-contained: no
// imports, no closures over this module. The `…Problems` functions are pure and run in Node.

/**
 * One rate as the page shows it. A rate is marked where it is rendered (components/rate.tsx):
 * `data-rate-part` and `data-rate-whole` say which counts it was computed from; the numbers
 * shown with it are those in its row (`tr`) or in the nearest `[data-rate-scope]` (a card).
 */
export type RateSample = {
  text: string;
  part: string | null;
  whole: string | null;
  /** Numbers written in the rate's row or card, other rates left out; null without a scope. */
  shown: number[] | null;
};

export function collectRates(): RateSample[] {
  const numbers = (text: string) => (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, "")));
  return [...document.querySelectorAll<HTMLElement>("[data-rate-part]")].map((rate) => {
    const scope = rate.closest("[data-rate-scope], tr");
    let shown: number[] | null = null;
    if (scope) {
      const copy = scope.cloneNode(true) as HTMLElement;
      for (const other of copy.querySelectorAll("[data-rate-part]")) other.remove();
      // Cells are separate numbers: keep a break between elements' texts.
      const texts: string[] = [];
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? "");
      shown = numbers(texts.join(" "));
    }
    return {
      text: rate.textContent ?? "",
      part: rate.getAttribute("data-rate-part"),
      whole: rate.getAttribute("data-rate-whole"),
      shown,
    };
  });
}

/**
 * What is wrong with the page's rates: a percentage that is not part ÷ whole (to the one decimal
 * shown), or a part or whole that is not among the numbers shown with the rate — a rate computed
 * from a number the reader cannot see (the page must show it, and say why it differs).
 */
export function rateProblems(samples: RateSample[]): string[] {
  const problems: string[] = [];
  for (const s of samples) {
    const text = s.text.trim();
    const part = Number(s.part);
    const whole = Number(s.whole);
    const label = `rate "${text}" (${s.part} / ${s.whole})`;
    if (s.part === null || s.whole === null || !Number.isFinite(part) || !Number.isFinite(whole)) {
      problems.push(`${label}: part or whole missing`);
      continue;
    }
    const match = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(text);
    if (whole === 0) {
      if (match) problems.push(`${label}: a rate of nothing should read "—"`);
    } else if (!match) {
      problems.push(`${label}: not a percentage`);
    } else {
      const decimals = match[1]!.split(".")[1]?.length ?? 0;
      const exact = (part / whole) * 100;
      // Rounded to what is shown, plus a hair for binary fractions.
      if (Math.abs(Number(match[1]) - exact) > 0.5 / 10 ** decimals + 1e-9)
        problems.push(`${label}: ${part} / ${whole} is ${exact.toFixed(2)}%`);
    }
    if (s.shown === null) {
      problems.push(`${label}: not in a row or a [data-rate-scope], so nothing shows what it is of`);
      continue;
    }
    for (const [name, value] of [
      ["part", part],
      ["whole", whole],
    ] as const) {
      if (!s.shown.includes(value))
        problems.push(`${label}: its ${name} ${value} is not shown with it (shown: ${s.shown.join(", ") || "none"})`);
    }
  }
  return problems;
}

/**
 * The page's text in runs, text node by text node (so names in neighbouring cells are not read as
 * one run), leaving out text marked as Chinese on purpose (lang="zh…": the language switch's
 * "中文", a policy's title, a printed document for residents).
 */
export function collectText(): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script, style, [lang^="zh"]')) continue;
    parts.push(node.textContent ?? "");
  }
  return parts.join("\n");
}

// A run of Chinese: characters and the punctuation between them, not across spaces or cells.
const HAN = /\p{Script=Han}[\p{Script=Han}·、,。:;“”()《》]*/gu;
const SEPARATORS = /[\s·、,。:;“”()《》—-]+/u;

/**
 * Runs of Chinese in an English page's text that are not data. `data` is every stored name and
 * text (districts, neighbourhoods, departments, people, addresses…), one per line: a run is data
 * when a stored text holds it, or when each of its parts is (a name and an address side by side).
 */
export function chineseLeftovers(text: string, data: string): string[] {
  // Masked names (张*英) are data too.
  const unmasked = text.replace(/\p{Script=Han}*\*+\p{Script=Han}*/gu, " ");
  const runs = [...new Set((unmasked.match(HAN) ?? []).map((r) => r.trim()))];
  return runs.filter(
    (run) => !data.includes(run) && !run.split(SEPARATORS).every((part) => !part || data.includes(part)),
  );
}
