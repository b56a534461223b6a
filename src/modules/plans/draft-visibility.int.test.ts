// A district's plan is its own work until it is submitted: the commission does not see a draft —
// not in its list (whatever filter it asks for), not on the plan's page, not in the Excel export —
// and cannot review it. Once submitted, the same doors show it, so the refusals below are the
// draft rule and not a broken fixture.
import { isValidElement } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";

// Pages called outside a Next.js request (tests/helpers/page-stubs.ts).
vi.mock("next/headers", async () => (await import("../../../tests/helpers/page-stubs")).nextHeaders);
vi.mock("next-intl/server", async () => (await import("../../../tests/helpers/page-stubs")).nextIntlServer);

import CommissionPlanPage from "@/app/(official)/commission/plans/[id]/page";
import { GET as exportPlan } from "@/app/(official)/district/plans/[id]/export/route";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { approvePlan, createPlan, returnPlan, saveEntry, submitPlan } from "@/modules/plans/actions";
import { getPlan, listPlans } from "@/modules/plans/queries";
import { createNeighborhood, createUser } from "../../../tests/helpers/fixtures";
import { actAs } from "../../../tests/helpers/request-context";

const YEAR = 2032;
let district = "";
let commission = "";
let planId = "";

beforeAll(async () => {
  district = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  commission = (await createUser({ role: "COMMISSION" })).id;
  const hood = await createNeighborhood({ districtCode: "500103", name: "渝中草稿小区" });
  actAs(district);
  const created = await createPlan({ year: YEAR });
  if (!created.ok) throw new Error(created.error);
  planId = created.data.id;
  const saved = await saveEntry({
    planId,
    neighborhoodId: hood.id,
    floorAreaM2: "2000",
    households: "30",
    buildings: "1",
    investmentWan: "100",
    startQuarter: "Q2",
    categories: ["BASIC"],
    residentsConsulted: true,
    note: "",
  });
  if (!saved.ok) throw new Error(saved.error);
});

const actor = (id: string) => loadActor(db, id);
const page = () => CommissionPlanPage({ params: Promise.resolve({ id: planId }) });
const exported = () =>
  exportPlan(new Request(`http://localhost/district/plans/${planId}/export`), {
    params: Promise.resolve({ id: planId }),
  });
const listedIds = async (filter: Parameters<typeof listPlans>[1] = {}) =>
  (await listPlans(await actor(commission), filter)).map((p) => p.id);
const planRow = () =>
  db.annualPlan.findUniqueOrThrow({ where: { id: planId }, select: { status: true, version: true, updatedAt: true } });

describe("a district's draft plan", () => {
  it("is the district's to see", async () => {
    expect((await getPlan(await actor(district), planId)).entries).toHaveLength(1);
    expect((await listPlans(await actor(district))).map((p) => p.id)).toEqual([planId]);
  });

  it("is not in the commission's list, whatever it filters by", async () => {
    expect(await listedIds()).toEqual([]);
    expect(await listedIds({ year: YEAR })).toEqual([]);
    expect(await listedIds({ status: "DRAFT" })).toEqual([]);
  });

  it("is not found on the commission's plan page, through the loader or in the export", async () => {
    await expect(getPlan(await actor(commission), planId)).rejects.toBeInstanceOf(NotFoundError);
    actAs(commission);
    await expect(page()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
    const response = await exported();
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("cannot be returned or approved by the commission, and stays as it was", async () => {
    const before = await planRow();
    actAs(commission);
    const refusal = { ok: false, code: "RULE_VIOLATION", error: "只有已报送、待审核的计划才能退回或批准。" };
    expect(await approvePlan({ planId })).toMatchObject(refusal);
    expect(await returnPlan({ planId, comment: "请补充。" })).toMatchObject(refusal);
    expect(await planRow()).toEqual(before);
    expect(await db.planReview.count({ where: { planId } })).toBe(0);
  });

  it("once submitted, is what the commission sees everywhere", async () => {
    actAs(district);
    expect(await submitPlan({ planId })).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await listedIds()).toEqual([planId]);
    const plan = await getPlan(await actor(commission), planId);
    expect({ status: plan.status, version: plan.version, entries: plan.entries.length }).toEqual({
      status: "SUBMITTED",
      version: 1,
      entries: 1,
    });
    actAs(commission);
    expect(isValidElement(await page())).toBe(true);
    expect((await exported()).status).toBe(200);
  });
});
