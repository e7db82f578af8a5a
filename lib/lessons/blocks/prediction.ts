import type { Score } from "@/lib/lessons/blocks/score";
import { isRecord } from "@/lib/lessons/blocks/score";

/**
 * A simulator's "predict, then see": a question about what the model will do,
 * the choices offered, and the answer the model itself computes. The same
 * constant is read by the simulator in the browser and by the server when it
 * scores a saved prediction, so the key can never drift from the model.
 */
export type PredictionScenario = {
  question: string;
  options: readonly { id: string; label: string }[];
  /** The id of the right option, computed by the model. */
  answer: string;
  /** Why the model does what it does: shown after the learner commits. */
  why: string;
};
export type PredictionScenarios = Readonly<Record<string, PredictionScenario>>;

/** The answer among options with ids "n<value>": the value nearest the model's result (the first, on a tie). */
export function nearestNumberOption(values: readonly number[], result: number): string {
  return `n${values.reduce((best, value) => (Math.abs(value - result) < Math.abs(best - result) ? value : best))}`;
}

/** A scenario whose options name numbers: the model's result picks the nearest one, so the key follows the model. */
export function numberPrediction(
  question: string,
  values: readonly number[],
  result: number,
  why: string,
  label: (value: number) => string,
): PredictionScenario {
  return {
    question,
    options: values.map((value) => ({ id: `n${value}`, label: label(value) })),
    answer: nearestNumberOption(values, result),
    why,
  };
}

/** What the learner said would happen, in one scenario. Stored as the attempt's answer. */
export type PredictionAnswer = { scenario: string; choice: string };

export function asPredictionAnswer(value: unknown): PredictionAnswer | null {
  return isRecord(value) && typeof value.scenario === "string" && typeof value.choice === "string"
    ? { scenario: value.scenario, choice: value.choice }
    : null;
}

/** Null when the answer names a scenario and one of its options; otherwise what is wrong with it. */
export function predictionProblem(scenarios: PredictionScenarios, answer: PredictionAnswer): string | null {
  const scenario = scenarios[answer.scenario];
  if (!scenario || !Object.hasOwn(scenarios, answer.scenario)) return `"${answer.scenario}" is not a scenario here`;
  if (!scenario.options.some((option) => option.id === answer.choice))
    return `"${answer.choice}" is not one of the choices of "${answer.scenario}"`;
  return null;
}

export function scorePrediction(scenarios: PredictionScenarios, answer: PredictionAnswer): Score {
  const scenario = scenarios[answer.scenario];
  const right = scenario?.options.find((option) => option.id === scenario.answer);
  const correct = answer.choice === scenario?.answer;
  return {
    score: correct ? 1 : 0,
    correct,
    feedback: correct ? "Correct." : `The model says: ${right?.label ?? "another choice"}.`,
  };
}
