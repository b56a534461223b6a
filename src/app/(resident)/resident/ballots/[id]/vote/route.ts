import { getLocale } from "@/lib/i18n/server";
import { translateMessage } from "@/lib/i18n/translate";
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
  const result = form
    ? await castVote(form)
    : {
        ok: false as const,
        code: "INVALID_INPUT",
        error: translateMessage("errors.formUnreadable", await getLocale()),
      };
  return new Response(null, {
    status: 303,
    headers: { location: voteAnswerPath(id, form, result), "cache-control": "no-store" },
  });
}
