import { z } from "zod";
import { wholeNumber } from "@/lib/schema-fields";

const id = z.string().min(1).max(64);

/** An optional file field: browsers send an empty file when nothing was chosen. */
const optionalFile = z.preprocess(
  (v) => (v instanceof File && v.size === 0 ? undefined : v),
  z.instanceof(File).optional(),
);

export const ReportProblemInput = z.object({
  projectId: id,
  body: z.string().trim().min(5, "validation.feedback.describeTheProblem").max(2000),
  photo: optionalFile,
});

export const AnswerFeedbackInput = z.object({
  feedbackId: id,
  answer: z.string().trim().min(2, "validation.feedback.enterAReply").max(2000),
});

export const RateProjectInput = z.object({
  projectId: id,
  score: wholeNumber({ min: 1, max: 5, label: "validation.fields.score" }),
  body: z.string().trim().max(2000).default(""),
});
