// The consultation against the real database: who may do what, the vote rules, paper forms,
// closing and binding the project scope, and exact counting under concurrency.
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/action";
import { db } from "@/lib/db";
import {
  castVote,
  closeBallot,
  enterPaperBallot,
  finalizeBallot,
  issueBindingCodes,
  lodgeObjection,
  openBallot,
  publishBallot,
  redeemBindingCode,
  revokeBindingCode,
  voidPaperBallot,
  answerObjection,
} from "@/modules/consultation/actions";
import {
  bindResident,
  createConsultationProject,
  createNeighborhood,
  createResidents,
  createUser,
} from "../helpers/fixtures";
import { actAs, actAsSession } from "../helpers/request-context";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const scan = () => new File([PNG], "form.png", { type: "image/png" });

const users: Record<string, string> = {};
let hood: Awaited<ReturnType<typeof createNeighborhood>>;
let project: Awaited<ReturnType<typeof createConsultationProject>>;

beforeAll(async () => {
  // Four dwellings in unit 1; the lift is decided by them only. A second unit lives in a second neighbourhood.
  hood = await createNeighborhood({ districtCode: "500103", areas: ["60.00", "60.00", "60.00", "60.00"] });
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.jiangbei = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  users.r0 = (await createUser({ role: "RESIDENT" })).id;
  users.r0b = (await createUser({ role: "RESIDENT" })).id; // co-owner of dwelling 0
  users.r1 = (await createUser({ role: "RESIDENT" })).id;
  users.r2 = (await createUser({ role: "RESIDENT" })).id;
  users.stranger = (await createUser({ role: "RESIDENT" })).id;
  project = await createConsultationProject({
    districtCode: "500103",
    neighborhoodIds: [hood.id],
    liftUnitId: hood.unitId,
  });
});

const codeOf = (r: ActionResult<unknown>) => (r.ok ? "OK" : r.code);
const errorOf = (r: ActionResult<unknown>) => (r.ok ? "" : r.error);
/** Lets the voting time run out. */
const expire = (ballotId: string) =>
  db.ballot.update({ where: { id: ballotId }, data: { closesAt: new Date(Date.now() - 1000) } });
const d = (i: number) => hood.dwellings[i]!.id;
const isoIn = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

async function open(projectId = project.id, minutes = 60) {
  actAs(users.yuzhong!);
  const r = await openBallot({
    projectId,
    title: "改造内容表决",
    opensAt: isoIn(-1),
    closesAt: isoIn(minutes),
    showRunningResults: "on",
  });
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}

