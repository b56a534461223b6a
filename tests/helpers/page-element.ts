// What a server page returned, as text: a test calls the page function (as Next.js does) and
// looks into the element tree it got back — the texts it renders and the test ids of the forms
// and tables in it — without a browser. Client components are not run: their names
// (`component=AddMilestoneForm`) and props are read.
const SKIP = new Set(["_owner", "_store", "_debugStack", "_debugTask", "_debugInfo", "$$typeof", "type"]);

export function elementText(element: unknown): string {
  const out: string[] = [];
  const seen = new WeakSet<object>();
  const walk = (value: unknown, key: string) => {
    if (key === "type" && typeof value === "function" && value.name) out.push(`component=${value.name}`);
    else if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") {
      out.push(key === "testId" || key === "data-testid" ? `testid=${value}` : String(value));
    } else if (value && typeof value === "object" && !seen.has(value)) {
      seen.add(value);
      for (const [k, v] of Object.entries(value))
        if (!SKIP.has(k) || (k === "type" && typeof v === "function")) walk(v, k);
    }
  };
  walk(element, "");
  return out.join("\n");
}
