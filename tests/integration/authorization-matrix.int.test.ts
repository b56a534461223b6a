// The authorization matrix: every server action (from the registry `defineAction` keeps) and
// every route handler (src/lib/route-registry.ts) called as every kind of user against real
// records, each cell with its declared answer. An allowed call must succeed; a refused one must
// be refused in words (not signed in / forbidden / not found — never a rule or input error, which
// would mean the permission was not checked first) and leave every table and the stored files
// exactly as they were. An action or route without a declared row fails the test.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(async () => {
  // Refusals must leave no file behind: count this file's uploads on their own.
  const [{ mkdtempSync }, { tmpdir }, { join }] = await Promise.all([
    import("node:fs"),
    import("node:os"),
    import("node:path"),
  ]);
  process.env.UPLOAD_DIR = mkdtempSync(join(tmpdir(), "renew-matrix-"));
  // One connection, as the embedded database has: an action that asks for a second connection
  // while its transaction holds the first waits until the transaction times out, so every cell
  // here would catch it (a password change's throttle count once did, and every password change
  // on the embedded installation failed).
  process.env.DB_POOL_MAX = "1";
});

import { registeredActions, type ActionResult } from "@/lib/action";
import { db } from "@/lib/db";
import { ROUTE_HANDLERS, SERVER_ACTIONS_OUTSIDE_REGISTRY } from "@/lib/route-registry";
import { saveUpload } from "@/lib/storage";
import { buildWorkbook, readSheetRows } from "@/lib/xlsx";
import { ACCOUNT_IMPORT_COLUMNS } from "@/modules/accounts/account-import";
import { defaultLiftCoefficients } from "@/modules/funding/default-coefficients";
import { redeemBindingCode } from "@/modules/consultation/actions";
import { formatBindingCode, generateBindingCode } from "@/modules/consultation/codes";
import { CHECKLIST } from "@/modules/neighborhoods/assessment";
import { IMPORT_COLUMNS } from "@/modules/neighborhoods/dwelling-import";
import { PLAN_COLUMNS } from "@/modules/plans/columns";
import {
  buildWorld,
  changedTables,
  databaseChecksum,
  IDENTITIES,
  signIn,
  storedFileCount,
  type Who,
  type World,
} from "../helpers/authorization-world";
import { bindResident, createConsultationProject, createNeighborhood, createUser } from "../helpers/fixtures";
// Loading the modules registers their actions.
import "../helpers/all-modules";

// The routes are called through their exports.
const routeModules = import.meta.glob<Record<string, unknown>>("../../src/app/**/route.ts", { eager: true });

let world: World;
let serial = 0;
const n = () => ++serial;

// ───────────── Who may ─────────────

const SIGNED_IN: Who[] = IDENTITIES.filter((w) => w !== "anonymous");
/** Officials who manage records on street A of the owning district: the whole district's and street A's. */
const MANAGERS: Who[] = ["district", "street"];
/** District-wide work on a record of the owning district (the plan as a whole): not a street-scoped official. */
const DISTRICT_WIDE: Who[] = ["district"];
/** District-wide work on the actor's own district (its settings, a new plan): every whole-district official, each for their own. */
const OWN_DISTRICT_WIDE: Who[] = ["district", "otherDistrict"];
const READERS: Who[] = ["district", "street", "commission"];
const RESIDENT: Who[] = ["resident"];
const ADMIN: Who[] = ["admin"];
const COMMISSION: Who[] = ["commission"];
const DEPARTMENT: Who[] = ["department"];

type Cell = { who: Who; allowed: boolean };
/**
 * A refusal other than "not signed in / forbidden / not found", declared with its reason: where
 * the permission is a choice in the form (a street), the form says so at the field; an import
 * refuses row by row and writes nothing.
 */
type DeclaredRefusal = { code: "INVALID_INPUT" | "REFUSED_ROWS"; why: string };
type ActionCase = {
  allowed: Who[];
  refusals?: Partial<Record<Who, DeclaredRefusal>>;
  build: (cell: Cell) => Promise<unknown>;
};

// ───────────── Records the cells act on ─────────────

const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const png = (name = "scan.png") => new File([PNG], name, { type: "image/png" });
const storedPng = async () => (await saveUpload(png(), "image")).storageKey;

/** A neighbourhood of street A in the owning district, with three dwellings. */
const streetNeighborhood = () => createNeighborhood({ districtCode: "500103", streetId: world.streetA.id });

/** A project over the resident's neighbourhood (with a lift item for its unit), at `stage`. */
async function project(stage: "RESERVE" | "CONSULTATION" | "DESIGN" | "CONSTRUCTION" | "COMPLETED" = "CONSULTATION") {
  const p = await createConsultationProject({
    districtCode: "500103",
    neighborhoodIds: [world.home.id],
    liftUnitId: world.home.unitId,
  });
  if (stage !== "CONSULTATION") await db.project.update({ where: { id: p.id }, data: { stage } });
  const { version } = await db.project.findUniqueOrThrow({ where: { id: p.id }, select: { version: true } });
  return { ...p, version };
}

type BallotState = "OPEN" | "DUE" | "CLOSED" | "PUBLISHED" | "NOTICE_OVER";
/** A ballot on a fresh project with the ordinary (greening) item; DUE = open but past its closing time. */
async function ballot(state: BallotState) {
  const p = await project();
  const status = state === "OPEN" || state === "DUE" ? "OPEN" : state === "CLOSED" ? "CLOSED" : "PUBLISHED";
  const closed = state !== "OPEN";
  const b = await db.ballot.create({
    data: {
      projectId: p.id,
      title: `矩阵表决${n()}`,
      status,
      opensAt: new Date(Date.now() - 2 * DAY),
      closesAt: new Date(Date.now() + (closed ? -HOUR : 7 * DAY)),
      publishedAt: status === "PUBLISHED" ? new Date(Date.now() - DAY) : null,
      noticeEndsAt:
        state === "PUBLISHED"
          ? new Date(Date.now() + 7 * DAY)
          : state === "NOTICE_OVER"
            ? new Date(Date.now() - HOUR)
            : null,
      items: {
        create: [
          {
            projectItemId: p.greeningItemId,
            matter: "ORDINARY",
            title: "绿化",
            estimatedCostFen: 1_000_000n,
            sortOrder: 1,
            outcome: closed ? "PASSED" : "PENDING",
          },
        ],
      },
    },
    select: { id: true, items: { select: { id: true } } },
  });
  return { project: p, ballotId: b.id, itemId: b.items[0]!.id };
}