describe("binding codes", () => {
  it("are issued per dwelling, redeemed once, and never written to the audit log", async () => {
    actAs(users.jiangbei!);
    expect((await issueBindingCodes({ neighborhoodId: hood.id })).ok).toBe(false);
    actAs(users.r0!);
    expect(codeOf(await issueBindingCodes({ neighborhoodId: hood.id }))).toBe("FORBIDDEN");
    expect(await db.bindingCode.count()).toBe(0);

    actAs(users.yuzhong!);
    const issued = await issueBindingCodes({ neighborhoodId: hood.id });
    expect(issued).toEqual({ ok: true, data: { issued: 4, revoked: 0 } });
    // Issuing again only fills gaps.
    expect(await issueBindingCodes({ neighborhoodId: hood.id })).toEqual({ ok: true, data: { issued: 0, revoked: 0 } });

    const code0 = await db.bindingCode.findFirstOrThrow({
      where: { dwellingId: d(0), revokedAt: null },
      select: { code: true },
    });
    const typed = `${code0.code.slice(0, 4).toLowerCase()}-${code0.code.slice(4, 8)} ${code0.code.slice(8)}`;
    actAs(users.r0!);
    expect(await redeemBindingCode({ code: typed })).toEqual({ ok: true, data: { dwellingId: d(0) } });
    // One-time: the co-owner needs a fresh code.
    actAs(users.r0b!);
    expect(codeOf(await redeemBindingCode({ code: code0.code }))).toBe("INVALID_INPUT");

    actAs(users.yuzhong!);
    expect((await revokeBindingCode({ dwellingId: d(0), reissue: "on" })).ok).toBe(true);
    const fresh = await db.bindingCode.findFirstOrThrow({
      where: { dwellingId: d(0), revokedAt: null, redeemedAt: null },
      select: { code: true },
    });
    actAs(users.r0b!);
    expect((await redeemBindingCode({ code: fresh.code })).ok).toBe(true);
    expect(await db.residentDwelling.count({ where: { dwellingId: d(0), revokedAt: null } })).toBe(2);

    const logs = await db.auditLog.findMany({
      where: { action: { startsWith: "bindingCode." } },
      select: { before: true, after: true },
    });
    const text = JSON.stringify(logs);
    for (const c of await db.bindingCode.findMany({ select: { code: true } })) expect(text).not.toContain(c.code);
  });

  it("a revoked code cannot be redeemed; a guess cannot be redeemed", async () => {
    const code1 = await db.bindingCode.findFirstOrThrow({
      where: { dwellingId: d(1), revokedAt: null },
      select: { code: true },
    });
    actAs(users.yuzhong!);
    await revokeBindingCode({ dwellingId: d(1), reissue: "" });
    actAs(users.r1!);
    expect((await redeemBindingCode({ code: code1.code })).ok).toBe(false);
    expect((await redeemBindingCode({ code: "ABCD-EFGH-JKMN" })).ok).toBe(false);
    expect(await db.residentDwelling.count({ where: { userId: users.r1! } })).toBe(0);
    await bindResident(users.r1!, d(1));
    await bindResident(users.r2!, d(2));
  });
});

