// The words of a resident's notice, in the reader's language, from the event and its facts.
// Plain sentences for elderly readers: what happened, what to do, by when. Pure: the sender
// writes the Chinese into the row (what an SMS would carry) and the pages render the reader's
// language from `kind` + `params`, so switching to English translates old notices too.
import { z } from "zod";
import type { NotificationKind, ProjectStage } from "../../generated/prisma/enums";
import type { Locale } from "../../lib/i18n/locale";
import { formatDateTime } from "../../lib/format";
import { STAGE_LABELS } from "../../lib/labels";

const STAGES = Object.keys(STAGE_LABELS) as [ProjectStage, ...ProjectStage[]];

/** The facts a notice needs, stored as the row's `params` (times as ISO strings). */
export const NoticeParams = z.object({
  ballotTitle: z.string().max(500).optional(),
  projectName: z.string().max(500).optional(),
  opensAt: z.iso.datetime().optional(),
  closesAt: z.iso.datetime().optional(),
  previousClosesAt: z.iso.datetime().optional(),
  noticeEndsAt: z.iso.datetime().optional(),
  reason: z.string().max(1000).optional(),
  response: z.string().max(1000).optional(),
  stage: z.enum(STAGES).optional(),
});
export type NoticeParams = z.infer<typeof NoticeParams>;

export type NoticeText = { title: string; body: string; linkLabel: string };

const at = (iso: string | undefined, locale: Locale) => (iso ? formatDateTime(new Date(iso), locale) : "—");

/** A long answer is cut for the list; the whole text is on the ballot page. */
export function excerpt(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function noticeText(kind: NotificationKind, p: NoticeParams, locale: Locale): NoticeText {
  const zh = locale === "zh";
  const ballot = p.ballotTitle ?? "";
  const project = p.projectName ?? "";
  switch (kind) {
    case "BALLOT_OPENED":
      return zh
        ? {
            title: `请您投票:${ballot}`,
            body: `“${project}”要改造哪些内容,请您投票。投票时间:${at(p.opensAt, locale)} 至 ${at(p.closesAt, locale)}。每户一票,截止前可以修改。`,
            linkLabel: "去投票",
          }
        : {
            title: `Please vote: ${ballot}`,
            body: `Have your say on what “${project}” renovates. Voting runs from ${at(p.opensAt, locale)} to ${at(p.closesAt, locale)}. One vote per household; you can change it until the close.`,
            linkLabel: "Vote",
          };
    case "BALLOT_CLOSING":
      return zh
        ? {
            title: `还有两天截止投票:${ballot}`,
            body: `投票将于 ${at(p.closesAt, locale)} 截止。还没投的请抓紧;已经投过的不用再投,截止前还可以修改。`,
            linkLabel: "去投票",
          }
        : {
            title: `Two days left to vote: ${ballot}`,
            body: `Voting closes at ${at(p.closesAt, locale)}. If you have not voted yet, please do; if you have, nothing more is needed (you can still change it until then).`,
            linkLabel: "Vote",
          };
    case "BALLOT_EXTENDED":
      return zh
        ? {
            title: `投票时间延长了:${ballot}`,
            body: `投票截止时间改为 ${at(p.closesAt, locale)}${p.previousClosesAt ? `(原为 ${at(p.previousClosesAt, locale)})` : ""}。${p.reason ? `原因:${p.reason}` : ""}`,
            linkLabel: "去投票",
          }
        : {
            title: `More time to vote: ${ballot}`,
            body: `Voting now closes at ${at(p.closesAt, locale)}${p.previousClosesAt ? ` (was ${at(p.previousClosesAt, locale)})` : ""}.${p.reason ? ` Reason: ${p.reason}` : ""}`,
            linkLabel: "Vote",
          };
    case "RESULT_PUBLISHED":
      return zh
        ? {
            title: `表决结果公示了:${ballot}`,
            body: `“${project}”的投票结果出来了,点开可以看到每一项是否通过。公示到 ${at(p.noticeEndsAt, locale)},有不同意见可以在这之前提出。`,
            linkLabel: "看结果",
          }
        : {
            title: `Results published: ${ballot}`,
            body: `The results for “${project}” are out; open them to see which items passed. They are on public notice until ${at(p.noticeEndsAt, locale)}; you may object until then.`,
            linkLabel: "See results",
          };
    case "OBJECTION_ANSWERED":
      return zh
        ? { title: "您提的异议有答复了", body: `关于“${ballot}”,答复:${p.response ?? ""}`, linkLabel: "查看" }
        : {
            title: "Your objection has been answered",
            body: `About “${ballot}”, the reply: ${p.response ?? ""}`,
            linkLabel: "Open",
          };
    case "PROJECT_STAGE_CHANGED": {
      const stage = p.stage ? STAGE_LABELS[p.stage][locale] : "";
      return zh
        ? {
            title: `改造进展:${project}进入“${stage}”阶段`,
            body: `您小区的改造项目“${project}”进入了新阶段:${stage}。点开可以看进度。`,
            linkLabel: "看进度",
          }
        : {
            title: `Renovation news: ${project} is now at “${stage}”`,
            body: `Your neighbourhood's project “${project}” has moved to a new stage: ${stage}. Open it to follow the progress.`,
            linkLabel: "See progress",
          };
    }
  }
}

/**
 * What a stored notice says to this reader: a resident's notice from its kind and facts; a
 * free-text one (officials' escalations) or one whose facts no longer parse, as it was written.
 */
export function renderNotice(
  row: { kind: NotificationKind | null; params: unknown; title: string; body: string },
  locale: Locale,
): NoticeText {
  if (row.kind) {
    const parsed = NoticeParams.safeParse(row.params);
    if (parsed.success) return noticeText(row.kind, parsed.data, locale);
  }
  return { title: row.title, body: row.body, linkLabel: locale === "zh" ? "查看" : "Open" };
}