async function departmentTask(status: "OPEN" | "IN_PROGRESS") {
  const p = await project("CONSTRUCTION");
  return db.departmentTask.create({
    data: {
      departmentId: world.departmentId,
      projectId: p.id,
      dedupeKey: `matrix-${n()}`,
      kind: "INSPECTION",
      title: "电梯检验",
      status,
      dueOn: new Date(Date.now() + 10 * DAY),
    },
    select: { id: true, projectId: true },
  });
}

async function fundingRecord(attachmentKey: string | null = null) {
  const p = await project();
  const record = await db.fundingRecord.create({
    data: {
      projectId: p.id,
      source: "DISTRICT_FINANCE",
      status: "PLANNED",
      plannedFen: 100_000n,
      recordedOn: new Date("2026-03-02"),
      attachmentKey,
      documentRef: "渝中财〔2026〕1号",
    },
    select: { id: true, updatedAt: true, projectId: true },
  });
  return record;
}

const FUNDING_FIELDS = {
  source: "DISTRICT_FINANCE",
  status: "PLANNED",
  planned: "1000",
  committed: "",
  paid: "",
  recordedOn: "2026-03-02",
};

/** A coefficient table in which every floor of the fixture's unit pays (the default spares the lowest floors). */
async function liftTableForAllFloors() {
  await db.liftCoefficient.deleteMany({ where: { districtId: world.districtId } });
  await db.liftCoefficient.createMany({
    data: Array.from({ length: 6 }, (_, i) => ({ districtId: world.districtId, floor: i + 1, coefficient: "1.000" })),
  });
}

/** Calls an action as the owning district's official, to bring a record into a state. */
async function asDistrict<T>(name: string, input: unknown): Promise<T> {
  await signIn(world, "district");
  const result = await action(name).call(input);
  if (!result.ok) throw new Error(`${name} (fixture) failed: ${result.code} ${result.error}`);
  return result.data as T;
}

let year = 2018;
const nextYear = () => {
  year += 1;
  if (year > 2034) throw new Error("out of plan years");
  return year;
};

const planRow = (neighborhood: string) => ({
  neighborhood,
  address: "",
  floorArea: 800,
  households: 20,
  buildings: 1,
  investment: 50,
  quarter: "二季度",
  categories: "基础类",
  consulted: "是",
  note: "",
});

const DWELLING_ROW = {
  building: "2栋",
  buildingFloors: 6,
  unit: "1单元",
  hasLift: "无",
  room: "1-1",
  floor: 1,
  area: 70.5,
};
/** A sheet row as the import reads it: values under the Chinese column headers. */
const byHeader = (columns: readonly { key: string; header: string }[], row: Record<string, unknown>) =>
  Object.fromEntries(columns.map((c) => [c.header, (row[c.key] as string | number | undefined) ?? null]));

const entryFields = (neighborhoodId: string) => ({
  neighborhoodId,
  floorAreaM2: "1000",
  households: "30",
  buildings: "1",
  investmentWan: "100",
  startQuarter: "Q2",
  categories: "BASIC",
});

/** A plan of the owning district with one entry, in DRAFT or SUBMITTED, made through the actions. */
async function plan(status: "DRAFT" | "SUBMITTED") {
  const { id } = await asDistrict<{ id: string }>("plan.create", { year: String(nextYear()) });
  await asDistrict("plan.saveEntry", { planId: id, ...entryFields((await streetNeighborhood()).id) });
  if (status === "SUBMITTED") await asDistrict("plan.submit", { planId: id });
  return id;
}

// Refused cells change nothing, so they may share one record; allowed ones get their own.
const shared = new Map<string, Promise<unknown>>();
const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
  if (!shared.has(key)) shared.set(key, make());
  return shared.get(key) as Promise<T>;
};

/** An official's account that the administrator's actions act on (never one of the identities). */
const bystander = () => createUser({ role: "DISTRICT", districtCode: "500103", username: `matrix.bystander.${n()}` });

const NEW_PASSWORD = "Matrix-Changed-Pass-2026!";

// ───────────── Every action ─────────────

