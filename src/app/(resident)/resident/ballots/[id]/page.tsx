import { periodEndNote } from "@/lib/china-calendar";
import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import type { VoteChoice } from "@/generated/prisma/enums";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatFen } from "@/lib/format";
import { exactYuan } from "@/lib/money";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { BALLOT_STATUS_LABELS, MATTER_LABELS, OUTCOME_LABELS, VOTE_CHOICE_LABELS } from "@/lib/labels";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { ResultLine } from "@/modules/consultation/components/result-line";
import { ThresholdLines } from "@/modules/consultation/components/threshold-lines";
import { objectionForm } from "@/modules/consultation/forms";
import { myBallot } from "@/modules/consultation/queries";
import type { TallyResult } from "@/modules/consultation/tally";
import { outcomeMeaning, roundName } from "@/modules/consultation/rounds/outcome-words";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.residentBallotsId.voteOnTheRenovation");

const CHOICES: VoteChoice[] = ["AGREE", "DISAGREE", "ABSTAIN"];
const CHOICE_STYLE: Record<VoteChoice, string> = {
  AGREE: "border-green-700 text-green-800",
  DISAGREE: "border-red-700 text-red-800",
  ABSTAIN: "border-slate-500 text-slate-700",
};
const CHOSEN_STYLE: Record<VoteChoice, string> = {
  AGREE: "bg-green-700 text-white border-green-700",
  DISAGREE: "bg-red-700 text-white border-red-700",
  ABSTAIN: "bg-slate-600 text-white border-slate-600",
};

