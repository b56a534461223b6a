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

/** A time as a `datetime-local` value in China time (the forms read it as China time). */
const chinaLocal = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);

export const generateMetadata = localizedTitle({ zh: "表决详情", en: "Ballot" });

export default async function BallotPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: FlashParams }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const { ok, error } = await searchParams;
  const ballot = await orNotFound(getBallotForOfficial(actor, id));
  const dwellings = ballot.canManage && ballot.status === "OPEN" ? await ballotDwellings(actor, id) : [];
  const time = (d: Date | null) => (d ? d.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" }) : "—");
  const itemTitle = new Map(ballot.items.map((i) => [i.id, i.title]));
  const now = new Date();
  const step = (name: "close" | "publish" | "finalize", label: string, hint: string) => (
    <form action={ballotStepForm} className="inline-block">
      <input type="hidden" name="ballotId" value={ballot.id} />
      <input type="hidden" name="step" value={name} />
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white" title={hint}>{label}</button>
    </form>
  );
  return (
    <AppShell actor={actor}>
      <Link href={actor.role === "COMMISSION" ? "/commission/consultations" : "/district/consultations"} className="text-sm text-brand-700">← {L("返回表决列表", "Back to ballots")}</Link>
      <PageTitle subtitle={`${ballot.project.name} · ${pick(locale, roundName(ballot.round))}`}>{ballot.title}</PageTitle>
      {ballot.previousRound || ballot.nextRound ? (
        <nav aria-label={L("各轮表决", "Rounds")} className="mb-4 flex flex-wrap gap-4 rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm" data-testid="rounds">
          {ballot.previousRound ? (
            <Link href={`/district/consultations/${ballot.previousRound.id}`} className="text-brand-700" data-testid="previous-round">
              ← {L(`${roundName(ballot.previousRound.round).zh}:${ballot.previousRound.title}(记录与结果保留)`, `Round ${ballot.previousRound.round}: ${ballot.previousRound.title} (records kept)`)}
            </Link>
          ) : null}
          {ballot.nextRound ? (
            <Link href={`/district/consultations/${ballot.nextRound.id}`} className="font-semibold text-brand-700" data-testid="next-round">
              {L(`未通过的事项已在${roundName(ballot.nextRound.round).zh}重新表决:${ballot.nextRound.title}`, `Failed items asked again in round ${ballot.nextRound.round}: ${ballot.nextRound.title}`)} →
            </Link>
          ) : null}
        </nav>
      ) : null}
      <Flash
        ok={ok}
        error={error}
        messages={{
          opened: L("表决已发起。", "Ballot opened."),
          close: L("已截止并计票。", "Closed and counted."),
          publish: L("结果已公示。", "Results published."),
          finalize: L("结果已确认,通过的事项已纳入项目改造内容。", "Final: passed items now bind the project's scope."),
          paper: L("纸质表决票已录入。", "Paper ballot entered."),
          voided: L("纸质表决票已作废。", "Paper ballot voided."),
          answered: L("已答复异议。", "Objection answered."),
        }}
      />
      <div className="mb-6 flex flex-wrap items-center gap-4 rounded-lg bg-white p-4 text-sm shadow-sm">
        <span data-testid="ballot-status" className="text-base font-bold">{BALLOT_STATUS_LABELS[ballot.status][locale]}</span>
        <span>{L("表决时间", "Voting")}:{time(ballot.opensAt)} – {time(ballot.closesAt)}</span>
        {ballot.originalClosesAt ? (
          <span className="text-amber-800" data-testid="extended">
            {L(`已延长一次(原定 ${time(ballot.originalClosesAt)} 截止):${ballot.extensionReason ?? ""}`, `Extended once (first set to close ${time(ballot.originalClosesAt)}): ${ballot.extensionReason ?? ""}`)}
          </span>
        ) : null}
        <span>{ballot.showRunningResults ? L("居民可见实时统计", "Running results shown") : L("截止前不向居民显示统计", "No running results for residents")}</span>
        {ballot.noticeEndsAt ? <span data-testid="notice-ends">{L("公示截止", "Notice ends")}:{time(ballot.noticeEndsAt)}({ballot.noticeWorkingDays} {L("个工作日", "working days")}){periodEndNote(ballot.noticeEndsAt) ? <span className="ml-1 text-amber-800">· {pick(locale, periodEndNote(ballot.noticeEndsAt)!)}</span> : null}</span> : null}
        {ballot.canManage ? (
          <span className="ml-auto flex gap-2">
            {ballot.status === "OPEN" ? step("close", L("截止并计票", "Close and count"), "") : null}
            {ballot.status === "CLOSED" ? step("publish", L("公示结果", "Publish results"), "") : null}
            {ballot.status === "PUBLISHED" ? step("finalize", L("确认结果并纳入项目", "Finalise and bind the project"), L("公示期结束且异议均已答复后可确认。", "After the notice period, with every objection answered.")) : null}
          </span>
        ) : null}
      </div>

      <nav aria-label={L("纸质材料与入户", "Paper and follow-up")} className="mb-6 flex flex-wrap gap-3 text-sm" data-testid="paper-links">
        {ballot.canManage && ballot.status === "OPEN" ? <Link href={`/district/consultations/${ballot.id}/paper`} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{L("按户录入纸质表决票", "Enter a dwelling's paper form")}</Link> : null}
        <Link href={`/district/consultations/${ballot.id}/follow-up`} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700">{L("未投票房屋(入户名单)", "Not yet voted (door-to-door list)")}</Link>
        {actor.role === "DISTRICT" ? <Link href={`/district/consultations/${ballot.id}/forms`} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700">{L("打印纸质表决票", "Print ballot forms")}</Link> : null}
        {ballot.status !== "OPEN" && ballot.status !== "DRAFT" ? <Link href={`/district/consultations/${ballot.id}/notice`} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700">{L("打印结果公示", "Print the result notice")}</Link> : null}
      </nav>

      <Card title={L("表决事项与计票", "Items and counts")}>
        {ballot.project.items.length > 0 ? (
          <p className="mb-3 text-sm text-slate-600">{L("基础类(已纳入,不表决):", "Basic items (included, not voted): ")}{ballot.project.items.map((i) => (locale === "zh" ? i.catalogueItem.name : i.catalogueItem.nameEn)).join(L("、", ", "))}</p>
        ) : null}
        <table className="w-full text-left text-sm">
          <thead className="text-slate-600">
            <tr>
              <th className="py-2">{L("事项", "Item")}</th>
              <th>{L("事项类型", "Matter")}</th>
              <th>{L("估算费用", "Cost")}</th>
              <th>{ballot.status === "OPEN" ? L("实时统计", "Running count") : L("计票结果", "Result")}</th>
              <th>{L("结论", "Outcome")}</th>
            </tr>
          </thead>
          <tbody>
            {ballot.items.map((item) => {
              const result = (ballot.status === "OPEN" ? item.live : item.result) as TallyResult;
              return (
                <tr key={item.id} className="border-t border-slate-100 align-top" data-testid="official-item">
                  <td className="py-2 font-semibold">{item.title}</td>
                  <td>{MATTER_LABELS[item.matter][locale]}</td>
                  <td>{formatFen(item.estimatedCostFen, locale)}</td>
                  <td>
                    <ResultLine result={result} locale={locale} />
                    {item.proxyDwellings > 0 ? <p className="text-amber-800" data-testid="proxy-count">{L(`其中委托投票 ${item.proxyDwellings} 户`, `of which ${item.proxyDwellings} by proxy`)}</p> : null}
                    {ballot.status === "OPEN" ? <ThresholdLines matter={item.matter} result={result} locale={locale} /> : null}
                  </td>
                  <td data-testid="outcome">{OUTCOME_LABELS[item.outcome][locale]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Card>

      {ballot.canManage && ballot.status === "OPEN" && now < ballot.closesAt ? (
        <div className="mt-6" id="extend">
          <Card title={L("延长截止时间(仅限一次)", "Extend the closing time (once)")}>
            {ballot.originalClosesAt ? (
              <p className="text-sm text-slate-700" data-testid="extend-used">{L("本表决已经延长过一次,不能再次延长。", "This ballot was already extended once.")}</p>
            ) : null}
            <p className="mb-3 text-sm text-slate-600">{L("参与人数或面积可能达不到三分之二时,可在截止前延长一次并说明原因;原截止时间与原因记入审计日志并告知居民。", "If turnout may fall short of two thirds, extend once before closing, with a reason; it is audited and residents are told.")}</p>
            <ExtendBallotForm ballotId={ballot.id} suggestedClose={chinaLocal(new Date(ballot.closesAt.getTime() + 7 * 86_400_000))} locale={locale} />
          </Card>
        </div>
      ) : null}

      {ballot.canManage && ballot.status === "CLOSED" && ballot.items.some((i) => i.outcome === "FAILED" || i.outcome === "NOT_QUORATE") ? (
        <p className="mt-6 rounded bg-amber-50 p-3 text-sm text-amber-900" data-testid="second-round-hint">
          {L("有事项未通过。公示本轮结果后,可就这些事项组织第二轮表决。", "Some items failed. Publish this round's result, then the failed items can be asked again in a second round.")}
        </p>
      ) : null}

      {ballot.canManage && ["PUBLISHED", "FINAL"].includes(ballot.status) && !ballot.nextRound && ballot.project.stage === "CONSULTATION" && ballot.items.some((i) => i.outcome === "FAILED" || i.outcome === "NOT_QUORATE") ? (
        <div className="mt-6" id="second-round">
          <Card title={L(`就未通过的事项组织${roundName(ballot.round + 1).zh}表决`, `Ask the failed items again in round ${ballot.round + 1}`)}>
            <p className="mb-2 text-sm text-slate-600">
              {L("只包含本轮未通过或参与不足的事项:", "Only the items that failed or lacked participation: ")}
              <span data-testid="second-round-items">{ballot.items.filter((i) => i.outcome === "FAILED" || i.outcome === "NOT_QUORATE").map((i) => i.title).join("、")}</span>
              {L("。本轮的投票、纸质票、委托、记录和结果保持不变,仍可查看。", ". This round's votes, forms, proxies, history and result stay as they are and remain viewable.")}
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
        <Card title={L("纸质表决票", "Paper ballots")}>
          <p className="mb-3 text-sm text-slate-600">{L("业主本人签字的纸质票优先于受托人签字的票(委托投票),两者都优先于线上投票,除非被作废或委托被撤销;所有票都保留在记录中。", "The owner's signed form outranks the proxy's, and both outrank the online vote unless voided or the proxy revoked; all stay on record.")}</p>
          <ul className="space-y-3 text-sm">
            {ballot.paperBallots.map((p) => (
              <li key={p.id} className="rounded border border-slate-200 p-3" data-testid="paper-ballot">
                <p className="font-semibold">
                  {p.dwelling.neighborhood.name} {p.dwelling.unit.building.name}{p.dwelling.unit.name} {p.dwelling.room} · {itemTitle.get(p.ballotItemId)}
                </p>
                <p>
                  {p.proxyId ? (
                    <strong className="mr-1 text-amber-800" data-testid="paper-ballot-proxy">
                      {L(`委托投票(受托人 ${p.proxyName} 签字${p.proxyRevoked ? ",委托已撤销,不计入" : ""})`, `Proxy vote (signed by ${p.proxyName}${p.proxyRevoked ? "; revoked, not counted" : ""})`)}
                    </strong>
                  ) : null}
                  {L("纸质", "Paper")}:<strong>{VOTE_CHOICE_LABELS[p.choice][locale]}</strong>
                  {p.online ? (
                    <span className={p.online !== p.choice && !p.voidedAt ? "ml-2 text-amber-700" : "ml-2"} data-testid="conflict">
                      {L("线上", "Online")}:{VOTE_CHOICE_LABELS[p.online][locale]}{p.voidedAt ? "" : L("(以纸质票为准)", " (paper counts)")}
                    </span>
                  ) : null}
                </p>
                <p className="text-slate-600">
                  {L("录入", "Entered")}:{p.enteredByName} · {time(p.enteredAt)} · <a href={`/api/consultation/scans/${p.id}`} className="text-brand-700">{L("签字表扫描件", "Signed form")}</a>
                </p>
                {p.voidedAt ? (
                  <p className="text-red-700">{L("已作废", "Void")}:{p.voidReason}({time(p.voidedAt)})</p>
                ) : ballot.canManage && ballot.status === "OPEN" ? (
                  <form action={voidPaperForm} className="mt-2 flex gap-2">
                    <input type="hidden" name="ballotId" value={ballot.id} />
                    <input type="hidden" name="paperBallotId" value={p.id} />
                    <input name="reason" required placeholder={L("作废原因", "Reason")} className="flex-1 rounded border border-slate-300 p-1" />
                    <button type="submit" className="rounded border border-red-700 px-2 text-red-700">{L("作废", "Void")}</button>
                  </form>
                ) : null}
              </li>
            ))}
            {ballot.paperBallots.length === 0 ? <li className="text-slate-500">{L("暂无", "None")}</li> : null}
          </ul>
        </Card>
        {ballot.canManage && ballot.status === "OPEN" ? (
          <Card title={L("录入纸质表决票", "Enter a paper ballot")}>
            <form action={paperBallotForm} className="space-y-3 text-sm" data-testid="paper-form">
              <input type="hidden" name="ballotId" value={ballot.id} />
              <label className="block">{L("事项", "Item")}
                <select name="ballotItemId" required className="mt-1 block w-full rounded border border-slate-300 p-2">
                  {ballot.items.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
                </select>
              </label>
              <label className="block">{L("房屋", "Dwelling")}
                <select name="dwellingId" required className="mt-1 block w-full rounded border border-slate-300 p-2">
                  {dwellings.map((d) => <option key={d.id} value={d.id}>{d.neighborhood.name} {d.unit.building.name}{d.unit.name} {d.room}</option>)}
                </select>
              </label>
              <fieldset className="flex gap-4">
                <legend>{L("表决意见", "Choice")}</legend>
                {(["AGREE", "DISAGREE", "ABSTAIN"] as const).map((c) => (
                  <label key={c} className="flex items-center gap-1"><input type="radio" name="choice" value={c} required />{VOTE_CHOICE_LABELS[c][locale]}</label>
                ))}
              </fieldset>
              <label className="block">{L("签字表扫描件(图片或 PDF)", "Scan of the signed form (image or PDF)")}
                <input type="file" name="scan" required accept="image/*,application/pdf" className="mt-1 block w-full" />
              </label>
              <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{L("录入", "Enter")}</button>
            </form>
          </Card>
        ) : null}
      </div>

      <div id="objections" className="mt-6">
        <Card title={L("公示期异议", "Objections")}>
          <ul className="space-y-3 text-sm">
            {ballot.objections.map((o) => (
              <li key={o.id} className="rounded border border-slate-200 p-3" data-testid="objection">
                <p>{o.ballotItemId ? `${itemTitle.get(o.ballotItemId)}:` : ""}{o.body}</p>
                {o.response ? <p className="mt-1 text-green-800">{L("答复", "Reply")}:{o.response}</p> : null}
                {!o.response && ballot.canManage ? (
                  <form action={answerObjectionForm} className="mt-2 flex gap-2">
                    <input type="hidden" name="ballotId" value={ballot.id} />
                    <input type="hidden" name="objectionId" value={o.id} />
                    <input name="response" required className="flex-1 rounded border border-slate-300 p-1" placeholder={L("答复内容", "Reply")} />
                    <button type="submit" className="rounded bg-brand-700 px-2 text-white">{L("答复", "Reply")}</button>
                  </form>
                ) : null}
              </li>
            ))}
            {ballot.objections.length === 0 ? <li className="text-slate-500">{L("暂无", "None")}</li> : null}
          </ul>
        </Card>
      </div>
    </AppShell>
  );
}
