import { z } from "zod";
import { wholeNumber } from "@/lib/schema-fields";
import { msg, ref } from "@/lib/i18n/message-ref";

const id = z.string().min(1).max(64);
const choice = z.enum(["AGREE", "DISAGREE", "ABSTAIN"]);

/** A `datetime-local` value is China time; full ISO strings (with a zone) are taken as given. */
const chinaDateTime = z
  .string()
  .trim()
  .min(1, "validation.consultation.pleaseEnterATime")
  .transform((text, ctx) => {
    const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text) ? new Date(`${text}:00+08:00`) : new Date(text);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "validation.consultation.invalidTime" });
      return z.NEVER;
    }
    return date;
  });

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const IssueCodesInput = z.object({
  neighborhoodId: id,
  /** Only dwellings without a usable code get one, unless `reissueAll`. */
  reissueAll: checkbox.default(false),
});

export const RevokeCodeInput = z.object({ dwellingId: id, reissue: checkbox.default(true) });

export const OpenBallotInput = z
  .object({
    projectId: id,
    title: z.string().trim().min(2, "validation.consultation.enterATitle").max(120),
    opensAt: chinaDateTime,
    closesAt: chinaDateTime,
    showRunningResults: checkbox.default(false),
    noticeWorkingDays: wholeNumber({ min: 1, max: 30, label: "validation.fields.noticeWorkingDays" }).default(5),
  })
  .refine((v) => v.closesAt > v.opensAt, {
    path: ["closesAt"],
    message: "validation.consultation.closingMustFollowOpening",
  });

export const CastVoteInput = z.object({ ballotItemId: id, dwellingId: id, choice });

export const PaperBallotInput = z.object({
  ballotItemId: id,
  dwellingId: id,
  choice,
  scan: z.instanceof(File, { message: "validation.consultation.uploadTheSignedForm" }),
});

export const VoidPaperBallotInput = z.object({
  paperBallotId: id,
  reason: z.string().trim().min(2, "validation.consultation.giveTheVoidReason").max(500),
});

export const BallotIdInput = z.object({ ballotId: id });

export const ObjectionInput = z.object({
  ballotId: id,
  ballotItemId: id.optional().or(z.literal("").transform(() => undefined)),
  body: z.string().trim().min(5, "validation.consultation.describeTheObjection").max(2000),
});

export const AnswerObjectionInput = z.object({
  objectionId: id,
  response: z.string().trim().min(2, "validation.consultation.enterAReply").max(2000),
});

/** Not marked on the paper form: the dwelling does not take part on that item. */
export const NOT_MARKED = "NONE";

/**
 * A whole dwelling's paper form: `choice_<ballotItemId>` per item (a vote, or NONE where the form
 * left it blank), one scan of the signed form for all of them.
 */
export const PaperDwellingInput = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const entries = Object.entries(raw as Record<string, unknown>);
    const choices = Object.fromEntries(
      entries.filter(([k]) => k.startsWith("choice_")).map(([k, v]) => [k.slice("choice_".length), v]),
    );
    return {
      ...Object.fromEntries(entries.filter(([k]) => !k.startsWith("choice_"))),
      choices: { ...((raw as { choices?: object }).choices ?? {}), ...choices },
    };
  },
  z.object({
    ballotId: id,
    dwellingId: id,
    choices: z.record(
      id,
      z.enum(["AGREE", "DISAGREE", "ABSTAIN", NOT_MARKED], { message: "validation.consultation.chooseAnOption" }),
    ),
    /** Who signed the form: the owner, or the proxy under the dwelling's authorisation in force. */
    signedBy: z.enum(["OWNER", "PROXY"], { message: "validation.consultation.chooseWhoSigned" }).default("OWNER"),
    scan: z.instanceof(File, { message: "validation.consultation.uploadTheSignedForm" }),
  }),
);

export const ContactPhoneInput = z.object({
  neighborhoodId: id,
  contactPhone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[0-9+\-() 转]*$/, "validation.consultation.enterAPhoneNumberSuchAs"),
});

/** `what`: the key of the field's name in the catalogues. */
const personName = (what: string) =>
  z
    .string()
    .trim()
    .min(1, msg("validation.consultation.enterTheName", { what: ref(what) }))
    .max(40, msg("validation.consultation.nameAtMost40", { what: ref(what) }));

/** An owner's written authorisation (委托书) of a proxy for one ballot, with its scan. */
export const ProxyInput = z.object({
  ballotId: id,
  dwellingId: id,
  ownerName: personName("validation.fields.ownerName"),
  proxyName: personName("validation.fields.proxyName"),
  proxyPhone: z
    .string()
    .trim()
    .max(20)
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})?$/, "validation.consultation.enterAMobileOrLandlineNumber")
    .optional()
    .transform((v) => v || null),
  proxyIdLast4: z
    .string()
    .trim()
    .regex(/^([0-9]{3}[0-9Xx])?$/, "validation.consultation.fourCharactersDigitsTheLastMay")
    .optional()
    .transform((v) => (v ? v.toUpperCase() : null)),
  scan: z.instanceof(File, { message: "validation.consultation.uploadTheSignedAuthorisation" }),
});

export const RevokeProxyInput = z.object({
  proxyId: id,
  reason: z.string().trim().min(2, "validation.consultation.giveTheRevocationReason").max(500),
});

/** The one extension of an open ballot's closing time. */
export const ExtendBallotInput = z.object({
  ballotId: id,
  closesAt: chinaDateTime,
  reason: z.string().trim().min(4, "validation.consultation.giveTheExtensionReason").max(500),
});

/** A second round for the items a counted ballot failed. */
export const SecondRoundInput = z
  .object({
    ballotId: id,
    title: z.string().trim().min(2, "validation.consultation.enterATitle").max(120),
    opensAt: chinaDateTime,
    closesAt: chinaDateTime,
  })
  .refine((v) => v.closesAt > v.opensAt, {
    path: ["closesAt"],
    message: "validation.consultation.closingMustFollowOpening",
  });
