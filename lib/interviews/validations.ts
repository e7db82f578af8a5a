import * as z from "@/lib/validations/zod";
import { LENGTHS, RUBRIC_AXES, STAGE_IDS, VERDICT_IDS } from "@/lib/interviews/rubric";
import { getPrompt } from "@/lib/prompts/catalog";
import { baseVersion, MAX_INT, text } from "@/lib/validations/text";

export const interviewId = z.uuid();
export const requestId = z.uuid();

export const newInterviewInput = z.strictObject({
  promptId: z.string().refine((id) => getPrompt(id) !== undefined, { error: "Choose a prompt from the bank." }),
  lengthMinutes: z.coerce
    .number()
    .refine((value) => (LENGTHS as readonly number[]).includes(value), { error: "Choose 15, 30, 45 or 60 minutes." }),
});

export const stagesState = z.strictObject({
  current: z.enum(STAGE_IDS),
  /** When each visited stage was first opened (ISO time). */
  startedAt: z.partialRecord(z.enum(STAGE_IDS), z.iso.datetime()),
});
export type StagesState = z.infer<typeof stagesState>;

export const saveInterviewBody = z.strictObject({
  baseVersion,
  tradeoffs: text(20_000, "Keep the trade-offs under 20,000 characters."),
  wrapUp: text(20_000, "Keep the wrap-up under 20,000 characters.").default(""),
  stages: stagesState,
});

/** Submitting names the iteration it creates, so a second click or tab cannot create another. */
export const submitIterationInput = z.strictObject({
  interviewId,
  iteration: z.coerce
    .number()
    .int()
    .min(1, { error: "Unknown iteration." })
    .max(MAX_INT, { error: "Unknown iteration." }),
});

const axisScore = z.coerce
  .number()
  .int()
  .min(1, { error: "Score each axis from 1 to 4." })
  .max(4, { error: "Score each axis from 1 to 4." });

export const selfRatingInput = z.strictObject(
  Object.fromEntries(RUBRIC_AXES.map((axis) => [axis, axisScore])) as Record<
    (typeof RUBRIC_AXES)[number],
    typeof axisScore
  >,
);

export const reviewRequestInput = z.strictObject({
  goal: text(500, "Keep the goal under 500 characters.")
    .trim()
    .min(10, { error: "Say what you want the mentor to look at (at least 10 characters)." }),
});

export const commentInput = z.strictObject({
  /** "" from the form's "the answer as a whole" option means no anchor. */
  anchor: z.preprocess(
    (value) => (value === "" ? null : value),
    z
      .string()
      .regex(/^(requirement|parking|nfr|estimate|node|paragraph|wrapup):[A-Za-z0-9_.:% -]{1,80}$/, {
        error: "Unknown part of the answer.",
      })
      .nullable(),
  ),
  body: text(4000, "Keep a comment under 4,000 characters.").trim().min(1, { error: "Write a comment first." }),
  /** The comment this one answers; absent or "" for a new comment. */
  parentId: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.uuid({ error: "Unknown comment." }).optional(),
  ),
});

export const reviewInput = z.strictObject({
  scores: z.strictObject(
    Object.fromEntries(
      RUBRIC_AXES.map((axis) => [
        axis,
        z.strictObject({
          score: axisScore,
          evidence: text(2000).trim().min(5, { error: "Give evidence for each score." }),
        }),
      ]),
    ) as Record<(typeof RUBRIC_AXES)[number], z.ZodObject<{ score: typeof axisScore; evidence: z.ZodString }>>,
  ),
  verdict: z.enum(VERDICT_IDS, { error: "Choose a verdict." }),
});
export type ReviewInput = z.infer<typeof reviewInput>;

export const ratingInput = z.strictObject({
  rating: z.coerce.number().int().min(1, { error: "Rate from 1 to 5." }).max(5, { error: "Rate from 1 to 5." }),
});

// The forms, as submitted: each schema reads the whole form (hidden ids included)
// and names its fields as the form does, so a refusal lands next to its field.
// The browser checks them before sending; the server actions check them again.

export const selfRatingForm = selfRatingInput.extend({ interviewId });
export const requestReviewForm = reviewRequestInput.extend({ interviewId });
export const commentForm = commentInput.extend({ requestId });
export const reviewForm = reviewInput.extend({ requestId });
export const requestForm = z.strictObject({ requestId });
export const ratingForm = ratingInput.extend({ requestId });
