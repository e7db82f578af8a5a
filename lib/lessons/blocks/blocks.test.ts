import { describe, expect, it } from "vitest";
import { scoreAttempt } from "@/lib/lessons/blocks";
import { scoreDecision } from "@/lib/lessons/blocks/decision-game";
import { scoreNumeric } from "@/lib/lessons/blocks/numeric";
import { scoreOrdering, shuffledIndexes, startingOrder } from "@/lib/lessons/blocks/ordering";
import { scoreQuiz } from "@/lib/lessons/blocks/quiz";
import { decisionGameProps, numericProps, orderingProps, quizAnswer, quizProps } from "@/lib/lessons/blocks/schemas";

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

describe("ordering with groups", () => {
  // Steps 1 and 2 (indexes) may swap, and so may 3 and 4.
  const props = orderingProps.parse({
    id: "incident",
    prompt: "Order",
    items: ["alert", "page on-call", "open channel", "roll back", "tell customers", "postmortem"],
    groups: [1, 2, 2, 3, 3, 4],
  });

  it("accepts any order within a group", () => {
    for (const order of [
      [0, 1, 2, 3, 4, 5],
      [0, 2, 1, 3, 4, 5],
      [0, 1, 2, 4, 3, 5],
      [0, 2, 1, 4, 3, 5],
    ]) {
      expect(scoreOrdering(props, { order }), order.join()).toEqual({
        score: 1,
        correct: true,
        feedback: "Correct order.",
      });
    }
  });

  it("does not accept a step crossing a group boundary, and gives partial credit by group", () => {
    expect(scoreOrdering(props, { order: [0, 1, 3, 2, 4, 5] })).toMatchObject({ score: 5 / 6, correct: false });
    expect(scoreOrdering(props, { order: [1, 0, 2, 3, 4, 5] })).toMatchObject({ score: 5 / 6, correct: false });
    expect(scoreOrdering(props, { order: [5, 0, 1, 2, 3, 4] })).toMatchObject({ score: 5 / 6, correct: false });
    // Reversed: the longest non-decreasing run is one group of two.
    expect(scoreOrdering(props, { order: [5, 4, 3, 2, 1, 0] }).score).toBeCloseTo(2 / 6);
  });

  it("scores exactly as before without groups", () => {
    const plain = orderingProps.parse({ id: "p", prompt: "p", items: ["a", "b", "c", "d"] });
    expect(plain.groups).toBeUndefined();
    expect(scoreOrdering(plain, { order: [1, 0, 2, 3] })).toMatchObject({ score: 0.75, correct: false });
    expect(startingOrder(plain)).toEqual(shuffledIndexes(4, "p"));
  });

  it("never starts solved, even when the shuffle happens to respect the groups", () => {
    for (const id of ["a", "b", "c", "incident", "deploy-steps", "x".repeat(40)]) {
      const grouped = orderingProps.parse({ ...props, id, items: ["a", "b", "c"], groups: [1, 1, 2] });
      const order = startingOrder(grouped);
      expect([...order].sort()).toEqual([0, 1, 2]);
      expect(scoreOrdering(grouped, { order }).correct).toBe(false);
    }
  });

  it("says what is wrong with groups, in an author's words", () => {
    const messages = (groups: unknown) =>
      orderingProps
        .safeParse({ id: "o", prompt: "p", items: ["a", "b", "c"], groups })
        .error?.issues.map((i) => i.message);
    expect(messages([1, 2])).toEqual(["give one group number per item: 3 items, 2 group numbers"]);
    expect(messages([1, 3, 2])).toEqual([
      "group numbers must never decrease: list the items in their correct order, e.g. [1, 2, 2, 3]",
    ]);
    expect(messages([2, 2, 2])).toEqual([
      "every item is in the same group, so any order would be right: use at least two groups",
    ]);
    expect(messages([1, 1.5, 2])).toEqual(["group numbers are whole numbers, like [1, 2, 2, 3]"]);
    expect(messages([1, 2, 3])).toBeUndefined();
  });

  it("is what the server runs", () => {
    expect(scoreAttempt("Ordering", props, { order: [0, 2, 1, 4, 3, 5] })).toMatchObject({
      ok: true,
      kind: "ordering",
      result: { score: 1, correct: true },
    });
  });
});

describe("picker limits", () => {
  const options = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ text: `Store ${i}`, correct: i === n - 1, explanation: `Because ${i}.` }));

  it("lets a quiz offer 12 options, not 13", () => {
    const quiz = quizProps.parse({ id: "stores", question: "Which store?", options: options(12) });
    expect(quiz.options).toHaveLength(12);
    expect(scoreQuiz(quiz, { selected: [11] })).toMatchObject({ score: 1, correct: true });
    expect(quizAnswer.safeParse({ selected: Array.from({ length: 12 }, (_, i) => i) }).success).toBe(true);
    expect(quizProps.safeParse({ id: "stores", question: "q", options: options(13) }).error?.issues[0]?.message).toBe(
      "give at most 12 options",
    );
  });

  it("lets a decision game offer 12 choices, for the deck and for a card", () => {
    const choices = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, label: `Store ${i}` }));
    const card = { id: "c", scenario: "s", answer: "s11", explanation: "e" };
    expect(decisionGameProps.safeParse({ id: "g", title: "t", choices, cards: [card] }).success).toBe(true);
    expect(decisionGameProps.safeParse({ id: "g", title: "t", cards: [{ ...card, choices }] }).success).toBe(true);
    const thirteen = [...choices, { id: "s12", label: "Store 12" }];
    expect(
      decisionGameProps.safeParse({ id: "g", title: "t", choices: thirteen, cards: [card] }).error?.issues[0]?.message,
    ).toBe("give at most 12 choices");
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
