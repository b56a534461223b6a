// The one way residents are told something: `notifyResidents(tx, event)`.
//
// The caller names what happened; the sender reads the facts and the recipients from the
// database inside the caller's transaction (so a notice exists exactly when its cause committed)
// and hands one message per recipient to each channel. Recipients:
// - a ballot's events: residents bound (ResidentDwelling, not revoked, account active) to the
//   dwellings the ballot asks — every dwelling of the project's neighbourhoods if any question
//   is for all, plus the dwellings of the stairwell units of its lift questions; a ballot of lift
//   questions only reaches those units;
// - an answered objection: the resident who lodged it;
// - a stage change: residents of the project's neighbourhoods.
// A resident with several such dwellings is told once.
//
// Once each: every message carries a dedupe key (the event, e.g. `ballot:<id>:opened`; a
// reminder or an extension also carries the closing time it announces), and the in-app channel
// inserts with ON CONFLICT DO NOTHING on the unique (userId, dedupeKey) index, so the same event
// sent twice — a double submit, a job run twice or two runs at once — reaches nobody twice.
//
// Channels: see README.md beside this file for adding SMS or WeChat.
// No `server-only`: the reminder job (scripts/jobs-remind.ts) runs it too.
import type { Prisma } from "../../generated/prisma/client";
import type { NotificationKind } from "../../generated/prisma/enums";
import { excerpt, noticeText, type NoticeParams } from "./notice-text";

type Tx = Prisma.TransactionClient;

/** What residents can be told about. The sender looks up everything else. */
export type ResidentEvent =
  | { kind: "BALLOT_OPENED"; ballotId: string }
  /** Two days before the close (the reminder job). */
  | { kind: "BALLOT_CLOSING"; ballotId: string }
  /** The closing time was moved (call after writing the new `closesAt`), with the old one and why. */
  | { kind: "BALLOT_EXTENDED"; ballotId: string; previousClosesAt?: Date; reason?: string }
  | { kind: "RESULT_PUBLISHED"; ballotId: string }
  | { kind: "OBJECTION_ANSWERED"; objectionId: string }
  /** Call with the ProjectStageChange row just written. */
  | { kind: "PROJECT_STAGE_CHANGED"; stageChangeId: string };

/** One notice, the same for each of its recipients. */
type Message = {
  kind: NotificationKind;
  params: NoticeParams;
  /** Chinese, as sent (an SMS channel's text). Pages render the reader's language from kind + params. */
  title: string;
  body: string;
  /** A path inside the app (the ballot, the project). */
  link: string;
  /** Same event → same key; see the header. */
  dedupeKey: string;
};

/**
 * A way of reaching residents. `deliver` runs inside the caller's transaction and returns how
 * many recipients were newly reached; it must be idempotent per (recipient, message.dedupeKey).
 */
export interface NotificationChannel {
  readonly name: string;
  deliver(tx: Tx, message: Message, userIds: string[]): Promise<number>;
}

/** In the platform: Notification rows, shown on the resident's home page and /notifications. */
const inAppChannel: NotificationChannel = {
  name: "in-app",
  async deliver(tx, message, userIds) {
    if (userIds.length === 0) return 0;
    const { count } = await tx.notification.createMany({
      data: userIds.map((userId) => ({
        userId,
        kind: message.kind,
        params: message.params,
        title: message.title,
        body: message.body,
        link: message.link,
        dedupeKey: message.dedupeKey,
      })),
      skipDuplicates: true,
    });
    return count;
  },
};

const DEFAULT_CHANNELS: readonly NotificationChannel[] = [inAppChannel];

export type SendResult = { recipients: number; delivered: Record<string, number> };

/** Tells the residents concerned about `event`, once each, in the caller's transaction. */
export async function notifyResidents(
  tx: Tx,
  event: ResidentEvent,
  channels: readonly NotificationChannel[] = DEFAULT_CHANNELS,
): Promise<SendResult> {
  const resolved = await resolve(tx, event);
  const delivered: Record<string, number> = {};
  if (!resolved) return { recipients: 0, delivered };
  const { message, userIds } = resolved;
  for (const channel of channels) delivered[channel.name] = await channel.deliver(tx, message, userIds);
  return { recipients: userIds.length, delivered };
}

function message(kind: NotificationKind, params: NoticeParams, link: string, dedupeKey: string): Message {
  const { title, body } = noticeText(kind, params, "zh");
  return { kind, params, title, body, link, dedupeKey };
}

