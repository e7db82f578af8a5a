import { z } from "zod";
import { blockId, text, type Score } from "@/lib/lessons/blocks/common";

/** "Try first, then compare": the learner writes an answer, then sees the model answer beside it. */
export const revealProps = z.strictObject({
  id: blockId,
  prompt: text(400),
  label: text(60).optional(),
});
export type RevealProps = z.infer<typeof revealProps>;

export const revealAnswer = z.strictObject({ text: z.string().trim().min(1, "write something first").max(5000) });
export type RevealAnswer = z.infer<typeof revealAnswer>;

/** Free text is compared by the learner, not marked by us. */
export function scoreReveal(): Score {
  return { score: null, correct: false, feedback: "Compare your answer with ours." };
}
