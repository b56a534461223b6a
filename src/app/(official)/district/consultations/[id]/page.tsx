import { DataTable } from "@/components/data-table";
import { periodEndNote } from "@/lib/china-calendar";
import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatFen } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { BALLOT_STATUS_LABELS, MATTER_LABELS, OUTCOME_LABELS, VOTE_CHOICE_LABELS } from "@/lib/labels";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { ResultLine } from "@/modules/consultation/components/result-line";
import { ThresholdLines } from "@/modules/consultation/components/threshold-lines";
import { answerObjectionForm, ballotStepForm, paperBallotForm, voidPaperForm } from "@/modules/consultation/forms";
import { ballotDwellings, getBallotForOfficial } from "@/modules/consultation/queries";
import type { TallyResult } from "@/modules/consultation/tally";
import { ExtendBallotForm, SecondRoundForm } from "@/modules/consultation/rounds/components/round-forms";
import { roundName } from "@/modules/consultation/rounds/outcome-words";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

/** A time as a `datetime-local` value in China time (the forms read it as China time). */
const chinaLocal = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);

export const generateMetadata = localizedTitle("routes.districtConsultationsId.ballot");

export default async function BallotPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: FlashParams;
}) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const { ok, error } = await searchParams;
  const ballot = await orNotFound(getBallotForOfficial(actor, id));
  const dwellings = ballot.canManage && ballot.status === "OPEN" ? await ballotDwellings(actor, id) : [];
  const time = (d: Date | null) =>
    d
      ? d.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", {
          timeZone: "Asia/Shanghai",
          dateStyle: "medium",
          timeStyle: "short",
        })
      : "—";
  const itemTitle = new Map(ballot.items.map((i) => [i.id, i.title]));
  const now = new Date();
  const step = (name: "close" | "publish" | "finalize", label: string, hint: string) => (
    <form action={ballotStepForm} className="inline-block">
      <input type="hidden" name="ballotId" value={ballot.id} />
      <input type="hidden" name="step" value={name} />
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white" title={hint}>
        {label}
      </button>
    </form>
  );
  return (
    <AppShell actor={actor}>
      <Link
        href={actor.role === "COMMISSION" ? "/commission/consultations" : "/district/consultations"}
        className="text-sm text-brand-700"
      >
        ← {t("routes.districtConsultationsId.backToBallots")}
      </Link>
      <PageTitle subtitle={`${ballot.project.name} · ${pick(locale, roundName(ballot.round))}`}>
        {ballot.title}
      </PageTitle>
      {ballot.previousRound || ballot.nextRound ? (
        <nav
          aria-label={t("routes.districtConsultationsId.rounds")}
          className="mb-4 flex flex-wrap gap-4 rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm"
          data-testid="rounds"
        >
          {ballot.previousRound ? (
            <Link
              href={`/district/consultations/${ballot.previousRound.id}`}
              className="text-brand-700"
              data-testid="previous-round"
            >
              ←{" "}
              {t("routes.districtConsultationsId.roundRecordsKept", {
                zh: String(roundName(ballot.previousRound.round).zh),
                title: String(ballot.previousRound.title),
                round: String(ballot.previousRound.round),
              })}
            </Link>
          ) : null}
          {ballot.nextRound ? (
            <Link
              href={`/district/consultations/${ballot.nextRound.id}`}
              className="font-semibold text-brand-700"
              data-testid="next-round"
            >
              {t("routes.districtConsultationsId.failedItemsAskedAgainInRound", {
                zh: String(roundName(ballot.nextRound.round).zh),
                title: String(ballot.nextRound.title),
                round: String(ballot.nextRound.round),
              })}{" "}
              →
            </Link>
          ) : null}
        </nav>
      ) : null}
      <Flash
        ok={ok}
        error={error}
        messages={{
          opened: t("routes.districtConsultationsId.ballotOpened"),
          close: t("routes.districtConsultationsId.closedAndCounted"),
          publish: t("routes.districtConsultationsId.resultsPublished"),
          finalize: t("routes.districtConsultationsId.finalPassedItemsNowBindThe"),
          paper: t("routes.districtConsultationsId.paperBallotEntered"),
          voided: t("routes.districtConsultationsId.paperBallotVoided"),
          answered: t("routes.districtConsultationsId.objectionAnswered"),
        }}
      />
      <div className="mb-6 flex flex-wrap items-center gap-4 rounded-lg bg-white p-4 text-sm shadow-sm">
        <span data-testid="ballot-status" className="text-base font-bold">
          {BALLOT_STATUS_LABELS[ballot.status][locale]}
        </span>
        <span>
          {t("routes.districtConsultationsId.voting")}:{time(ballot.opensAt)} – {time(ballot.closesAt)}
        </span>
        {ballot.originalClosesAt ? (
          <span className="text-amber-800" data-testid="extended">
            {t("routes.districtConsultationsId.extendedOnceFirstSetToClose", {
              originalClosesAt: String(time(ballot.originalClosesAt)),
              extensionReason: String(ballot.extensionReason ?? ""),
            })}
          </span>
        ) : null}
        <span>
          {ballot.showRunningResults
            ? t("routes.districtConsultationsId.runningResultsShown")
            : t("routes.districtConsultationsId.noRunningResultsForResidents")}
        </span>
        {ballot.noticeEndsAt ? (
          <span data-testid="notice-ends">
            {t("routes.districtConsultationsId.noticeEnds")}:{time(ballot.noticeEndsAt)}({ballot.noticeWorkingDays}{" "}
            {t("routes.districtConsultationsId.workingDays")})
            {periodEndNote(ballot.noticeEndsAt) ? (
              <span className="ml-1 text-amber-800">· {pick(locale, periodEndNote(ballot.noticeEndsAt)!)}</span>
            ) : null}
          </span>
        ) : null}
        {ballot.canManage ? (
          <span className="ml-auto flex gap-2">
            {ballot.status === "OPEN" ? step("close", t("routes.districtConsultationsId.closeAndCount"), "") : null}
            {ballot.status === "CLOSED"
              ? step("publish", t("routes.districtConsultationsId.publishResults"), "")
              : null}
            {ballot.status === "PUBLISHED"
              ? step(
                  "finalize",
                  t("routes.districtConsultationsId.finaliseAndBindTheProject"),
                  t("routes.districtConsultationsId.afterTheNoticePeriodWithEvery"),
                )
              : null}
          </span>
        ) : null}
      </div>

      <nav
        aria-label={t("routes.districtConsultationsId.paperAndFollowUp")}
        className="mb-6 flex flex-wrap gap-3 text-sm"
        data-testid="paper-links"
      >
        {ballot.canManage && ballot.status === "OPEN" ? (
          <Link
            href={`/district/consultations/${ballot.id}/paper`}
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white"
          >
            {t("routes.districtConsultationsId.enterADwellingSPaperForm")}
          </Link>
        ) : null}
        <Link
          href={`/district/consultations/${ballot.id}/follow-up`}
          className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700"
        >
          {t("routes.districtConsultationsId.notYetVotedDoorToDoor")}
        </Link>
        {actor.role === "DISTRICT" ? (
          <Link
            href={`/district/consultations/${ballot.id}/forms`}
            className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700"
          >
            {t("routes.districtConsultationsId.printBallotForms")}
          </Link>
        ) : null}
        {ballot.status !== "OPEN" && ballot.status !== "DRAFT" ? (
          <Link
            href={`/district/consultations/${ballot.id}/notice`}
            className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700"
          >
            {t("routes.districtConsultationsId.printTheResultNotice")}
          </Link>
        ) : null}
      </nav>

      <Card title={t("routes.districtConsultationsId.itemsAndCounts")}>
        {ballot.project.items.length > 0 ? (
          <p className="mb-3 text-sm text-slate-600">
            {t("routes.districtConsultationsId.basicItemsIncludedNotVoted")}
            {ballot.project.items
              .map((i) => (locale === "zh" ? i.catalogueItem.name : i.catalogueItem.nameEn))
              .join(t("routes.districtConsultationsId.text6486d"))}
          </p>
        ) : null}
        <DataTable
          caption={t("routes.districtConsultationsId.itemsAndCounts")}
          rows={ballot.items}
          rowKey={(item) => item.id}
          rowTestId="official-item"
          columns={[
            {
              key: "title",
              header: t("routes.districtConsultationsId.item"),
              cell: (item) => item.title,
              className: "font-semibold",
            },
            {
              key: "matter",
              header: t("routes.districtConsultationsId.matter"),
              cell: (item) => MATTER_LABELS[item.matter][locale],
            },
            {
              key: "cost",
              header: t("routes.districtConsultationsId.cost"),
              cell: (item) => formatFen(item.estimatedCostFen, locale),
            },
            {
              key: "count",
              header:
                ballot.status === "OPEN"
                  ? t("routes.districtConsultationsId.runningCount")
                  : t("routes.districtConsultationsId.result"),
              cell: (item) => {
                const result = (ballot.status === "OPEN" ? item.live : item.result) as TallyResult;
                return (
                  <>
                    <ResultLine result={result} locale={locale} />
                    {item.proxyDwellings > 0 ? (
                      <p className="text-amber-800" data-testid="proxy-count">
                        {t("routes.districtConsultationsId.ofWhichByProxy", {
                          proxyDwellings: String(item.proxyDwellings),
                        })}
                      </p>
                    ) : null}
                    {ballot.status === "OPEN" ? (
                      <ThresholdLines matter={item.matter} result={result} locale={locale} />
                    ) : null}
                  </>
                );
              },
            },
            {
              key: "outcome",
              header: t("routes.districtConsultationsId.outcome"),
              cell: (item) => <span data-testid="outcome">{OUTCOME_LABELS[item.outcome][locale]}</span>,
            },
          ]}
        />
      </Card>

      {ballot.canManage && ballot.status === "OPEN" && now < ballot.closesAt ? (
        <div className="mt-6" id="extend">
          <Card title={t("routes.districtConsultationsId.extendTheClosingTimeOnce")}>
            {ballot.originalClosesAt ? (
              <p className="text-sm text-slate-700" data-testid="extend-used">
                {t("routes.districtConsultationsId.thisBallotWasAlreadyExtendedOnce")}
              </p>
            ) : null}
            <p className="mb-3 text-sm text-slate-600">{t("routes.districtConsultationsId.ifTurnoutMayFallShortOf")}</p>
            <ExtendBallotForm
              ballotId={ballot.id}
              suggestedClose={chinaLocal(new Date(ballot.closesAt.getTime() + 7 * 86_400_000))}
              locale={locale}
            />
          </Card>
        </div>
      ) : null}

      {ballot.canManage &&
      ballot.status === "CLOSED" &&
      ballot.items.some((i) => i.outcome === "FAILED" || i.outcome === "NOT_QUORATE") ? (
        <p className="mt-6 rounded bg-amber-50 p-3 text-sm text-amber-900" data-testid="second-round-hint">
          {t("routes.districtConsultationsId.someItemsFailedPublishThisRound")}
        </p>
      ) : null}

      {ballot.canManage &&
      ["PUBLISHED", "FINAL"].includes(ballot.status) &&
      !ballot.nextRound &&
      ballot.project.stage === "CONSULTATION" &&
      ballot.items.some((i) => i.outcome === "FAILED" || i.outcome === "NOT_QUORATE") ? (
        <div className="mt-6" id="second-round">
          <Card
            title={t("routes.districtConsultationsId.askTheFailedItemsAgainIn", {
              zh: String(roundName(ballot.round + 1).zh),
              round: String(ballot.round + 1),
            })}
          >
            <p className="mb-2 text-sm text-slate-600">
              {t("routes.districtConsultationsId.onlyTheItemsThatFailedOr")}
              <span data-testid="second-round-items">
                {ballot.items
                  .filter((i) => i.outcome === "FAILED" || i.outcome === "NOT_QUORATE")
                  .map((i) => i.title)
                  .join("、")}
              </span>
              {t("routes.districtConsultationsId.thisRoundSVotesFormsProxies")}
            </p>
            <SecondRoundForm
              ballotId={ballot.id}
              roundLabel={roundName(ballot.round + 1).zh}
              round={ballot.round + 1}
              locale={locale}
              title={`${ballot.title.replace(/^第.轮:/, "")}`.replace(/^/, `${roundName(ballot.round + 1).zh}:`)}
              opensAt={chinaLocal(now)}
              closesAt={chinaLocal(new Date(now.getTime() + 14 * 86_400_000))}
            />
          </Card>
        </div>
      ) : null}

      <div id="paper" className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card title={t("routes.districtConsultationsId.paperBallots")}>
          <p className="mb-3 text-sm text-slate-600">
            {t("routes.districtConsultationsId.theOwnerSSignedFormOutranks")}
          </p>
          <ul className="space-y-3 text-sm">
            {ballot.paperBallots.map((p) => (
              <li key={p.id} className="rounded border border-slate-200 p-3" data-testid="paper-ballot">
                <p className="font-semibold">
                  {p.dwelling.neighborhood.name} {p.dwelling.unit.building.name}
                  {p.dwelling.unit.name} {p.dwelling.room} · {itemTitle.get(p.ballotItemId)}
                </p>
                <p>
                  {p.proxyId ? (
                    <strong className="mr-1 text-amber-800" data-testid="paper-ballot-proxy">
                      {t("routes.districtConsultationsId.proxyVoteSignedBy", {
                        proxyName: String(p.proxyName),
                        hasProxyRevoked: String(Boolean(p.proxyRevoked)),
                      })}
                    </strong>
                  ) : null}
                  {t("routes.districtConsultationsId.paper")}:<strong>{VOTE_CHOICE_LABELS[p.choice][locale]}</strong>
                  {p.online ? (
                    <span
                      className={p.online !== p.choice && !p.voidedAt ? "ml-2 text-amber-700" : "ml-2"}
                      data-testid="conflict"
                    >
                      {t("routes.districtConsultationsId.online")}:{VOTE_CHOICE_LABELS[p.online][locale]}
                      {p.voidedAt ? "" : t("routes.districtConsultationsId.paperCounts")}
                    </span>
                  ) : null}
                </p>
                <p className="text-slate-600">
                  {t("routes.districtConsultationsId.entered")}:{p.enteredByName} · {time(p.enteredAt)} ·{" "}
                  <a href={`/api/consultation/scans/${p.id}`} className="text-brand-700">
                    {t("routes.districtConsultationsId.signedForm")}
                  </a>
                </p>
                {p.voidedAt ? (
                  <p className="text-red-700">
                    {t("routes.districtConsultationsId.void")}:{p.voidReason}({time(p.voidedAt)})
                  </p>
                ) : ballot.canManage && ballot.status === "OPEN" ? (
                  <form action={voidPaperForm} className="mt-2 flex gap-2">
                    <input type="hidden" name="ballotId" value={ballot.id} />
                    <input type="hidden" name="paperBallotId" value={p.id} />
                    <input
                      name="reason"
                      required
                      placeholder={t("routes.districtConsultationsId.reason")}
                      className="flex-1 rounded border border-slate-300 p-1"
                    />
                    <button type="submit" className="rounded border border-red-700 px-2 text-red-700">
                      {t("routes.districtConsultationsId.void_65c4f")}
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
            {ballot.paperBallots.length === 0 ? (
              <li className="text-slate-500">{t("routes.districtConsultationsId.none")}</li>
            ) : null}
          </ul>
        </Card>
        {ballot.canManage && ballot.status === "OPEN" ? (
          <Card title={t("routes.districtConsultationsId.enterAPaperBallot")}>
            <form action={paperBallotForm} className="space-y-3 text-sm" data-testid="paper-form">
              <input type="hidden" name="ballotId" value={ballot.id} />
              <label className="block">
                {t("routes.districtConsultationsId.item")}
                <select name="ballotItemId" required className="mt-1 block w-full rounded border border-slate-300 p-2">
                  {ballot.items.map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.title}
                    </option>
                  ))}
                </select>
              </label>
              <label className="block">
                {t("routes.districtConsultationsId.dwelling")}
                <select name="dwellingId" required className="mt-1 block w-full rounded border border-slate-300 p-2">
                  {dwellings.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.neighborhood.name} {d.unit.building.name}
                      {d.unit.name} {d.room}
                    </option>
                  ))}
                </select>
              </label>
              <fieldset className="flex gap-4">
                <legend>{t("routes.districtConsultationsId.choice")}</legend>
                {(["AGREE", "DISAGREE", "ABSTAIN"] as const).map((c) => (
                  <label key={c} className="flex items-center gap-1">
                    <input type="radio" name="choice" value={c} required />
                    {VOTE_CHOICE_LABELS[c][locale]}
                  </label>
                ))}
              </fieldset>
              <label className="block">
                {t("routes.districtConsultationsId.scanOfTheSignedFormImage")}
                <input
                  type="file"
                  name="scan"
                  required
                  accept="image/*,application/pdf"
                  className="mt-1 block w-full"
                />
              </label>
              <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
                {t("routes.districtConsultationsId.enter")}
              </button>
            </form>
          </Card>
        ) : null}
      </div>

      <div id="objections" className="mt-6">
        <Card title={t("routes.districtConsultationsId.objections")}>
          <ul className="space-y-3 text-sm">
            {ballot.objections.map((o) => (
              <li key={o.id} className="rounded border border-slate-200 p-3" data-testid="objection">
                <p>
                  {o.ballotItemId ? `${itemTitle.get(o.ballotItemId)}:` : ""}
                  {o.body}
                </p>
                {o.response ? (
                  <p className="mt-1 text-green-800">
                    {t("routes.districtConsultationsId.reply")}:{o.response}
                  </p>
                ) : null}
                {!o.response && ballot.canManage ? (
                  <form action={answerObjectionForm} className="mt-2 flex gap-2">
                    <input type="hidden" name="ballotId" value={ballot.id} />
                    <input type="hidden" name="objectionId" value={o.id} />
                    <input
                      name="response"
                      required
                      className="flex-1 rounded border border-slate-300 p-1"
                      placeholder={t("routes.districtConsultationsId.reply_32066")}
                    />
                    <button type="submit" className="rounded bg-brand-700 px-2 text-white">
                      {t("routes.districtConsultationsId.reply")}
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
            {ballot.objections.length === 0 ? (
              <li className="text-slate-500">{t("routes.districtConsultationsId.none")}</li>
            ) : null}
          </ul>
        </Card>
      </div>
    </AppShell>
  );
}
