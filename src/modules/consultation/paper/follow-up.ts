// Who still needs a knock on the door: the dwellings of a ballot without an effective vote on any
// of its items (what counts is ../effective.ts: an online vote, a paper form not voided, or a
// proxy's form under an authorisation in force). Pure.
import { effectiveVote, type DwellingVotes } from "../effective";

/** Ids of the dwellings in scope of some item that have no effective vote on any item, in first-seen order. */
export function dwellingsWithoutVote(
  itemVotes: readonly (readonly Pick<DwellingVotes, "id" | "online" | "paper" | "proxy">[])[],
): string[] {
  const voted = new Set<string>();
  const inScope: string[] = [];
  const seen = new Set<string>();
  for (const item of itemVotes) {
    for (const d of item) {
      if (!seen.has(d.id)) {
        seen.add(d.id);
        inScope.push(d.id);
      }
      if (effectiveVote(d)) voted.add(d.id);
    }
  }
  return inScope.filter((id) => !voted.has(id));
}

/** A mobile number as staff see it in a list: 138****5678 (other numbers keep only their last four). */
export function maskPhone(phone: string | null | undefined): string {
  const digits = (phone ?? "").replace(/\D/g, "");
  if (!digits) return "";
  const mobile = digits.length === 13 && digits.startsWith("86") ? digits.slice(2) : digits;
  if (mobile.length === 11) return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
  if (mobile.length <= 4) return "*".repeat(mobile.length);
  return `${"*".repeat(mobile.length - 4)}${mobile.slice(-4)}`;
}
