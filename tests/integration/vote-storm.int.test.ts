// 10,000 votes, changes, paper forms and voids from many clients at once against one ballot, on
// the real actions and a pool of database connections. Afterwards: one effective vote per dwelling
// and item, every accepted call in the history, and the tally equal to a count from the history.
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // As many connections as an app server has (README: DB_POOL_MAX), and uploads kept apart.
  if (process.env.TEST_DATABASE_URL) process.env.DB_POOL_MAX = "10";
  process.env.UPLOAD_DIR = `/tmp/renew-vote-storm-${process.pid}`;
});

import type { ActionResult } from "@/lib/action";
import { db } from "@/lib/db";
import { castVote, closeBallot, enterPaperBallot, openBallot, voidPaperBallot } from "@/modules/consultation/actions";
import { effectiveVote, tallyInputFor, type DwellingVotes } from "@/modules/consultation/effective";
import { enterDwellingPaperBallot } from "@/modules/consultation/paper/actions";
import { tally, type MatterType } from "@/modules/consultation/tally";
import { createConsultationProject, createNeighborhood, createResidents, createUser } from "../helpers/fixtures";
import { actAs, actAsSession } from "../helpers/request-context";

// On PostgreSQL (CI) the full 10,000 from 100 clients; the embedded database serves one connection
// at a time, so there the same mix runs a tenth as large.
const onPostgres = !!process.env.TEST_DATABASE_URL;
const CALLS = onPostgres ? 10_000 : 1_000;
const DWELLINGS = onPostgres ? 1_000 : 200;
const CLIENTS = onPostgres ? 100 : 20;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const CHOICES = ["AGREE", "DISAGREE", "ABSTAIN"] as const;

