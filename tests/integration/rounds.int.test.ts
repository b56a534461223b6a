// Proxies, an extension and a second round on the real database: a dwelling that voted online, on
// paper and through a proxy counts once, by the precedence of effective.ts; the follow-up list is
// exactly the dwellings without an effective vote; an extension (once) and a second round keep the
// first round's records; the wrong role and the wrong district are refused and change nothing.
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/action";
import { loadSessionActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import {
  castVote,
  closeBallot,
  finalizeBallot,
  openBallot,
  publishBallot,
  voidPaperBallot,
} from "@/modules/consultation/actions";
import { enterDwellingPaperBallot, setContactPhone } from "@/modules/consultation/paper/actions";
import { followUpList, paperEntrySheet } from "@/modules/consultation/paper/queries";
import { recordProxy, revokeProxy } from "@/modules/consultation/proxy/actions";
import { getBallotForOfficial } from "@/modules/consultation/queries";
import { extendBallot, openSecondRound } from "@/modules/consultation/rounds/actions";
import { tallyItem } from "@/modules/consultation/scope";
import { bindResident, createConsultationProject, createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs, currentSessionId } from "../helpers/request-context";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const scan = () => new File([PNG], "scan.png", { type: "image/png" });
const codeOf = (r: ActionResult<unknown>) => (r.ok ? "OK" : r.code);
const errorsOf = (r: ActionResult<unknown>) => (r.ok ? {} : (r.fieldErrors ?? {}));
const isoIn = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

const users: Record<string, string> = {};
let hood: Awaited<ReturnType<typeof createNeighborhood>>;
let project: Awaited<ReturnType<typeof createConsultationProject>>;
let ballotId: string;
let items: { greening: string; lift: string };
const proxies: Record<string, string> = {};
const d = (i: number) => hood.dwellings[i]!.id;

function storedFiles(): string[] {
  const root = path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads");
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

async function actorOf(key: string) {
  actAs(users[key]!);
  // One action call opens the session row the guards check.
  await setContactPhone({ neighborhoodId: hood.id, contactPhone: "023-63881234" });
  return loadSessionActor(db, { userId: users[key]!, sessionId: currentSessionId()! });
}

const form = (dwelling: string, greening: string, lift: string, signedBy: "OWNER" | "PROXY" = "OWNER") =>
  enterDwellingPaperBallot({
    ballotId,
    dwellingId: dwelling,
    [`choice_${items.greening}`]: greening,
    [`choice_${items.lift}`]: lift,
    signedBy,
    scan: scan(),
  });

const proxyInput = (dwelling: string, proxyName = "李四") => ({
  ballotId,
  dwellingId: dwelling,
  ownerName: "张三英",
  proxyName,
  proxyPhone: "13912345678",
  proxyIdLast4: "123x",
  scan: scan(),
});

async function votesOn(itemId: string) {
  const item = await db.ballotItem.findUniqueOrThrow({
    where: { id: itemId },
    select: { id: true, unitId: true, matter: true, ballot: { select: { projectId: true } } },
  });
  return tallyItem(db, { id: item.id, unitId: item.unitId, matter: item.matter, projectId: item.ballot.projectId });
}

/** Everything the first round holds, to compare before and after the later steps. */
async function roundRecords(id: string) {
  const where = { ballotItem: { ballotId: id } };
  return {
    ballot: await db.ballot.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        opensAt: true,
        closesAt: true,
        originalClosesAt: true,
        extensionReason: true,
        items: { orderBy: { sortOrder: "asc" }, select: { id: true, outcome: true, result: true } },
      },
    }),
    votes: await db.vote.findMany({
      where,
      orderBy: { id: "asc" },
      select: { id: true, dwellingId: true, choice: true, updatedAt: true },
    }),
    papers: await db.paperBallot.findMany({
      where,
      orderBy: { id: "asc" },
      select: { id: true, choice: true, voidedAt: true, proxyId: true, scanKey: true },
    }),
    history: await db.voteHistory.findMany({
      where,
      orderBy: { id: "asc" },
      select: { id: true, event: true, choice: true, proxyId: true },
    }),
    proxies: await db.proxyAuthorisation.findMany({
      where: { ballotId: id },
      orderBy: { id: "asc" },
      select: { id: true, revokedAt: true, scanKey: true },
    }),
  };
}