const ACTION_CASES: Record<string, ActionCase> = {
  // Consultation
  "bindingCode.issue": { allowed: MANAGERS, build: async () => ({ neighborhoodId: (await streetNeighborhood()).id }) },
  "bindingCode.revoke": {
    allowed: MANAGERS,
    build: async () => ({ dwellingId: (await streetNeighborhood()).dwellings[0]!.id }),
  },
  "ballot.open": {
    allowed: MANAGERS,
    build: async () => ({
      projectId: (await project()).id,
      title: "矩阵改造内容表决",
      opensAt: iso(-HOUR),
      closesAt: iso(7 * DAY),
    }),
  },
  "vote.cast": {
    allowed: RESIDENT,
    build: async () => ({
      ballotItemId: (await ballot("OPEN")).itemId,
      dwellingId: world.home.dwellings[0]!.id,
      choice: "AGREE",
    }),
  },
  "paperBallot.enter": {
    allowed: MANAGERS,
    build: async () => ({
      ballotItemId: (await ballot("OPEN")).itemId,
      dwellingId: world.home.dwellings[1]!.id,
      choice: "AGREE",
      scan: png(),
    }),
  },
  "paperBallot.void": {
    allowed: MANAGERS,
    build: async () => {
      const b = await ballot("OPEN");
      const paper = await db.paperBallot.create({
        data: {
          ballotItemId: b.itemId,
          dwellingId: world.home.dwellings[1]!.id,
          choice: "AGREE",
          scanKey: await storedPng(),
          enteredById: world.users.district,
        },
        select: { id: true },
      });
      return { paperBallotId: paper.id, reason: "录入有误" };
    },
  },
  "paperBallot.enterDwelling": {
    allowed: MANAGERS,
    build: async () => {
      const b = await ballot("OPEN");
      return {
        ballotId: b.ballotId,
        dwellingId: world.home.dwellings[1]!.id,
        [`choice_${b.itemId}`]: "AGREE",
        scan: png(),
      };
    },
  },
  "proxy.record": {
    allowed: MANAGERS,
    build: async () => ({
      ballotId: (await ballot("OPEN")).ballotId,
      dwellingId: world.home.dwellings[2]!.id,
      ownerName: "张秀英",
      proxyName: "陈建华",
      proxyPhone: "13800000000",
      proxyIdLast4: "123X",
      scan: png(),
    }),
  },
  "proxy.revoke": {
    allowed: MANAGERS,
    build: async () => {
      const b = await ballot("OPEN");
      const proxy = await db.proxyAuthorisation.create({
        data: {
          ballotId: b.ballotId,
          dwellingId: world.home.dwellings[2]!.id,
          ownerName: "张秀英",
          proxyName: "陈建华",
          scanKey: await storedPng(),
          recordedById: world.users.district,
        },
        select: { id: true },
      });
      return { proxyId: proxy.id, reason: "业主本人要求撤销委托" };
    },
  },
  "ballot.extend": {
    allowed: MANAGERS,
    build: async () => ({
      ballotId: (await ballot("OPEN")).ballotId,
      closesAt: iso(10 * DAY),
      reason: "外出务工业主较多,延长一周",
    }),
  },
  "ballot.secondRound": {
    allowed: MANAGERS,
    build: async () => {
      const b = await ballot("PUBLISHED");
      await db.ballotItem.update({ where: { id: b.itemId }, data: { outcome: "FAILED" } });
      return { ballotId: b.ballotId, title: "第二轮表决", opensAt: iso(-HOUR), closesAt: iso(7 * DAY) };
    },
  },
  "ballot.close": { allowed: MANAGERS, build: async () => ({ ballotId: (await ballot("DUE")).ballotId }) },
  "ballot.publish": { allowed: MANAGERS, build: async () => ({ ballotId: (await ballot("CLOSED")).ballotId }) },
  "ballot.object": {
    allowed: RESIDENT,
    build: async () => ({ ballotId: (await ballot("PUBLISHED")).ballotId, body: "计票结果与我所知不符,请复核。" }),
  },
  "ballot.answerObjection": {
    allowed: MANAGERS,
    build: async () => {
      const b = await ballot("PUBLISHED");
      const objection = await db.ballotObjection.create({
        data: {
          ballotId: b.ballotId,
          userId: world.users.resident,
          dwellingId: world.home.dwellings[0]!.id,
          body: "请复核计票结果",
        },
        select: { id: true },
      });
      return { objectionId: objection.id, response: "已复核,结果无误。" };
    },
  },
  "ballot.finalize": { allowed: MANAGERS, build: async () => ({ ballotId: (await ballot("NOTICE_OVER")).ballotId }) },
  "neighborhood.setContactPhone": {
    allowed: MANAGERS,
    build: async () => ({ neighborhoodId: (await streetNeighborhood()).id, contactPhone: "023-63881234" }),
  },

  // Neighbourhoods and dwellings
  "neighborhood.updateNotes": {
    allowed: MANAGERS,
    build: async () => {
      const nb = await streetNeighborhood();
      return { id: nb.id, notes: "矩阵备注", version: String(nb.version) };
    },
  },
  "neighborhood.create": {
    allowed: MANAGERS,
    refusals: {
      otherDistrict: {
        code: "INVALID_INPUT",
        why: "street A is not a street of their district: said at the street field",
      },
      otherStreet: { code: "INVALID_INPUT", why: "street A is not one of their streets: said at the street field" },
    },
    build: async () => ({
      name: `矩阵新小区${n()}`,
      address: "矩阵路1号",
      streetId: world.streetA.id,
      completionYear: "1995",
      buildingCount: "2",
      propertyType: "COMMODITY",
    }),
  },
  "neighborhood.update": {
    allowed: MANAGERS,
    build: async () => {
      const nb = await streetNeighborhood();
      return {
        id: nb.id,
        version: String(nb.version),
        name: `${nb.name}(改)`,
        address: "矩阵路2号",
        streetId: world.streetA.id,
        completionYear: "1996",
        buildingCount: "1",
        propertyType: "COMMODITY",
      };
    },
  },
  "district.setExtension2005": { allowed: OWN_DISTRICT_WIDE, build: async () => ({ enabled: "on" }) },
  "neighborhood.importDwellings": {
    allowed: MANAGERS,
    build: async () => {
      const values = byHeader(IMPORT_COLUMNS, DWELLING_ROW);
      return { neighborhoodId: (await streetNeighborhood()).id, rows: [{ rowNumber: 2, values }] };
    },
  },
  "neighborhood.assess": {
    allowed: MANAGERS,
    build: async () => ({
      neighborhoodId: (await streetNeighborhood()).id,
      answers: Object.fromEntries(CHECKLIST.map((q) => [q.key, "1"])),
    }),
  },
  "dwelling.revealOwners": {
    allowed: MANAGERS,
    build: async () => ({ dwellingId: (await streetNeighborhood()).dwellings[0]!.id }),
  },
  "dwelling.update": {
    allowed: MANAGERS,
    build: async () => ({
      dwellingId: (await streetNeighborhood()).dwellings[0]!.id,
      room: "9-9",
      floor: "2",
      area: "70.00",
    }),
  },
  "dwelling.setOwners": {
    allowed: MANAGERS,
    build: async () => ({
      dwellingId: (await streetNeighborhood()).dwellings[0]!.id,
      ownerName: "张三",
      ownerId: "11010519491231002X",
      ownerPhone: "13800000000",
    }),
  },
  "dwelling.remove": {
    allowed: MANAGERS,
    build: async () => ({ dwellingId: (await streetNeighborhood()).dwellings[2]!.id }),
  },

  // Projects
  "project.create": {
    allowed: MANAGERS,
    build: async () => {
      const basic = await db.catalogueItem.findUniqueOrThrow({ where: { code: "B01" }, select: { id: true } });
      return {
        name: `矩阵项目${n()}`,
        year: "2026",
        neighborhoodIds: (await streetNeighborhood()).id,
        items: JSON.stringify([{ catalogueItemId: basic.id, quantity: "1", estimatedCost: "10000" }]),
      };
    },
  },
  "project.advanceStage": {
    allowed: MANAGERS,
    build: async () => {
      const p = await project("RESERVE");
      return { projectId: p.id, to: "CONSULTATION", version: String(p.version) };
    },
  },
  "project.addDesignReview": {
    allowed: MANAGERS,
    build: async () => ({
      projectId: (await project("DESIGN")).id,
      reviewedOn: "2026-03-02",
      experts: "王工、李工",
      conclusion: "PASSED",
    }),
  },
  "project.addMilestone": {
    allowed: MANAGERS,
    build: async () => ({ projectId: (await project("CONSTRUCTION")).id, name: "管网改造", plannedEnd: "2026-12-01" }),
  },
  "project.updateMilestone": {
    allowed: MANAGERS,
    build: async () => {
      const p = await project("CONSTRUCTION");
      const m = await db.milestone.create({
        data: { projectId: p.id, name: "管网改造", plannedEnd: new Date("2026-12-01") },
        select: { id: true },
      });
      return { milestoneId: m.id, progress: "50" };
    },
  },
  "project.uploadEvidence": {
    allowed: MANAGERS,
    build: async () => ({ projectId: (await project("CONSTRUCTION")).id, caption: "开挖现场", file: png("photo.png") }),
  },
  "project.setManagementModel": {
    allowed: MANAGERS,
    build: async () => ({ projectId: (await project("COMPLETED")).id, model: "SELF_MANAGEMENT", note: "" }),
  },
  "project.addItem": {
    allowed: MANAGERS,
    build: async () => {
      const item = await db.catalogueItem.findUniqueOrThrow({ where: { code: "B02" }, select: { id: true } });
      return { projectId: (await project()).id, catalogueItemId: item.id, quantity: "1", estimatedCost: "5000" };
    },
  },
  "project.dropItem": {
    allowed: MANAGERS,
    build: async () => ({ itemId: (await project()).greeningItemId, reason: "居民不需要" }),
  },

  // Funding
  "funding.createRecord": {
    allowed: MANAGERS,
    build: async () => ({ projectId: (await project()).id, ...FUNDING_FIELDS }),
  },
  "funding.updateRecord": {
    allowed: MANAGERS,
    build: async () => {
      const r = await fundingRecord();
      return { recordId: r.id, updatedAt: r.updatedAt.toISOString(), ...FUNDING_FIELDS, planned: "2000" };
    },
  },
  "funding.deleteRecord": {
    allowed: MANAGERS,
    build: async () => {
      const r = await fundingRecord();
      return { recordId: r.id, updatedAt: r.updatedAt.toISOString() };
    },
  },
  "funding.saveLiftCoefficients": {
    allowed: OWN_DISTRICT_WIDE,
    build: async () => Object.fromEntries(defaultLiftCoefficients(6).map((c) => [`c${c.floor}`, c.coefficient])),
  },
  "funding.seedDefaultLiftCoefficients": {
    allowed: OWN_DISTRICT_WIDE,
    build: async () => {
      await db.liftCoefficient.deleteMany({ where: { districtId: { in: [world.districtId, world.otherDistrictId] } } });
      return {};
    },
  },
  "funding.splitLift": {
    allowed: MANAGERS,
    build: async () => {
      await liftTableForAllFloors();
      return { projectItemId: (await project()).liftItemId };
    },
  },
  "funding.markLiftSharePaid": {
    allowed: MANAGERS,
    build: async () => {
      const p = await project();
      const share = await db.liftCostShare.create({
        data: { projectItemId: p.liftItemId!, dwellingId: world.home.dwellings[0]!.id, fen: 500_000n },
        select: { id: true },
      });
      return { shareId: share.id, payment: "DIRECT", expected: "UNPAID", paidAt: "2026-03-02" };
    },
  },

  // Feedback
  "feedback.report": {
    allowed: RESIDENT,
    build: async () => ({ projectId: (await project("CONSTRUCTION")).id, body: "施工围挡倒了,请尽快处理。" }),
  },
  "feedback.answer": {
    allowed: MANAGERS,
    build: async () => {
      const p = await project("CONSTRUCTION");
      const f = await db.feedback.create({
        data: {
          projectId: p.id,
          userId: world.users.resident,
          dwellingId: world.home.dwellings[0]!.id,
          kind: "PROBLEM",
          body: "围挡倒了",
        },
        select: { id: true },
      });
      return { feedbackId: f.id, answer: "已安排施工单位处理。" };
    },
  },
  "feedback.rate": {
    allowed: RESIDENT,
    build: async () => ({ projectId: (await project("COMPLETED")).id, score: "5", body: "很满意" }),
  },

  // Departments
  "departmentTask.start": { allowed: DEPARTMENT, build: async () => ({ taskId: (await departmentTask("OPEN")).id }) },
  "departmentTask.complete": {
    allowed: DEPARTMENT,
    build: async () => ({ taskId: (await departmentTask("IN_PROGRESS")).id, note: "检验合格" }),
  },
  "departmentTask.reject": {
    allowed: DEPARTMENT,
    build: async () => ({ taskId: (await departmentTask("IN_PROGRESS")).id, reason: "资料不全,请补充" }),
  },
  "departmentTask.escalateNow": { allowed: COMMISSION, build: async () => ({}) },
  "department.saveDuty": {
    allowed: ADMIN,
    build: async () => ({ departmentId: world.departmentId, text: `矩阵职责${n()}` }),
  },
  "department.saveRule": {
    allowed: ADMIN,
    build: async () => ({
      departmentId: world.departmentId,
      matchTag: `matrix${n()}`,
      stage: "CONSTRUCTION",
      kind: "INSPECTION",
      title: "矩阵检查",
      dueDays: "10",
      requiredForAcceptance: "",
      active: "on",
    }),
  },

  // Residents, notifications, the programme
  "user.resetPassword": {
    allowed: MANAGERS,
    build: async () => {
      const nb = await streetNeighborhood();
      const resident = await createUser({ role: "RESIDENT" });
      await bindResident(resident.id, nb.dwellings[0]!.id);
      return { userId: resident.id, identityChecked: "on" };
    },
  },
  "notification.markRead": { allowed: SIGNED_IN, build: async () => ({}) },
  // A notice of the resident's: only its reader opens it; for anyone else it is "not found".
  "notification.open": {
    allowed: RESIDENT,
    build: async () => {
      const notice = await db.notification.create({
        data: { userId: world.users.resident, title: "表决已开始", link: "/resident" },
        select: { id: true },
      });
      return { notificationId: notice.id };
    },
  },
  "programme.saveTarget": {
    allowed: COMMISSION,
    build: async () => ({
      year: "2026",
      neighborhoods: "800",
      floorAreaM2: "26620000",
      households: "300000",
      investmentWan: "",
    }),
  },
  "programme.saveShares": {
    allowed: COMMISSION,
    build: async () => ({
      year: "2026",
      shares: [{ districtId: world.districtId, neighborhoods: 20, floorAreaM2: 500000, households: 8000 }],
    }),
  },
  "programme.snapshot": { allowed: COMMISSION, build: async () => ({ year: "2026" }) },
  "programme.setLaggardThreshold": { allowed: COMMISSION, build: async () => ({ percent: "55" }) },

  // Annual plans
  "plan.create": {
    allowed: OWN_DISTRICT_WIDE,
    build: async ({ allowed }) => ({ year: String(allowed ? nextYear() : 2035) }),
  },
  "plan.saveEntry": {
    allowed: MANAGERS,
    build: async () => ({
      planId: await once("draft", () => plan("DRAFT")),
      ...entryFields((await streetNeighborhood()).id),
    }),
  },
  "plan.removeEntry": {
    allowed: MANAGERS,
    build: async () => {
      const planId = await once("draft", () => plan("DRAFT"));
      const entry = await db.annualPlanEntry.create({
        data: {
          planId,
          neighborhoodId: (await streetNeighborhood()).id,
          floorAreaM2: "500",
          households: 10,
          buildings: 1,
          investmentFen: 1_000_000n,
          startQuarter: "Q3",
          categories: ["BASIC"],
        },
        select: { id: true },
      });
      return { planId, entryId: entry.id };
    },
  },
  "plan.import": {
    allowed: MANAGERS,
    refusals: {
      otherStreet: {
        code: "REFUSED_ROWS",
        why: "the row's neighbourhood is outside their streets: refused at the row, nothing imported",
      },
    },
    build: async () => {
      const nb = await streetNeighborhood();
      const values = byHeader(PLAN_COLUMNS, planRow(nb.name));
      return {
        planId: await once("draft", () => plan("DRAFT")),
        headers: PLAN_COLUMNS.map((c) => c.header),
        rows: [{ rowNumber: 2, values }],
      };
    },
  },
  "plan.submit": {
    allowed: DISTRICT_WIDE,
    build: async ({ allowed }) => ({
      planId: allowed ? await plan("DRAFT") : await once("draft", () => plan("DRAFT")),
    }),
  },
  "plan.return": {
    allowed: COMMISSION,
    build: async ({ allowed }) => ({
      planId: allowed ? await plan("SUBMITTED") : await once("submitted", () => plan("SUBMITTED")),
      comment: "请补充居民意见",
    }),
  },
  "plan.approve": {
    allowed: COMMISSION,
    build: async ({ allowed }) => ({
      planId: allowed ? await plan("SUBMITTED") : await once("submitted", () => plan("SUBMITTED")),
      comment: "",
    }),
  },

  // Accounts
  "account.changePassword": {
    allowed: SIGNED_IN,
    build: async () => ({ currentPassword: "Test-Pass-1", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
  },
  "account.signOutEverywhere": { allowed: SIGNED_IN, build: async () => ({}) },
  "account.create": {
    allowed: ADMIN,
    build: async () => ({ username: `matrix.new.${n()}`, displayName: "矩阵新账号", role: "COMMISSION" }),
  },
  "account.update": {
    allowed: ADMIN,
    build: async () => ({
      id: (await bystander()).id,
      displayName: "矩阵改名",
      role: "DISTRICT",
      districtId: world.districtId,
    }),
  },
  "account.setActive": { allowed: ADMIN, build: async () => ({ id: (await bystander()).id, active: "false" }) },
  "account.resetPassword": { allowed: ADMIN, build: async () => ({ id: (await bystander()).id }) },
  "account.signOutAccountEverywhere": { allowed: ADMIN, build: async () => ({ id: (await bystander()).id }) },
  "account.import": {
    allowed: ADMIN,
    build: async () => ({
      rows: [
        {
          rowNumber: 2,
          values: byHeader(ACCOUNT_IMPORT_COLUMNS, {
            username: `matrix.imported.${n()}`,
            displayName: "矩阵导入",
            role: "市住房城乡建委",
          }),
        },
      ],
    }),
  },
};

/** The server actions outside the registry (SERVER_ACTIONS_OUTSIDE_REGISTRY) that act for a signed-in user. */
const OUTSIDE_CASES: Record<string, ActionCase & { call: (input: unknown) => Promise<ActionResult<unknown>> }> = {
  // Whoever holds the letter binds its dwelling: any resident account, no official.
  redeemBindingCode: {
    allowed: ["resident", "otherResident"],
    call: (input) => redeemBindingCode(input),
    build: async () => {
      const nb = await streetNeighborhood();
      const code = generateBindingCode();
      await db.bindingCode.create({
        data: { dwellingId: nb.dwellings[0]!.id, code, issuedById: world.users.district },
      });
      return { code: formatBindingCode(code) };
    },
  },
};

// ───────────── Every route handler ─────────────

type RouteCall = { url: string; params?: Record<string, string>; body?: FormData };
type RouteCase = {
  file: string;
  method: "GET" | "POST";
  label?: string;
  allowed: Who[];
  refusals?: Partial<Record<Who, DeclaredRefusal>>;
  build: (cell: Cell) => Promise<RouteCall>;
  /** For an allowed call that answers each user with their own share: what this user must (not) see. */
  check?: (who: Who, body: ArrayBuffer) => Promise<string | null>;
  /** A plain form's handler answers 303 either way: `?ok=` for done, `?error=<message>` for refused. */
  answers?: "redirect";
};

const BASE = "http://matrix.test";
const xlsxForm = (bytes: Buffer, name = "import.xlsx") => {
  const form = new FormData();
  form.set(
    "file",
    new File([new Uint8Array(bytes)], name, {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }),
  );
  return form;
};
const monthNow = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" })
    .format(new Date())
    .slice(0, 7);

const ROUTE_CASES: RouteCase[] = [
  {
    file: "api/health/route.ts",
    method: "GET",
    allowed: [...IDENTITIES],
    build: async () => ({ url: `${BASE}/api/health` }),
  },
  {
    file: "api/v1/public/progress/route.ts",
    method: "GET",
    allowed: [...IDENTITIES],
    build: async () => ({ url: `${BASE}/api/v1/public/progress?year=2026` }),
  },
  {
    file: "api/consultation/scans/[id]/route.ts",
    method: "GET",
    allowed: READERS,
    build: async () => {
      const b = await ballot("OPEN");
      const paper = await db.paperBallot.create({
        data: {
          ballotItemId: b.itemId,
          dwellingId: world.home.dwellings[1]!.id,
          choice: "AGREE",
          scanKey: await storedPng(),
          enteredById: world.users.district,
        },
        select: { id: true },
      });
      return { url: `${BASE}/api/consultation/scans/${paper.id}`, params: { id: paper.id } };
    },
  },
  {
    file: "api/consultation/proxies/[id]/scan/route.ts",
    method: "GET",
    allowed: READERS,
    build: async () => {
      const b = await ballot("OPEN");
      const proxy = await db.proxyAuthorisation.create({
        data: {
          ballotId: b.ballotId,
          dwellingId: world.home.dwellings[2]!.id,
          ownerName: "张秀英",
          proxyName: "陈建华",
          scanKey: await storedPng(),
          recordedById: world.users.district,
        },
        select: { id: true },
      });
      return { url: `${BASE}/api/consultation/proxies/${proxy.id}/scan`, params: { id: proxy.id } };
    },
  },
  {
    // The no-JS vote form: answers 303 back to the ballot, the outcome in the address.
    file: "(resident)/resident/ballots/[id]/vote/route.ts",
    method: "POST",
    allowed: RESIDENT,
    answers: "redirect",
    build: async () => {
      const b = await ballot("OPEN");
      const form = new FormData();
      form.set("ballotId", b.ballotId);
      form.set("ballotItemId", b.itemId);
      form.set("dwellingId", world.home.dwellings[0]!.id);
      form.set("choice", "AGREE");
      return { url: `${BASE}/resident/ballots/${b.ballotId}/vote`, params: { id: b.ballotId }, body: form };
    },
  },
  {
    file: "api/department-tasks/[id]/attachments/[attachmentId]/route.ts",
    method: "GET",
    allowed: ["department", ...READERS],
    build: async () => {
      const task = await departmentTask("IN_PROGRESS");
      const a = await db.departmentTaskAttachment.create({
        data: {
          taskId: task.id,
          fileName: "检验报告.png",
          storageKey: await storedPng(),
          mimeType: "image/png",
          sizeBytes: PNG.length,
        },
        select: { id: true },
      });
      return {
        url: `${BASE}/api/department-tasks/${task.id}/attachments/${a.id}`,
        params: { id: task.id, attachmentId: a.id },
      };
    },
  },
  {
    file: "api/feedback/photos/[id]/route.ts",
    method: "GET",
    allowed: ["resident", ...READERS],
    build: async () => {
      const p = await project("CONSTRUCTION");
      const f = await db.feedback.create({
        data: {
          projectId: p.id,
          userId: world.users.resident,
          dwellingId: world.home.dwellings[0]!.id,
          kind: "PROBLEM",
          body: "围挡倒了",
          photoKey: await storedPng(),
        },
        select: { id: true },
      });
      return { url: `${BASE}/api/feedback/photos/${f.id}`, params: { id: f.id } };
    },
  },
  {
    file: "(resident)/resident/photos/[evidenceId]/route.ts",
    method: "GET",
    allowed: RESIDENT,
    build: async () => {
      const p = await project("CONSTRUCTION");
      const e = await db.evidence.create({
        data: {
          projectId: p.id,
          kind: "PHOTO",
          caption: "开挖",
          fileName: "a.png",
          storageKey: await storedPng(),
          mimeType: "image/png",
          sizeBytes: PNG.length,
        },
        select: { id: true },
      });
      return { url: `${BASE}/resident/photos/${e.id}`, params: { evidenceId: e.id } };
    },
  },
  {
    file: "(official)/admin/accounts/import/template/route.ts",
    method: "GET",
    allowed: ADMIN,
    build: async () => ({ url: `${BASE}/admin/accounts/import/template` }),
  },
  {
    file: "(official)/admin/accounts/import/upload/route.ts",
    method: "POST",
    allowed: ADMIN,
    build: async () => {
      const bytes = await buildWorkbook([
        {
          name: "账号",
          columns: ACCOUNT_IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key })),
          rows: [{ username: `matrix.upload.${n()}`, displayName: "矩阵上传", role: "市住房城乡建委" }],
        },
      ]);
      return { url: `${BASE}/admin/accounts/import/upload`, body: xlsxForm(bytes) };
    },
  },
  {
    file: "(official)/commission/rollup/bulletin/route.ts",
    method: "GET",
    allowed: COMMISSION,
    build: async () => ({ url: `${BASE}/commission/rollup/bulletin?year=2026&month=${monthNow()}` }),
  },
  {
    file: "(official)/commission/funding/export/route.ts",
    method: "GET",
    allowed: COMMISSION,
    build: async () => ({ url: `${BASE}/commission/funding/export` }),
  },
  {
    file: "(official)/district/plans/[id]/export/route.ts",
    method: "GET",
    // A street-scoped official of the district gets the plan with the entries of their streets only.
    allowed: [...READERS, "otherStreet"],
    check: async (who, body) => {
      const { rows } = await readSheetRows(body);
      if (who === "otherStreet") return rows.length === 0 ? null : `sees ${rows.length} entries of another street`;
      return rows.length > 0 ? null : "sees none of the plan's entries";
    },
    build: async () => {
      const id = await once("submitted", () => plan("SUBMITTED"));
      return { url: `${BASE}/district/plans/${id}/export`, params: { id } };
    },
  },
  {
    file: "(official)/district/plans/[id]/import/route.ts",
    method: "POST",
    allowed: MANAGERS,
    refusals: {
      otherStreet: {
        code: "REFUSED_ROWS",
        why: "the row's neighbourhood is outside their streets: refused at the row, nothing imported",
      },
    },
    build: async () => {
      const nb = await streetNeighborhood();
      const id = await once("draft", () => plan("DRAFT"));
      const bytes = await buildWorkbook([
        {
          name: "年度计划",
          columns: PLAN_COLUMNS.map((c) => ({ header: c.header, key: c.key })),
          rows: [planRow(nb.name)],
        },
      ]);
      return { url: `${BASE}/district/plans/${id}/import`, params: { id }, body: xlsxForm(bytes) };
    },
  },
  {
    file: "(official)/district/plans/template/route.ts",
    method: "GET",
    allowed: SIGNED_IN,
    build: async () => ({ url: `${BASE}/district/plans/template` }),
  },
  {
    file: "(official)/district/projects/[id]/funding/export/route.ts",
    method: "GET",
    allowed: READERS,
    build: async () => {
      const p = await project();
      return { url: `${BASE}/district/projects/${p.id}/funding/export`, params: { id: p.id } };
    },
  },
  {
    file: "(official)/district/projects/[id]/funding/attachments/[recordId]/route.ts",
    method: "GET",
    allowed: READERS,
    build: async () => {
      const r = await fundingRecord(await storedPng());
      return {
        url: `${BASE}/district/projects/${r.projectId}/funding/attachments/${r.id}`,
        params: { id: r.projectId, recordId: r.id },
      };
    },
  },
  {
    file: "(official)/district/projects/[id]/evidence/[evidenceId]/route.ts",
    method: "GET",
    allowed: READERS,
    build: async () => {
      const p = await project("CONSTRUCTION");
      const e = await db.evidence.create({
        data: {
          projectId: p.id,
          kind: "DOCUMENT",
          caption: "",
          fileName: "a.png",
          storageKey: await storedPng(),
          mimeType: "image/png",
          sizeBytes: PNG.length,
        },
        select: { id: true },
      });
      return { url: `${BASE}/district/projects/${p.id}/evidence/${e.id}`, params: { id: p.id, evidenceId: e.id } };
    },
  },
  {
    file: "(official)/district/consultations/[id]/follow-up/export/route.ts",
    method: "GET",
    allowed: READERS,
    build: async () => {
      const b = await ballot("OPEN");
      return { url: `${BASE}/district/consultations/${b.ballotId}/follow-up/export`, params: { id: b.ballotId } };
    },
  },
  {
    file: "(official)/district/consultations/codes/[neighborhoodId]/pdf/route.ts",
    method: "GET",
    allowed: MANAGERS,
    build: async () => {
      const nb = await streetNeighborhood();
      return { url: `${BASE}/district/consultations/codes/${nb.id}/pdf`, params: { neighborhoodId: nb.id } };
    },
  },
  {
    file: "(official)/district/neighborhoods/[id]/dwellings/export/route.ts",
    method: "GET",
    allowed: READERS,
    build: async () => ({
      url: `${BASE}/district/neighborhoods/${world.home.id}/dwellings/export`,
      params: { id: world.home.id },
    }),
  },
  {
    file: "(official)/district/neighborhoods/[id]/dwellings/export/route.ts",
    method: "GET",
    label: "with owners",
    allowed: MANAGERS,
    build: async () => ({
      url: `${BASE}/district/neighborhoods/${world.home.id}/dwellings/export?owners=1`,
      params: { id: world.home.id },
    }),
  },
  {
    file: "(official)/district/neighborhoods/[id]/import/route.ts",
    method: "POST",
    allowed: MANAGERS,
    build: async () => {
      const nb = await streetNeighborhood();
      const bytes = await buildWorkbook([
        { name: "房屋", columns: IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key })), rows: [DWELLING_ROW] },
      ]);
      return { url: `${BASE}/district/neighborhoods/${nb.id}/import`, params: { id: nb.id }, body: xlsxForm(bytes) };
    },
  },
  {
    file: "(official)/district/neighborhoods/import-template/route.ts",
    method: "GET",
    allowed: ["district", "otherDistrict", "street", "otherStreet"],
    build: async () => ({ url: `${BASE}/district/neighborhoods/import-template` }),
  },
  {
    file: "(official)/district/funding/export/route.ts",
    method: "GET",
    // Another district's official asking for this district is refused; a street-scoped one gets the projects of their streets.
    allowed: ["district", "street", "otherStreet", "commission"],
    build: async () => ({ url: `${BASE}/district/funding/export?district=${world.districtId}` }),
  },
];

