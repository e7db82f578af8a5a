import { describe, expect, it } from "vitest";
import { scoreAttempt } from "@/lib/lessons/blocks";
import { stepRevealAnswer, stepRevealProps } from "@/lib/lessons/blocks/schemas";
import {
  asStepRevealAnswer,
  predictionSteps,
  scoreStepReveal,
  stepRevealAnswerProblem,
  stepRevealResults,
} from "@/lib/lessons/blocks/step-reveal";

const predict = (answer: number, choices = ["About 100", "About 1,000", "About 10,000"]) => ({
  question: "Roughly how many per second?",
  choices,
  answer,
  explanation: "10^8 / 10^5 = 10^3.",
});

const example = {
  id: "peak-qps",
  title: "Peak QPS",
  steps: [
    { text: "100 million requests a day." },
    { text: "About 1,000 per second on average.", predict: predict(1) },
    { text: "About 2,000 at peak.", predict: predict(0, ["Twice the average", "The average"]) },
  ],
};
const props = stepRevealProps.parse(example);
const plain = stepRevealProps.parse({ id: "plain", title: "t", steps: [{ text: "one" }, { text: "two" }] });

function messages(value: unknown): string[] {
  const parsed = stepRevealProps.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

describe("StepReveal props", () => {
  it("accept steps with and without predictions, as written", () => {
    expect(props).toEqual(example);
    expect(predictionSteps(props).map(({ step }) => step)).toEqual([1, 2]);
  });

  it("say what is wrong, in an author's words", () => {
    expect(messages({ ...example, steps: [example.steps[0]] })).toEqual(["a walkthrough needs at least 2 steps"]);
    expect(messages({ ...example, steps: Array.from({ length: 13 }, () => example.steps[0]) })).toEqual([
      "a walkthrough has at most 12 steps",
    ]);
    expect(messages({ ...example, steps: [example.steps[0], { text: "x", predict: predict(3) }] })).toEqual([
      "answer must be the index of one of the 3 choices: 0 to 2 (0 is the first)",
    ]);
    expect(messages({ ...example, steps: [example.steps[0], { text: "x", predict: predict(0, ["a"]) }] })).toEqual([
      "a prediction needs at least 2 choices",
    ]);
    const thirteen = Array.from({ length: 13 }, (_, i) => `c${i}`);
    expect(messages({ ...example, steps: [example.steps[0], { text: "x", predict: predict(0, thirteen) }] })).toEqual([
      "a prediction offers at most 12 choices",
    ]);
    expect(messages({ ...example, steps: [example.steps[0], { text: "x", predict: predict(0, ["a", "a"]) }] })).toEqual(
      ['"a" is listed twice'],
    );
    expect(messages({ ...example, steps: [example.steps[0], { text: "x", predict: predict(-1) }] })).toEqual([
      "answer is the index of the right choice: 0 for the first",
    ]);
    expect(messages({ ...example, steps: [example.steps[0], { text: " " }] })).toEqual(["must not be empty"]);
    // A missing answer keeps zod's own issue, which the lesson checker words as "`answer` is required".
    const { answer: _missing, ...unanswered } = predict(0);
    expect(messages({ ...example, steps: [example.steps[0], { text: "x", predict: unanswered }] })[0]).toMatch(
      /received undefined/,
    );
  });
});

describe("StepReveal scoring", () => {
  it("scores the share of right predictions", () => {
    expect(scoreStepReveal(props, { predictions: [1, 0] })).toMatchObject({ score: 1, correct: true });
    expect(scoreStepReveal(props, { predictions: [1, 1] })).toEqual({
      score: 0.5,
      correct: false,
      feedback: "1 of 2 predictions right.",
    });
    expect(stepRevealResults(props, { predictions: [2, 0] })).toEqual([false, true]);
  });

  it("records a walkthrough without predictions as complete, with full marks", () => {
    expect(scoreStepReveal(plain, { predictions: [] })).toEqual({
      score: 1,
      correct: true,
      feedback: "Walkthrough complete.",
    });
    expect(scoreAttempt("StepReveal", plain, { predictions: [] })).toMatchObject({
      ok: true,
      kind: "step-reveal",
      result: { score: 1 },
    });
  });

  it("refuses answers that do not fit the walkthrough", () => {
    expect(stepRevealAnswerProblem(props, { predictions: [1] })).toBe(
      "the answer must have one prediction per step that asks one: 2, not 1",
    );
    expect(stepRevealAnswerProblem(props, { predictions: [1, 2] })).toBe(
      "prediction 2 is not one of its step's choices",
    );
    expect(stepRevealAnswerProblem(plain, { predictions: [0] })).toBe(
      "the answer must have one prediction per step that asks one: 0, not 1",
    );
    expect(scoreAttempt("StepReveal", props, { predictions: [3, 0] })).toEqual({
      ok: false,
      message: "prediction 1 is not one of its step's choices",
    });
    expect(stepRevealAnswer.safeParse({ predictions: [0.5] }).success).toBe(false);
  });

  it("reads saved answers defensively", () => {
    expect(asStepRevealAnswer({ predictions: [1, 0] })).toEqual({ predictions: [1, 0] });
    expect(asStepRevealAnswer({ predictions: [] })).toEqual({ predictions: [] });
    expect(asStepRevealAnswer({ predictions: [-1] })).toBeNull();
    expect(asStepRevealAnswer({})).toBeNull();
  });
});