beforeAll(async () => {
  // Six dwellings of 60 m² in one unit: greening is asked of all, the lift of the same six.
  hood = await createNeighborhood({
    districtCode: "500103",
    areas: ["60.00", "60.00", "60.00", "60.00", "60.00", "60.00"],
  });
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.jiangbei = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  users.r0 = (await createUser({ role: "RESIDENT" })).id;
  await bindResident(users.r0, d(0));
  await db.dwellingOwner.create({
    data: { dwellingId: d(2), name: "张三英", idLast4: "1234", ownerRef: `o1_test_${d(2)}` },
  });
  project = await createConsultationProject({
    districtCode: "500103",
    neighborhoodIds: [hood.id],
    liftUnitId: hood.unitId,
  });
  actAs(users.yuzhong);
  const opened = await openBallot({
    projectId: project.id,
    title: "改造内容表决",
    opensAt: isoIn(-1),
    closesAt: isoIn(120),
  });
  if (!opened.ok) throw new Error(opened.error);
  ballotId = opened.data.id;
  const rows = await db.ballotItem.findMany({ where: { ballotId }, select: { id: true, unitId: true } });
  items = { greening: rows.find((r) => !r.unitId)!.id, lift: rows.find((r) => r.unitId)!.id };
});

describe("proxy votes", () => {
  it("are refused to residents, the commission and another district, leaving no record and no file", async () => {
    const before = storedFiles();
    for (const who of ["r0", "commission", "jiangbei"]) {
      actAs(users[who]!);
      expect(codeOf(await recordProxy(proxyInput(d(0))))).toBe("FORBIDDEN");
    }
    actAs(users.yuzhong!);
    // A bad scan: refused at its field, nothing stored.
    const bad = await recordProxy({ ...proxyInput(d(0)), scan: new File(["text"], "a.txt") });
    expect(codeOf(bad)).toBe("INVALID_INPUT");
    expect(errorsOf(bad)).toHaveProperty("scan");
    expect(await db.proxyAuthorisation.count({ where: { ballotId } })).toBe(0);
    expect(await db.voteHistory.count({ where: { ballotItem: { ballotId } } })).toBe(0);
    expect(storedFiles()).toEqual(before);
  });

  it("count once beside an online vote and a paper form of the same dwelling, by the stated precedence", async () => {
    // The owner's household votes online first.
    actAs(users.r0!);
    expect(codeOf(await castVote({ ballotItemId: items.greening, dwellingId: d(0), choice: "AGREE" }))).toBe("OK");
    expect(codeOf(await castVote({ ballotItemId: items.lift, dwellingId: d(0), choice: "AGREE" }))).toBe("OK");

    actAs(users.yuzhong!);
    const recorded = await recordProxy(proxyInput(d(0)));
    expect(codeOf(recorded)).toBe("OK");
    proxies.d0 = recorded.ok ? recorded.data.id : "";
    // A second authorisation for the same dwelling is refused at the field, nothing written.
    const again = await recordProxy(proxyInput(d(0), "王五"));
    expect(codeOf(again)).toBe("INVALID_INPUT");
    expect(errorsOf(again).proxyName?.[0]).toContain("已委托 李四");
    expect(await db.proxyAuthorisation.count({ where: { dwellingId: d(0) } })).toBe(1);

    // The proxy's signed form: it counts instead of the online vote.
    expect(codeOf(await form(d(0), "DISAGREE", "DISAGREE", "PROXY"))).toBe("OK");
    let greening = await votesOn(items.greening);
    expect(greening).toMatchObject({ participatingCount: 1, agreeCount: 0 });
    // The owner then signs a form personally: it outranks the proxy's.
    expect(codeOf(await form(d(0), "ABSTAIN", "ABSTAIN"))).toBe("OK");
    greening = await votesOn(items.greening);
    expect(greening).toMatchObject({ participatingCount: 1, agreeCount: 0 });
    const sheet = await paperEntrySheet(await actorOf("yuzhong"), ballotId, d(0));
    expect(sheet.dwelling!.items.map((i) => i.counting)).toEqual([
      expect.objectContaining({ choice: "ABSTAIN", source: "PAPER" }),
      expect.objectContaining({ choice: "ABSTAIN", source: "PAPER" }),
    ]);

    // Voiding the owner's forms: the proxy's count again; revoking the proxy: the online vote counts.
    actAs(users.yuzhong!);
    const ownForms = await db.paperBallot.findMany({
      where: { dwellingId: d(0), proxyId: null },
      select: { id: true },
    });
    for (const f of ownForms)
      expect(codeOf(await voidPaperBallot({ paperBallotId: f.id, reason: "业主要求以委托为准" }))).toBe("OK");
    expect(
      (await paperEntrySheet(await actorOf("yuzhong"), ballotId, d(0))).dwelling!.items[0]!.counting,
    ).toMatchObject({ choice: "DISAGREE", source: "PROXY" });
    expect((await votesOn(items.greening)).agreeCount).toBe(0);

    // Revocation by another district is refused and changes nothing.
    actAs(users.jiangbei!);
    expect(codeOf(await revokeProxy({ proxyId: proxies.d0, reason: "业主撤回委托" }))).toBe("FORBIDDEN");
    expect(
      (await db.proxyAuthorisation.findUniqueOrThrow({ where: { id: proxies.d0 }, select: { revokedAt: true } }))
        .revokedAt,
    ).toBeNull();
    actAs(users.yuzhong!);
    const revoked = await revokeProxy({ proxyId: proxies.d0, reason: "业主撤回委托,改为自己线上投票" });
    expect(revoked.ok ? revoked.data.formsNoLongerCounting : revoked.error).toBe(2);
    expect(codeOf(await revokeProxy({ proxyId: proxies.d0, reason: "再次撤销" }))).toBe("INVALID_INPUT");
    greening = await votesOn(items.greening);
    expect(greening).toMatchObject({ participatingCount: 1, agreeCount: 1 });
    // With no authorisation in force, a form cannot be entered as the proxy's.
    const noProxy = await form(d(0), "AGREE", "AGREE", "PROXY");
    expect(codeOf(noProxy)).toBe("INVALID_INPUT");
    expect(errorsOf(noProxy)).toHaveProperty("signedBy");

    // The whole story stays in the history, the proxy's events marked with their authorisation.
    const history = await db.voteHistory.findMany({
      where: { dwellingId: d(0), ballotItemId: items.greening },
      orderBy: { id: "asc" },
      select: { event: true, proxyId: true },
    });
    expect(history.map((h) => h.event)).toEqual([
      "ONLINE_CAST",
      "PROXY_AUTHORISED",
      "PROXY_ENTERED",
      "PAPER_ENTERED",
      "PAPER_VOIDED",
      "PROXY_REVOKED",
    ]);
    expect(history.filter((h) => h.event.startsWith("PROXY_")).every((h) => h.proxyId === proxies.d0)).toBe(true);
    const audits = await db.auditLog.findMany({ where: { entityId: proxies.d0 }, select: { action: true } });
    expect(audits.map((a) => a.action).sort()).toEqual(["proxy.record", "proxy.revoke"]);
  });
});

