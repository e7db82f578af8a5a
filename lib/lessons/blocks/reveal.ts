import { isRecord, type Score } from "@/lib/lessons/blocks/score";

/** "Try first, then compare": the learner writes an answer, then sees the model answer beside it. */
export type RevealProps = { id: string; prompt: string; label?: string };
export type RevealAnswer = { text: string };

export const REVEAL_MAX_LENGTH = 5000;

export function asRevealAnswer(value: unknown): RevealAnswer | null {
  return isRecord(value) && typeof value.text === "string" && value.text.trim() !== "" ? { text: value.text } : null;
}

/** Free text is compared by the learner, not marked by us. */
export function scoreReveal(): Score {
  return { score: null, correct: false, feedback: "Compare your answer with ours." };
}
