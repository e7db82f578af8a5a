import { describe, expect, it } from "vitest";
import { scoreAttempt } from "@/lib/lessons/blocks";
import {
  asMatchingAnswer,
  matchingAnswerProblem,
  matchingKey,
  matchingOptions,
  matchingResults,
  scoreMatching,
} from "@/lib/lessons/blocks/matching";
import { matchingAnswer, matchingProps } from "@/lib/lessons/blocks/schemas";

const example = {
  id: "workload-to-store",
  prompt: "Match each workload with a store.",
  pairs: [
    { left: "Account balances", right: "Relational database", explanation: "Transactions." },
    { left: "Sessions", right: "Key-value store" },
    { left: "Orders", right: "Relational database", explanation: "Joins and constraints." },
    { left: "Photos", right: "Object storage", explanation: "Cheap large files." },
  ],
  distractors: ["Graph database"],
};
const props = matchingProps.parse(example);

function messages(value: unknown): string[] {
  const parsed = matchingProps.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

describe("Matching props", () => {
  it("accept pairs that share a right-hand item, with distractors, as written", () => {
    expect(props).toEqual(example);
    expect(matchingOptions(props)).toEqual([
      "Relational database",
      "Key-value store",
      "Object storage",
      "Graph database",
    ]);
    expect(matchingKey(props)).toEqual([0, 1, 0, 2]);
  });

  it("agree with the server on the options when the props reach the page untrimmed", () => {
    const raw = {
      ...example,
      pairs: [
        { left: "a", right: " B " },
        { left: "c", right: "B" },
        { left: "d", right: "E" },
      ],
    };
    expect(matchingOptions({ ...raw, distractors: undefined })).toEqual(["B", "E"]);
  });

  it("say what is wrong, in an author's words", () => {
    expect(messages({ ...example, pairs: [example.pairs[0]] })).toEqual(["give at least 2 pairs"]);
    expect(
      messages({ ...example, pairs: Array.from({ length: 11 }, (_, i) => ({ left: `l${i}`, right: `r${i}` })) }),
    ).toEqual(["give at most 10 pairs"]);
    expect(
      messages({ ...example, pairs: [example.pairs[0], { left: "Account balances", right: "Object storage" }] }),
    ).toEqual(['"Account balances" is on the left of two pairs: every left item must be different']);
    expect(messages({ ...example, distractors: ["Object storage"] })).toEqual([
      '"Object storage" is the right item of a pair, so it is no distractor: remove it here',
    ]);
    expect(messages({ ...example, distractors: ["Graph database", "Graph database"] })).toEqual([
      '"Graph database" is listed twice',
    ]);
    expect(messages({ ...example, distractors: Array.from({ length: 10 }, (_, i) => `Store ${i}`) })).toEqual([
      "the learner would pick from 13 right-hand items: keep them (pairs' and distractors together) to 12",
    ]);
    expect(
      messages({
        id: "x",
        prompt: "p",
        pairs: [
          { left: "a", right: "same" },
          { left: "b", right: "same" },
        ],
      }),
    ).toEqual(["every pair has the same right item, so there is nothing to choose: add distractors"]);
    expect(messages({ ...example, pairs: [{ left: "a" }, { left: "b", right: "c" }] })).toHaveLength(1);
  });
});

describe("Matching scoring", () => {
  it("gives full marks for every pair right, and accepts a shared right-hand item for each of its pairs", () => {
    expect(scoreMatching(props, { matches: [0, 1, 0, 2] })).toMatchObject({ score: 1, correct: true });
  });

  it("gives partial credit per pair, with each pair's expected match and explanation", () => {
    expect(scoreMatching(props, { matches: [0, 3, 0, null] })).toEqual({
      score: 0.5,
      correct: false,
      feedback: "2 of 4 matched right, 1 left unmatched.",
    });
    expect(matchingResults(props, { matches: [1, 1, 0, null] })).toEqual([
      { correct: false, answered: true, expected: "Relational database", explanation: "Transactions." },
      { correct: true, answered: true, expected: "Key-value store", explanation: undefined },
      { correct: true, answered: true, expected: "Relational database", explanation: "Joins and constraints." },
      { correct: false, answered: false, expected: "Object storage", explanation: "Cheap large files." },
    ]);
  });

  it("refuses answers that do not fit the block", () => {
    expect(matchingAnswerProblem(props, { matches: [0, 1, 0] })).toBe(
      "the answer must have one entry per pair: 4, not 3",
    );
    expect(matchingAnswerProblem(props, { matches: [0, 1, 0, 4] })).toBe(
      "a right-hand item that does not exist was chosen",
    );
    expect(matchingAnswer.safeParse({ matches: [0, -1] }).success).toBe(false);
    expect(scoreAttempt("Matching", props, { matches: [0, 1, 0, 2] })).toMatchObject({
      ok: true,
      kind: "matching",
      result: { score: 1 },
    });
    expect(scoreAttempt("Matching", props, { matches: [0, 1, 0, 9] })).toEqual({
      ok: false,
      message: "a right-hand item that does not exist was chosen",
    });
  });

  it("reads saved answers defensively", () => {
    expect(asMatchingAnswer({ matches: [0, null] })).toEqual({ matches: [0, null] });
    expect(asMatchingAnswer({ matches: ["0"] })).toBeNull();
    expect(asMatchingAnswer({ matches: [-1] })).toBeNull();
  });
});