describe("the follow-up list", () => {
  it("is exactly the dwellings without an effective vote, proxies included, with owners' names masked", async () => {
    actAs(users.yuzhong!);
    // d1: a proxy who voted. d2: a proxy who has not voted yet. d3: a proxy who voted, then revoked.
    // d4: the owner's paper form. d5: nothing. (d0 voted online, counting since its revocation.)
    for (const i of [1, 2, 3]) {
      const r = await recordProxy(proxyInput(d(i), `受托人${i}`));
      expect(codeOf(r)).toBe("OK");
      proxies[`d${i}`] = r.ok ? r.data.id : "";
    }
    expect(codeOf(await form(d(1), "AGREE", "DISAGREE", "PROXY"))).toBe("OK");
    expect(codeOf(await form(d(3), "AGREE", "AGREE", "PROXY"))).toBe("OK");
    expect(codeOf(await revokeProxy({ proxyId: proxies.d3!, reason: "委托书签名与业主不符" }))).toBe("OK");
    expect(codeOf(await form(d(4), "AGREE", "DISAGREE"))).toBe("OK");

    const list = await followUpList(await actorOf("yuzhong"), ballotId);
    expect(list.rows.map((r) => r.dwellingId)).toEqual([d(2), d(3), d(5)]);
    expect(list.missingTotal).toBe(3);
    expect(list.rows[0]).toMatchObject({ owners: ["张*英"], proxy: { name: "受**2", phone: "139****5678" } });
    // A revoked authorisation is not shown as a proxy to call.
    expect(list.rows[1]!.proxy).toBeNull();
    expect(JSON.stringify(list.rows)).not.toContain("张三英");

    // The ballot page counts proxy votes apart.
    const ballot = await getBallotForOfficial(await actorOf("yuzhong"), ballotId);
    expect(ballot.items.map((i) => [i.votedDwellings, i.proxyDwellings])).toEqual([
      [3, 1],
      [3, 1],
    ]);
    expect(ballot.paperBallots.filter((p) => p.proxyId).map((p) => p.proxyName)).toContain("受**1");
  });
});

