import { describe, expect, it } from "vitest";
import { predictionProblem, scorePrediction, type PredictionScenarios } from "@/lib/lessons/blocks/prediction";

const SCENARIOS: PredictionScenarios = {
  "next-eviction": {
    question: "Which key goes?",
    options: [
      { id: "a", label: "A" },
      { id: "b", label: "B" },
    ],
    answer: "b",
    why: "B was used least.",
  },
};

describe("simulator predictions", () => {
  it("scores the model's answer right and any other choice wrong, naming the model's answer", () => {
    expect(scorePrediction(SCENARIOS, { scenario: "next-eviction", choice: "b" })).toEqual({
      score: 1,
      correct: true,
      feedback: "Correct.",
    });
    expect(scorePrediction(SCENARIOS, { scenario: "next-eviction", choice: "a" })).toMatchObject({
      score: 0,
      correct: false,
      feedback: "The model says: B.",
    });
  });

  it("refuses a scenario or a choice the simulator does not have", () => {
    expect(predictionProblem(SCENARIOS, { scenario: "next-eviction", choice: "a" })).toBeNull();
    expect(predictionProblem(SCENARIOS, { scenario: "toString", choice: "a" })).toBe(
      '"toString" is not a scenario here',
    );
    expect(predictionProblem(SCENARIOS, { scenario: "next-eviction", choice: "c" })).toBe(
      '"c" is not one of the choices of "next-eviction"',
    );
  });
});
