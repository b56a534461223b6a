// Residents are told, against the real database: a ballot's notices reach exactly the residents
// of the dwellings it asks (a lift question only its unit, never another neighbourhood), once
// each however often or concurrently the sender runs; the reminder comes two days before the
// close, Beijing time, and only then; each resident reads and clears only their own.
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import {
  answerObjection,
  castVote,
  closeBallot,
  lodgeObjection,
  openBallot,
  publishBallot,
} from "@/modules/consultation/actions";
import { markNotificationsRead, openNotification } from "@/modules/notifications/actions";
import { notificationsOf, unreadNotificationCount } from "@/modules/notifications/queries";
import { remindClosingBallots } from "@/modules/notifications/reminders";
import { notifyResidents } from "@/modules/notifications/sender";
import { advanceStage } from "@/modules/projects/actions";
import { bindResident, createConsultationProject, createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

const users: Record<string, string> = {};
let hood: Awaited<ReturnType<typeof createNeighborhood>>;
let otherHood: Awaited<ReturnType<typeof createNeighborhood>>;
let unit2: string[];
let unit2Id: string;

const codeOf = (r: ActionResult<unknown>) => (r.ok ? "OK" : r.code);
const isoIn = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const bj = (s: string) => new Date(`${s}+08:00`);
/** Who got a notice with this dedupe key, by fixture name, sorted. */
async function told(dedupeKey: string): Promise<string[]> {
  const rows = await db.notification.findMany({ where: { dedupeKey }, select: { userId: true } });
  const names = Object.fromEntries(Object.entries(users).map(([k, v]) => [v, k]));
  return rows.map((r) => names[r.userId] ?? r.userId).sort();
}

beforeAll(async () => {
  hood = await createNeighborhood({ districtCode: "500103" }); // unit 1: three dwellings
  otherHood = await createNeighborhood({ districtCode: "500103" });
  const { buildingId } = await db.stairUnit.findUniqueOrThrow({
    where: { id: hood.unitId },
    select: { buildingId: true },
  });
  unit2Id = (await db.stairUnit.create({ data: { buildingId, name: "2单元", floors: 6 }, select: { id: true } })).id;
  unit2 = [];
  for (const room of ["301", "401"])
    unit2.push(
      (
        await db.dwelling.create({
          data: { unitId: unit2Id, neighborhoodId: hood.id, room, floor: Number(room[0]), areaM2: "70.00" },
          select: { id: true },
        })
      ).id,
    );

  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.jiangbei = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  for (const name of ["u1", "u1coowner", "u2", "twoFlats", "revoked", "disabled", "other", "unbound"]) {
    users[name] = (await createUser({ role: "RESIDENT", active: name !== "disabled" })).id;
  }
  await bindResident(users.u1!, hood.dwellings[0]!.id);
  await bindResident(users.u1coowner!, hood.dwellings[0]!.id); // co-owner of the same dwelling: told too
  await bindResident(users.u2!, unit2[0]!);
  await bindResident(users.twoFlats!, hood.dwellings[1]!.id);
  await bindResident(users.twoFlats!, unit2[1]!); // two flats asked by one ballot: told once
  const revoked = await bindResident(users.revoked!, hood.dwellings[2]!.id);
  await db.residentDwelling.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
  await bindResident(users.disabled!, hood.dwellings[2]!.id);
  await bindResident(users.other!, otherHood.dwellings[0]!.id);
});

describe("a ballot opening", () => {
  let ballotId: string;

  it("is refused to another district's official and tells nobody", async () => {
    const project = await createConsultationProject({
      districtCode: "500103",
      neighborhoodIds: [hood.id],
      liftUnitId: unit2Id,
    });
    actAs(users.jiangbei!);
    expect(
      codeOf(await openBallot({ projectId: project.id, title: "越权", opensAt: isoIn(-1), closesAt: isoIn(60) })),
    ).toBe("FORBIDDEN");
    expect(await db.notification.count()).toBe(0);

    actAs(users.yuzhong!);
    const r = await openBallot({
      projectId: project.id,
      title: "改造内容表决",
      opensAt: isoIn(-1),
      closesAt: isoIn(60),
    });
    if (!r.ok) throw new Error(r.error);
    ballotId = r.data.id;
  });

  it("reaches the residents of the dwellings it asks — not revoked, disabled or another neighbourhood's — once each", async () => {
    expect(await told(`ballot:${ballotId}:opened`)).toEqual(["twoFlats", "u1", "u1coowner", "u2"]);
    const row = await db.notification.findFirstOrThrow({
      where: { userId: users.u1, dedupeKey: `ballot:${ballotId}:opened` },
      select: { kind: true, title: true, link: true, readAt: true },
    });
    expect(row).toEqual({
      kind: "BALLOT_OPENED",
      title: "请您投票:改造内容表决",
      link: `/resident/ballots/${ballotId}`,
      readAt: null,
    });
  });

  it("sent again, sequentially or by several transactions at once, reaches nobody twice", async () => {
    const again = await db.$transaction((tx) => notifyResidents(tx, { kind: "BALLOT_OPENED", ballotId }));
    expect(again).toEqual({ recipients: 4, delivered: { "in-app": 0 } });
    // A new event sent by four transactions concurrently: each resident gets it exactly once.
    const previousClosesAt = (
      await db.ballot.findUniqueOrThrow({ where: { id: ballotId }, select: { closesAt: true } })
    ).closesAt;
    await db.ballot.update({
      where: { id: ballotId },
      data: { closesAt: new Date(previousClosesAt.getTime() + 3_600_000) },
    });
    const runs = await Promise.all(
      Array.from({ length: 4 }, () =>
        db.$transaction((tx) =>
          notifyResidents(tx, { kind: "BALLOT_EXTENDED", ballotId, previousClosesAt, reason: "部分老人外出" }),
        ),
      ),
    );
    expect(runs.reduce((sum, r) => sum + (r.delivered["in-app"] ?? 0), 0)).toBe(4);
    const key = (
      await db.notification.findFirstOrThrow({ where: { kind: "BALLOT_EXTENDED" }, select: { dedupeKey: true } })
    ).dedupeKey!;
    expect(await told(key)).toEqual(["twoFlats", "u1", "u1coowner", "u2"]);
    // The database, not only the code, refuses a second copy.
    await expect(db.notification.create({ data: { userId: users.u1!, title: "x", dedupeKey: key } })).rejects.toThrow();
  });

  it("of lift questions only reaches that stairwell unit", async () => {
    const liftOnly = await createConsultationProject({
      districtCode: "500103",
      neighborhoodIds: [hood.id],
      liftUnitId: unit2Id,
    });
    await db.projectItem.update({ where: { id: liftOnly.greeningItemId }, data: { status: "DROPPED" } });
    actAs(users.yuzhong!);
    const r = await openBallot({
      projectId: liftOnly.id,
      title: "2单元加装电梯表决",
      opensAt: isoIn(-1),
      closesAt: isoIn(60),
    });
    if (!r.ok) throw new Error(r.error);
    expect(await told(`ballot:${r.data.id}:opened`)).toEqual(["twoFlats", "u2"]);
  });
});

describe("the reminder two days before the close", () => {
  let ballotId: string;
  const reminded = () => db.notification.count({ where: { kind: "BALLOT_CLOSING" } });

  beforeAll(async () => {
    const project = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [otherHood.id] });
    actAs(users.yuzhong!);
    const r = await openBallot({ projectId: project.id, title: "绿化表决", opensAt: isoIn(-1), closesAt: isoIn(60) });
    if (!r.ok) throw new Error(r.error);
    ballotId = r.data.id;
    // Voting 1–10 March 2030, closing at 18:00 Beijing time; the other ballots close within the hour.
    await db.ballot.update({
      where: { id: ballotId },
      data: { opensAt: bj("2030-03-01T09:00:00"), closesAt: bj("2030-03-10T18:00:00") },
    });
    await db.ballot.updateMany({ where: { id: { not: ballotId } }, data: { status: "CLOSED" } });
  });

  it("is not sent before the 8th, Beijing time — 7 March 23:59 is still too early", async () => {
    expect(await remindClosingBallots(db, bj("2030-03-07T23:59:00"))).toEqual({ ballots: 0, notified: 0 });
    expect(await reminded()).toBe(0);
  });

  it("is sent on the 8th to the ballot's residents only, once however often or concurrently the job runs", async () => {
    // 8 March 00:30 Beijing is still 7 March in UTC.
    expect(await remindClosingBallots(db, new Date("2030-03-07T16:30:00Z"))).toEqual({ ballots: 1, notified: 1 });
    expect(await told(`ballot:${ballotId}:closing:${bj("2030-03-10T18:00:00").toISOString()}`)).toEqual(["other"]);
    const runs = await Promise.all([1, 2, 3].map(() => remindClosingBallots(db, bj("2030-03-09T09:00:00"))));
    expect(runs.map((r) => r.notified)).toEqual([0, 0, 0]);
    expect(await reminded()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "ballot.remindClosing", entityId: ballotId } })).toBe(1);
  });

  it("comes again before a new close after an extension, and never after the close or for a closed ballot", async () => {
    await db.ballot.update({ where: { id: ballotId }, data: { closesAt: bj("2030-03-15T18:00:00") } });
    expect((await remindClosingBallots(db, bj("2030-03-12T09:00:00"))).notified).toBe(0);
    expect((await remindClosingBallots(db, bj("2030-03-13T09:00:00"))).notified).toBe(1);
    expect(await remindClosingBallots(db, bj("2030-03-15T18:00:00"))).toEqual({ ballots: 0, notified: 0 });
    await db.ballot.update({
      where: { id: ballotId },
      data: { closesAt: bj("2030-03-20T18:00:00"), status: "CLOSED" },
    });
    expect((await remindClosingBallots(db, bj("2030-03-19T09:00:00"))).notified).toBe(0);
    expect(await reminded()).toBe(2);
  });
});