describe("a ballot from opening to binding the project scope", () => {
  let ballotId: string;
  let greening: string;
  let lift: string;

  it("only the project's own district opens it, with the proposed items on the menu", async () => {
    actAs(users.jiangbei!);
    const refused = await openBallot({ projectId: project.id, title: "越权", opensAt: isoIn(-1), closesAt: isoIn(60) });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(users.commission!);
    expect(
      codeOf(await openBallot({ projectId: project.id, title: "越权", opensAt: isoIn(-1), closesAt: isoIn(60) })),
    ).toBe("FORBIDDEN");
    expect(await db.ballot.count()).toBe(0);

    ballotId = await open();
    const items = await db.ballotItem.findMany({
      where: { ballotId },
      select: { id: true, unitId: true, matter: true, projectItemId: true },
    });
    expect(items).toHaveLength(2); // the basic item is included, not voted
    greening = items.find((i) => i.projectItemId === project.greeningItemId)!.id;
    lift = items.find((i) => i.projectItemId === project.liftItemId)!.id;
    expect(items.find((i) => i.id === lift)).toMatchObject({ unitId: hood.unitId, matter: "SPECIAL" });
  });

  it("a resident votes and changes the vote for their own dwelling only; co-owners share one vote", async () => {
    actAs(users.r0!);
    expect(await castVote({ ballotItemId: greening, dwellingId: d(0), choice: "AGREE" })).toEqual({
      ok: true,
      data: { event: "ONLINE_CAST" },
    });
    actAs(users.r0b!);
    expect(await castVote({ ballotItemId: greening, dwellingId: d(0), choice: "DISAGREE" })).toEqual({
      ok: true,
      data: { event: "ONLINE_CHANGED" },
    });
    expect(
      await db.vote.findMany({ where: { ballotItemId: greening }, select: { dwellingId: true, choice: true } }),
    ).toEqual([{ dwellingId: d(0), choice: "DISAGREE" }]);
    actAs(users.r0!);
    await castVote({ ballotItemId: greening, dwellingId: d(0), choice: "AGREE" });

    // Not bound to dwelling 3.
    actAs(users.stranger!);
    expect(await castVote({ ballotItemId: greening, dwellingId: d(3), choice: "AGREE" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    actAs(users.r1!);
    expect(codeOf(await castVote({ ballotItemId: greening, dwellingId: d(0), choice: "DISAGREE" }))).toBe("FORBIDDEN");
    // Officials do not vote online.
    actAs(users.yuzhong!);
    expect(codeOf(await castVote({ ballotItemId: greening, dwellingId: d(0), choice: "DISAGREE" }))).toBe("FORBIDDEN");
    expect(await db.vote.findFirst({ where: { ballotItemId: greening }, select: { choice: true } })).toEqual({
      choice: "AGREE",
    });

    actAs(users.r1!);
    expect((await castVote({ ballotItemId: greening, dwellingId: d(1), choice: "AGREE" })).ok).toBe(true);
    expect((await castVote({ ballotItemId: lift, dwellingId: d(1), choice: "AGREE" })).ok).toBe(true);
    actAs(users.r2!);
    expect((await castVote({ ballotItemId: greening, dwellingId: d(2), choice: "AGREE" })).ok).toBe(true);
    expect((await castVote({ ballotItemId: lift, dwellingId: d(2), choice: "AGREE" })).ok).toBe(true);
    actAs(users.r0!);
    expect((await castVote({ ballotItemId: lift, dwellingId: d(0), choice: "AGREE" })).ok).toBe(true);
    const history = await db.voteHistory.findMany({
      where: { ballotItemId: greening, dwellingId: d(0) },
      orderBy: { id: "asc" },
      select: { event: true, choice: true },
    });
    expect(history.map((h) => `${h.event}:${h.choice}`)).toEqual([
      "ONLINE_CAST:AGREE",
      "ONLINE_CHANGED:DISAGREE",
      "ONLINE_CHANGED:AGREE",
    ]);
  });

  it("a paper form overrides the online vote unless voided; only the own district enters it", async () => {
    actAs(users.jiangbei!);
    expect(
      codeOf(await enterPaperBallot({ ballotItemId: lift, dwellingId: d(2), choice: "DISAGREE", scan: scan() })),
    ).toBe("FORBIDDEN");
    actAs(users.r2!);
    expect(
      codeOf(await enterPaperBallot({ ballotItemId: lift, dwellingId: d(2), choice: "DISAGREE", scan: scan() })),
    ).toBe("FORBIDDEN");
    expect(await db.paperBallot.count()).toBe(0);

    actAs(users.yuzhong!);
    const noScan = await enterPaperBallot({
      ballotItemId: lift,
      dwellingId: d(2),
      choice: "DISAGREE",
      scan: new File(["x"], "a.txt"),
    });
    expect(noScan).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const entered = await enterPaperBallot({ ballotItemId: lift, dwellingId: d(2), choice: "DISAGREE", scan: scan() });
    expect(entered).toMatchObject({ ok: true, data: { overridesOnline: "AGREE" } });
    // A form entered by mistake is voided with a reason, and kept.
    const wrong = await enterPaperBallot({ ballotItemId: lift, dwellingId: d(1), choice: "DISAGREE", scan: scan() });
    if (!wrong.ok) throw new Error(wrong.error);
    expect((await voidPaperBallot({ paperBallotId: wrong.data.id, reason: "录错房号" })).ok).toBe(true);
    const papers = await db.paperBallot.findMany({ select: { dwellingId: true, enteredById: true, voidedAt: true } });
    expect(papers).toHaveLength(2);
    expect(papers.every((p) => p.enteredById === users.yuzhong)).toBe(true);
    // The online vote stays on record too.
    expect(await db.vote.count({ where: { ballotItemId: lift, dwellingId: d(2) } })).toBe(1);
  });

  it("a dwelling outside the lift's unit cannot vote on the lift", async () => {
    const other = await createNeighborhood({ districtCode: "500103", areas: ["50"] });
    await db.projectNeighborhood.create({ data: { projectId: project.id, neighborhoodId: other.id } });
    const u = (await createUser({ role: "RESIDENT" })).id;
    await bindResident(u, other.dwellings[0]!.id);
    actAs(u);
    expect(codeOf(await castVote({ ballotItemId: lift, dwellingId: other.dwellings[0]!.id, choice: "AGREE" }))).toBe(
      "FORBIDDEN",
    );
    expect(
      (await castVote({ ballotItemId: greening, dwellingId: other.dwellings[0]!.id, choice: "DISAGREE" })).ok,
    ).toBe(true);
  });

  it("closing counts by the rule, and no vote is taken after closing", async () => {
    actAs(users.jiangbei!);
    expect(codeOf(await closeBallot({ ballotId }))).toBe("FORBIDDEN");
    actAs(users.yuzhong!);
    expect(errorOf(await closeBallot({ ballotId }))).toMatch(/未到,不能提前计票/);
    await expire(ballotId);
    const closed = await closeBallot({ ballotId });
    expect(closed.ok).toBe(true);
    const rows = await db.ballotItem.findMany({
      where: { ballotId },
      select: { id: true, outcome: true, result: true },
    });
    // Greening (ordinary): 5 dwellings (4 × 60 + 50 = 290 m²), 3 agree (180), 1 disagrees (50), 1 silent → 4/5 quorate; 3/4 agree → passed.
    expect(rows.find((r) => r.id === greening)).toMatchObject({
      outcome: "PASSED",
      result: {
        quorate: true,
        passed: true,
        totalArea: "290",
        totalCount: 5,
        participatingArea: "230",
        participatingCount: 4,
        agreeArea: "180",
        agreeCount: 3,
      },
    });
    // Lift (special, unit 1 only): 0 and 1 agree, 2 disagrees on paper, 3 silent → quorate 3/4; agree 2/3 < 3/4 → failed.
    expect(rows.find((r) => r.id === lift)).toMatchObject({
      outcome: "FAILED",
      result: { totalCount: 4, participatingCount: 3, agreeCount: 2 },
    });

    actAs(users.r1!);
    expect(await castVote({ ballotItemId: greening, dwellingId: d(1), choice: "DISAGREE" })).toMatchObject({
      ok: false,
      code: "RULE_VIOLATION",
    });
    actAs(users.yuzhong!);
    expect(
      codeOf(await enterPaperBallot({ ballotItemId: greening, dwellingId: d(3), choice: "AGREE", scan: scan() })),
    ).toBe("RULE_VIOLATION");
  });

  it("publishes for five working days, takes objections, then binds the project's scope", async () => {
    actAs(users.yuzhong!);
    expect(codeOf(await finalizeBallot({ ballotId }))).toBe("RULE_VIOLATION"); // not yet published
    const published = await publishBallot({ ballotId });
    expect(published.ok).toBe(true);
    actAs(users.stranger!);
    expect(codeOf(await lodgeObjection({ ballotId, body: "我不是本小区业主" }))).toBe("FORBIDDEN");
    actAs(users.r2!);
    const objection = await lodgeObjection({
      ballotId,
      ballotItemId: lift,
      body: "我的纸质票与线上投票不一致,请核实。",
    });
    expect(objection.ok).toBe(true);
    actAs(users.yuzhong!);
    expect(codeOf(await finalizeBallot({ ballotId }))).toBe("RULE_VIOLATION"); // notice period running
    // Let the notice period end.
    await db.ballot.update({ where: { id: ballotId }, data: { noticeEndsAt: new Date(Date.now() - 1000) } });
    expect(errorOf(await finalizeBallot({ ballotId }))).toMatch(/异议未答复/);
    if (!objection.ok) throw new Error();
    actAs(users.jiangbei!);
    expect(codeOf(await answerObjection({ objectionId: objection.data.id, response: "越权答复" }))).toBe("FORBIDDEN");
    actAs(users.yuzhong!);
    expect(
      (await answerObjection({ objectionId: objection.data.id, response: "已核实:纸质签字表决票有效。" })).ok,
    ).toBe(true);
    expect(await finalizeBallot({ ballotId })).toEqual({ ok: true, data: { included: 1, rejected: 1 } });
    const items = await db.projectItem.findMany({
      where: { projectId: project.id },
      select: { id: true, status: true },
    });
    const status = Object.fromEntries(items.map((i) => [i.id, i.status]));
    expect(status[project.basicItemId]).toBe("INCLUDED");
    expect(status[project.greeningItemId]).toBe("INCLUDED");
    expect(status[project.liftItemId!]).toBe("REJECTED");
  });
});

describe("the vote in one statement keeps every refusal of the action wrapper", () => {
  it("refuses a closed session, a temporary password, a ballot not yet open and an unknown item, writing nothing", async () => {
    const h = await createNeighborhood({ districtCode: "500103", areas: ["70", "70"] });
    const p = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [h.id] });
    const ballotId = await open(p.id);
    const item = await db.ballotItem.findFirstOrThrow({ where: { ballotId }, select: { id: true } });
    const [resident] = await createResidents(1);
    await bindResident(resident!.id, h.dwellings[0]!.id);
    const vote = () => castVote({ ballotItemId: item.id, dwellingId: h.dwellings[0]!.id, choice: "AGREE" });
    const written = async () => ({
      votes: await db.vote.count({ where: { ballotItemId: item.id } }),
      history: await db.voteHistory.count({ where: { ballotItemId: item.id } }),
      audit: await db.auditLog.count({ where: { action: "vote.cast", actorId: resident!.id } }),
    });

    // A copied cookie of a session that was signed out.
    await db.userSession.update({ where: { id: resident!.sessionId }, data: { revokedAt: new Date() } });
    actAsSession(resident!.id, resident!.sessionId);
    expect(codeOf(await vote())).toBe("UNAUTHENTICATED");
    // No cookie at all.
    actAs(null);
    expect(codeOf(await vote())).toBe("UNAUTHENTICATED");
    // A temporary password opens nothing but the page that replaces it.
    await db.user.update({ where: { id: resident!.id }, data: { mustChangePassword: true } });
    actAs(resident!.id);
    expect(errorOf(await vote())).toMatch(/临时密码/);
    await db.user.update({ where: { id: resident!.id }, data: { mustChangePassword: false } });
    // A disabled account is signed out.
    await db.user.update({ where: { id: resident!.id }, data: { active: false } });
    expect(codeOf(await vote())).toBe("UNAUTHENTICATED");
    await db.user.update({ where: { id: resident!.id }, data: { active: true } });
    // A revoked binding is no binding.
    await db.residentDwelling.updateMany({ where: { userId: resident!.id }, data: { revokedAt: new Date() } });
    expect(errorOf(await vote())).toMatch(/未绑定/);
    await db.residentDwelling.updateMany({ where: { userId: resident!.id }, data: { revokedAt: null } });
    // Not open yet.
    const opensAt = await db.ballot.findUniqueOrThrow({ where: { id: ballotId }, select: { opensAt: true } });
    await db.ballot.update({ where: { id: ballotId }, data: { opensAt: new Date(Date.now() + 60_000) } });
    expect(errorOf(await vote())).toMatch(/尚未开始/);
    await db.ballot.update({ where: { id: ballotId }, data: opensAt });
    // An item that does not exist; a choice that does not exist.
    expect(
      codeOf(await castVote({ ballotItemId: "no-such-item", dwellingId: h.dwellings[0]!.id, choice: "AGREE" })),
    ).toBe("NOT_FOUND");
    expect(codeOf(await castVote({ ballotItemId: item.id, dwellingId: h.dwellings[0]!.id, choice: "MAYBE" }))).toBe(
      "INVALID_INPUT",
    );
    expect(await written()).toEqual({ votes: 0, history: 0, audit: 0 });

    // Allowed again: the vote, its history and its audit row, together.
    actAs(resident!.id, "zh", "10.1.2.3");
    const dbClock = async () => (await db.$queryRaw<{ t: Date }[]>`SELECT clock_timestamp() AS t`)[0]!.t.getTime();
    const before = await dbClock();
    expect(await vote()).toEqual({ ok: true, data: { event: "ONLINE_CAST" } });
    const after = await dbClock();
    expect(await written()).toEqual({ votes: 1, history: 1, audit: 1 });
    const stored = await db.vote.findFirstOrThrow({
      where: { ballotItemId: item.id },
      select: { id: true, castById: true, castAt: true },
    });
    expect(stored.castById).toBe(resident!.id);
    // Stored in UTC like every Prisma DateTime: the database's own clock brackets it (8 hours off would show).
    expect(stored.castAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(stored.castAt.getTime()).toBeLessThanOrEqual(after);
    const row = await db.auditLog.findFirstOrThrow({
      where: { action: "vote.cast", actorId: resident!.id },
      select: { entityType: true, entityId: true, actorRole: true, districtId: true, ip: true, after: true },
    });
    const district = await db.project.findUniqueOrThrow({ where: { id: p.id }, select: { districtId: true } });
    expect(row).toEqual({
      entityType: "Vote",
      entityId: stored.id,
      actorRole: "RESIDENT",
      districtId: district.districtId,
      ip: "10.1.2.3",
      after: { ballotItemId: item.id, dwellingId: h.dwellings[0]!.id, choice: "AGREE", event: "ONLINE_CAST" },
    });
  });
});

describe("exact counting under concurrency", () => {
  it("1,000 simultaneous votes on one ballot are all counted, once", async () => {
    const areas = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? "75.25" : "60.10"));
    const big = await createNeighborhood({ districtCode: "500103", areas });
    const p = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [big.id] });
    const ballotId = await open(p.id);
    const item = await db.ballotItem.findFirstOrThrow({ where: { ballotId }, select: { id: true } });
    const residents = await createResidents(1000);
    await db.residentDwelling.createMany({
      data: residents.map((r, i) => ({ userId: r.id, dwellingId: big.dwellings[i]!.id })),
    });

    const choiceOf = (i: number) => (i % 10 < 6 ? "AGREE" : i % 10 < 9 ? "DISAGREE" : "ABSTAIN");
    const started = Date.now();
    const results = await Promise.all(
      residents.map((r, i) => {
        actAsSession(r.id, r.sessionId); // read synchronously when the action starts
        return castVote({ ballotItemId: item.id, dwellingId: big.dwellings[i]!.id, choice: choiceOf(i) });
      }),
    );
    const elapsed = Date.now() - started;
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(await db.vote.count({ where: { ballotItemId: item.id } })).toBe(1000);
    expect(await db.voteHistory.count({ where: { ballotItemId: item.id } })).toBe(1000);
    const byChoice = await db.vote.groupBy({ by: ["choice"], where: { ballotItemId: item.id }, _count: true });
    expect(Object.fromEntries(byChoice.map((g) => [g.choice, g._count]))).toEqual({
      AGREE: 600,
      DISAGREE: 300,
      ABSTAIN: 100,
    });

    actAs(users.yuzhong!);
    await expire(ballotId);
    expect((await closeBallot({ ballotId })).ok).toBe(true);
    const counted = await db.ballotItem.findUniqueOrThrow({
      where: { id: item.id },
      select: { outcome: true, result: true },
    });
    // 334 dwellings of 75.25 and 666 of 60.10.
    expect(counted.result).toMatchObject({
      totalCount: 1000,
      participatingCount: 1000,
      agreeCount: 600,
      totalArea: "65160.1",
      participatingArea: "65160.1",
    });
    console.log(`1,000 concurrent votes in ${elapsed} ms`);
  }, 180_000);

  it("co-owners voting on the same dwellings at the same moment leave one vote each, the last one written", async () => {
    const hood2 = await createNeighborhood({ districtCode: "500103", areas: Array.from({ length: 100 }, () => "50") });
    const p = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [hood2.id] });
    const ballotId = await open(p.id);
    const item = await db.ballotItem.findFirstOrThrow({ where: { ballotId }, select: { id: true } });
    const a = await createResidents(100);
    const b = await createResidents(100);
    await db.residentDwelling.createMany({
      data: [...a, ...b].map((r, i) => ({ userId: r.id, dwellingId: hood2.dwellings[i % 100]!.id })),
    });
    const calls = [];
    for (let i = 0; i < 100; i++) {
      actAsSession(a[i]!.id, a[i]!.sessionId);
      calls.push(castVote({ ballotItemId: item.id, dwellingId: hood2.dwellings[i]!.id, choice: "AGREE" }));
      actAsSession(b[i]!.id, b[i]!.sessionId);
      calls.push(castVote({ ballotItemId: item.id, dwellingId: hood2.dwellings[i]!.id, choice: "DISAGREE" }));
    }
    const results = await Promise.all(calls);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.vote.count({ where: { ballotItemId: item.id } })).toBe(100);
    const events = await db.voteHistory.groupBy({ by: ["event"], where: { ballotItemId: item.id }, _count: true });
    expect(Object.fromEntries(events.map((e) => [e.event, e._count]))).toEqual({
      ONLINE_CAST: 100,
      ONLINE_CHANGED: 100,
    });
    // The stored vote of each dwelling is the last one in its history.
    const votes = await db.vote.findMany({
      where: { ballotItemId: item.id },
      select: { dwellingId: true, choice: true },
    });
    for (const v of votes) {
      const last = await db.voteHistory.findFirstOrThrow({
        where: { ballotItemId: item.id, dwellingId: v.dwellingId },
        orderBy: { id: "desc" },
        select: { choice: true },
      });
      expect(last.choice).toBe(v.choice);
    }
  }, 120_000);
});

