// The list's page loader (three statements) against Prisma's nested select it replaced: the same
// rows, in the same order, with the same street, district and project stages.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  loadNeighborhoodPage,
  NEIGHBORHOOD_LIST_ORDER,
  NEIGHBORHOOD_LIST_SELECT,
  neighborhoodWhere,
} from "@/modules/neighborhoods/list-filters";
import { createNeighborhood, createStreet, districtByCode } from "../helpers/fixtures";

let district = "";

beforeAll(async () => {
  district = (await districtByCode("500103")).id;
  const street = await createStreet({ districtCode: "500103", name: "名录街道" });
  const hoods = [];
  for (let i = 0; i < 7; i++)
    hoods.push(
      await createNeighborhood({
        districtCode: "500103",
        name: `名录小区${i % 3}`,
        streetId: i % 2 ? street.id : undefined,
        completionYear: 1990 + i * 3,
      }),
    );
  await createNeighborhood({ districtCode: "500105", name: "名录江北" });
  const project = (code: string, stage: "DESIGN" | "CONSTRUCTION", ids: string[]) =>
    db.project.create({
      data: {
        code,
        name: code,
        districtId: district,
        year: 2026,
        stage,
        neighborhoods: { create: ids.map((neighborhoodId) => ({ neighborhoodId })) },
      },
    });
  await project("ML-1", "DESIGN", [hoods[0]!.id, hoods[1]!.id]);
  await project("ML-2", "CONSTRUCTION", [hoods[1]!.id]);
});

const sortStages = <T extends { projects: { project: { stage: string } }[] }>(rows: T[]) =>
  rows.map((r) => ({ ...r, projects: [...r.projects].sort((a, b) => a.project.stage.localeCompare(b.project.stage)) }));

describe("the neighbourhood list's page loader", () => {
  it.each([
    ["a district, first page", {}, 1, 3],
    ["a district, a later page", {}, 2, 3],
    ["past the end", {}, 9, 3],
    ["eligible only", { eligible: "yes" as const }, 1, 20],
    ["searched", { q: "小区1" }, 1, 20],
    ["in a project stage", { stage: "DESIGN" as const }, 1, 20],
  ])("%s: the same rows as the nested select", async (_label, filters, page, size) => {
    const where = { AND: [{ districtId: district }, neighborhoodWhere(filters)] };
    const [total, nested] = await Promise.all([
      db.neighborhood.count({ where }),
      db.neighborhood.findMany({
        where,
        orderBy: NEIGHBORHOOD_LIST_ORDER,
        skip: (page - 1) * size,
        take: size,
        select: NEIGHBORHOOD_LIST_SELECT,
      }),
    ]);
    const loaded = await loadNeighborhoodPage(db, where, page, size);
    expect(loaded.total).toBe(total);
    expect(sortStages(loaded.rows)).toEqual(sortStages(nested));
  });

  it("shows the stages of every project a neighbourhood is in", async () => {
    const { rows } = await loadNeighborhoodPage(db, { districtId: district, name: "名录小区1" }, 1, 20);
    expect(rows.map((r) => r.projects.map((p) => p.project.stage).sort())).toContainEqual(["CONSTRUCTION", "DESIGN"]);
    expect(rows.every((r) => r.district.name === "渝中区")).toBe(true);
  });
});
