// Which vote of a dwelling counts, and how owners of several dwellings are resolved, before the
// pure rule in ./tally.ts decides. Pure: no database, no clock.
import type { MatterType, TallyDwelling, TallyInput, TallyVote } from "./tally";

type CastVote = { choice: TallyVote; at: Date };

export type DwellingVotes = {
  id: string;
  area: string;
  ownerRef: string | null;
  online: CastVote | null;
  /** Paper ballots signed by the owner, not voided, any order. */
  paper: CastVote[];
  /**
   * Paper ballots signed by the owner's proxy (委托), not voided, under an authorisation that is
   * not revoked, any order. Missing means none.
   */
  proxy?: CastVote[];
};

type VoteSource = "ONLINE" | "PAPER" | "PROXY";
export type EffectiveVote = CastVote & { source: VoteSource };

const latest = (votes: readonly CastVote[] | undefined) =>
  [...(votes ?? [])].sort((a, b) => b.at.getTime() - a.at.getTime())[0];

/**
 * Exactly one vote of a dwelling counts on an item, whichever ways it voted. Precedence, highest
 * first (the latest form within a kind if several were entered; voided forms and forms under a
 * revoked authorisation are not passed in):
 *
 * 1. PAPER — a form the owner signed personally. The owner's own act outranks what they delegated:
 *    an owner who comes to the office and signs has taken the decision back from their proxy.
 * 2. PROXY — a form signed by the proxy under an authorisation in force. The signed authorisation
 *    was checked by the district, so it outranks a click on a phone, just as paper does.
 * 3. ONLINE — the bound residents' vote on their phones.
 *
 * An owner who wants the phone vote to count again has the authorisation revoked (audited) and,
 * where needed, the paper form voided.
 */
export function effectiveVote(d: Pick<DwellingVotes, "online" | "paper" | "proxy">): EffectiveVote | null {
  const paper = latest(d.paper);
  if (paper) return { ...paper, source: "PAPER" };
  const proxy = latest(d.proxy);
  if (proxy) return { ...proxy, source: "PROXY" };
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
