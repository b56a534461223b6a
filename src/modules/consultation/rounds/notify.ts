import "server-only";
// What residents are to be told when an open ballot's closing time is extended, and whom to tell:
// every resident bound to a dwelling of the ballot's neighbourhoods, once each.
//
// NOT SENT YET: the notifications module's one sender interface is being built beside this
// (branch `notify`). Wiring it is one call per recipient in `notifyResidentsOfExtension` below;
// until then the extension is shown on the resident's ballot page and the recipients are counted
// in the extension's audit row.
import type { Tx } from "@/lib/db";

export type ResidentNotice = { userIds: string[]; title: { zh: string; en: string }; body: { zh: string; en: string }; link: string };

const chinaTime = (d: Date) => d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" });

/** Residents bound to a dwelling in the ballot's neighbourhoods, each once. */
export async function ballotResidentIds(tx: Tx, ballotId: string): Promise<string[]> {
  const { project } = await tx.ballot.findUniqueOrThrow({ where: { id: ballotId }, select: { project: { select: { neighborhoods: { select: { neighborhoodId: true } } } } } });
  const bindings = await tx.residentDwelling.findMany({
    where: { revokedAt: null, dwelling: { neighborhoodId: { in: project.neighborhoods.map((n) => n.neighborhoodId) } }, user: { active: true } },
    select: { userId: true },
  });
  return [...new Set(bindings.map((b) => b.userId))];
}

export async function extensionNotice(tx: Tx, ballot: { id: string; title: string; closesAt: Date; previousClosesAt: Date; reason: string }): Promise<ResidentNotice> {
  return {
    userIds: await ballotResidentIds(tx, ballot.id),
    title: { zh: `表决延期:${ballot.title}`, en: `Voting extended: ${ballot.title}` },
    body: {
      zh: `截止时间由 ${chinaTime(ballot.previousClosesAt)} 延长至 ${chinaTime(ballot.closesAt)}。原因:${ballot.reason}`,
      en: `Closing moved from ${ballot.previousClosesAt.toISOString()} to ${ballot.closesAt.toISOString()}. Reason: ${ballot.reason}`,
    },
    link: `/resident/ballots/${ballot.id}`,
  };
}

/**
 * The lead wires the notifications sender here (one in-app message per recipient, in the same
 * transaction). Returns how many residents are to be told, for the audit row.
 */
export async function notifyResidentsOfExtension(tx: Tx, ballot: Parameters<typeof extensionNotice>[1]): Promise<number> {
  const notice = await extensionNotice(tx, ballot);
  return notice.userIds.length;
}
