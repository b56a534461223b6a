// Which ledger records make up a lift's subsidy, read from the database: the planned amounts of
// government and society sources linked to that lift item. The residents' own sources linked to it,
// money linked to another item or to none, and another lift's subsidy are not deducted; what was
// committed or paid does not change the figure. The split the ledger stores and the estimate shown
// before the vote both rest on it.
import { beforeAll, describe, expect, it } from "vitest";
import type { FundingSource } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { splitLift } from "@/modules/funding/actions";
import { defaultLiftCoefficients } from "@/modules/funding/default-coefficients";
import { computeLiftSplit } from "@/modules/funding/lift-split-data";
import { createConsultationProject, createNeighborhood, createUser } from "../../../tests/helpers/fixtures";
import { actAs } from "../../../tests/helpers/request-context";

const COST = 1_000_000n; // the fixture's lift item: 10,000 yuan
let project: Awaited<ReturnType<typeof createConsultationProject>>;
let unitId = "";
let otherLiftItemId = "";
let official = "";

beforeAll(async () => {
  // Floors 1–6 (two dwellings a floor, by the fixture), so floors 3 and up pay.
  const hood = await createNeighborhood({
    districtCode: "500103",
    name: "渝中电梯补助小区",
    areas: ["60.50", "72.25", "88.00", "66.66", "70.10", "91.35", "55.00", "87.35", "73.40", "64.80"],
  });
  unitId = hood.unitId;
  project = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [hood.id], liftUnitId: unitId });
  official = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  await db.liftCoefficient.createMany({
    data: defaultLiftCoefficients().map((c) => ({ districtId: project.districtId, ...c })),
  });
  // A second lift item of the same project, for another lift in the same unit.
  const lift = await db.projectItem.findUniqueOrThrow({
    where: { id: project.liftItemId! },
    select: { catalogueItemId: true },
  });
  otherLiftItemId = (
    await db.projectItem.create({
      data: {
        projectId: project.id,
        catalogueItemId: lift.catalogueItemId,
        unitId,
        quantity: "1",
        estimatedCostFen: COST,
        matter: "SPECIAL",
        status: "PROPOSED",
      },
      select: { id: true },
    })
  ).id;

  const record = (
    source: FundingSource,
    projectItemId: string | null,
    plannedFen: bigint,
    extra: { committedFen?: bigint; paidFen?: bigint; status?: "PLANNED" | "COMMITTED" | "PAID" } = {},
  ) => ({
    projectId: project.id,
    projectItemId,
    source,
    plannedFen,
    recordedOn: new Date("2026-03-02"),
    status: extra.status ?? "PLANNED",
    committedFen: extra.committedFen ?? 0n,
    paidFen: extra.paidFen ?? 0n,
  });
  await db.fundingRecord.createMany({
    data: [
      // Deducted: government and society money for this lift — planned, whatever is committed or paid.
      record("CENTRAL_SUBSIDY", project.liftItemId, 200_000n, {
        status: "COMMITTED",
        committedFen: 150_000n,
        paidFen: 50_000n,
      }),
      record("DISTRICT_FINANCE", project.liftItemId, 100_000n),
      record("SOCIAL_CAPITAL", project.liftItemId, 30_000n),
      record("ORIGINAL_OWNER_UNIT", project.liftItemId, 20_000n, {
        status: "PAID",
        committedFen: 20_000n,
        paidFen: 20_000n,
      }),
      // Not deducted: the residents' own money for the lift…
      record("PROVIDENT_FUND", project.liftItemId, 90_000n),
      record("RESIDENT_DIRECT", project.liftItemId, 80_000n),
      record("MAINTENANCE_FUND_USE", project.liftItemId, 70_000n),
      // …money for another item, for the project as a whole, or for the other lift.
      record("MUNICIPAL_FINANCE", project.greeningItemId, 400_000n),
      record("SPECIAL_BOND", null, 500_000n),
      record("UTILITY_COMPANY", otherLiftItemId, 60_000n),
    ],
  });
});

const liftRef = (id: string) => ({ id, unitId, estimatedCostFen: COST, districtId: project.districtId });

describe("the lift subsidy from the ledger", () => {
  it("is the planned government and society money linked to the lift item", async () => {
    const split = await computeLiftSplit(db, liftRef(project.liftItemId!));
    if (!split.ok) throw new Error(split.reason.zh);
    expect({ subsidyFen: split.subsidyFen, residentsFen: split.residentsFen }).toEqual({
      subsidyFen: 350_000n,
      residentsFen: 650_000n,
    });
    expect(split.shares.reduce((sum, s) => sum + s.fen, 0)).toBe(650_000);
  });

  it("of the other lift, is only what is linked to that one", async () => {
    const split = await computeLiftSplit(db, liftRef(otherLiftItemId));
    if (!split.ok) throw new Error(split.reason.zh);
    expect({ subsidyFen: split.subsidyFen, residentsFen: split.residentsFen }).toEqual({
      subsidyFen: 60_000n,
      residentsFen: 940_000n,
    });
  });

  it("is what the stored split deducts", async () => {
    actAs(official);
    expect(await splitLift({ projectItemId: project.liftItemId! })).toMatchObject({
      ok: true,
      data: { dwellings: 10, residentsFen: 650_000n },
    });
    const stored = await db.liftCostShare.aggregate({
      where: { projectItemId: project.liftItemId! },
      _sum: { fen: true },
    });
    expect(stored._sum.fen).toBe(650_000n);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "funding.splitLift", entityId: project.liftItemId! },
      select: { after: true },
    });
    expect(audit.after).toMatchObject({ totalFen: "1000000", subsidyFen: "350000" });
  });
});
