// The database connection drops in the middle of an action (pg_terminate_backend on the very
// backend running the action's transaction, after it has written): the user is told plainly that
// nothing was saved, nothing is half-written (rows or the uploaded file), and the next request works.
import { readdir, rm } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.UPLOAD_DIR = `/tmp/renew-db-faults-${process.pid}`;
});

import { db } from "@/lib/db";
import { castVote, enterPaperBallot, openBallot } from "@/modules/consultation/actions";
import { bindResident, createConsultationProject, createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs, actAsSession } from "../helpers/request-context";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const scan = () => new File([PNG], "form.png", { type: "image/png" });
const onPostgres = !!process.env.TEST_DATABASE_URL;

let ballotItemId: string;
let dwellingId: string;
let official: string;
let resident: string;
let control: pg.Client;

beforeAll(async () => {
  if (!onPostgres) return;
  const hood = await createNeighborhood({ districtCode: "500103", areas: ["60.00", "70.00"] });
  const project = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [hood.id] });
  official = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  resident = (await createUser({ role: "RESIDENT" })).id;
  dwellingId = hood.dwellings[0]!.id;
  await bindResident(resident, dwellingId);
  actAs(official);
  const opened = await openBallot({
    projectId: project.id,
    title: "断线表决",
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 3600_000).toISOString(),
  });
  if (!opened.ok) throw new Error(opened.error);
  ballotItemId = (await db.ballotItem.findFirstOrThrow({ where: { ballotId: opened.data.id }, select: { id: true } }))
    .id;
  control = new pg.Client({ connectionString: inject("databaseUrl") });
  await control.connect();
});

afterAll(async () => {
  await control?.end();
  await rm(process.env.UPLOAD_DIR!, { recursive: true, force: true });
});

/**
 * Runs `action` while the audit table is locked, so its transaction stops at its last write (the
 * audit row) with everything else already written; then ends that backend from the server side.
 */
async function dropConnectionMidway<T>(action: () => Promise<T>): Promise<{ result: T; killed: number }> {
  await control.query("BEGIN");
  await control.query('LOCK TABLE "AuditLog" IN SHARE MODE');
  const running = action();
  let killed = 0;
  try {
    for (let tries = 0; tries < 600 && !killed; tries++) {
      // pg_locks, not pg_stat_activity: the latter is a snapshot taken once per transaction of the asker.
      // Waiting for the audit table while holding a transaction id = has written, not committed.
      const { rows } = await control.query<{ pid: number }>(
        `SELECT l.pid FROM pg_locks l WHERE l.locktype = 'relation' AND l.relation = '"AuditLog"'::regclass AND NOT l.granted
           AND EXISTS (SELECT 1 FROM pg_locks x WHERE x.pid = l.pid AND x.locktype = 'transactionid' AND x.granted)`,
      );
      if (rows[0]) {
        await control.query("SELECT pg_terminate_backend($1)", [rows[0].pid]);
        killed = rows[0].pid;
      } else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await control.query("ROLLBACK");
  }
  return { result: await running, killed };
}

describe.skipIf(!onPostgres)(
  "the database connection dropped mid-action (PostgreSQL only: needs pg_terminate_backend)",
  () => {
    it("tells the official nothing was saved, leaves no row and no file, and the next entry works", async () => {
      const before = {
        papers: await db.paperBallot.count(),
        history: await db.voteHistory.count(),
        audit: await db.auditLog.count(),
      };
      actAs(official);
      const { result, killed } = await dropConnectionMidway(() =>
        enterPaperBallot({ ballotItemId, dwellingId, choice: "AGREE", scan: scan() }),
      );
      expect(killed).toBeGreaterThan(0);
      expect(result).toMatchObject({
        ok: false,
        code: "UNAVAILABLE",
        error: "数据库连接中断,本次操作未保存。请稍后重试。",
      });
      expect({
        papers: await db.paperBallot.count(),
        history: await db.voteHistory.count(),
        audit: await db.auditLog.count(),
      }).toEqual(before);
      // The scan was written before the connection dropped; it is gone with the transaction.
      expect(
        (await readdir(process.env.UPLOAD_DIR!, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()),
      ).toEqual([]);

      // The pool replaced the dead connection: the same entry goes through now.
      const again = await enterPaperBallot({ ballotItemId, dwellingId, choice: "AGREE", scan: scan() });
      expect(again.ok).toBe(true);
      expect(await db.paperBallot.count()).toBe(before.papers + 1);
    });

    it("in English for a resident voting, and the vote after it counts", async () => {
      actAs(resident, "en");
      const { result, killed } = await dropConnectionMidway(() =>
        castVote({ ballotItemId, dwellingId, choice: "DISAGREE" }),
      );
      expect(killed).toBeGreaterThan(0);
      expect(result).toMatchObject({
        ok: false,
        code: "UNAVAILABLE",
        error: "The connection to the database was lost; nothing was saved. Please try again shortly.",
      });
      expect(await db.vote.count({ where: { ballotItemId, dwellingId } })).toBe(0);
      expect((await castVote({ ballotItemId, dwellingId, choice: "DISAGREE" })).ok).toBe(true);
      expect(await db.vote.count({ where: { ballotItemId, dwellingId } })).toBe(1);
    });

    it("survives every idle connection of the pool being ended at once", async () => {
      // Fill the pool, then end all its connections while they sit idle (a database restart, a failover).
      // The session is given, so nothing but the action itself touches the database.
      const session = await db.userSession.create({
        data: { userId: resident, expiresAt: new Date(Date.now() + 3600_000) },
        select: { id: true },
      });
      await Promise.all(Array.from({ length: 5 }, () => db.$queryRaw`SELECT pg_sleep(0.05)::text`));
      const { rows } = await control.query<{ n: number }>(
        `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle'`,
      );
      expect(rows[0]!.n).toBeGreaterThan(0);
      actAsSession(resident, session.id);
      const results = await Promise.all(
        Array.from({ length: 5 }, () => castVote({ ballotItemId, dwellingId, choice: "AGREE" })),
      );
      // The first calls may meet a connection that died in the pool; they are told so, never 500, and the next ones work.
      for (const r of results) expect(r.ok ? "OK" : r.code).toMatch(/^(OK|UNAVAILABLE)$/);
      expect((await castVote({ ballotItemId, dwellingId, choice: "ABSTAIN" })).ok).toBe(true);
      expect(
        (await db.vote.findFirstOrThrow({ where: { ballotItemId, dwellingId }, select: { choice: true } })).choice,
      ).toBe("ABSTAIN");
    });
  },
);
