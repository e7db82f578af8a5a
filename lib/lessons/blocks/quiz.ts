import { z } from "zod";
import { blockId, text, type Score } from "@/lib/lessons/blocks/common";

export const quizProps = z
  .strictObject({
    id: blockId,
    question: text(400),
    multiple: z.boolean().default(false),
    options: z
      .array(z.strictObject({ text: text(300), correct: z.boolean().default(false), explanation: text(600) }))
      .min(2)
      .max(8),
  })
  .superRefine((quiz, ctx) => {
    const correct = quiz.options.filter((option) => option.correct).length;
    if (correct === 0)
      ctx.addIssue({ code: "custom", path: ["options"], message: "mark at least one option correct: true" });
    if (!quiz.multiple && correct > 1) {
      ctx.addIssue({ code: "custom", path: ["multiple"], message: "several options are correct: set multiple={true}" });
    }
  });
export type QuizProps = z.infer<typeof quizProps>;

export const quizAnswer = z.strictObject({
  selected: z.array(z.number().int().min(0)).min(1, "choose at least one option").max(8),
});
export type QuizAnswer = z.infer<typeof quizAnswer>;

/** Checks an answer fits the quiz (existing options, no repeats, one pick for single choice). */
export function quizAnswerProblem(quiz: QuizProps, answer: QuizAnswer): string | null {
  if (answer.selected.some((index) => index >= quiz.options.length)) return "an option that does not exist was chosen";
  if (new Set(answer.selected).size !== answer.selected.length) return "an option was chosen twice";
  if (!quiz.multiple && answer.selected.length !== 1) return "choose exactly one option";
  return null;
}

/**
 * Single choice: right or wrong. Multiple choice: full marks only for exactly
 * the right set; partial credit is right picks minus wrong picks over the
 * number of right options, never below zero, so ticking everything earns nothing.
 */
export function scoreQuiz(quiz: QuizProps, answer: QuizAnswer): Score {
  const chosen = new Set(answer.selected);
  const rightIndexes = quiz.options.flatMap((option, index) => (option.correct ? [index] : []));
  const hits = rightIndexes.filter((index) => chosen.has(index)).length;
  const wrong = answer.selected.length - hits;
  const correct = hits === rightIndexes.length && wrong === 0;
  const score = correct ? 1 : quiz.multiple ? Math.max(0, (hits - wrong) / rightIndexes.length) : 0;
  const feedback = correct
    ? "Correct."
    : quiz.multiple
      ? `Not quite: ${hits} of ${rightIndexes.length} right option${rightIndexes.length === 1 ? "" : "s"} chosen${wrong ? `, ${wrong} wrong` : ""}.`
      : "Not quite.";
  return { score, correct, feedback };
}
