import { describe, expect, it } from "vitest";
import { scoreAttempt } from "@/lib/lessons/blocks";
import { scoreDecision } from "@/lib/lessons/blocks/decision-game";
import { scoreNumeric } from "@/lib/lessons/blocks/numeric";
import { scoreOrdering, shuffledIndexes } from "@/lib/lessons/blocks/ordering";
import { scoreQuiz } from "@/lib/lessons/blocks/quiz";
import { decisionGameProps, numericProps, orderingProps, quizProps } from "@/lib/lessons/blocks/schemas";

const single = quizProps.parse({
  id: "single",
  question: "Pick",
  options: [
    { text: "A", explanation: "a" },
    { text: "B", correct: true, explanation: "b" },
    { text: "C", explanation: "c" },
  ],
});
const multiple = quizProps.parse({
  id: "multi",
  question: "Pick all",
  multiple: true,
  options: [
    { text: "A", correct: true, explanation: "a" },
    { text: "B", correct: true, explanation: "b" },
    { text: "C", explanation: "c" },
    { text: "D", explanation: "d" },
  ],
});

describe("quiz", () => {
  it("single choice is right or wrong", () => {
    expect(scoreQuiz(single, { selected: [1] })).toMatchObject({ score: 1, correct: true });
    expect(scoreQuiz(single, { selected: [0] })).toMatchObject({ score: 0, correct: false });
  });

  it("multiple choice gives partial credit and nothing for ticking everything", () => {
    expect(scoreQuiz(multiple, { selected: [0, 1] })).toMatchObject({ score: 1, correct: true });
    expect(scoreQuiz(multiple, { selected: [0] })).toMatchObject({ score: 0.5, correct: false });
    expect(scoreQuiz(multiple, { selected: [0, 2] })).toMatchObject({ score: 0, correct: false });
    expect(scoreQuiz(multiple, { selected: [0, 1, 2, 3] })).toMatchObject({ score: 0, correct: false });
  });

  it("refuses quizzes with no right answer, or several without multiple", () => {
    const none = quizProps.safeParse({
      id: "x",
      question: "q",
      options: [
        { text: "a", explanation: "a" },
        { text: "b", explanation: "b" },
      ],
    });
    expect(none.error?.issues[0]?.message).toMatch(/at least one option correct/);
    const two = quizProps.safeParse({
      id: "x",
      question: "q",
      options: [
        { text: "a", correct: true, explanation: "a" },
        { text: "b", correct: true, explanation: "b" },
      ],
    });
    expect(two.error?.issues[0]?.message).toMatch(/multiple=\{true\}/);
  });
});

describe("ordering", () => {
  const props = orderingProps.parse({ id: "steps", prompt: "Order", items: ["one", "two", "three", "four", "five"] });

  it("is correct only in the author's order", () => {
    expect(scoreOrdering(props, { order: [0, 1, 2, 3, 4] })).toMatchObject({ score: 1, correct: true });
  });

  it("costs one step, not all, for moving one item to the wrong end", () => {
    expect(scoreOrdering(props, { order: [4, 0, 1, 2, 3] })).toMatchObject({ score: 0.8, correct: false });
    expect(scoreOrdering(props, { order: [4, 3, 2, 1, 0] }).score).toBeCloseTo(0.2);
  });

  it("shuffles the same way for the same id, and never starts solved", () => {
    expect(shuffledIndexes(5, "steps")).toEqual(shuffledIndexes(5, "steps"));
    for (const seed of ["a", "b", "c", "scoping-steps", "funnel-order", "x".repeat(40)]) {
      const order = shuffledIndexes(4, seed);
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
      expect(order).not.toEqual([0, 1, 2, 3]);
    }
  });
});

describe("numeric answer", () => {
  const props = numericProps.parse({
    id: "storage",
    question: "How much?",
    answer: 10,
    unit: "GB",
    units: { MB: 0.001, TB: 1000 },
  });

  it("accepts the answer in any listed unit", () => {
    expect(scoreNumeric(props, { value: 10, unit: "GB" }).correct).toBe(true);
    expect(scoreNumeric(props, { value: 10_000, unit: "MB" }).correct).toBe(true);
    expect(scoreNumeric(props, { value: 0.01, unit: "TB" }).correct).toBe(true);
    expect(scoreNumeric(props, { value: 10, unit: "TB" }).feedback).toMatch(/order of magnitude/);
  });

  it("defaults to ±10 %", () => {
    expect(props.tolerance).toBe(0.1);
  });
});

describe("decision game", () => {
  const game = decisionGameProps.parse({
    id: "cap",
    title: "CP or AP",
    choices: [
      { id: "cp", label: "CP" },
      { id: "ap", label: "AP" },
    ],
    cards: [
      {
        id: "ledger",
        scenario: "A ledger",
        answer: "cp",
        explanation: "money",
        trap: { choice: "ap", why: "double spend" },
      },
    ],
  });

  it("scores a card and recognises the trap", () => {
    expect(scoreDecision(game, { card: "ledger", choice: "cp" })).toMatchObject({ score: 1, correct: true });
    expect(scoreDecision(game, { card: "ledger", choice: "ap" }).feedback).toMatch(/tempting/);
  });

  it("refuses a card whose answer is not one of its choices, or whose trap is the answer", () => {
    const bad = decisionGameProps.safeParse({
      id: "cap",
      title: "t",
      choices: [
        { id: "cp", label: "CP" },
        { id: "ap", label: "AP" },
      ],
      cards: [
        { id: "a", scenario: "s", answer: "ca", explanation: "e" },
        { id: "b", scenario: "s", answer: "cp", explanation: "e", trap: { choice: "cp", why: "w" } },
        { id: "b", scenario: "s", answer: "ap", explanation: "e" },
      ],
    });
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual([
      '"ca" is not one of: cp, ap',
      "the trap must be a wrong choice of this card",
      'duplicate card id "b"',
    ]);
  });
});

describe("scoreAttempt (what the server runs)", () => {
  it("validates the answer's shape against the block before scoring", () => {
    expect(scoreAttempt("Quiz", single, { selected: [1] })).toMatchObject({
      ok: true,
      kind: "quiz",
      result: { score: 1 },
    });
    expect(scoreAttempt("Quiz", single, { selected: [0, 1] })).toEqual({
      ok: false,
      message: "choose exactly one option",
    });
    expect(scoreAttempt("Quiz", single, { selected: [7] })).toEqual({
      ok: false,
      message: "an option that does not exist was chosen",
    });
    expect(scoreAttempt("Quiz", single, { score: 1 })).toMatchObject({ ok: false });
    expect(scoreAttempt("Quiz", single, "B")).toMatchObject({ ok: false });
  });

  it("refuses non-exercises and unknown blocks", () => {
    expect(scoreAttempt("KeyInsight", {}, {})).toEqual({ ok: false, message: "KeyInsight blocks take no answers" });
    expect(scoreAttempt("Nope", {}, {})).toEqual({ ok: false, message: '"Nope" is not a block' });
  });

  it("rejects an ordering that is not a permutation and a unit that is not offered", () => {
    const ordering = orderingProps.parse({ id: "o", prompt: "p", items: ["a", "b", "c"] });
    expect(scoreAttempt("Ordering", ordering, { order: [0, 0, 1] })).toMatchObject({ ok: false });
    const numeric = numericProps.parse({ id: "n", question: "q", answer: 3, unit: "servers" });
    expect(scoreAttempt("NumericAnswer", numeric, { value: 3, unit: "racks" })).toEqual({
      ok: false,
      message: '"racks" is not one of this question\'s units',
    });
  });
});
