import { isIndexList, isRecord, type Score } from "@/lib/lessons/blocks/score";

export type QuizOption = { text: string; correct: boolean; explanation: string };
export type QuizProps = { id: string; question: string; multiple: boolean; options: QuizOption[] };
export type QuizAnswer = { selected: number[] };

/** Fills the defaults authors may leave out (the checker has already validated the rest). */
export function quizDefaults(raw: Record<string, unknown>): QuizProps {
  const props = raw as Omit<QuizProps, "multiple"> & { multiple?: boolean };
  return {
    ...props,
    multiple: props.multiple ?? false,
    options: props.options.map((option) => ({ ...option, correct: option.correct ?? false })),
  };
}

export function asQuizAnswer(value: unknown): QuizAnswer | null {
  return isRecord(value) && isIndexList(value.selected) && value.selected.length > 0
    ? { selected: value.selected }
    : null;
}

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