// ───────────── Running the cells ─────────────

function action(name: string) {
  const found = registeredActions().find((a) => a.name === name);
  if (!found) throw new Error(`no registered action ${name}`);
  return found;
}

const REFUSALS = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"];
const failures: string[] = [];
const counts = { actionCells: 0, routeCells: 0, allowed: 0, refused: 0 };

async function expectNothingChanged(label: string, work: () => Promise<string | null>) {
  const before = await databaseChecksum();
  const files = await storedFileCount();
  const refusal = await work();
  if (refusal) failures.push(`${label}: ${refusal}`);
  const changed = changedTables(before, await databaseChecksum());
  if (changed.length) failures.push(`${label}: refused but changed ${changed.join(", ")}`);
  if ((await storedFileCount()) !== files) failures.push(`${label}: refused but the stored files changed`);
}

async function runActionCell(
  name: string,
  spec: ActionCase & { call?: (input: unknown) => Promise<ActionResult<unknown>> },
  who: Who,
) {
  const allowed = spec.allowed.includes(who);
  const input = await spec.build({ who, allowed });
  await signIn(world, who);
  const label = `${name} as ${who}`;
  counts.actionCells += 1;
  const call = async (): Promise<ActionResult<unknown>> => (spec.call ? spec.call(input) : action(name).call(input));
  if (allowed) {
    counts.allowed += 1;
    const result = await call();
    if (!result.ok)
      failures.push(
        `${label}: should succeed, got ${result.code} ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`,
      );
    return;
  }
  counts.refused += 1;
  const declared = spec.refusals?.[who];
  await expectNothingChanged(label, async () => {
    const result = await call();
    if (declared?.code === "REFUSED_ROWS") {
      const report = result.ok ? (result.data as { imported: number; errors: unknown[] }) : null;
      return report && report.imported === 0 && report.errors.length > 0
        ? null
        : `should be refused row by row (${declared.why}), got ${JSON.stringify(result).slice(0, 200)}`;
    }
    if (result.ok) return "should be refused, but succeeded";
    if (declared)
      return result.code === declared.code
        ? null
        : `should be refused with ${declared.code} (${declared.why}), got ${result.code}`;
    if (!REFUSALS.includes(result.code)) return `should be refused, got ${result.code} ${result.error}`;
    if (who === "anonymous" && result.code !== "UNAUTHENTICATED") return `anonymous got ${result.code}`;
    return null;
  });
}

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function runRouteCell(spec: RouteCase, who: Who) {
  const allowed = spec.allowed.includes(who);
  const call = await spec.build({ who, allowed });
  await signIn(world, who);
  const label = `${spec.method} ${spec.file}${spec.label ? ` (${spec.label})` : ""} as ${who}`;
  const handler = routeModules[`../../src/app/${spec.file}`]?.[spec.method] as Handler | undefined;
  if (!handler) throw new Error(`${spec.file} has no ${spec.method}`);
  counts.routeCells += 1;
  const respond = () =>
    handler(new Request(call.url, { method: spec.method, body: call.body, headers: { origin: BASE } }), {
      params: Promise.resolve(call.params ?? {}),
    });
  if (spec.answers === "redirect") {
    const outcome = (response: Response) => new URL(response.headers.get("location") ?? "/", BASE).searchParams;
    if (allowed) {
      counts.allowed += 1;
      const response = await respond();
      if (response.status !== 303 || !outcome(response).get("ok"))
        failures.push(
          `${label}: should answer 303 with ok, got ${response.status} ${response.headers.get("location")}`,
        );
      return;
    }
    counts.refused += 1;
    await expectNothingChanged(label, async () => {
      const response = await respond();
      const error = outcome(response).get("error") ?? "";
      return response.status === 303 && error.trim()
        ? null
        : `should be refused with a message, got ${response.status} ${response.headers.get("location")}`;
    });
    return;
  }
  if (allowed) {
    counts.allowed += 1;
    const response = await respond();
    if (response.status !== 200) {
      failures.push(`${label}: should answer 200, got ${response.status} ${(await response.text()).slice(0, 200)}`);
      return;
    }
    const body = await response.arrayBuffer();
    const problem = await spec.check?.(who, body);
    if (problem) failures.push(`${label}: ${problem}`);
    return;
  }
  counts.refused += 1;
  const declared = spec.refusals?.[who];
  await expectNothingChanged(label, async () => {
    const response = await respond();
    const text = await response.text();
    if (declared?.code === "REFUSED_ROWS") {
      const report =
        response.status === 200
          ? (JSON.parse(text) as { data?: { imported: number; errors: unknown[] } }).data
          : undefined;
      return report && report.imported === 0 && report.errors.length > 0
        ? null
        : `should be refused row by row (${declared.why}), got ${response.status} ${text.slice(0, 200)}`;
    }
    if (![401, 403, 404].includes(response.status))
      return `should be refused, got ${response.status} ${text.slice(0, 200)}`;
    if (who === "anonymous" && response.status !== 401) return `anonymous got ${response.status}`;
    if (!text.trim()) return "refused without a message";
    return null;
  });
}

