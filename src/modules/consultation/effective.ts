// Which vote of a dwelling counts, and how owners of several dwellings are resolved, before the
// pure rule in ./tally.ts decides. Pure: no database, no clock.
import type { MatterType, TallyDwelling, TallyInput, TallyVote } from "./tally";

export type CastVote = { choice: TallyVote; at: Date };

export type DwellingVotes = {
  id: string;
  area: string;
  ownerRef: string | null;
  online: CastVote | null;
  /** Paper ballots not voided, any order. */
  paper: CastVote[];
};

export type EffectiveVote = CastVote & { source: "ONLINE" | "PAPER" };

/**
 * A signed paper form wins over the online vote (the latest form if several were entered);
 * voided forms are not passed in. Without a form the online vote counts.
 */
export function effectiveVote(d: Pick<DwellingVotes, "online" | "paper">): EffectiveVote | null {
  const latestPaper = [...d.paper].sort((a, b) => b.at.getTime() - a.at.getTime())[0];
  if (latestPaper) return { ...latestPaper, source: "PAPER" };
  return d.online ? { ...d.online, source: "ONLINE" } : null;
}

/**
 * The tally input for one item. One owner has one vote (司法解释 第九条), but an owner of several
 * dwellings may have voted on each of them, differently. The platform resolves that the way a
 * changed vote is resolved: the owner's latest vote is their vote, applied to all their dwellings.
 * (The pure rule refuses such input, so it must be resolved here.)
 */
export function tallyInputFor(matter: MatterType, dwellings: readonly DwellingVotes[]): TallyInput {
  const effective = new Map(dwellings.map((d) => [d.id, effectiveVote(d)]));
  const latestByOwner = new Map<string, EffectiveVote>();
  for (const d of dwellings) {
    const vote = effective.get(d.id);
    if (!d.ownerRef || !vote) continue;
    const current = latestByOwner.get(d.ownerRef);
    if (!current || vote.at > current.at) latestByOwner.set(d.ownerRef, vote);
  }
  const rows: TallyDwelling[] = dwellings.map((d) => {
    const own = effective.get(d.id);
    const ownerVote = d.ownerRef ? latestByOwner.get(d.ownerRef) : undefined;
    return { id: d.id, area: d.area, ownerKey: d.ownerRef, vote: (ownerVote ?? own)?.choice ?? null };
  });
  return { matter, dwellings: rows };
}