describe("results, answers and stages", () => {
  it("a published result reaches the ballot's residents; an answer only the objector", async () => {
    const project = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [otherHood.id] });
    actAs(users.yuzhong!);
    const opened = await openBallot({
      projectId: project.id,
      title: "第二次表决",
      opensAt: isoIn(-1),
      closesAt: isoIn(60),
    });
    if (!opened.ok) throw new Error(opened.error);
    const ballotId = opened.data.id;
    const item = await db.ballotItem.findFirstOrThrow({ where: { ballotId }, select: { id: true } });
    actAs(users.other!);
    expect(
      (await castVote({ ballotItemId: item.id, dwellingId: otherHood.dwellings[0]!.id, choice: "AGREE" })).ok,
    ).toBe(true);
    await db.ballot.update({ where: { id: ballotId }, data: { closesAt: new Date(Date.now() - 1000) } });
    actAs(users.yuzhong!);
    expect((await closeBallot({ ballotId })).ok).toBe(true);
    expect(await told(`ballot:${ballotId}:published`)).toEqual([]);
    actAs(users.jiangbei!);
    expect(codeOf(await publishBallot({ ballotId }))).toBe("FORBIDDEN");
    expect(await told(`ballot:${ballotId}:published`)).toEqual([]);
    actAs(users.yuzhong!);
    expect((await publishBallot({ ballotId })).ok).toBe(true);
    expect(await told(`ballot:${ballotId}:published`)).toEqual(["other"]);

    actAs(users.other!);
    const objection = await lodgeObjection({ ballotId, body: "我家的票没有算进去,请核实。" });
    if (!objection.ok) throw new Error(objection.error);
    actAs(users.yuzhong!);
    expect((await answerObjection({ objectionId: objection.data.id, response: "已核实,您的票已计入。" })).ok).toBe(
      true,
    );
    expect(await told(`objection:${objection.data.id}:answered`)).toEqual(["other"]);
    const answer = await db.notification.findFirstOrThrow({
      where: { dedupeKey: `objection:${objection.data.id}:answered` },
      select: { body: true, link: true },
    });
    expect(answer).toEqual({
      body: "关于“第二次表决”,答复:已核实,您的票已计入。",
      link: `/resident/ballots/${ballotId}`,
    });
  });

  it("a stage change reaches the project's neighbourhoods' residents, and a refused one nobody", async () => {
    const project = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [hood.id] });
    await db.project.update({ where: { id: project.id }, data: { stage: "RESERVE" } });
    const before = await db.notification.count({ where: { kind: "PROJECT_STAGE_CHANGED" } });
    actAs(users.jiangbei!);
    expect(codeOf(await advanceStage({ projectId: project.id, to: "CONSULTATION", version: 1 }))).not.toBe("OK");
    expect(await db.notification.count({ where: { kind: "PROJECT_STAGE_CHANGED" } })).toBe(before);
    actAs(users.yuzhong!);
    expect((await advanceStage({ projectId: project.id, to: "CONSULTATION", version: 1 })).ok).toBe(true);
    const change = await db.projectStageChange.findFirstOrThrow({
      where: { projectId: project.id, toStage: "CONSULTATION" },
      select: { id: true },
    });
    expect(await told(`stage-change:${change.id}`)).toEqual(["twoFlats", "u1", "u1coowner", "u2"]);
    const row = await db.notification.findFirstOrThrow({
      where: { dedupeKey: `stage-change:${change.id}`, userId: users.u2 },
      select: { title: true, link: true },
    });
    expect(row.link).toBe(`/resident/projects/${project.id}`);
    expect(row.title).toContain("进入“征求意见”阶段");
  });
});

