import { isIndexList, isRecord, type Score } from "@/lib/lessons/blocks/score";

/** A question asked before a step is shown: the learner predicts, then sees the step. */
export type StepPrediction = { question: string; choices: string[]; answer: number; explanation: string };
export type WorkedStep = { text: string; predict?: StepPrediction };
/** A worked example shown one step at a time, with an optional prediction before each step. */
export type StepRevealProps = { id: string; title: string; steps: WorkedStep[] };
/**
 * Saved once every step is shown: the chosen index of each prediction, in
 * step order, one per step that has `predict` (empty for a plain walkthrough).
 */
export type StepRevealAnswer = { predictions: number[] };

/** The steps that ask for a prediction, with their position among the steps. */
export function predictionSteps(props: StepRevealProps): { step: number; predict: StepPrediction }[] {
  return props.steps.flatMap((step, index) => (step.predict ? [{ step: index, predict: step.predict }] : []));
}

export function asStepRevealAnswer(value: unknown): StepRevealAnswer | null {
  return isRecord(value) && isIndexList(value.predictions) ? { predictions: value.predictions } : null;
}

/** Checks an answer fits the walkthrough: one prediction per predicting step, each an existing choice. */
export function stepRevealAnswerProblem(props: StepRevealProps, answer: StepRevealAnswer): string | null {
  const asked = predictionSteps(props);
  if (answer.predictions.length !== asked.length)
    return `the answer must have one prediction per step that asks one: ${asked.length}, not ${answer.predictions.length}`;
  const outOfRange = asked.findIndex(({ predict }, index) => answer.predictions[index]! >= predict.choices.length);
  return outOfRange === -1 ? null : `prediction ${outOfRange + 1} is not one of its step's choices`;
}

/** Whether each prediction was right, in step order. */
export function stepRevealResults(props: StepRevealProps, answer: StepRevealAnswer): boolean[] {
  return predictionSteps(props).map(({ predict }, index) => answer.predictions[index] === predict.answer);
}

/** The share of predictions that were right; a walkthrough without predictions scores 1 when completed. */
export function scoreStepReveal(props: StepRevealProps, answer: StepRevealAnswer): Score {
  const results = stepRevealResults(props, answer);
  if (results.length === 0) return { score: 1, correct: true, feedback: "Walkthrough complete." };
  const right = results.filter(Boolean).length;
  const correct = right === results.length;
  return {
    score: right / results.length,
    correct,
    feedback: correct
      ? "Every prediction was right."
      : `${right} of ${results.length} prediction${results.length === 1 ? "" : "s"} right.`,
  };
}
