// The "two days before it closes" reminder, sent by the scheduled job (npm run jobs:remind).
// Idempotent: the sender's dedupe key includes the closing time, so running the job again — or
// two runs at once — tells nobody twice, while a ballot whose close was extended is reminded
// again before its new close. Each ballot is handled in its own transaction holding a shared
// lock on the ballot row: closing the ballot (which takes it exclusively) waits, and a ballot
// closed meanwhile is skipped. An audit row records each reminder that reached someone.
// No `server-only`: the job script runs it.
import type { PrismaClient } from "../../generated/prisma/client";
import { writeAudit } from "../../lib/audit";
import { latestDueClose, reminderDue } from "./reminder-rule";
import { notifyResidents } from "./sender";

export type ReminderResult = { ballots: number; notified: number };

export async function remindClosingBallots(client: PrismaClient, now = new Date()): Promise<ReminderResult> {
  const candidates = await client.ballot.findMany({
    where: { status: "OPEN", closesAt: { gt: now, lt: latestDueClose(now) }, opensAt: { lte: now } },
    orderBy: { closesAt: "asc" },
    select: { id: true, opensAt: true, closesAt: true },
  });
  let ballots = 0;
  let notified = 0;
  for (const candidate of candidates.filter((b) => reminderDue(now, b))) {
    const sent = await client.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Ballot" WHERE id = ${candidate.id} FOR SHARE`;
        const ballot = await tx.ballot.findUnique({
          where: { id: candidate.id },
          select: { status: true, opensAt: true, closesAt: true, project: { select: { districtId: true } } },
        });
        if (!ballot || ballot.status !== "OPEN" || !reminderDue(now, ballot)) return 0;
        const result = await notifyResidents(tx, { kind: "BALLOT_CLOSING", ballotId: candidate.id });
        const count = result.delivered["in-app"] ?? 0;
        if (count > 0) {
          await writeAudit(tx, null, {
            action: "ballot.remindClosing",
            entityType: "Ballot",
            entityId: candidate.id,
            districtId: ballot.project.districtId,
            after: { closesAt: ballot.closesAt, notified: count },
          });
        }
        return count;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    if (sent > 0) ballots++;
    notified += sent;
  }
  return { ballots, notified };
}
