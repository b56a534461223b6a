// Every GET route handler with generated URL parameters (fast-check), called directly as a user
// whose route it is, against real records: the path's ids and the query's years, months,
// filters and flags. The answer is a file or a 4xx with a message, never a 5xx. Addresses the
// proxy refuses (NUL, broken UTF-8: src/proxy.ts) are answered 400 there and not passed on,
// exactly as in the running server (tests/e2e/query-params.spec.ts drives that, pages included).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ROUTE_HANDLERS } from "@/lib/route-registry";
import { cleanAddress } from "@/lib/text-safety";
import { buildWorld, signIn, type Who, type World } from "../helpers/authorization-world";
import { createConsultationProject } from "../helpers/fixtures";

const routeModules = import.meta.glob<Record<string, unknown>>("../../src/app/**/route.ts", { eager: true });
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let world: World;
const ids: string[] = [];

beforeAll(async () => {
  world = await buildWorld();
  const project = await createConsultationProject({
    districtCode: "500103",
    neighborhoodIds: [world.home.id],
    liftUnitId: world.home.unitId,
  });
  const ballot = await db.ballot.create({
    data: {
      projectId: project.id,
      title: "参数表决",
      status: "OPEN",
      opensAt: new Date(Date.now() - 3600_000),
      closesAt: new Date(Date.now() + 86_400_000),
      items: {
        create: [{ projectItemId: project.greeningItemId, matter: "ORDINARY", title: "绿化", estimatedCostFen: 1n }],
      },
    },
    select: { id: true },
  });
  const plan = await db.annualPlan.create({
    data: { districtId: world.districtId, year: 2026, status: "SUBMITTED", version: 1 },
    select: { id: true },
  });
  ids.push(
    world.home.id,
    world.home.unitId,
    world.home.dwellings[0]!.id,
    project.id,
    project.greeningItemId,
    ballot.id,
    plan.id,
    world.districtId,
    world.streetA.id,
  );
});

/** One of the real ids (filled in beforeAll, so read when generating, not when defining). */
const anyId = fc.nat(10_000).map((i) => ids[i % ids.length]!);

const WRONG = [
  "0",
  "-1",
  "1.5",
  "0x10",
  "1e3",
  "1e309",
  "NaN",
  "Infinity",
  "2147483647",
  "2147483648",
  "-2147483649",
  "9007199254740993",
  "99999999999999999999999",
  "2026-02-30",
  "2026-13",
  "2026-00",
  "0001",
  "9999",
  "0001-01",
  "9999-12",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "../../etc/passwd",
  "<script>",
  "' OR 1=1--",
  "渝中区",
  "a".repeat(3000),
  "",
  " ",
  "%",
  "%zz",
  "%ED%A0%80",
  "%00",
];
/** Right values per key, so the one wrong value among them reaches the code behind the others. */
const RIGHT: Record<string, string[]> = {
  year: ["2026", "2025"],
  month: ["2026-03", "2026-11"],
  format: ["csv", "json"],
  owners: ["1", "0"],
  building: ["1栋"],
  unit: ["1单元"],
};

const wrongValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WRONG) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n })).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: anyId },
);

/** The route's own query keys, each right or absent, but for one chosen key that is wrong. */
function queryFor(keys: readonly string[]) {
  if (keys.length === 0) return fc.constant([] as (readonly [string, string])[]);
  const right = (key: string) => (RIGHT[key]?.length ? fc.constantFrom(...RIGHT[key]!) : anyId);
  return fc
    .tuple(fc.nat(keys.length - 1), fc.tuple(...keys.map((key) => fc.tuple(right(key), wrongValue, fc.boolean()))))
    .map(([wrongIndex, values]) =>
      keys.flatMap((key, i) => {
        const [ok, bad, present] = values[i]!;
        if (i === wrongIndex) return [[key, bad] as const];
        return present ? [[key, ok] as const] : [];
      }),
    );
}

/** Percent-encodes text, a lone surrogate as the bytes a careless client sends for it. */
const encodeLoose = (text: string) =>
  [...text].map((ch) => (/[\uD800-\uDFFF]/.test(ch) ? "%ED%A0%80" : encodeURIComponent(ch))).join("");
/** A value as typed, or one of the raw escapes above, as it travels in the URL. */
const inUrl = (v: string) => (/^%(ED|00|zz)?/.test(v) && v.length <= 9 ? v : encodeLoose(v));

function askers(path: string): Who[] {
  if (path.startsWith("/admin")) return ["admin"];
  if (path.startsWith("/commission")) return ["commission"];
  if (path.startsWith("/api/department-tasks")) return ["department"];
  if (path.startsWith("/resident")) return ["resident"];
  if (path.startsWith("/district") || path.startsWith("/api/consultation") || path.startsWith("/api/feedback"))
    return ["district", "street", "commission"];
  return ["anonymous"];
}

describe("GET route handlers with generated parameters", () => {
  it("answer with a file or a 4xx message, never a 5xx", { timeout: 600_000 }, async () => {
    const routes = ROUTE_HANDLERS.filter((r) => r.methods.includes("GET"));
    let inputs = 0;
    let refusedByProxy = 0;
    const statuses: Record<number, number> = {};
    const broken: string[] = [];
    for (const route of routes) {
      const handler = routeModules[`../../src/app/${route.file}`]!.GET as Handler;
      const names = [...route.path.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
      const params = fc.tuple(
        ...names.map(() =>
          fc.oneof(
            { weight: 2, arbitrary: anyId },
            {
              weight: 1,
              arbitrary: fc.oneof(
                fc.constantFrom(...WRONG),
                fc.string({ unit: "binary", minLength: 1, maxLength: 30 }),
              ),
            },
          ),
        ),
      );
      for (const who of askers(route.path)) {
        await fc.assert(
          fc.asyncProperty(params, queryFor(route.query ?? []), async (values, pairs) => {
            let i = 0;
            const path = route.path.replace(/\[[^\]]+\]/g, () => inUrl(values[i++]!) || "x");
            const search = pairs.map(([k, v]) => `${k}=${inUrl(v)}`).join("&");
            const address = `${path}${search ? `?${search}` : ""}`;
            inputs += 1;
            if (cleanAddress(address) === null) {
              refusedByProxy += 1;
              return;
            }
            await signIn(world, who);
            // What the handler sees: the decoded path parameters, as Next.js passes them.
            const decoded = Object.fromEntries(
              names.map((name, j) => [name, decodeURIComponent(inUrl(values[j]!) || "x")]),
            );
            let response: Response;
            try {
              response = await handler(new Request(`http://params.test${address}`), {
                params: Promise.resolve(decoded),
              });
            } catch (error) {
              // Next.js answers a handler that throws with a 500.
              broken.push(`threw (500) ${who} ${address.slice(0, 200)}: ${String(error).slice(0, 120)}`);
              return;
            }
            statuses[response.status] = (statuses[response.status] ?? 0) + 1;
            const body = await response.arrayBuffer();
            if (response.status >= 500) broken.push(`${response.status} ${who} ${address.slice(0, 200)}`);
            else if (response.status >= 400 && body.byteLength === 0)
              broken.push(`${response.status} without a message: ${who} ${address.slice(0, 200)}`);
          }),
          { numRuns: route.query?.length ? 60 : 25, seed: 2026, endOnFailure: true },
        );
      }
    }
    console.log(
      `GET route handlers fuzzed: ${routes.length} routes, ${inputs} generated inputs (${refusedByProxy} refused by the proxy first); statuses ${JSON.stringify(statuses)}`,
    );
    expect(broken).toEqual([]);
  });
});
