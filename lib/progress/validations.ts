import * as z from "@/lib/validations/zod";
import { blockId } from "@/lib/lessons/blocks/schemas";
import { text } from "@/lib/validations/text";

export const lessonSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lesson slug")
  .max(100);
const sectionId = text(120).min(1);

/** One committed answer, as the browser sends it. `id` is made by the browser, so a retry is recognised. */
export const attemptInput = z.strictObject({
  id: z.uuid("must be a UUID made when the answer was committed"),
  lesson: lessonSlug,
  block: blockId,
  answer: z.unknown(),
  /** When the learner committed (saves queued offline arrive later). */
  at: z.iso.datetime({ offset: true }).optional(),
});
export type AttemptInput = z.infer<typeof attemptInput>;

export const saveAttemptsBody = z.strictObject({ attempts: z.array(attemptInput).min(1).max(100) });

export const lessonProgressBody = z.strictObject({
  sectionsReached: z.array(sectionId).max(200).default([]),
  lastSection: sectionId.nullable().optional(),
  completed: z.boolean().optional(),
});
export type LessonProgressUpdate = z.infer<typeof lessonProgressBody>;

/** What the browser gets back for each attempt it sent. */
export type AttemptResult =
  | { id: string; ok: true; score: number | null; correct: boolean; feedback: string }
  | { id: string; ok: false; error: string };

export type SavedAttempt = {
  id: string;
  blockId: string;
  answer: unknown;
  score: number | null;
  correct: boolean;
  createdAt: string;
};

export type LessonProgressState = {
  sectionsReached: string[];
  lastSection: string | null;
  completedAt: string | null;
};