describe("extending the closing time", () => {
  it("is refused to another district and to residents, and must move the close later", async () => {
    const before = await roundRecords(ballotId);
    actAs(users.jiangbei!);
    expect(codeOf(await extendBallot({ ballotId, closesAt: isoIn(600), reason: "参与户数不足三分之二" }))).toBe(
      "FORBIDDEN",
    );
    actAs(users.r0!);
    expect(codeOf(await extendBallot({ ballotId, closesAt: isoIn(600), reason: "参与户数不足三分之二" }))).toBe(
      "FORBIDDEN",
    );
    actAs(users.yuzhong!);
    const earlier = await extendBallot({ ballotId, closesAt: isoIn(60), reason: "参与户数不足三分之二" });
    expect(codeOf(earlier)).toBe("INVALID_INPUT");
    expect(errorsOf(earlier).closesAt?.[0]).toContain("须晚于现在的截止时间");
    expect(await roundRecords(ballotId)).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "ballot.extend", entityId: ballotId } })).toBe(0);
    expect(
      await db.notification.count({ where: { kind: "BALLOT_EXTENDED", link: `/resident/ballots/${ballotId}` } }),
    ).toBe(0);
  });

  it("works once, with the reason audited, and is refused a second time with the reason at the field", async () => {
    const before = await roundRecords(ballotId);
    actAs(users.yuzhong!);
    const extended = await extendBallot({
      ballotId,
      closesAt: isoIn(600),
      reason: "参与户数不足三分之二,延长一周入户",
    });
    expect(codeOf(extended)).toBe("OK");
    expect(extended.ok ? extended.data.residentsNotified : -1).toBe(1);
    // The one bound resident is told once, in the platform, with the reason.
    const told = await db.notification.findMany({
      where: { userId: users.r0!, kind: "BALLOT_EXTENDED" },
      select: { body: true, link: true },
    });
    expect(told).toHaveLength(1);
    expect(told[0]!.link).toBe(`/resident/ballots/${ballotId}`);
    expect(told[0]!.body).toContain("参与户数不足三分之二");
    const after = await roundRecords(ballotId);
    expect(after.ballot.originalClosesAt).toEqual(before.ballot.closesAt);
    expect(after.ballot.closesAt.getTime()).toBeGreaterThan(before.ballot.closesAt.getTime());
    expect(after.ballot.extensionReason).toBe("参与户数不足三分之二,延长一周入户");
    // Votes, forms, proxies and history are untouched by the extension.
    expect({ ...after, ballot: null }).toEqual({ ...before, ballot: null });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "ballot.extend", entityId: ballotId },
      select: { before: true, after: true },
    });
    expect((audit.before as { closesAt: string }).closesAt).toBe(before.ballot.closesAt.toISOString());
    expect((audit.after as { reason: string }).reason).toBe("参与户数不足三分之二,延长一周入户");

    const twice = await extendBallot({ ballotId, closesAt: isoIn(900), reason: "仍然不足" });
    expect(codeOf(twice)).toBe("INVALID_INPUT");
    expect(errorsOf(twice).closesAt?.[0]).toContain("已延长过一次");
    expect((await roundRecords(ballotId)).ballot.closesAt).toEqual(after.ballot.closesAt);
  });
});

