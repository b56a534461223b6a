// Where the resident lands after voting: back on the ballot at the item voted on, with the outcome
// in the address (`?ok=voted` or `?error=…`), which the page shows as its flash.
import type { ActionResult } from "@/lib/action";

export function voteAnswerPath(ballotId: string, form: FormData | null, result: ActionResult<unknown>): string {
  const field = (name: string) => String(form?.get(name) ?? "");
  const params = new URLSearchParams(result.ok ? { ok: "voted" } : { error: result.error });
  const anchor =
    field("ballotItemId") && field("dwellingId") ? `#item-${field("ballotItemId")}-${field("dwellingId")}` : "";
  return `/resident/ballots/${encodeURIComponent(ballotId)}?${params.toString()}${anchor}`;
}