describe("reading one's notices", () => {
  it("a resident sees only their own, and cannot mark or open another's", async () => {
    const mine = await notificationsOf(await loadActor(db, users.u2!));
    expect(mine.length).toBeGreaterThan(0);
    expect(
      new Set(
        (
          await db.notification.findMany({ where: { id: { in: mine.map((n) => n.id) } }, select: { userId: true } })
        ).map((r) => r.userId),
      ),
    ).toEqual(new Set([users.u2]));
    const theirs = await db.notification.findFirstOrThrow({ where: { userId: users.u1 }, select: { id: true } });
    const unreadBefore = await db.notification.count({ where: { userId: users.u1, readAt: null } });
    actAs(users.u2!);
    expect(codeOf(await markNotificationsRead({ notificationId: theirs.id }))).toBe("NOT_FOUND");
    expect(codeOf(await openNotification({ notificationId: theirs.id }))).toBe("NOT_FOUND");
    expect(await db.notification.count({ where: { userId: users.u1, readAt: null } })).toBe(unreadBefore);
    // Marking all of one's own never touches anyone else's.
    expect((await markNotificationsRead({})).ok).toBe(true);
    expect(await unreadNotificationCount(await loadActor(db, users.u2!))).toBe(0);
    expect(await db.notification.count({ where: { userId: users.u1, readAt: null } })).toBe(unreadBefore);
  });

  it("opening one's own marks it read and answers its link", async () => {
    const own = await db.notification.findFirstOrThrow({
      where: { userId: users.u1, kind: "BALLOT_OPENED" },
      select: { id: true, link: true },
    });
    actAs(users.u1!);
    expect(await openNotification({ notificationId: own.id })).toEqual({ ok: true, data: { link: own.link } });
    expect(
      (await db.notification.findUniqueOrThrow({ where: { id: own.id }, select: { readAt: true } })).readAt,
    ).not.toBeNull();
    actAs(null);
    expect(codeOf(await openNotification({ notificationId: own.id }))).toBe("UNAUTHENTICATED");
  });
});