describe("a second round", () => {
  it("asks only the failed items again, in a new ballot linked to the first, whose records stay intact", async () => {
    actAs(users.yuzhong!);
    // d5's owner signs too: greening 4 of 6 agree (passes), the lift 1 of 4 agrees (fails).
    expect(codeOf(await form(d(5), "AGREE", "DISAGREE"))).toBe("OK");
    await db.ballot.update({ where: { id: ballotId }, data: { closesAt: new Date(Date.now() - 1000) } });
    expect(codeOf(await closeBallot({ ballotId }))).toBe("OK");
    const outcomes = await db.ballotItem.findMany({ where: { ballotId }, select: { id: true, outcome: true } });
    expect(Object.fromEntries(outcomes.map((o) => [o.id, o.outcome]))).toEqual({
      [items.greening]: "PASSED",
      [items.lift]: "FAILED",
    });
    const input = { ballotId, title: "第二轮:加装电梯", opensAt: isoIn(-1), closesAt: isoIn(300) };

    // Not before the result is published; never by another district.
    expect(codeOf(await openSecondRound(input))).toBe("RULE_VIOLATION");
    expect(codeOf(await publishBallot({ ballotId }))).toBe("OK");
    const first = await roundRecords(ballotId);
    actAs(users.jiangbei!);
    expect(codeOf(await openSecondRound(input))).toBe("FORBIDDEN");
    actAs(users.r0!);
    expect(codeOf(await openSecondRound(input))).toBe("FORBIDDEN");
    expect(await db.ballot.count({ where: { projectId: project.id } })).toBe(1);

    actAs(users.yuzhong!);
    const second = await openSecondRound(input);
    expect(codeOf(second)).toBe("OK");
    const secondId = second.ok ? second.data.id : "";
    const round2 = await db.ballot.findUniqueOrThrow({
      where: { id: secondId },
      select: {
        round: true,
        previousRoundId: true,
        status: true,
        items: { select: { id: true, projectItemId: true, unitId: true, outcome: true } },
      },
    });
    expect(round2).toMatchObject({ round: 2, previousRoundId: ballotId, status: "OPEN" });
    expect(round2.items.map((i) => i.projectItemId)).toEqual([project.liftItemId]);
    expect(codeOf(await openSecondRound(input))).toBe("CONFLICT");
    // Residents it asks are told it opened, once.
    expect(
      await db.notification.count({
        where: { userId: users.r0!, kind: "BALLOT_OPENED", link: `/resident/ballots/${secondId}` },
      }),
    ).toBe(1);

    // Voting in the second round leaves the first round as it was.
    actAs(users.r0!);
    expect(codeOf(await castVote({ ballotItemId: round2.items[0]!.id, dwellingId: d(0), choice: "AGREE" }))).toBe("OK");
    expect(codeOf(await castVote({ ballotItemId: items.lift, dwellingId: d(0), choice: "DISAGREE" }))).toBe(
      "RULE_VIOLATION",
    );
    expect(await roundRecords(ballotId)).toEqual(first);

    // Finalising the first round includes what passed and leaves the re-asked item undecided.
    await db.ballot.update({ where: { id: ballotId }, data: { noticeEndsAt: new Date(Date.now() - 1000) } });
    actAs(users.yuzhong!);
    expect(codeOf(await finalizeBallot({ ballotId }))).toBe("OK");
    const statuses = await db.projectItem.findMany({
      where: { id: { in: [project.greeningItemId, project.liftItemId!] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [project.greeningItemId]: "INCLUDED",
      [project.liftItemId!]: "PROPOSED",
    });
    const final = await roundRecords(ballotId);
    expect({ ...final, ballot: { ...final.ballot, status: "PUBLISHED" } }).toEqual(first);

    // Both rounds stay viewable, linked both ways.
    const official = await actorOf("yuzhong");
    expect((await getBallotForOfficial(official, ballotId)).nextRound).toMatchObject({ id: secondId, round: 2 });
    expect((await getBallotForOfficial(official, secondId)).previousRound).toMatchObject({ id: ballotId, round: 1 });
  });
});