beforeAll(async () => {
  world = await buildWorld();
});

afterAll(() => {
  console.log(
    `authorization matrix: ${counts.actionCells} action cells + ${counts.routeCells} route cells = ${counts.actionCells + counts.routeCells} cells ` +
      `(${counts.allowed} allowed, ${counts.refused} refused) over ${IDENTITIES.length} identities`,
  );
});

describe("the registries", () => {
  const root = path.resolve(import.meta.dirname, "../..");

  it("list every route.ts file and every method it exports", () => {
    const files = readdirSync(path.join(root, "src/app"), { recursive: true, encoding: "utf8" })
      .filter((f) => path.basename(f) === "route.ts")
      .map((f) => f.split(path.sep).join("/"))
      .sort();
    expect(files, "route.ts files missing from src/lib/route-registry.ts").toEqual(
      ROUTE_HANDLERS.map((r) => r.file).sort(),
    );
    for (const route of ROUTE_HANDLERS) {
      const exported = Object.keys(routeModules[`../../src/app/${route.file}`] ?? {}).filter((k) =>
        HTTP_METHODS.includes(k),
      );
      expect(exported.sort(), `methods of ${route.file}`).toEqual([...route.methods].sort());
    }
  });

  it("hold every action written with defineAction, once, as soon as its module loads", () => {
    const sources = readdirSync(path.join(root, "src"), { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
    );
    const written = sources.flatMap((f) =>
      [
        ...readFileSync(path.join(root, "src", f), "utf8").matchAll(
          /define(?:Statement)?Action\(\{\s*name:\s*"([^"]+)"/g,
        ),
      ].map((m) => m[1]!),
    );
    expect(written.length).toBeGreaterThan(60);
    expect(
      written.filter((name, i) => written.indexOf(name) !== i),
      "two actions with one name (the registry keeps only the last)",
    ).toEqual([]);
    const registered = registeredActions().map((a) => a.name);
    expect(
      written.filter((name) => !registered.includes(name)),
      "actions not registered when their module loads",
    ).toEqual([]);
  });

  it('leave no server action outside: every export of a "use server" module is a registered action, a wrapper of one, or declared', () => {
    const sources = readdirSync(path.join(root, "src"), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f) && !f.includes(".test."))
      .map((f) => readFileSync(path.join(root, "src", f), "utf8"));
    const actionConsts = sources.flatMap((text) =>
      [...text.matchAll(/export const (\w+) = define(?:Statement)?Action\(/g)].map((m) => m[1]!),
    );
    const declared = SERVER_ACTIONS_OUTSIDE_REGISTRY.map((a) => a.name);
    const unaccounted: string[] = [];
    for (const text of sources.filter((t) => /^(\s*\/\/.*\n)*\s*"use server";/.test(t))) {
      for (const [, name, kind, wrapped] of text.matchAll(
        /export const (\w+) = (defineAction|defineStatementAction|formEntry)\((\w+)?/g,
      )) {
        if (kind === "formEntry" && !actionConsts.includes(wrapped!))
          unaccounted.push(`${name} wraps ${wrapped}, not a registered action`);
      }
      for (const match of text.matchAll(/export async function (\w+)[\s\S]*?\n\}\n/g)) {
        const [body, name] = [match[0], match[1]!];
        // A wrapper names the action it hands the form to (called, or chosen by the form's step).
        const calls = [...actionConsts, ...declared].some((a) => a !== name && new RegExp(`\\b${a}\\b`).test(body));
        if (!calls && !declared.includes(name)) unaccounted.push(`${name} calls no registered action`);
      }
      const others = [...text.matchAll(/export (?:const|let|function|class) (\w+)/g)]
        .map((m) => m[1]!)
        .filter(
          (name) => !new RegExp(`export const ${name} = (defineAction|defineStatementAction|formEntry)\\(`).test(text),
        );
      unaccounted.push(...others.map((name) => `${name} is exported from a "use server" module but is no action`));
    }
    expect(unaccounted).toEqual([]);
    for (const name of declared)
      expect(
        sources.some((t) => new RegExp(`export async function ${name}\\b`).test(t)),
        `${name} exists`,
      ).toBe(true);
  });
});

describe("the authorization matrix", () => {
  it("declares every registered action and every route handler", () => {
    const names = registeredActions()
      .map((a) => a.name)
      .filter((name) => !name.startsWith("test."));
    expect(
      names.filter((name) => !ACTION_CASES[name]),
      "actions without a row in the matrix",
    ).toEqual([]);
    expect(
      Object.keys(ACTION_CASES).filter((name) => !names.includes(name)),
      "rows for actions that do not exist",
    ).toEqual([]);
    const declared = new Set(ROUTE_CASES.map((c) => `${c.method} ${c.file}`));
    const registered = ROUTE_HANDLERS.flatMap((r) => r.methods.map((m) => `${m} ${r.file}`));
    expect(
      registered.filter((r) => !declared.has(r)),
      "routes without a row in the matrix",
    ).toEqual([]);
    expect(
      [...declared].filter((r) => !registered.includes(r)),
      "rows for routes that are not registered",
    ).toEqual([]);
  });

  it(
    "answers every action as every identity as declared, and refusals change nothing",
    { timeout: 600_000 },
    async () => {
      for (const [name, spec] of [...Object.entries(ACTION_CASES), ...Object.entries(OUTSIDE_CASES)]) {
        for (const who of IDENTITIES) await runActionCell(name, spec, who);
      }
      expect(failures).toEqual([]);
    },
  );

  it(
    "answers every route handler as every identity as declared, and refusals change nothing",
    { timeout: 600_000 },
    async () => {
      failures.length = 0;
      for (const spec of ROUTE_CASES) {
        for (const who of IDENTITIES) await runRouteCell(spec, who);
      }
      expect(failures).toEqual([]);
    },
  );
});
