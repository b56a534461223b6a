// Funding: recording a project's sources with every check refusing (and nothing changed), edits
// with optimistic concurrency, the maintenance-fund decisions, the summaries against direct sums
// of the records, district isolation with the commission read-only, and the lift cost split
// stored, summing to the whole, guarded once paid.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import {
  createFundingRecord,
  deleteFundingRecord,
  markLiftSharePaid,
  saveLiftCoefficients,
  seedDefaultLiftCoefficients,
  splitLift,
  updateFundingRecord,
} from "@/modules/funding/actions";
import {
  cityFunding,
  districtFunding,
  fundingAttachment,
  ledgerHistory,
  liftSplit,
  myLiftShares,
  projectLedger,
} from "@/modules/funding/queries";
import { sourcesOfShare } from "@/modules/funding/shares";
import { cityWorkbook, districtWorkbook, projectWorkbook } from "@/modules/funding/workbook";
import { readSheetRows } from "@/lib/xlsx";
import {
  bindResident,
  createConsultationProject,
  createNeighborhood,
  createUser,
  districtByCode,
} from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

vi.hoisted(() => {
  process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? "/tmp"}/renew-test-uploads-funding-${process.pid}`;
});

const users: Record<string, string> = {};
let project: Awaited<ReturnType<typeof createConsultationProject>>;
let other: Awaited<ReturnType<typeof createConsultationProject>>;
let home: Awaited<ReturnType<typeof createNeighborhood>>;
let yuzhongId = "";
let jiangbeiId = "";

// Ten dwellings on floors 1–5 (two a floor) of one unit; the lift is voted and paid by them.
const AREAS = ["60.50", "72.25", "88.00", "66.66", "70.10", "91.35", "55.00", "87.35", "73.40", "64.80"];

beforeAll(async () => {
  home = await createNeighborhood({ districtCode: "500103", name: "渝中资金小区", areas: AREAS });
  const away = await createNeighborhood({ districtCode: "500105", name: "江北资金小区" });
  project = await createConsultationProject({
    districtCode: "500103",
    neighborhoodIds: [home.id],
    liftUnitId: home.unitId,
  });
  other = await createConsultationProject({ districtCode: "500105", neighborhoodIds: [away.id] });
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.jiangbei = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  users.resident = (await createUser({ role: "RESIDENT" })).id;
  // The resident lives on the top floor (the last dwelling).
  await bindResident(users.resident, home.dwellings[9]!.id);
  yuzhongId = (await districtByCode("500103")).id;
  jiangbeiId = (await districtByCode("500105")).id;
});

const actor = (key: string) => loadActor(db, users[key]!);
const pdf = () => new File([new TextEncoder().encode("%PDF-1.4\n%test\n")], "批复.pdf", { type: "application/pdf" });
const record = (extra: Record<string, unknown> = {}) => ({
  projectId: project.id,
  source: "CENTRAL_SUBSIDY",
  status: "COMMITTED",
  planned: "10000",
  committed: "10000",
  paid: "2500.50",
  recordedOn: "2026-03-15",
  documentRef: "渝财建〔2026〕1号",
  ...extra,
});
const state = async () => ({
  records: await db.fundingRecord.findMany({ orderBy: { id: "asc" } }),
  audits: await db.auditLog.count({ where: { action: { startsWith: "funding." } } }),
  shares: await db.liftCostShare.findMany({ orderBy: { id: "asc" } }),
  table: await db.liftCoefficient.count(),
});

async function decision(
  matter: "ORDINARY" | "SPECIAL",
  options: { outcome?: "PASSED" | "FAILED"; status?: "FINAL" | "PUBLISHED"; projectId?: string } = {},
) {
  const projectId = options.projectId ?? project.id;
  const item = await db.projectItem.findFirstOrThrow({ where: { projectId }, select: { id: true } });
  const ballot = await db.ballot.create({
    data: {
      projectId,
      title: `维修资金表决(${matter})`,
      status: options.status ?? "FINAL",
      opensAt: new Date("2026-01-01"),
      closesAt: new Date("2026-01-10"),
      items: {
        create: {
          projectItemId: item.id,
          matter,
          title: matter === "ORDINARY" ? "使用住宅专项维修资金" : "续筹住宅专项维修资金",
          estimatedCostFen: 0n,
          outcome: options.outcome ?? "PASSED",
        },
      },
    },
    select: { items: { select: { id: true } } },
  });
  return ballot.items[0]!.id;
}

describe("recording funding", () => {
  it("stores a record in fen with its attachment, audited", async () => {
    actAs(users.yuzhong!);
    const result = await createFundingRecord(record({ attachment: pdf() }));
    expect(result).toMatchObject({ ok: true });
    const stored = await db.fundingRecord.findFirstOrThrow({ where: { projectId: project.id } });
    expect(stored).toMatchObject({
      source: "CENTRAL_SUBSIDY",
      status: "COMMITTED",
      plannedFen: 1_000_000n,
      committedFen: 1_000_000n,
      paidFen: 250_050n,
      documentRef: "渝财建〔2026〕1号",
      createdById: users.yuzhong,
    });
    expect(stored.attachmentKey).toMatch(/\.pdf$/);
    expect(await db.auditLog.count({ where: { action: "funding.createRecord", entityId: stored.id } })).toBe(1);
    const file = await fundingAttachment(await actor("commission"), project.id, stored.id);
    expect(file.mimeType).toBe("application/pdf");
    await expect(fundingAttachment(await actor("jiangbei"), project.id, stored.id)).rejects.toThrow("不存在");
  });

  it("refuses every inconsistent record with a reason, changing nothing", async () => {
    actAs(users.yuzhong!);
    const before = await state();
    const cases: [Record<string, unknown>, string][] = [
      [{ committed: "10000.01" }, "不能超过计划金额"],
      [{ paid: "10000.01" }, "不能超过已承诺金额"],
      [{ status: "PLANNED", committed: "100", paid: "0" }, "状态为“计划”"],
      [{ status: "PAID", paid: "9000" }, "状态为“已到位”"],
      [{ status: "COMMITTED", committed: "0", paid: "0" }, "请填写已承诺金额"],
      [{ planned: "0", committed: "0", paid: "0", status: "PLANNED" }, "计划金额应大于0"],
      [{ projectItemId: other.basicItemId }, "不属于本项目"],
      [{ source: "MAINTENANCE_FUND_USE" }, "一般事项表决"],
      [{ source: "MAINTENANCE_FUND_RAISE" }, "特别事项表决"],
      [{ planned: "30000", committed: "0", paid: "0", status: "PLANNED" }, "超过估算总投资"],
    ];
    for (const [extra, reason] of cases) {
      const result = await createFundingRecord(record(extra));
      expect(result, JSON.stringify(extra)).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
      if (!result.ok) expect(result.error).toContain(reason);
    }
    for (const bad of [
      { planned: "12.345" },
      { planned: "-5" },
      { source: "LOTTERY" },
      { recordedOn: "" },
      { status: "DONE" },
    ]) {
      expect(await createFundingRecord(record(bad)), JSON.stringify(bad)).toMatchObject({
        ok: false,
        code: "INVALID_INPUT",
      });
    }
    expect(await state()).toEqual(before);
  });

  it("accepts a surplus only when the official confirms it", async () => {
    actAs(users.yuzhong!);
    const result = await createFundingRecord(
      record({
        source: "SOCIAL_CAPITAL",
        status: "PLANNED",
        planned: "25000",
        committed: "",
        paid: "",
        confirmSurplus: "on",
      }),
    );
    expect(result.ok).toBe(true);
    const ledger = await projectLedger(await actor("yuzhong"), project.id);
    expect(ledger.estimateFen).toBe(3_000_000n);
    expect(ledger.balance).toEqual({ kind: "SURPLUS", differenceFen: 500_000n });
    // Lowering it needs no confirmation; deleting a planned record is allowed.
    const id = result.ok ? result.data.id : "";
    const row = await db.fundingRecord.findUniqueOrThrow({ where: { id } });
    expect(await deleteFundingRecord({ recordId: id, updatedAt: row.updatedAt.toISOString() })).toMatchObject({
      ok: true,
    });
    expect((await projectLedger(await actor("yuzhong"), project.id)).balance).toEqual({
      kind: "SHORTFALL",
      differenceFen: 2_000_000n,
    });
  });

  it("records maintenance-fund money only against a passed, final decision of the right kind", async () => {
    actAs(users.yuzhong!);
    const ordinary = await decision("ORDINARY");
    const special = await decision("SPECIAL");
    const failed = await decision("ORDINARY", { outcome: "FAILED" });
    const notFinal = await decision("ORDINARY", { status: "PUBLISHED" });
    const elsewhere = await decision("ORDINARY", { projectId: other.id });
    const use = (ballotItemId: string) =>
      createFundingRecord(
        record({
          source: "MAINTENANCE_FUND_USE",
          status: "PLANNED",
          planned: "1000",
          committed: "0",
          paid: "0",
          ballotItemId,
        }),
      );
    const before = await state();
    for (const [id, reason] of [
      [special, "类型不符"],
      [failed, "未获通过"],
      [notFinal, "尚未公示期满"],
      [elsewhere, "不属于本项目"],
    ] as const) {
      const result = await use(id);
      expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
      if (!result.ok) expect(result.error).toContain(reason);
    }
    expect(await state()).toEqual(before);
    expect(await use(ordinary)).toMatchObject({ ok: true });
    expect(
      await createFundingRecord(
        record({
          source: "MAINTENANCE_FUND_RAISE",
          status: "PLANNED",
          planned: "500",
          committed: "0",
          paid: "0",
          ballotItemId: ordinary,
        }),
      ),
    ).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
    expect(
      await createFundingRecord(
        record({
          source: "MAINTENANCE_FUND_RAISE",
          status: "PLANNED",
          planned: "500",
          committed: "0",
          paid: "0",
          ballotItemId: special,
        }),
      ),
    ).toMatchObject({ ok: true });
    expect(await db.fundingRecord.count({ where: { projectId: project.id, ballotItemId: { not: null } } })).toBe(2);
    // Other sources never keep a decision link.
    const plain = await createFundingRecord(
      record({
        source: "DISTRICT_FINANCE",
        status: "PLANNED",
        planned: "100",
        committed: "0",
        paid: "0",
        ballotItemId: ordinary,
      }),
    );
    expect(
      plain.ok && (await db.fundingRecord.findUniqueOrThrow({ where: { id: plain.data.id } })).ballotItemId,
    ).toBeNull();
  });
});

describe("editing a record", () => {
  it("applies a change to the current version, audited with before and after", async () => {
    actAs(users.yuzhong!);
    const row = await db.fundingRecord.findFirstOrThrow({
      where: { projectId: project.id, source: "CENTRAL_SUBSIDY" },
    });
    const result = await updateFundingRecord({
      ...record({ status: "PAID", paid: "10000" }),
      projectId: undefined,
      recordId: row.id,
      updatedAt: row.updatedAt.toISOString(),
    });
    expect(result).toMatchObject({ ok: true });
    const after = await db.fundingRecord.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ status: "PAID", paidFen: 1_000_000n, attachmentKey: row.attachmentKey });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "funding.updateRecord", entityId: row.id } });
    expect(audit.before).toMatchObject({ status: "COMMITTED", paidFen: "250050" });
    expect(audit.after).toMatchObject({ status: "PAID", paidFen: "1000000" });
  });

  it("refuses an edit of an older version, a bad edit, and a delete of committed money, changing nothing", async () => {
    actAs(users.yuzhong!);
    const row = await db.fundingRecord.findFirstOrThrow({
      where: { projectId: project.id, source: "CENTRAL_SUBSIDY" },
    });
    const before = await state();
    const stale = await updateFundingRecord({
      ...record({ status: "PLANNED", committed: "0", paid: "0" }),
      recordId: row.id,
      updatedAt: new Date(row.updatedAt.getTime() - 1000).toISOString(),
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      await updateFundingRecord({
        ...record({ status: "PAID", paid: "20000" }),
        recordId: row.id,
        updatedAt: row.updatedAt.toISOString(),
      }),
    ).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
    expect(await deleteFundingRecord({ recordId: row.id, updatedAt: row.updatedAt.toISOString() })).toMatchObject({
      ok: false,
      code: "RULE_VIOLATION",
    });
    expect(await state()).toEqual(before);
  });
});

describe("who may record and read", () => {
  it("refuses another district, the commission (read-only) and residents, changing nothing", async () => {
    const row = await db.fundingRecord.findFirstOrThrow({
      where: { projectId: project.id, source: "CENTRAL_SUBSIDY" },
    });
    const before = await state();
    for (const who of ["jiangbei", "commission", "resident"]) {
      actAs(users[who]!);
      expect(await createFundingRecord(record()), who).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(
        await updateFundingRecord({ ...record(), recordId: row.id, updatedAt: row.updatedAt.toISOString() }),
        who,
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(
        await deleteFundingRecord({ recordId: row.id, updatedAt: row.updatedAt.toISOString() }),
        who,
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    actAs(null);
    expect(await createFundingRecord(record())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await state()).toEqual(before);
  });

  it("shows a district only its own ledger and summary; the commission reads everything", async () => {
    await expect(projectLedger(await actor("jiangbei"), project.id)).rejects.toThrow("不存在");
    await expect(projectLedger(await actor("resident"), project.id)).rejects.toThrow();
    await expect(districtFunding(await actor("jiangbei"), yuzhongId)).rejects.toThrow("不存在");
    expect((await districtFunding(await actor("jiangbei"))).district.id).toBe(jiangbeiId);
    await expect(cityFunding(await actor("yuzhong"))).rejects.toThrow("市住房城乡建委");
    const commission = await projectLedger(await actor("commission"), project.id);
    expect(commission.canEdit).toBe(false);
    expect((await projectLedger(await actor("yuzhong"), project.id)).canEdit).toBe(true);
    expect((await districtFunding(await actor("commission"), yuzhongId)).district.id).toBe(yuzhongId);
  });
});

describe("summaries", () => {
  beforeAll(async () => {
    // Records in the other district and in another year, so the sums have something to leave out.
    actAs(users.jiangbei!);
    expect(
      (
        await createFundingRecord({
          ...record(),
          projectId: other.id,
          source: "UTILITY_COMPANY",
          planned: "3000",
          committed: "3000",
          paid: "1000",
          recordedOn: "2025-11-02",
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await createFundingRecord({
          ...record(),
          projectId: other.id,
          source: "MUNICIPAL_FINANCE",
          status: "PLANNED",
          planned: "7000",
          committed: "0",
          paid: "0",
        })
      ).ok,
    ).toBe(true);
    actAs(users.yuzhong!);
    expect(
      (
        await createFundingRecord(
          record({
            source: "RESIDENT_DIRECT",
            status: "COMMITTED",
            planned: "2000",
            committed: "1500",
            paid: "0",
            recordedOn: "2025-12-30",
          }),
        )
      ).ok,
    ).toBe(true);
  });

  const sum = async (where: object) => {
    const s = await db.fundingRecord.aggregate({
      where,
      _sum: { plannedFen: true, committedFen: true, paidFen: true },
    });
    return {
      plannedFen: s._sum.plannedFen ?? 0n,
      committedFen: s._sum.committedFen ?? 0n,
      paidFen: s._sum.paidFen ?? 0n,
    };
  };

  it("per project, per district and for the city equal the direct sums of the records", async () => {
    const commission = await actor("commission");
    const ledger = await projectLedger(commission, project.id);
    expect(ledger.summary.total).toEqual(await sum({ projectId: project.id }));
    for (const share of ["GOVERNMENT", "RESIDENTS", "SOCIETY"] as const) {
      expect(ledger.summary.byShare[share]).toEqual(
        await sum({ projectId: project.id, source: { in: sourcesOfShare(share) } }),
      );
    }
    for (const s of ledger.summary.bySource)
      expect({ plannedFen: s.plannedFen, committedFen: s.committedFen, paidFen: s.paidFen }).toEqual(
        await sum({ projectId: project.id, source: s.source }),
      );
    for (const y of ledger.summary.byYear) {
      expect({ plannedFen: y.plannedFen, committedFen: y.committedFen, paidFen: y.paidFen }).toEqual(
        await sum({
          projectId: project.id,
          recordedOn: { gte: new Date(`${y.year}-01-01`), lt: new Date(`${y.year + 1}-01-01`) },
        }),
      );
    }
    expect(ledger.summary.byYear.map((y) => y.year)).toEqual([2025, 2026]);

    const district = await districtFunding(await actor("yuzhong"));
    expect(district.summary.total).toEqual(await sum({ project: { districtId: yuzhongId } }));
    const row = district.projects.find((p) => p.id === project.id)!;
    expect({ plannedFen: row.plannedFen, committedFen: row.committedFen, paidFen: row.paidFen }).toEqual(
      await sum({ projectId: project.id }),
    );

    const city = await cityFunding(commission);
    expect(city.summary.total).toEqual(await sum({}));
    expect(city.summary.records).toBe(await db.fundingRecord.count());
    for (const id of [yuzhongId, jiangbeiId]) {
      const d = city.districts.find((x) => x.id === id)!.amounts!;
      expect({ plannedFen: d.plannedFen, committedFen: d.committedFen, paidFen: d.paidFen }).toEqual(
        await sum({ project: { districtId: id } }),
      );
      expect(d.byShare.SOCIETY.plannedFen).toBe(
        (await sum({ project: { districtId: id }, source: { in: sourcesOfShare("SOCIETY") } })).plannedFen,
      );
    }
    expect(city.districts.filter((d) => d.amounts).length).toBe(2);
  });

  it("exports the same figures to Excel", async () => {
    const commission = await actor("commission");
    const yuan = (fen: bigint) => Number(fen) / 100;
    const city = await cityFunding(commission);
    const cityBook = await cityWorkbook(city);
    const shares = await readSheetRows(cityBook, "三方分担");
    expect(shares.rows.find((r) => r.values["分担主体"] === "合计")?.values["计划(元)"]).toBe(
      yuan(city.summary.total.plannedFen),
    );
    expect(shares.rows.find((r) => r.values["分担主体"] === "政府")?.values["已到位(元)"]).toBe(
      yuan(city.summary.byShare.GOVERNMENT.paidFen),
    );
    const districts = await readSheetRows(cityBook, "按区县");
    expect(districts.rows.map((r) => r.values["区县"]).sort()).toEqual(["江北区", "渝中区"]);
    const district = await districtFunding(await actor("yuzhong"));
    const projects = await readSheetRows(await districtWorkbook(district), "按项目");
    expect(
      projects.rows.find((r) => r.values["项目编号"] === district.projects.find((p) => p.id === project.id)!.code)
        ?.values["计划(元)"],
    ).toBe(yuan((await sum({ projectId: project.id })).plannedFen));
    const ledger = await projectLedger(commission, project.id);
    const records = await readSheetRows(await projectWorkbook(ledger), "资金记录");
    expect(records.rows.filter((r) => r.values["状态"]).length).toBe(ledger.records.length);
  });
});

describe("lift cost split", () => {
  const liftItemId = () => project.liftItemId!;
  const shares = () =>
    db.liftCostShare.findMany({
      where: { projectItemId: liftItemId() },
      select: { id: true, dwellingId: true, fen: true, payment: true },
    });

  it("needs the district's coefficient table first", async () => {
    actAs(users.yuzhong!);
    const result = await splitLift({ projectItemId: liftItemId() });
    expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
    if (!result.ok) expect(result.error).toContain("系数表");
    expect(await db.liftCostShare.count()).toBe(0);
  });

  it("seeds the default table once, for officials of the district only", async () => {
    actAs(users.commission!);
    expect(await seedDefaultLiftCoefficients({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(users.yuzhong!);
    expect(await seedDefaultLiftCoefficients({})).toMatchObject({ ok: true });
    expect(await seedDefaultLiftCoefficients({})).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
    const table = await db.liftCoefficient.findMany({ where: { districtId: yuzhongId }, orderBy: { floor: "asc" } });
    expect(table).toHaveLength(33);
    expect(table.slice(0, 4).map((c) => c.coefficient.toString())).toEqual(["0", "0", "0.6", "0.8"]);
  });

  it("splits cost − subsidy over the unit's dwellings, stored and summing exactly to the whole", async () => {
    actAs(users.yuzhong!);
    // A government subsidy for the lift, linked to the item in the ledger, is deducted first.
    expect(
      (
        await createFundingRecord(
          record({
            source: "MUNICIPAL_FINANCE",
            status: "PLANNED",
            planned: "3333.33",
            committed: "0",
            paid: "0",
            projectItemId: liftItemId(),
          }),
        )
      ).ok,
    ).toBe(true);
    // …and the residents' own money for it is not.
    expect(
      (
        await createFundingRecord(
          record({
            source: "PROVIDENT_FUND",
            status: "PLANNED",
            planned: "100",
            committed: "0",
            paid: "0",
            projectItemId: liftItemId(),
          }),
        )
      ).ok,
    ).toBe(true);
    const result = await splitLift({ projectItemId: liftItemId() });
    expect(result).toMatchObject({ ok: true, data: { dwellings: 10, residentsFen: 1_000_000n - 333_333n } });
    const stored = await shares();
    expect(stored).toHaveLength(10);
    expect(stored.reduce((s, x) => s + x.fen, 0n)).toBe(666_667n);
    const floorOf = new Map(
      (await db.dwelling.findMany({ where: { unitId: home.unitId }, select: { id: true, floor: true } })).map((d) => [
        d.id,
        d.floor,
      ]),
    );
    for (const s of stored) {
      expect(s.fen >= 0n).toBe(true);
      if (floorOf.get(s.dwellingId)! <= 2) expect(s.fen).toBe(0n);
      else expect(s.fen > 0n).toBe(true);
    }
    const view = await liftSplit(await actor("commission"), project.id, liftItemId());
    expect(view.sharesTotalFen).toBe(view.residentsFen);
    expect(await db.auditLog.count({ where: { action: "funding.splitLift", entityId: liftItemId() } })).toBe(1);
  });

  it("refuses a table missing a floor of the unit, keeping the stored shares", async () => {
    actAs(users.yuzhong!);
    expect(await saveLiftCoefficients({ c1: "0", c2: "0", c3: "1", c4: "1.5" })).toMatchObject({ ok: true });
    const before = await shares();
    const result = await splitLift({ projectItemId: liftItemId() });
    expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
    if (!result.ok) expect(result.error).toContain("第 5 层");
    expect(await shares()).toEqual(before);
    expect(await saveLiftCoefficients({ c1: "x" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await saveLiftCoefficients({ c1: "0", c2: "0", c3: "1", c4: "1.5", c5: "2" })).toMatchObject({ ok: true });
    // Recomputing replaces the unpaid shares with the new table's.
    expect(await splitLift({ projectItemId: liftItemId() })).toMatchObject({ ok: true });
    const after = await shares();
    expect(after.reduce((s, x) => s + x.fen, 0n)).toBe(666_667n);
    expect(after.map((s) => s.fen)).not.toEqual(before.map((s) => s.fen));
  });

  it("marks a share paid directly or from the provident fund, then refuses recomputing", async () => {
    const top = (await shares()).find((s) => s.dwellingId === home.dwellings[9]!.id)!;
    const ground = (await shares()).find((s) => s.dwellingId === home.dwellings[0]!.id)!;
    actAs(users.jiangbei!);
    expect(await markLiftSharePaid({ shareId: top.id, payment: "DIRECT", expected: "UNPAID" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    actAs(users.yuzhong!);
    expect(await markLiftSharePaid({ shareId: ground.id, payment: "DIRECT", expected: "UNPAID" })).toMatchObject({
      ok: false,
      code: "RULE_VIOLATION",
    });
    expect(
      await markLiftSharePaid({ shareId: top.id, payment: "PROVIDENT_FUND", expected: "UNPAID", paidAt: "2026-05-01" }),
    ).toMatchObject({ ok: true });
    expect(await markLiftSharePaid({ shareId: top.id, payment: "DIRECT", expected: "UNPAID" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await db.liftCostShare.findUniqueOrThrow({ where: { id: top.id } })).toMatchObject({
      payment: "PROVIDENT_FUND",
      paidAt: new Date("2026-05-01"),
    });

    const before = await shares();
    const refused = await splitLift({ projectItemId: liftItemId() });
    expect(refused).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
    if (!refused.ok) expect(refused.error).toContain("已有 1 户登记缴纳");
    expect(await shares()).toEqual(before);

    // The resident sees their own share, and only theirs.
    const mine = await myLiftShares(await actor("resident"), project.id);
    expect(mine.map((s) => s.id)).toEqual([top.id]);
    expect(mine[0]).toMatchObject({ payment: "PROVIDENT_FUND", fen: top.fen });

    // The ledger's history has every change of this project (and none of the other district's).
    const history = await ledgerHistory(await actor("commission"), project.id);
    const actions = history.map((h) => h.action);
    for (const a of [
      "funding.createRecord",
      "funding.updateRecord",
      "funding.deleteRecord",
      "funding.splitLift",
      "funding.markLiftSharePaid",
    ])
      expect(actions).toContain(a);
    expect(history.length).toBe(
      (await db.auditLog.count({
        where: {
          entityType: "FundingRecord",
          OR: [
            { after: { path: ["projectId"], equals: project.id } },
            { before: { path: ["projectId"], equals: project.id } },
          ],
        },
      })) + (await db.auditLog.count({ where: { entityType: "ProjectItem", entityId: liftItemId() } })),
    );
    await expect(ledgerHistory(await actor("jiangbei"), project.id)).rejects.toThrow("不存在");
  });

  it("is refused for another district's item, the commission, residents and non-lift items", async () => {
    const before = await state();
    for (const who of ["jiangbei", "commission", "resident"]) {
      actAs(users[who]!);
      expect(await splitLift({ projectItemId: liftItemId() }), who).toMatchObject({ ok: false, code: "FORBIDDEN" });
      const share = (await shares())[5]!;
      expect(
        await markLiftSharePaid({ shareId: share.id, payment: "DIRECT", expected: share.payment }),
        who,
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
      // A district sets only its own table; the others set none.
      if (who !== "jiangbei")
        expect(await saveLiftCoefficients({ c1: "1" }), who).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await state()).toEqual(before);
    actAs(users.yuzhong!);
    expect(await splitLift({ projectItemId: project.basicItemId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(liftSplit(await actor("jiangbei"), project.id, liftItemId())).rejects.toThrow("不存在");
  });
});
