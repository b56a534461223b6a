// The surplus check runs on every change of the ledger, with the project's total after the change
// computed from what is stored (the edited record's old amount replaced by its new one) and the
// estimate as it is now. A change that leaves the total as it was needs no confirmation, even on a
// project over its estimate; one fen more does; less never does.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFundingRecord, updateFundingRecord } from "@/modules/funding/actions";
import { createConsultationProject, createNeighborhood, createUser } from "../../../tests/helpers/fixtures";
import { actAs } from "../../../tests/helpers/request-context";

let project: Awaited<ReturnType<typeof createConsultationProject>>;
let central = ""; // 30,000 yuan: the whole estimate
let social = ""; // 5,000 yuan over it, confirmed

const base = {
  source: "CENTRAL_SUBSIDY",
  status: "PLANNED",
  planned: "30000",
  committed: "",
  paid: "",
  recordedOn: "2026-03-15",
  documentRef: "渝财建〔2026〕9号",
};

beforeAll(async () => {
  const hood = await createNeighborhood({ districtCode: "500103", name: "渝中超出估算小区" });
  // Three items of 10,000 yuan each: the estimate is 30,000 yuan.
  project = await createConsultationProject({
    districtCode: "500103",
    neighborhoodIds: [hood.id],
    liftUnitId: hood.unitId,
  });
  actAs((await createUser({ role: "DISTRICT", districtCode: "500103" })).id);
  const first = await createFundingRecord({ projectId: project.id, ...base });
  const second = await createFundingRecord({
    projectId: project.id,
    ...base,
    source: "SOCIAL_CAPITAL",
    planned: "5000",
    confirmSurplus: "on",
  });
  if (!first.ok || !second.ok) throw new Error("fixture records refused");
  central = first.data.id;
  social = second.data.id;
});

async function update(recordId: string, fields: Record<string, string>) {
  const row = await db.fundingRecord.findUniqueOrThrow({
    where: { id: recordId },
    select: { updatedAt: true, source: true, status: true, plannedFen: true, committedFen: true, paidFen: true },
  });
  const yuan = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, "0")}`;
  return updateFundingRecord({
    ...base,
    recordId,
    updatedAt: row.updatedAt.toISOString(),
    source: row.source,
    status: row.status,
    planned: yuan(row.plannedFen),
    committed: yuan(row.committedFen),
    paid: yuan(row.paidFen),
    ...fields,
  });
}
const plannedTotal = async () =>
  (await db.fundingRecord.aggregate({ where: { projectId: project.id }, _sum: { plannedFen: true } }))._sum.plannedFen;
const refusal = (overYuan: string) => ({
  ok: false,
  code: "RULE_VIOLATION",
  error: expect.stringContaining(`超出 ${overYuan} 元`),
});

describe("the surplus re-check on a project over its estimate", () => {
  it("lets a change that keeps the total through without confirmation", async () => {
    expect(await plannedTotal()).toBe(3_500_000n);
    // The money is promised and partly paid: same planned amount.
    expect(await update(central, { status: "COMMITTED", committed: "30000", paid: "1000" })).toMatchObject({
      ok: true,
    });
    // Another source for the same amount.
    expect(await update(social, { source: "UTILITY_COMPANY" })).toMatchObject({ ok: true });
    expect(await plannedTotal()).toBe(3_500_000n);
  });

  it("asks for confirmation for one fen more, and lets less through", async () => {
    const before = await db.fundingRecord.findMany({ where: { projectId: project.id }, orderBy: { id: "asc" } });
    expect(await update(social, { planned: "5000.01" })).toMatchObject(refusal("5,000.01"));
    expect(await createFundingRecord({ projectId: project.id, ...base, planned: "0.01" })).toMatchObject(
      refusal("5,000.01"),
    );
    expect(await db.fundingRecord.findMany({ where: { projectId: project.id }, orderBy: { id: "asc" } })).toEqual(
      before,
    );
    expect(await update(social, { planned: "4999.99" })).toMatchObject({ ok: true });
    expect(await update(social, { planned: "5000", confirmSurplus: "on" })).toMatchObject({ ok: true });
  });

  it("checks against the estimate as it is now: a rejected item makes an unchanged total still pass, a higher one state the new surplus", async () => {
    await db.projectItem.update({ where: { id: project.greeningItemId }, data: { status: "REJECTED" } });
    expect(await update(central, { paid: "2000" })).toMatchObject({ ok: true });
    expect(await update(central, { planned: "30000.01" })).toMatchObject(refusal("15,000.01"));
    expect(await plannedTotal()).toBe(3_500_000n);
  });
});