/** The voting page for phones: plain forms, large text, no client JavaScript of its own. */
export default async function ResidentBallotPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: FlashParams;
}) {
  const actor = await requirePageActor("RESIDENT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const { ok, error } = await searchParams;
  const ballot = await orNotFound(myBallot(actor, id));
  const time = (d: Date) =>
    d.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", {
      timeZone: "Asia/Shanghai",
      dateStyle: "medium",
      timeStyle: "short",
    });
  return (
    <AppShell actor={actor} wide={false}>
      <div className="text-lg leading-relaxed">
        <Link href="/resident" className="text-brand-700">
          ← {t("routes.residentBallotsId.back")}
        </Link>
        <PageTitle
          subtitle={
            ballot.round > 1 ? `${ballot.project.name} · ${pick(locale, roundName(ballot.round))}` : ballot.project.name
          }
        >
          {ballot.title}
        </PageTitle>
        {ballot.previousRound ? (
          <p className="mb-4 rounded-lg bg-white p-4" data-testid="round-note">
            {t("routes.residentBallotsId.thisIsRoundOnlyTheItems", {
              zh: String(roundName(ballot.round).zh),
              round: String(ballot.round),
            })}{" "}
            <Link href={`/resident/ballots/${ballot.previousRound.id}`} className="text-brand-700">
              {t("routes.residentBallotsId.seeThePreviousRound")}
            </Link>
          </p>
        ) : null}
        <Flash
          ok={ok}
          error={error}
          messages={{
            voted: t("routes.residentBallotsId.yourChoiceIsRecordedYouCan"),
            objected: t("routes.residentBallotsId.objectionLodgedTheDistrictWillReply"),
          }}
        />
        <p className="mb-4 rounded-lg bg-white p-4" data-testid="ballot-status">
          <strong>{BALLOT_STATUS_LABELS[ballot.status][locale]}</strong>
          {" · "}
          {ballot.status === "OPEN" ? `${t("routes.residentBallotsId.closes")} ${time(ballot.closesAt)}` : null}
          {ballot.status === "OPEN" && ballot.originalClosesAt ? (
            <span className="block text-base text-amber-900" data-testid="extension-note">
              {t("routes.residentBallotsId.extendedFromToReason", {
                originalClosesAt: String(time(ballot.originalClosesAt)),
                closesAt: String(time(ballot.closesAt)),
                extensionReason: String(ballot.extensionReason ?? ""),
              })}
            </span>
          ) : null}
          {ballot.status === "PUBLISHED" && ballot.noticeEndsAt
            ? `${t("routes.residentBallotsId.noticePeriodUntil")} ${time(ballot.noticeEndsAt)}${periodEndNote(ballot.noticeEndsAt) ? `(${pick(locale, periodEndNote(ballot.noticeEndsAt)!)})` : ""}`
            : null}
        </p>
        {ballot.project.items.length > 0 ? (
          <section className="mb-6 rounded-lg bg-white p-4">
            <h2 className="font-bold">{t("routes.residentBallotsId.basicItemsIncludedNoVote")}</h2>
            <ul className="mt-2 list-disc pl-6">
              {ballot.project.items.map((b) => (
                <li key={b.id}>{locale === "zh" ? b.catalogueItem.name : b.catalogueItem.nameEn}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {ballot.dwellings.map((d) => (
          <section key={d.id} className="mb-8">
            <h2 className="mb-3 text-xl font-bold">
              {d.neighborhood.name} {d.unit.building.name}
              {d.unit.name} {d.room}
              {t("routes.residentBallotsId.textb373e")}
            </h2>
            <ol className="space-y-5">
              {d.items.map((item) => {
                const current = item.counting?.choice ?? null;
                const byForm = item.counting?.source === "PAPER" || item.counting?.source === "PROXY";
                const meaning =
                  ballot.status === "PUBLISHED" || ballot.status === "FINAL"
                    ? outcomeMeaning({ outcome: item.outcome, ballotStatus: ballot.status, nextRound: item.nextRound })
                    : null;
                const result = (ballot.status === "OPEN" ? ballot.running[item.id] : item.result) as
                  TallyResult | undefined;
                return (
                  <li
                    key={item.id}
                    id={`item-${item.id}-${d.id}`}
                    className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
                    data-testid="ballot-item"
                  >
                    <h3 className="text-xl font-bold">{item.title}</h3>
                    {item.description ? <p className="mt-1">{item.description}</p> : null}
                    <p className="mt-2 text-base text-slate-700">
                      {t("routes.residentBallotsId.estimatedCost")}:{formatFen(item.estimatedCostFen, locale)} ·{" "}
                      {MATTER_LABELS[item.matter][locale]}
                    </p>
                    {item.contributionNote ? (
                      <p className="mt-1 text-base">
                        {t("routes.residentBallotsId.yourContribution")}:{item.contributionNote}
                      </p>
                    ) : null}
                    {item.unitId ? (
                      <p className="mt-1 text-base">{t("routes.residentBallotsId.onlyTheOwnersOfThisStairwell")}</p>
                    ) : null}
                    {item.liftShare ? (
                      <div
                        className="mt-3 rounded-lg border border-brand-100 bg-brand-50 p-3 text-base"
                        data-testid="lift-share"
                      >
                        {item.liftShare.ok ? (
                          <>
                            <p>
                              {t("routes.residentBallotsId.yourHouseholdSEstimatedShare")}:
                              <strong className="text-xl" data-testid="lift-share-amount">
                                {exactYuan(item.liftShare.fen, locale)}
                              </strong>
                            </p>
                            <p className="mt-1 text-slate-700">
                              {t("routes.residentBallotsId.estimatedCostLessSubsidySharedBy", {
                                totalFen: String(exactYuan(item.liftShare.totalFen, locale)),
                                subsidyFen: String(exactYuan(item.liftShare.subsidyFen, locale)),
                                residentsFen: String(exactYuan(item.liftShare.residentsFen, locale)),
                              })}
                            </p>
                          </>
                        ) : (
                          <p>
                            {t("routes.residentBallotsId.yourShareCannotBeEstimatedYet")}
                            {pick(locale, item.liftShare.reason)}
                          </p>
                        )}
                        <p className="mt-1" data-testid="provident-fund">
                          {t("routes.residentBallotsId.youMayPayYourShareFrom")}
                        </p>
                      </div>
                    ) : null}
                    <p className="mt-3" data-testid="current-choice">
                      {t("routes.residentBallotsId.yourHouseholdSChoice")}:
                      <strong>
                        {current ? VOTE_CHOICE_LABELS[current][locale] : t("routes.residentBallotsId.notVotedYet")}
                      </strong>
                      {item.counting?.source === "PAPER" ? (
                        <span className="block text-base text-slate-700">
                          {t("routes.residentBallotsId.theSignedPaperFormEnteredBy")}
                        </span>
                      ) : null}
                      {item.counting?.source === "PROXY" ? (
                        <span className="block text-base text-slate-700" data-testid="proxy-note">
                          {t("routes.residentBallotsId.proxyVoteTheFormSignedBy", {
                            proxyName: String(item.proxyName ?? ""),
                          })}
                        </span>
                      ) : null}
                    </p>
                    {meaning ? (
                      <p
                        className={`mt-3 rounded-lg p-3 font-semibold ${item.outcome === "PASSED" ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900"}`}
                        data-testid="outcome-meaning"
                      >
                        {pick(locale, meaning)}
                        {item.nextRound && (item.nextRound.status === "OPEN" || item.nextRound.status === "DRAFT") ? (
                          <Link
                            href={`/resident/ballots/${item.nextRound.id}`}
                            className="mt-2 block text-brand-700 underline"
                            data-testid="next-round-link"
                          >
                            {t("routes.residentBallotsId.voteInRound", {
                              zh: String(roundName(item.nextRound.round).zh),
                              round: String(item.nextRound.round),
                            })}
                          </Link>
                        ) : null}
                      </p>
                    ) : null}
                    {ballot.votingOpen && !byForm ? (
                      <form
                        action={`/resident/ballots/${ballot.id}/vote`}
                        method="post"
                        className="mt-3 grid grid-cols-3 gap-2"
                      >
                        <input type="hidden" name="ballotId" value={ballot.id} />
                        <input type="hidden" name="ballotItemId" value={item.id} />
                        <input type="hidden" name="dwellingId" value={d.id} />
                        {CHOICES.map((choice) => (
                          <button
                            key={choice}
                            type="submit"
                            name="choice"
                            value={choice}
                            aria-pressed={item.online === choice}
                            className={`rounded-lg border-2 px-2 py-4 text-xl font-bold ${item.online === choice ? CHOSEN_STYLE[choice] : `bg-white ${CHOICE_STYLE[choice]}`}`}
                          >
                            {VOTE_CHOICE_LABELS[choice][locale]}
                          </button>
                        ))}
                      </form>
                    ) : null}
                    {ballot.showResults && result ? (
                      <div className="mt-4 rounded bg-slate-50 p-3" data-testid="item-result">
                        {ballot.status !== "OPEN" ? (
                          <p className="font-bold">{OUTCOME_LABELS[item.outcome][locale]}</p>
                        ) : (
                          <p className="font-semibold">{t("routes.residentBallotsId.runningCount")}</p>
                        )}
                        <ResultLine result={result} locale={locale} />
                        {ballot.status === "OPEN" ? (
                          <ThresholdLines matter={item.matter} result={result} locale={locale} />
                        ) : null}
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
        {ballot.status === "PUBLISHED" && ballot.noticeEndsAt && ballot.noticeEndsAt > new Date() ? (
          <form action={objectionForm} className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
            <h2 className="text-xl font-bold">{t("routes.residentBallotsId.objectToTheResult")}</h2>
            <input type="hidden" name="ballotId" value={ballot.id} />
            <label className="block">
              {t("routes.residentBallotsId.item")}
              <select name="ballotItemId" className="mt-1 block w-full rounded border border-slate-400 p-3">
                <option value="">{t("routes.residentBallotsId.theWholeBallot")}</option>
                {ballot.items.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.title}
                  </option>
                ))}
              </select>
            </label>
            <label className="block">
              {t("routes.residentBallotsId.yourObjection")}
              <textarea
                name="body"
                required
                minLength={5}
                rows={4}
                className="mt-1 block w-full rounded border border-slate-400 p-3"
              />
            </label>
            <button type="submit" className="w-full rounded-lg bg-brand-700 px-4 py-4 text-xl font-bold text-white">
              {t("routes.residentBallotsId.lodgeObjection")}
            </button>
          </form>
        ) : null}
      </div>
    </AppShell>
  );
}
