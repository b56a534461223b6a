import "server-only";
// What an open ballot fixes about a dwelling while it counts: shared by the dwelling's actions
// (which refuse) and its page (which says so before anyone tries).
import type { Db, Tx } from "@/lib/db";

/**
 * The ballots now open that count this dwelling: a ballot of a project that includes its
 * neighbourhood, with a question for the whole neighbourhood or for the dwelling's own stairwell
 * unit (a lift). While one is open, its headcount and area are being counted from the dwelling's
 * owner key and area, so those stay as they are until it closes; room numbers, floors, names and
 * phones may still be corrected.
 */
async function openBallotsCounting(client: Db | Tx, d: { neighborhoodId: string; unitId: string }) {
  return client.ballot.findMany({
    where: {
      status: "OPEN",
      project: { neighborhoods: { some: { neighborhoodId: d.neighborhoodId } } },
      items: { some: { OR: [{ unitId: null }, { unitId: d.unitId }] } },
    },
    orderBy: { closesAt: "asc" },
    take: 3,
    select: { title: true, closesAt: true },
  });
}

const chinaTime = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");

/** "表决“…”正在进行(截止 …)", naming the open ballots; null when none counts the dwelling. */
export async function openBallotReason(
  client: Db | Tx,
  d: { neighborhoodId: string; unitId: string },
): Promise<{ zh: string; en: string } | null> {
  const open = await openBallotsCounting(client, d);
  if (!open.length) return null;
  return {
    zh: `表决${open.map((b) => `“${b.title}”(截止 ${chinaTime(b.closesAt)})`).join("、")}正在进行,本户已计入表决总数`,
    en: `the ballot${open.length > 1 ? "s" : ""} ${open.map((b) => `“${b.title}”`).join(", ")} counting this dwelling ${open.length > 1 ? "are" : "is"} open`,
  };
}
