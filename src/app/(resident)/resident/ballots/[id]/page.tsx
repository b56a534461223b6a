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

export const generateMetadata = localizedTitle({ zh: "改造内容表决", en: "Vote on the renovation" });

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
export default async function ResidentBallotPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: FlashParams }) {
  const actor = await requirePageActor("RESIDENT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const { ok, error } = await searchParams;
  const ballot = await orNotFound(myBallot(actor, id));
  const time = (d: Date) => d.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" });
  return (
    <AppShell actor={actor} wide={false}>
      <div className="text-lg leading-relaxed">
        <Link href="/resident" className="text-brand-700">← {L("返回首页", "Back")}</Link>
        <PageTitle subtitle={ballot.round > 1 ? `${ballot.project.name} · ${pick(locale, roundName(ballot.round))}` : ballot.project.name}>{ballot.title}</PageTitle>
        {ballot.previousRound ? (
          <p className="mb-4 rounded-lg bg-white p-4" data-testid="round-note">
            {L(`这是${roundName(ballot.round).zh}征求意见:只就上一轮未通过的事项再次表决。`, `This is round ${ballot.round}: only the items that did not pass last time are asked again.`)}{" "}
            <Link href={`/resident/ballots/${ballot.previousRound.id}`} className="text-brand-700">{L("查看上一轮结果", "See the previous round")}</Link>
          </p>
        ) : null}
        <Flash ok={ok} error={error} messages={{ voted: L("已记录您家的选择。截止前可以随时修改。", "Your choice is recorded. You can change it until closing."), objected: L("异议已提交,区县将答复。", "Objection lodged; the district will reply.") }} />
        <p className="mb-4 rounded-lg bg-white p-4" data-testid="ballot-status">
          <strong>{BALLOT_STATUS_LABELS[ballot.status][locale]}</strong>
          {" · "}
          {ballot.status === "OPEN" ? `${L("截止时间", "Closes")} ${time(ballot.closesAt)}` : null}
          {ballot.status === "OPEN" && ballot.originalClosesAt ? (
            <span className="block text-base text-amber-900" data-testid="extension-note">
              {L(`截止时间已由 ${time(ballot.originalClosesAt)} 延长至 ${time(ballot.closesAt)}。原因:${ballot.extensionReason ?? ""}`, `Extended from ${time(ballot.originalClosesAt)} to ${time(ballot.closesAt)}. Reason: ${ballot.extensionReason ?? ""}`)}
            </span>
          ) : null}
          {ballot.status === "PUBLISHED" && ballot.noticeEndsAt ? `${L("公示至", "Notice period until")} ${time(ballot.noticeEndsAt)}${periodEndNote(ballot.noticeEndsAt) ? `(${pick(locale, periodEndNote(ballot.noticeEndsAt)!)})` : ""}` : null}
        </p>
        {ballot.project.items.length > 0 ? (
          <section className="mb-6 rounded-lg bg-white p-4">
            <h2 className="font-bold">{L("基础类改造内容(已纳入,无需表决)", "Basic items (included, no vote)")}</h2>
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
              {d.neighborhood.name} {d.unit.building.name}{d.unit.name} {d.room}{L("室", "")}
            </h2>
            <ol className="space-y-5">
              {d.items.map((item) => {
                const current = item.counting?.choice ?? null;
                const byForm = item.counting?.source === "PAPER" || item.counting?.source === "PROXY";
                const meaning = ballot.status === "PUBLISHED" || ballot.status === "FINAL" ? outcomeMeaning({ outcome: item.outcome, ballotStatus: ballot.status, nextRound: item.nextRound }) : null;
                const result = (ballot.status === "OPEN" ? ballot.running[item.id] : item.result) as TallyResult | undefined;
                return (
                  <li key={item.id} id={`item-${item.id}-${d.id}`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="ballot-item">
                    <h3 className="text-xl font-bold">{item.title}</h3>
                    {item.description ? <p className="mt-1">{item.description}</p> : null}
                    <p className="mt-2 text-base text-slate-700">
                      {L("估算费用", "Estimated cost")}:{formatFen(item.estimatedCostFen, locale)} · {MATTER_LABELS[item.matter][locale]}
                    </p>
                    {item.contributionNote ? <p className="mt-1 text-base">{L("业主出资", "Your contribution")}:{item.contributionNote}</p> : null}
                    {item.unitId ? <p className="mt-1 text-base">{L("本事项由本单元业主表决。", "Only the owners of this stairwell unit vote on this.")}</p> : null}
                    {item.liftShare ? (
                      <div className="mt-3 rounded-lg border border-brand-100 bg-brand-50 p-3 text-base" data-testid="lift-share">
                        {item.liftShare.ok ? (
                          <>
                            <p>
                              {L("您家预计分摊", "Your household's estimated share")}:<strong className="text-xl" data-testid="lift-share-amount">{exactYuan(item.liftShare.fen, locale)}</strong>
                            </p>
                            <p className="mt-1 text-slate-700">
                              {L(
                                `估算费用 ${exactYuan(item.liftShare.totalFen, locale)},扣除补助 ${exactYuan(item.liftShare.subsidyFen, locale)} 后由本单元业主分摊 ${exactYuan(item.liftShare.residentsFen, locale)},按区县公布的楼层系数 × 专有面积计算;以实际费用和最终分摊为准。`,
                                `Estimated cost ${exactYuan(item.liftShare.totalFen, locale)}, less ${exactYuan(item.liftShare.subsidyFen, locale)} subsidy: ${exactYuan(item.liftShare.residentsFen, locale)} shared by the unit's owners by the district's floor coefficient × exclusive area; the final split on the actual cost decides.`,
                              )}
                            </p>
                          </>
                        ) : (
                          <p>{L("暂无法估算您家的分摊:", "Your share cannot be estimated yet: ")}{pick(locale, item.liftShare.reason)}</p>
                        )}
                        <p className="mt-1" data-testid="provident-fund">
                          {L("可以提取住房公积金支付本户分摊(政策支持提取住房公积金用于加装电梯等自住住房改造,具体手续以住房公积金管理中心规定为准),也可直接缴纳。", "You may pay your share from your housing provident fund (the policy supports withdrawals for lifts in one's own home; the fund centre's rules apply), or pay directly.")}
                        </p>
                      </div>
                    ) : null}
                    <p className="mt-3" data-testid="current-choice">
                      {L("您家当前的选择", "Your household's choice")}:<strong>{current ? VOTE_CHOICE_LABELS[current][locale] : L("尚未表决", "not voted yet")}</strong>
                      {item.counting?.source === "PAPER" ? <span className="block text-base text-slate-700">{L("(以社区录入的纸质签字表决票为准)", "(the signed paper form entered by the community counts)")}</span> : null}
                      {item.counting?.source === "PROXY" ? <span className="block text-base text-slate-700" data-testid="proxy-note">{L(`(委托投票:以受托人 ${item.proxyName ?? ""} 签字的表决票为准)`, `(proxy vote: the form signed by your proxy ${item.proxyName ?? ""} counts)`)}</span> : null}
                    </p>
                    {meaning ? (
                      <p className={`mt-3 rounded-lg p-3 font-semibold ${item.outcome === "PASSED" ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900"}`} data-testid="outcome-meaning">
                        {pick(locale, meaning)}
                        {item.nextRound && (item.nextRound.status === "OPEN" || item.nextRound.status === "DRAFT") ? (
                          <Link href={`/resident/ballots/${item.nextRound.id}`} className="mt-2 block text-brand-700 underline" data-testid="next-round-link">{L(`去参加${roundName(item.nextRound.round).zh}表决 →`, `Vote in round ${item.nextRound.round} →`)}</Link>
                        ) : null}
                      </p>
                    ) : null}
                    {ballot.votingOpen && !byForm ? (
                      <form action={`/resident/ballots/${ballot.id}/vote`} method="post" className="mt-3 grid grid-cols-3 gap-2">
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
                        {ballot.status !== "OPEN" ? <p className="font-bold">{OUTCOME_LABELS[item.outcome][locale]}</p> : <p className="font-semibold">{L("实时统计", "Running count")}</p>}
                        <ResultLine result={result} locale={locale} />
                        {ballot.status === "OPEN" ? <ThresholdLines matter={item.matter} result={result} locale={locale} /> : null}
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
            <h2 className="text-xl font-bold">{L("对表决结果提出异议", "Object to the result")}</h2>
            <input type="hidden" name="ballotId" value={ballot.id} />
            <label className="block">
              {L("涉及事项", "Item")}
              <select name="ballotItemId" className="mt-1 block w-full rounded border border-slate-400 p-3">
                <option value="">{L("整体", "The whole ballot")}</option>
                {ballot.items.map((i) => (
                  <option key={i.id} value={i.id}>{i.title}</option>
                ))}
              </select>
            </label>
            <label className="block">
              {L("异议内容", "Your objection")}
              <textarea name="body" required minLength={5} rows={4} className="mt-1 block w-full rounded border border-slate-400 p-3" />
            </label>
            <button type="submit" className="w-full rounded-lg bg-brand-700 px-4 py-4 text-xl font-bold text-white">{L("提交异议", "Lodge objection")}</button>
          </form>
        ) : null}
      </div>
    </AppShell>
  );
}