async function resolve(tx: Tx, event: ResidentEvent): Promise<{ message: Message; userIds: string[] } | null> {
  switch (event.kind) {
    case "BALLOT_OPENED":
    case "BALLOT_CLOSING":
    case "BALLOT_EXTENDED":
    case "RESULT_PUBLISHED": {
      const ballot = await tx.ballot.findUnique({
        where: { id: event.ballotId },
        select: {
          id: true,
          title: true,
          opensAt: true,
          closesAt: true,
          noticeEndsAt: true,
          projectId: true,
          project: { select: { name: true } },
          items: { select: { unitId: true } },
        },
      });
      if (!ballot) return null;
      const base = { ballotTitle: ballot.title, projectName: ballot.project.name };
      const link = `/resident/ballots/${ballot.id}`;
      const closes = ballot.closesAt.toISOString();
      const m =
        event.kind === "BALLOT_OPENED"
          ? message(
              event.kind,
              { ...base, opensAt: ballot.opensAt.toISOString(), closesAt: closes },
              link,
              `ballot:${ballot.id}:opened`,
            )
          : event.kind === "BALLOT_CLOSING"
            ? message(event.kind, { ...base, closesAt: closes }, link, `ballot:${ballot.id}:closing:${closes}`)
            : event.kind === "BALLOT_EXTENDED"
              ? message(
                  event.kind,
                  {
                    ...base,
                    closesAt: closes,
                    ...(event.previousClosesAt ? { previousClosesAt: event.previousClosesAt.toISOString() } : {}),
                    ...(event.reason ? { reason: excerpt(event.reason) } : {}),
                  },
                  link,
                  `ballot:${ballot.id}:extended:${closes}`,
                )
              : message(
                  event.kind,
                  { ...base, ...(ballot.noticeEndsAt ? { noticeEndsAt: ballot.noticeEndsAt.toISOString() } : {}) },
                  link,
                  `ballot:${ballot.id}:published`,
                );
      return { message: m, userIds: await residentsAskedBy(tx, ballot.projectId, ballot.items) };
    }
    case "OBJECTION_ANSWERED": {
      const objection = await tx.ballotObjection.findUnique({
        where: { id: event.objectionId },
        select: {
          id: true,
          userId: true,
          response: true,
          ballot: { select: { id: true, title: true, project: { select: { name: true } } } },
        },
      });
      if (!objection) return null;
      const m = message(
        event.kind,
        {
          ballotTitle: objection.ballot.title,
          projectName: objection.ballot.project.name,
          response: excerpt(objection.response ?? ""),
        },
        `/resident/ballots/${objection.ballot.id}`,
        `objection:${objection.id}:answered`,
      );
      const user = await tx.user.findFirst({
        where: { id: objection.userId, role: "RESIDENT", active: true },
        select: { id: true },
      });
      return { message: m, userIds: user ? [user.id] : [] };
    }
    case "PROJECT_STAGE_CHANGED": {
      const change = await tx.projectStageChange.findUnique({
        where: { id: event.stageChangeId },
        select: { id: true, toStage: true, projectId: true, project: { select: { name: true } } },
      });
      if (!change) return null;
      const m = message(
        event.kind,
        { projectName: change.project.name, stage: change.toStage },
        `/resident/projects/${change.projectId}`,
        `stage-change:${change.id}`,
      );
      const neighborhoodIds = await projectNeighborhoodIds(tx, change.projectId);
      return { message: m, userIds: await residentsOf(tx, { neighborhoodId: { in: neighborhoodIds } }) };
    }
  }
}

async function projectNeighborhoodIds(tx: Tx, projectId: string): Promise<string[]> {
  const links = await tx.projectNeighborhood.findMany({ where: { projectId }, select: { neighborhoodId: true } });
  return links.map((l) => l.neighborhoodId);
}

/** The dwellings a ballot asks, as consultation/scope.ts decides per question, united. */
async function residentsAskedBy(tx: Tx, projectId: string, items: { unitId: string | null }[]): Promise<string[]> {
  const unitIds = [...new Set(items.flatMap((i) => (i.unitId ? [i.unitId] : [])))];
  const asksEveryone = items.some((i) => !i.unitId);
  const scopes: Prisma.DwellingWhereInput[] = [];
  if (asksEveryone) scopes.push({ neighborhoodId: { in: await projectNeighborhoodIds(tx, projectId) } });
  if (unitIds.length) scopes.push({ unitId: { in: unitIds } });
  if (scopes.length === 0) return [];
  return residentsOf(tx, { OR: scopes });
}

async function residentsOf(tx: Tx, dwelling: Prisma.DwellingWhereInput): Promise<string[]> {
  const rows = await tx.residentDwelling.findMany({
    where: { revokedAt: null, user: { role: "RESIDENT", active: true }, dwelling },
    distinct: ["userId"],
    orderBy: { userId: "asc" },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}
