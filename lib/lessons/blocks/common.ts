import { z } from "zod";

/** An author-given block id: stable across edits, so saved answers stay attached to their block. */
export const blockId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, e.g. peak-qps-quiz")
  .max(60);

export const text = (max = 600) => z.string().trim().min(1, "must not be empty").max(max);

/** What scoring an answer yields. `score` is 0..1, or null for blocks that are not scored. */
export type Score = { score: number | null; correct: boolean; feedback: string };
