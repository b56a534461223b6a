import { castVote } from "@/modules/consultation/actions";
import { voteAnswerPath } from "@/modules/consultation/vote-answer";

/**
 * The ballot page's vote buttons post here: a plain HTML form, so it works on any phone with
 * JavaScript off. A route handler rather than a server action because this is the one form a
 * whole neighbourhood submits in the same evening, and Next's server-action machinery (action
 * lookup, Flight decoding of the form) cost as much CPU as the vote itself (docs/performance.md,
 * "Votes"). Same action, same checks (`castVote`); the answer is a 303 back to the item.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const form = await request.formData().catch(() => null);
  const result = form ? await castVote(form) : { ok: false as const, code: "INVALID_INPUT", error: "表单内容无法读取,请返回重试。/ The form could not be read; please go back and try again." };
  return new Response(null, { status: 303, headers: { location: voteAnswerPath(id, form, result), "cache-control": "no-store" } });
}
