// The new-project form as a plain HTML form (works with JavaScript off): each catalogue line is a
// ticked `item` with its own `quantity.<id>` and `cost.<id>`, and a lift line its `units.<id>`
// (the stairwell units, one item each). Pure: turns the submitted fields into the action's input
// and the action's errors back into the fields the form shows.

export type Submitted = { get: (key: string) => string; getAll: (key: string) => string[]; keys: () => string[] };

export function fromFormData(form: FormData): Submitted {
  const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");
  return {
    get: (key) => text(form.get(key)),
    getAll: (key) => form.getAll(key).filter((v): v is string => typeof v === "string"),
    keys: () => [...new Set(form.keys())],
  };
}

/** A page's query string read the same way (the form's "find" and "list units" buttons submit by GET). */
export function fromSearchParams(params: Record<string, string | string[] | undefined>): Submitted {
  const all = (key: string) => {
    const v = params[key];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  return { get: (key) => all(key)[0] ?? "", getAll: all, keys: () => Object.keys(params) };
}

export type NewProjectInput = {
  name: string;
  year: string;
  description: string;
  neighborhoodIds: string[];
  items: { catalogueItemId: string; quantity: string; estimatedCost: string; unitIds?: string[] }[];
};

/** The action's input. Units go with the line they were ticked under; the action refuses a lift line without any. */
export function newProjectInput(form: Submitted): NewProjectInput {
  // Ticking a lift's units without its line's own box still means that lift.
  const withUnits = form
    .keys()
    .filter((k) => k.startsWith("units.") && form.getAll(k).length)
    .map((k) => k.slice("units.".length));
  const itemIds = [...new Set([...form.getAll("item"), ...withUnits])].slice(0, 60);
  return {
    name: form.get("name"),
    year: form.get("year"),
    description: form.get("description"),
    neighborhoodIds: [...new Set(form.getAll("neighborhoodIds"))],
    items: itemIds.map((id) => ({
      catalogueItemId: id,
      quantity: form.get(`quantity.${id}`),
      estimatedCost: form.get(`cost.${id}`),
      ...(form.getAll(`units.${id}`).length ? { unitIds: [...new Set(form.getAll(`units.${id}`))] } : {}),
    })),
  };
}

/**
 * The action's field errors as the form's fields: `items.<n>.<field>` belongs to the n-th ticked
 * line (`quantity.<id>`, `cost.<id>`, `units.<id>`); other keys stay as they are.
 */
export function formFieldErrors(
  fieldErrors: Record<string, string[]>,
  input: NewProjectInput,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const FIELD: Record<string, string> = {
    quantity: "quantity",
    estimatedCost: "cost",
    unitIds: "units",
    catalogueItemId: "item",
  };
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const m = /^items\.(\d+)\.(\w+)/.exec(key);
    const line = m ? input.items[Number(m[1])] : undefined;
    const target =
      m && line ? `${FIELD[m[2]!] ?? "item"}.${line.catalogueItemId}` : key.startsWith("items") ? "items" : key;
    (out[target] ??= []).push(...messages);
  }
  return out;
}

const TYPED = /^(name|year|description|q|neighborhoodIds|item|(quantity|cost|units)\.[\w-]{1,40})$/;

/** What was typed, for the form's defaults: repeated fields joined by commas (ids hold none). */
export function typedOf(form: Submitted): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of form.keys()) {
    if (!TYPED.test(key)) continue;
    const all = form.getAll(key);
    if (all.length) out[key] = all.join(",").slice(0, 4000);
  }
  return out;
}
