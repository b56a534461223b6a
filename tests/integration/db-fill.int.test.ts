// The generator (npm run db:fill) at its small scale, into the test database: the refusals, and
// the invariants a real city holds — the housing tree agrees with itself, votes come only from
// dwellings in the item's scope, one per dwelling and item, the stored tallies are the votes'.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fill, type FillSummary } from "../../scripts/lib/fill/fill";
import { SCALES } from "../../scripts/lib/fill/scales";
import { dwellingsOf, stockOf } from "../../scripts/lib/fill/stock";
import { createNeighborhood } from "../helpers/fixtures";

const url = process.env.DATABASE_URL!;
let summary: FillSummary;

const one = async (sql: string) => Number((await db.$queryRawUnsafe<{ v: bigint }[]>(sql))[0]!.v);

beforeAll(async () => {
  await createNeighborhood({ districtCode: "500103" });
  await expect(fill({ url, scale: SCALES.small!, seed: 7 })).rejects.toThrow(/--force/);
  summary = await fill({ url, scale: SCALES.small!, seed: 7, force: true });
});

describe("npm run db:fill --scale small", () => {
  it("writes what it reports, in seconds", async () => {
    expect(await one(`SELECT count(*) AS v FROM "Neighborhood" WHERE id LIKE 'gn%'`)).toBe(60);
    expect(summary.Neighborhood).toBe(60);
    expect(await one(`SELECT count(*) AS v FROM "Dwelling" WHERE id LIKE 'gn%'`)).toBe(summary.Dwelling);
    expect(summary.Dwelling).toBeGreaterThan(1000);
    expect(await one(`SELECT count(*) AS v FROM "Project" WHERE id LIKE 'gp%'`)).toBe(24);
    expect(await one(`SELECT count(*) AS v FROM "Vote"`)).toBe(summary.Vote);
    expect(summary.Vote).toBeGreaterThan(500);
    expect(await one(`SELECT count(DISTINCT stage) AS v FROM "Project"`)).toBeGreaterThanOrEqual(6);
    expect(await one(`SELECT count(DISTINCT year) AS v FROM "AnnualPlan"`)).toBeGreaterThanOrEqual(5);
    expect(await one(`SELECT count(*) AS v FROM "Milestone"`)).toBe(summary.Milestone);
    expect(summary.FundingRecord).toBeGreaterThan(0);
    expect(summary.ProjectStageChange).toBeGreaterThan(24);
  });

  it("is reproducible: the stored housing stock is the one the seed derives", async () => {
    const single = (await db.neighborhood.findUniqueOrThrow({ where: { id: "gn5" }, select: { singleBuilding: true } }))
      .singleBuilding;
    const derived = dwellingsOf(stockOf(7, 5, SCALES.small!.maxBuildings, single)).map(
      (d) => `${d.id} ${d.area} ${d.ownerRef}`,
    );
    const stored = await db.$queryRawUnsafe<{ v: string }[]>(
      `SELECT id || ' ' || "areaM2"::text || ' ' || "ownerRef" AS v FROM "Dwelling" WHERE "neighborhoodId" = 'gn5' ORDER BY id`,
    );
    expect(stored.map((r) => r.v)).toEqual([...derived].sort());
    // Plan snapshots have the shape the plans module reads.
    expect(
      await one(
        `SELECT count(*) AS v FROM "AnnualPlanVersion" WHERE jsonb_typeof(entries->0->'categories') <> 'array' OR entries->0->>'neighborhoodName' IS NULL`,
      ),
    ).toBe(0);
  });

  it("refuses to fill a database twice", async () => {
    await expect(fill({ url, scale: SCALES.small!, seed: 7, force: true })).rejects.toThrow(
      /already holds 60 generated/,
    );
  });

  it("keeps every dwelling in its unit's building's neighbourhood, and the stored totals exact", async () => {
    expect(
      await one(
        `SELECT count(*) AS v FROM "Dwelling" d JOIN "StairUnit" u ON u.id = d."unitId" JOIN "Building" b ON b.id = u."buildingId" WHERE b."neighborhoodId" <> d."neighborhoodId"`,
      ),
    ).toBe(0);
    expect(
      await one(
        `SELECT count(*) AS v FROM "Neighborhood" n WHERE "buildingCount" <> (SELECT count(*) FROM "Building" b WHERE b."neighborhoodId" = n.id) AND id LIKE 'gn%'`,
      ),
    ).toBe(0);
    expect(
      await one(`SELECT count(*) AS v FROM "Neighborhood" n LEFT JOIN (SELECT "neighborhoodId" AS id, count(*) AS c, sum("areaM2") AS a FROM "Dwelling" GROUP BY 1) d ON d.id = n.id
                 WHERE n."dwellingCount" <> coalesce(d.c, 0) OR n."dwellingAreaM2" <> coalesce(d.a, 0)`),
    ).toBe(0);
    expect(
      await one(
        `SELECT count(*) AS v FROM "Dwelling" WHERE id LIKE 'gn%' AND (floor NOT BETWEEN 1 AND 33 OR "areaM2" <= 0 OR "ownerRef" IS NULL)`,
      ),
    ).toBe(0);
    // Some owners own several dwellings.
    expect(
      await one(`SELECT count(*) AS v FROM (SELECT "ownerRef" FROM "Dwelling" GROUP BY 1 HAVING count(*) > 1) o`),
    ).toBeGreaterThan(0);
  });

  it("takes votes only from dwellings in the item's scope, once per dwelling and item", async () => {
    expect(
      await one(`SELECT count(*) AS v FROM "Vote" v JOIN "BallotItem" bi ON bi.id = v."ballotItemId" JOIN "Ballot" b ON b.id = bi."ballotId" JOIN "Dwelling" d ON d.id = v."dwellingId"
                 WHERE NOT EXISTS (SELECT 1 FROM "ProjectNeighborhood" pn WHERE pn."projectId" = b."projectId" AND pn."neighborhoodId" = d."neighborhoodId")
                    OR (bi."unitId" IS NOT NULL AND bi."unitId" <> d."unitId")`),
    ).toBe(0);
    expect(await one(`SELECT count(*) - count(DISTINCT ("ballotItemId", "dwellingId")) AS v FROM "Vote"`)).toBe(0);
    // An owner of several dwellings votes alike on all of them (the tally refuses otherwise).
    expect(
      await one(
        `SELECT count(*) AS v FROM (SELECT v."ballotItemId", d."ownerRef" FROM "Vote" v JOIN "Dwelling" d ON d.id = v."dwellingId" GROUP BY 1, 2 HAVING count(DISTINCT v.choice) > 1) x`,
      ),
    ).toBe(0);
  });

  it("stores each decided item's tally as its votes count, with outcomes that vary", async () => {
    expect(
      await one(`SELECT count(*) AS v FROM "BallotItem" bi WHERE bi.result IS NOT NULL
                   AND (bi.result->>'participatingCount')::int <> (SELECT count(DISTINCT d."ownerRef") FROM "Vote" v JOIN "Dwelling" d ON d.id = v."dwellingId" WHERE v."ballotItemId" = bi.id)`),
    ).toBe(0);
    const outcomes = await db.$queryRawUnsafe<{ outcome: string }[]>(
      `SELECT DISTINCT outcome::text AS outcome FROM "BallotItem"`,
    );
    expect(outcomes.map((o) => o.outcome)).toEqual(expect.arrayContaining(["PASSED", "PENDING"]));
    expect(outcomes.map((o) => o.outcome).some((o) => o === "FAILED" || o === "NOT_QUORATE")).toBe(true);
    expect(
      await one(
        `SELECT count(*) AS v FROM "ProjectItem" pi JOIN "BallotItem" bi ON bi."projectItemId" = pi.id WHERE bi.outcome = 'PASSED' AND pi.status <> 'INCLUDED'`,
      ),
    ).toBe(0);
  });
});
