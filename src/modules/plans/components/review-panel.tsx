"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { approvePlan, returnPlan } from "../actions";
import { useTranslations } from "next-intl";

/** The commission's decision on a submitted plan: return with comments (plan and entries) or approve. */
export function ReviewPanel({ planId, entries }: { planId: string; entries: { id: string; name: string }[]; locale: Locale }) {
  const [comment, setComment] = useState("");
  const [entryComments, setEntryComments] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const t = useTranslations();

  const run = (kind: "return" | "approve") =>
    startTransition(async () => {
      const result =
        kind === "return"
          ? await returnPlan({ planId, comment, entryComments: Object.entries(entryComments).map(([entryId, body]) => ({ entryId, body })) })
          : await approvePlan({ planId, comment });
      setConfirming(false);
      if (result.ok) {
        setMessage({ ok: true, text: kind === "return" ? t("plans.reviewPanel.returnedToTheDistrict") : t("plans.reviewPanel.approved") });
        router.refresh();
      } else {
        setMessage({ ok: false, text: `${result.error} ${result.fieldErrors?.comment?.join(" ") ?? ""}` });
      }
    });

  return (
    <div className="space-y-3 text-sm">
      <div>
        <label htmlFor="review-comment" className="block text-slate-600">{t("plans.reviewPanel.commentRequiredToReturn")}</label>
        <textarea id="review-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} className="w-full rounded border border-slate-300 px-3 py-2" />
      </div>
      <details>
        <summary className="cursor-pointer text-brand-700">{t("plans.reviewPanel.commentOnEntries")}</summary>
        <div className="mt-2 space-y-2">
          {entries.map((e) => (
            <div key={e.id}>
              <label htmlFor={`ec-${e.id}`} className="block text-slate-600">{e.name}</label>
              <input id={`ec-${e.id}`} value={entryComments[e.id] ?? ""} onChange={(ev) => setEntryComments((c) => ({ ...c, [e.id]: ev.target.value }))} className="w-full rounded border border-slate-300 px-3 py-1.5" />
            </div>
          ))}
        </div>
      </details>
      {confirming ? (
        // Approval fixes the year's targets and the 约谈 list's base; later changes need amendments.
        <div role="alertdialog" aria-labelledby="approve-confirm-text" className="rounded border border-green-700 bg-green-50 p-3">
          <p id="approve-confirm-text" className="text-slate-800">
            {t("plans.reviewPanel.onceApprovedThisPlanIsThe")}
          </p>
          <div className="mt-3 flex gap-3">
            <button type="button" disabled={pending} onClick={() => run("approve")} className="rounded bg-green-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
              {t("plans.reviewPanel.yesApprove")}
            </button>
            <button type="button" disabled={pending} onClick={() => setConfirming(false)} className="rounded border border-slate-400 px-4 py-2 text-slate-800">
              {t("plans.reviewPanel.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div className="flex gap-3">
          <button type="button" disabled={pending} onClick={() => run("return")} className="rounded border border-amber-600 px-4 py-2 font-semibold text-amber-800 disabled:opacity-60">
            {t("plans.reviewPanel.return")}
          </button>
          <button type="button" disabled={pending} onClick={() => setConfirming(true)} className="rounded bg-green-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
            {t("plans.reviewPanel.approve")}
          </button>
        </div>
      )}
      {message ? <p role="status" className={message.ok ? "text-green-700" : "text-red-700"}>{message.text}</p> : null}
    </div>
  );
}