/** A small seeded generator, so a failing run can be repeated exactly. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let ballotId: string;
let items: { id: string; matter: MatterType }[];
let dwellings: { id: string; areaM2: string }[];
let residentsOf: Map<string, { id: string; sessionId: string }[]>;
let officials: { id: string; sessionId: string }[];

beforeAll(async () => {
  const hood = await createNeighborhood({
    districtCode: "500103",
    areas: Array.from({ length: DWELLINGS }, (_, i) => (i % 4 === 0 ? "88.40" : "61.25")),
  });
  // Two items: an ordinary one and the unit's lift (a special matter); both voted on by every dwelling.
  const project = await createConsultationProject({
    districtCode: "500103",
    neighborhoodIds: [hood.id],
    liftUnitId: hood.unitId,
  });
  const staff = await Promise.all([1, 2, 3, 4].map(() => createUser({ role: "DISTRICT", districtCode: "500103" })));
  const expiresAt = new Date(Date.now() + 8 * 3600_000);
  officials = await Promise.all(
    staff.map(async (u) => ({
      id: u.id,
      sessionId: (await db.userSession.create({ data: { userId: u.id, expiresAt }, select: { id: true } })).id,
    })),
  );
  actAsSession(officials[0]!.id, officials[0]!.sessionId);
  const opened = await openBallot({
    projectId: project.id,
    title: "压力表决",
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 3600_000).toISOString(),
  });
  if (!opened.ok) throw new Error(opened.error);
  ballotId = opened.data.id;
  items = await db.ballotItem.findMany({
    where: { ballotId },
    orderBy: { sortOrder: "asc" },
    select: { id: true, matter: true },
  });
  expect(items).toHaveLength(2);

  dwellings = (
    await db.dwelling.findMany({
      where: { neighborhoodId: hood.id },
      orderBy: { id: "asc" },
      select: { id: true, areaM2: true },
    })
  ).map((d) => ({ id: d.id, areaM2: d.areaM2.toString() }));
  // Every dwelling has an owner online; every second one a co-owner too, who may vote differently.
  const owners = await createResidents(DWELLINGS + DWELLINGS / 2);
  const links = owners.map((r, i) => ({ userId: r.id, dwellingId: dwellings[i % DWELLINGS]!.id }));
  await db.residentDwelling.createMany({ data: links });
  residentsOf = new Map();
  owners.forEach((r, i) =>
    residentsOf.set(dwellings[i % DWELLINGS]!.id, [...(residentsOf.get(dwellings[i % DWELLINGS]!.id) ?? []), r]),
  );
}, 300_000);

afterAll(async () => {
  await rm(process.env.UPLOAD_DIR!, { recursive: true, force: true });
});

type Op =
  | { kind: "online"; dwellingId: string; itemId: string; choice: string; resident: number }
  | { kind: "paperItem"; dwellingId: string; itemId: string; choice: string; official: number }
  | { kind: "paperDwelling"; dwellingId: string; choices: Record<string, string>; official: number }
  | { kind: "void"; dwellingId: string; itemId: string; official: number };

function plan(): Op[] {
  const next = random(20261201);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  // Votes cluster on some dwellings (a building's evening): many changes, co-owners racing, paper over online.
  const dwellingOf = () => dwellings[Math.floor(next() ** 2 * DWELLINGS)]!.id;
  return Array.from({ length: CALLS }, (): Op => {
    const roll = next();
    const dwellingId = dwellingOf();
    const itemId = pick(items).id;
    if (roll < 0.84)
      return { kind: "online", dwellingId, itemId, choice: pick(CHOICES), resident: Math.floor(next() * 2) };
    if (roll < 0.94)
      return { kind: "paperItem", dwellingId, itemId, choice: pick(CHOICES), official: Math.floor(next() * 4) };
    if (roll < 0.98) {
      const choices = Object.fromEntries(items.map((i) => [`choice_${i.id}`, next() < 0.2 ? "NONE" : pick(CHOICES)]));
      if (Object.values(choices).every((c) => c === "NONE")) choices[`choice_${items[0]!.id}`] = "AGREE";
      return { kind: "paperDwelling", dwellingId, choices, official: Math.floor(next() * 4) };
    }
    return { kind: "void", dwellingId, itemId, official: Math.floor(next() * 4) };
  });
}

async function run(op: Op): Promise<ActionResult<unknown> | null> {
  const scan = () => new File([PNG], "signed.png", { type: "image/png" });
  if (op.kind === "online") {
    const owners = residentsOf.get(op.dwellingId)!;
    const r = owners[op.resident % owners.length]!;
    actAsSession(r.id, r.sessionId);
    return castVote({ ballotItemId: op.itemId, dwellingId: op.dwellingId, choice: op.choice });
  }
  const official = officials[op.official]!;
  if (op.kind === "paperItem") {
    actAsSession(official.id, official.sessionId);
    return enterPaperBallot({ ballotItemId: op.itemId, dwellingId: op.dwellingId, choice: op.choice, scan: scan() });
  }
  if (op.kind === "paperDwelling") {
    actAsSession(official.id, official.sessionId);
    return enterDwellingPaperBallot({ ballotId, dwellingId: op.dwellingId, ...op.choices, scan: scan() });
  }
  // A form entered by mistake is voided: the latest one still counting, if there is one by now.
  const paper = await db.paperBallot.findFirst({
    where: { ballotItemId: op.itemId, dwellingId: op.dwellingId, voidedAt: null },
    orderBy: { enteredAt: "desc" },
    select: { id: true },
  });
  if (!paper) return null;
  actAsSession(official.id, official.sessionId);
  return voidPaperBallot({ paperBallotId: paper.id, reason: "录入有误,重新录入" });
}

it(`${CALLS.toLocaleString("en")} concurrent votes, changes and paper forms leave one effective vote each, a complete history and a tally the history reproduces`, async () => {
  const ops = plan();
  const results: { op: Op; result: ActionResult<unknown> | null }[] = [];
  let cursor = 0;
  // Many clients, each sending its next call as soon as the last was answered.
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (cursor < ops.length) {
        const op = ops[cursor++]!;
        results.push({ op, result: await run(op) });
      }
    }),
  );
  expect(results).toHaveLength(CALLS);

  const sent = results.filter((r) => r.result !== null);
  const refused = sent.filter((r) => !r.result!.ok);
  // The only refusal that can happen: two officials voiding the same form, the second is told it is void already.
  expect(
    refused.map((r) => `${r.op.kind}:${r.result!.ok ? "" : r.result!.code}`).filter((c) => c !== "void:CONFLICT"),
  ).toEqual([]);
  const accepted = sent.filter((r) => r.result!.ok);
  const data = <T>(kind: Op["kind"]) =>
    accepted.filter((r) => r.op.kind === kind).map((r) => (r.result as { ok: true; data: T }).data);
  const online = data<{ event: string }>("online");
  const paperItems = data<{ id: string }>("paperItem");
  const paperDwellings = data<{ entered: number }>("paperDwelling");
  const voids = data<{ id: string }>("void");

  // The history holds an event for every accepted call, of the kind the call reported.
  const history = await db.voteHistory.findMany({
    where: { ballotItem: { ballotId } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      ballotItemId: true,
      dwellingId: true,
      event: true,
      choice: true,
      paperBallotId: true,
      at: true,
    },
  });
  const count = (event: string) => history.filter((h) => h.event === event).length;
  expect(count("ONLINE_CAST")).toBe(online.filter((o) => o.event === "ONLINE_CAST").length);
  expect(count("ONLINE_CHANGED")).toBe(online.filter((o) => o.event === "ONLINE_CHANGED").length);
  expect(count("PAPER_ENTERED")).toBe(paperItems.length + paperDwellings.reduce((n, d) => n + d.entered, 0));
  expect(count("PAPER_VOIDED")).toBe(voids.length);
  expect(history).toHaveLength(online.length + count("PAPER_ENTERED") + voids.length);
  // Every stored form and every void is in the history by the form's id.
  const papers = await db.paperBallot.findMany({
    where: { ballotItem: { ballotId } },
    select: { id: true, voidedAt: true },
  });
  expect(new Set(history.filter((h) => h.event === "PAPER_ENTERED").map((h) => h.paperBallotId))).toEqual(
    new Set(papers.map((p) => p.id)),
  );
  expect(new Set(history.filter((h) => h.event === "PAPER_VOIDED").map((h) => h.paperBallotId))).toEqual(
    new Set(papers.filter((p) => p.voidedAt).map((p) => p.id)),
  );

  // At most one online vote row per dwelling and item (the paper forms are a list by design).
  const doubled = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (SELECT 1 FROM "Vote" v JOIN "BallotItem" i ON i.id = v."ballotItemId"
    WHERE i."ballotId" = ${ballotId} GROUP BY v."ballotItemId", v."dwellingId" HAVING count(*) > 1) d`;
  expect(Number(doubled[0]!.n)).toBe(0);

  // Close and count, then count again from nothing but the history.
  actAsSession(officials[0]!.id, officials[0]!.sessionId);
  await db.ballot.update({ where: { id: ballotId }, data: { closesAt: new Date(Date.now() - 1000) } });
  const closed = await closeBallot({ ballotId });
  expect(closed.ok).toBe(true);

  let effectiveVotes = 0;
  for (const item of items) {
    const replayed = new Map<string, DwellingVotes>(
      dwellings.map((d) => [d.id, { id: d.id, area: d.areaM2, ownerRef: null, online: null, paper: [] }]),
    );
    const live = new Map<string, Map<string, { choice: (typeof CHOICES)[number]; at: Date }>>();
    for (const h of history.filter((e) => e.ballotItemId === item.id)) {
      const d = replayed.get(h.dwellingId)!;
      const forms = live.get(h.dwellingId) ?? new Map();
      live.set(h.dwellingId, forms);
      if (h.event === "ONLINE_CAST" || h.event === "ONLINE_CHANGED") d.online = { choice: h.choice!, at: h.at };
      else if (h.event === "PAPER_ENTERED") forms.set(h.paperBallotId!, { choice: h.choice!, at: h.at });
      else forms.delete(h.paperBallotId!);
    }
    // The latest form counts; forms of the same moment are taken in id order, as the count does.
    for (const [dwellingId, forms] of live) {
      replayed.get(dwellingId)!.paper = [...forms.entries()]
        .sort(([a, x], [b, y]) => y.at.getTime() - x.at.getTime() || (a < b ? 1 : -1))
        .map(([, f]) => f);
    }
    const fromHistory = tally(tallyInputFor(item.matter, [...replayed.values()]));
    const stored = await db.ballotItem.findUniqueOrThrow({ where: { id: item.id }, select: { result: true } });
    expect(stored.result).toEqual(JSON.parse(JSON.stringify(fromHistory)));

    // Dwelling by dwelling, the vote that counts is the one the history says.
    const inDb = await db.dwelling.findMany({
      where: { id: { in: dwellings.map((d) => d.id) } },
      select: {
        id: true,
        votes: { where: { ballotItemId: item.id }, select: { choice: true, updatedAt: true } },
        paperBallots: {
          where: { ballotItemId: item.id, voidedAt: null },
          orderBy: [{ enteredAt: "desc" }, { id: "desc" }],
          select: { choice: true, enteredAt: true },
        },
      },
    });
    for (const d of inDb) {
      const fromDb = effectiveVote({
        online: d.votes[0] ? { choice: d.votes[0].choice, at: d.votes[0].updatedAt } : null,
        paper: d.paperBallots.map((p) => ({ choice: p.choice, at: p.enteredAt })),
      });
      const expected = effectiveVote(replayed.get(d.id)!);
      expect({ dwelling: d.id, choice: fromDb?.choice ?? null, source: fromDb?.source ?? null }).toEqual({
        dwelling: d.id,
        choice: expected?.choice ?? null,
        source: expected?.source ?? null,
      });
      if (fromDb) effectiveVotes++;
    }
  }
  console.log(
    `vote storm: ${CALLS} calls from ${CLIENTS} clients — ${online.length} online (${online.filter((o) => o.event === "ONLINE_CHANGED").length} changes), ` +
      `${paperItems.length} paper items, ${paperDwellings.length} whole-dwelling forms, ${voids.length} voids (${refused.length} refused as already void, ${results.length - sent.length} with nothing to void); ` +
      `${history.length} history events, ${effectiveVotes} effective votes`,
  );
  actAs(null);
}, 600_000);