describe("every district action refuses the wrong role and the wrong district, changing nothing", () => {
  it("as a Jiangbei official, the commission and a resident", async () => {
    const h = await createNeighborhood({ districtCode: "500103", areas: ["70"] });
    const p = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [h.id] });
    const ballotId = await open(p.id);
    const item = await db.ballotItem.findFirstOrThrow({ where: { ballotId }, select: { id: true } });
    actAs(users.yuzhong!);
    const paper = await enterPaperBallot({
      ballotItemId: item.id,
      dwellingId: h.dwellings[0]!.id,
      choice: "AGREE",
      scan: scan(),
    });
    if (!paper.ok) throw new Error(paper.error);
    await issueBindingCodes({ neighborhoodId: h.id });
    const objection = await db.ballotObjection.create({
      data: { ballotId, userId: users.r0!, body: "测试异议内容" },
      select: { id: true },
    });

    const calls = [
      () => issueBindingCodes({ neighborhoodId: h.id, reissueAll: "on" }),
      () => revokeBindingCode({ dwellingId: h.dwellings[0]!.id }),
      () => openBallot({ projectId: p.id, title: "再开一次", opensAt: isoIn(-1), closesAt: isoIn(60) }),
      () =>
        enterPaperBallot({ ballotItemId: item.id, dwellingId: h.dwellings[0]!.id, choice: "DISAGREE", scan: scan() }),
      () => voidPaperBallot({ paperBallotId: paper.data.id, reason: "越权作废" }),
      () => closeBallot({ ballotId }),
      () => publishBallot({ ballotId }),
      () => finalizeBallot({ ballotId }),
      () => answerObjection({ objectionId: objection.id, response: "越权答复" }),
    ];
    const snapshot = async () => ({
      audit: await db.auditLog.count(),
      codes: await db.bindingCode.findMany({ orderBy: { id: "asc" }, select: { id: true, revokedAt: true } }),
      papers: await db.paperBallot.findMany({ orderBy: { id: "asc" }, select: { id: true, voidedAt: true } }),
      ballots: await db.ballot.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
      objections: await db.ballotObjection.findMany({ select: { status: true } }),
    });
    const before = await snapshot();
    for (const who of ["jiangbei", "commission", "r0"]) {
      actAs(users[who]!);
      for (const call of calls) expect(codeOf(await call())).toBe("FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
  });
});
