// Inputs for an action, generated from its own Zod schema with fast-check: mostly well-formed
// (real ids, enum members, whole numbers, real dates) so they reach the rules and the database,
// with garbage mixed in at every field so the schema's edges are tried too.
import fc from "fast-check";
import type { z } from "zod";

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } })?._zod?.def;

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const PDF = new TextEncoder().encode("%PDF-1.4 scan");

function garbage(ids: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...ids),
    fc.string(),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom(
      "",
      " ",
      "0x10",
      "1e3",
      "-1",
      "2147483648",
      "9007199254740993",
      "2026-02-30",
      "0001-01-01",
      "9999-12-31",
      "\u0000",
      "\uD800",
      "x".repeat(3000),
      "null",
      "[object Object]",
    ),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
  );
}

function wellFormed(def: Def, ids: string[], depth: number): fc.Arbitrary<unknown> {
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      return fc.record(
        Object.fromEntries(
          Object.entries(shape).map(([key, field]) => [key, fieldArbitrary(key, field, ids, depth + 1)]),
        ),
      );
    }
    case "string":
      return fc.oneof(
        fc.constantFrom(...ids),
        fc.string({ maxLength: 40 }),
        fc.constantFrom("2026-10-08", "2026-05-01T09:00", "测试内容", "13812345678", "1", "100.50"),
      );
    case "number":
    case "int":
      return fc.oneof(fc.integer({ min: -2, max: 2100 }), fc.constantFrom(1, 2, 2026, 100));
    case "bigint":
      return fc.bigInt({ min: -1n, max: 10n ** 12n });
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true });
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "array":
      return fc.array(arbitraryFor(def.element as z.ZodType, ids, depth + 1), { maxLength: 3 });
    case "record":
      return fc.dictionary(
        fc.constantFrom(...ids.slice(0, 3)),
        arbitraryFor(def.valueType as z.ZodType, ids, depth + 1),
        { maxKeys: 2 },
      );
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
      return fc.oneof(fc.constant(undefined), arbitraryFor(def.innerType as z.ZodType, ids, depth + 1));
    case "pipe":
      // A preprocess or transform: what it finally checks says what a good value looks like.
      return fc.oneof(
        arbitraryFor(def.out as z.ZodType, ids, depth + 1),
        arbitraryFor(def.in as z.ZodType, ids, depth + 1),
      );
    case "union":
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => arbitraryFor(option, ids, depth + 1)));
    case "custom":
      // z.instanceof(File) in upload forms.
      return fc.constantFrom(
        new File([PNG], "现场.png"),
        new File([PDF], "扫描件.pdf"),
        new File([new Uint8Array([0x4d, 0x5a])], "a.exe"),
      );
    default:
      return garbage(ids);
  }
}

/** Fields named for a record or a version get real ids and current versions most of the time. */
function fieldArbitrary(key: string, field: z.ZodType, ids: string[], depth: number): fc.Arbitrary<unknown> {
  if (/(^id|Id|Ids)$/.test(key))
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...ids) },
      { weight: 1, arbitrary: arbitraryFor(field, ids, depth) },
    );
  if (key === "version")
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(1, "1") },
      { weight: 1, arbitrary: arbitraryFor(field, ids, depth) },
    );
  return arbitraryFor(field, ids, depth);
}

export function arbitraryFor(schema: z.ZodType, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (!def || depth > 6) return garbage(ids);
  return fc.oneof({ weight: 4, arbitrary: wellFormed(def, ids, depth) }, { weight: 1, arbitrary: garbage(ids) });
}
