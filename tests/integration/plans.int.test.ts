// Annual plans against the real database: entry rules, the workflow and its versions, the
// all-or-nothing import, and that each district sees and changes only its own plan.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import {
  approvePlan,
  createPlan,
  importEntries,
  removeEntry,
  returnPlan,
  saveEntry,
  submitPlan,
} from "@/modules/plans/actions";
import { getPlan, listPlans } from "@/modules/plans/queries";
import { createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

type Fixture = Awaited<ReturnType<typeof createNeighborhood>>;
const users: Record<string, string> = {};
let yz: Fixture[];
let yzNew: Fixture;
let jb: Fixture;

beforeAll(async () => {
  yz = [];
  for (let i = 0; i < 8; i++)
    yz.push(await createNeighborhood({ districtCode: "500103", name: `渝中计划小区${i + 1}` }));
  yzNew = await createNeighborhood({ districtCode: "500103", name: "渝中新建小区", completionYear: 2012 });
  jb = await createNeighborhood({ districtCode: "500105", name: "江北计划小区" });
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.jiangbei = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  users.resident = (await createUser({ role: "RESIDENT" })).id;
  users.dept = (await createUser({ role: "DEPARTMENT", departmentCode: "scjgj" })).id;
});

const as = (key: string) => actAs(users[key]!);
const actor = (key: string) => loadActor(db, users[key]!);
const entry = (planId: string, neighborhoodId: string, patch: Record<string, unknown> = {}) => ({
  planId,
  neighborhoodId,
  floorAreaM2: "2000",
  households: "30",
  buildings: "1",
  investmentWan: "100",
  startQuarter: "Q2",
  categories: ["BASIC", "IMPROVEMENT"],
  residentsConsulted: true,
  note: "",
  ...patch,
});
const entryCount = (planId: string) => db.annualPlanEntry.count({ where: { planId } });

async function newPlan(user: string, year: number) {
  as(user);
  const created = await createPlan({ year });
  if (!created.ok) throw new Error(created.error);
  return created.data.id;
}

describe("entry validations", () => {
  let planId: string;
  beforeAll(async () => {
    planId = await newPlan("yuzhong", 2031);
  });

  it("saves a plausible entry for an eligible neighbourhood of the district", async () => {
    as("yuzhong");
    const result = await saveEntry(entry(planId, yz[0]!.id));
    expect(result.ok).toBe(true);
    const saved = await db.annualPlanEntry.findFirstOrThrow({
      where: { planId },
      select: { investmentFen: true, floorAreaM2: true },
    });
    expect(saved.investmentFen).toBe(100_000_000n);
    expect(saved.floorAreaM2.toString()).toBe("2000");
    expect(await db.auditLog.count({ where: { action: "plan.saveEntry" } })).toBe(1);
  });

  it("refuses, in Chinese, another district's neighbourhood, an ineligible one, a duplicate and implausible figures", async () => {
    as("yuzhong");
    const other = await saveEntry(entry(planId, jb.id));
    expect(other).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (other.ok) throw new Error();
    expect(other.fieldErrors?.neighborhoodId?.[0]).toBe("「江北计划小区」不属于本区县,不能列入本区县的年度计划。");
    expect(other.fieldErrors?.neighborhoodId?.[0]).not.toContain("/");

    const ineligible = await saveEntry(entry(planId, yzNew.id));
    expect(!ineligible.ok && ineligible.fieldErrors?.neighborhoodId?.[0]).toContain("不在改造范围内");

    const duplicate = await saveEntry(entry(planId, yz[0]!.id));
    expect(!duplicate.ok && duplicate.fieldErrors?.neighborhoodId?.[0]).toContain("已在本计划中");

    const figures = await saveEntry(
      entry(planId, yz[1]!.id, { floorAreaM2: "-5", households: "0", investmentWan: "abc" }),
    );
    expect(figures.ok).toBe(false);
    if (figures.ok) throw new Error();
    // Every bad figure at its field at once, each saying what is allowed.
    expect(figures.fieldErrors).toMatchObject({
      investmentWan: ["计划投资应为不小于0的数字(单位:万元),最多六位小数,如 12,345.67"],
      floorAreaM2: ["改造面积应大于0,且不超过1000000平方米。"],
      households: ["受益户数应为1—20000之间的整数。"],
    });

    const implausible = await saveEntry(entry(planId, yz[1]!.id, { investmentWan: "100000" }));
    expect(!implausible.ok && implausible.fieldErrors?.investmentFen?.[0]).toContain("每平方米投资");
    expect(await entryCount(planId)).toBe(1);
  });

  it("refuses a neighbourhood already in another district's approved plan", async () => {
    // Approve a plan that lists yz[3] (as if a predecessor year's plan), then try to list it again.
    const earlier = await newPlan("yuzhong", 2030);
    await saveEntry(entry(earlier, yz[3]!.id));
    await submitPlan({ planId: earlier });
    as("commission");
    expect((await approvePlan({ planId: earlier })).ok).toBe(true);
    as("yuzhong");
    const again = await saveEntry(entry(planId, yz[3]!.id));
    expect(!again.ok && again.fieldErrors?.neighborhoodId?.[0]).toContain("2030年已批准的年度计划");
  });

  it("allows one plan per district per year", async () => {
    as("yuzhong");
    const second = await createPlan({ year: 2031 });
    expect(second).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("workflow and versions", () => {
  it("keeps every submitted version, shows what changed, and only changes an approved plan by amendment", async () => {
    const planId = await newPlan("yuzhong", 2032);
    await saveEntry(entry(planId, yz[4]!.id));
    await saveEntry(entry(planId, yz[5]!.id));
    expect((await submitPlan({ planId })).ok).toBe(true);

    // Under review the district cannot change it.
    const locked = await saveEntry(entry(planId, yz[6]!.id));
    expect(locked).toMatchObject({ ok: false, code: "RULE_VIOLATION" });

    as("commission");
    const entries = await db.annualPlanEntry.findMany({
      where: { planId },
      orderBy: { sortOrder: "asc" },
      select: { id: true },
    });
    expect((await returnPlan({ planId, comment: "" })).ok).toBe(false);
    const returned = await returnPlan({
      planId,
      comment: "请核实户数",
      entryComments: [{ entryId: entries[0]!.id, body: "户数与登记不符" }],
    });
    expect(returned.ok).toBe(true);

    as("yuzhong");
    const seen = await getPlan(await actor("yuzhong"), planId);
    expect(seen.status).toBe("RETURNED");
    expect(seen.lastReturn?.comment).toBe("请核实户数");
    expect(seen.lastReturn?.comments).toEqual([{ entryId: entries[0]!.id, body: "户数与登记不符" }]);

    await saveEntry({ ...entry(planId, yz[4]!.id, { households: "40" }), entryId: entries[0]!.id });
    await removeEntry({ planId, entryId: entries[1]!.id });
    await saveEntry(entry(planId, yz[6]!.id));
    expect(await submitPlan({ planId })).toMatchObject({ ok: true, data: { version: 2 } });

    const review = await getPlan(await actor("commission"), planId);
    expect(review.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(review.changedFromVersion).toBe(1);
    expect(review.changes).toEqual([
      { kind: "changed", name: "渝中计划小区5", fields: [{ field: "households", before: 30, after: 40 }] },
      { kind: "added", name: "渝中计划小区7", after: expect.objectContaining({ households: 30 }) },
      { kind: "removed", name: "渝中计划小区6", before: expect.objectContaining({ households: 30 }) },
    ]);

    as("commission");
    expect((await approvePlan({ planId, comment: "同意" })).ok).toBe(true);
    expect((await approvePlan({ planId })).ok).toBe(false);

    // Approved: a change needs a reason and becomes a recorded amendment and a new version.
    as("yuzhong");
    const noReason = await saveEntry({ ...entry(planId, yz[4]!.id, { households: "45" }), entryId: entries[0]!.id });
    expect(!noReason.ok && noReason.fieldErrors?.amendmentReason?.[0]).toContain("变更理由");
    const amended = await saveEntry({
      ...entry(planId, yz[4]!.id, { households: "45" }),
      entryId: entries[0]!.id,
      amendmentReason: "入户核查后户数调整",
    });
    expect(amended.ok).toBe(true);
    const after = await getPlan(await actor("commission"), planId);
    expect(after.status).toBe("APPROVED");
    expect(after.approvedVersion).toBe(2);
    expect(after.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(after.amendments.map((a) => a.reason)).toEqual(["入户核查后户数调整"]);
    expect(after.changesSinceApproval).toEqual([
      { kind: "changed", name: "渝中计划小区5", fields: [{ field: "households", before: 40, after: 45 }] },
    ]);
    expect(await db.annualPlanVersion.count({ where: { planId } })).toBe(3);
    // The snapshot of version 1 still says what was first submitted.
    const v1 = await db.annualPlanVersion.findFirstOrThrow({
      where: { planId, version: 1 },
      select: { entries: true },
    });
    expect((v1.entries as { neighborhoodName: string }[]).map((e) => e.neighborhoodName)).toEqual([
      "渝中计划小区5",
      "渝中计划小区6",
    ]);
  });

  it("refuses to submit an empty plan", async () => {
    const planId = await newPlan("jiangbei", 2032);
    expect(await submitPlan({ planId })).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
  });
});

describe("all-or-nothing import", () => {
  const headers = [
    "小区名称",
    "小区地址",
    "改造面积(平方米)",
    "受益户数",
    "楼栋数",
    "计划投资(万元)",
    "计划开工季度",
    "改造内容类别",
    "是否已征求居民意见",
    "备注",
  ];
  const row = (rowNumber: number, name: string, patch: Record<string, string | number> = {}) => ({
    rowNumber,
    values: {
      小区名称: name,
      小区地址: "",
      "改造面积(平方米)": 2000,
      受益户数: 30,
      楼栋数: 1,
      "计划投资(万元)": 100,
      计划开工季度: "二季度",
      改造内容类别: "基础类",
      是否已征求居民意见: "是",
      备注: "",
      ...patch,
    },
  });

  it("writes nothing when one row is bad, and reports every bad row", async () => {
    const planId = await newPlan("yuzhong", 2033);
    const result = await importEntries({
      planId,
      headers,
      rows: [
        row(2, "渝中计划小区1"),
        row(3, "江北计划小区"),
        row(4, "渝中计划小区2", { 受益户数: "很多" }),
        row(5, "渝中计划小区1"),
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) throw new Error();
    expect(result.data.imported).toBe(0);
    expect(result.data.errors.map((e) => e.rowNumber)).toEqual([3, 4, 5]);
    expect(result.data.errors[0]!.problems[0]).toContain("本区县小区名录中没有「江北计划小区」");
    expect(result.data.errors[1]!.problems[0]).toContain("「受益户数」应为数字");
    expect(result.data.errors[2]!.problems.join("")).toContain("与第2行是同一小区");
    expect(await entryCount(planId)).toBe(0);

    const good = await importEntries({
      planId,
      headers,
      rows: [row(2, "渝中计划小区1"), row(3, "渝中计划小区2", { 计划开工季度: 3 })],
    });
    expect(good).toMatchObject({ ok: true, data: { imported: 2, errors: [] } });
    expect(await entryCount(planId)).toBe(2);
  });

  it("reads a workbook built with the platform's own columns", async () => {
    const { buildWorkbook, readSheetRows } = await import("@/lib/xlsx");
    const { PLAN_COLUMNS } = await import("@/modules/plans/columns");
    const buffer = await buildWorkbook([
      {
        name: "年度计划",
        columns: PLAN_COLUMNS.map((c) => ({ header: c.header, key: c.key })),
        rows: [
          {
            neighborhood: "渝中计划小区3",
            floorArea: 1500,
            households: 20,
            buildings: 1,
            investment: 80,
            quarter: "一季度",
            categories: "基础类、提升类",
            consulted: "否",
          },
        ],
      },
    ]);
    const sheet = await readSheetRows(buffer);
    const planId = await newPlan("yuzhong", 2034);
    expect(await importEntries({ planId, ...sheet })).toMatchObject({ ok: true, data: { imported: 1 } });
    const saved = await db.annualPlanEntry.findFirstOrThrow({
      where: { planId },
      select: { categories: true, residentsConsulted: true, startQuarter: true },
    });
    expect(saved).toEqual({ categories: ["BASIC", "UPGRADE"], residentsConsulted: false, startQuarter: "Q1" });
  });

  it("exports a plan that the import reads back unchanged", async () => {
    const { readSheetRows } = await import("@/lib/xlsx");
    const { planWorkbook } = await import("@/modules/plans/workbook");
    const { parseRow } = await import("@/modules/plans/import-rows");
    const source = (await listPlans(await actor("yuzhong"))).find((p) => p.year === 2034)!;
    const plan = await getPlan(await actor("yuzhong"), source.id);
    const sheet = await readSheetRows(await planWorkbook(plan));
    expect(sheet.headers).toEqual(headers);
    const parsed = parseRow(sheet.rows[0]!.values);
    expect(parsed).toMatchObject({ ok: true, neighborhoodName: "渝中计划小区3", residentsConsulted: false });
    expect(parsed.ok && parsed.figures).toEqual({
      floorAreaM2: 1500,
      households: 20,
      buildings: 1,
      investmentFen: 80_000_000n,
      startQuarter: "Q1",
      categories: ["BASIC", "UPGRADE"],
    });
  });

  it("refuses a file whose headers are not the template's", async () => {
    const planId = await newPlan("jiangbei", 2034);
    as("jiangbei");
    const result = await importEntries({ planId, headers: ["名称"], rows: [row(2, "江北计划小区")] });
    expect(result.ok && result.data.errors[0]!.problems[0]).toContain("表头缺少");
    expect(await entryCount(planId)).toBe(0);
  });
});

describe("who may see and change a plan", () => {
  let yzPlan: string;
  beforeAll(async () => {
    yzPlan = await newPlan("yuzhong", 2035);
    await saveEntry(entry(yzPlan, yz[0]!.id));
  });

  it("another district can neither see nor edit the draft, and nothing changes", async () => {
    const jiangbei = await actor("jiangbei");
    expect((await listPlans(jiangbei)).map((p) => p.id)).not.toContain(yzPlan);
    await expect(getPlan(jiangbei, yzPlan)).rejects.toBeInstanceOf(NotFoundError);
    as("jiangbei");
    const before = await db.annualPlanEntry.findFirstOrThrow({
      where: { planId: yzPlan },
      select: { id: true, households: true },
    });
    const attempts = [
      await saveEntry(entry(yzPlan, jb.id)),
      await saveEntry({ ...entry(yzPlan, yz[0]!.id, { households: "99" }), entryId: before.id }),
      await removeEntry({ planId: yzPlan, entryId: before.id }),
      await importEntries({ planId: yzPlan, headers: [], rows: [] }),
      await submitPlan({ planId: yzPlan }),
    ];
    for (const a of attempts) expect(a).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await db.annualPlanEntry.findMany({ where: { planId: yzPlan }, select: { id: true, households: true } }),
    ).toEqual([before]);
    expect(await db.auditLog.count({ where: { entityId: yzPlan, actorId: users.jiangbei } })).toBe(0);
  });

  it("the commission does not see drafts; the wrong role is refused", async () => {
    await expect(getPlan(await actor("commission"), yzPlan)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPlans(await actor("resident"))).rejects.toBeInstanceOf(ForbiddenError);
    for (const key of ["commission", "resident", "dept"]) {
      as(key);
      expect(await saveEntry(entry(yzPlan, yz[1]!.id))).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await submitPlan({ planId: yzPlan })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    for (const key of ["yuzhong", "resident"]) {
      as(key);
      expect(await approvePlan({ planId: yzPlan })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await returnPlan({ planId: yzPlan, comment: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await entryCount(yzPlan)).toBe(1);
    expect((await db.annualPlan.findUniqueOrThrow({ where: { id: yzPlan }, select: { status: true } })).status).toBe(
      "DRAFT",
    );
  });
});
