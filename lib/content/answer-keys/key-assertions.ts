import { expect } from "vitest";
import type { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { matchingOptions, type MatchingProps } from "@/lib/lessons/blocks/matching";
import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";

type Option = { text: string; correct?: boolean };
export type Choice = { id: string; label: string };
type NumericProps = { answer: number; unit: string; tolerance?: number; units?: Record<string, number> };
export type Card = {
  id: string;
  answer: string;
  explanation: string;
  choices?: Choice[];
  trap?: { choice: string; why: string };
};

/**
 * Assertions the answer-key tests share: each checks a block's key against
 * what the reference material says, through the same scoring the server uses.
 */
export function keyAssertions(lesson: ReturnType<typeof lessonBlocks>) {
  function options(id: string): Option[] {
    const block = lesson.block(id);
    expect(block.name).toBe("Quiz");
    return block.props.options as unknown as Option[];
  }

  /** Index of the one option whose text matches, failing if none or several do. */
  function optionIndex(id: string, pattern: RegExp): number {
    const matches = options(id).flatMap((option, index) => (pattern.test(option.text) ? [index] : []));
    expect(matches, `${id}: exactly one option should match ${pattern}`).toHaveLength(1);
    return matches[0]!;
  }

  const correctIndexes = (id: string) => options(id).flatMap((option, index) => (option.correct ? [index] : []));

  /** A single-choice quiz whose only right answer is the option matching `right`. */
  function expectSingleChoice(id: string, right: RegExp, wrong: RegExp[]) {
    const rightIndex = optionIndex(id, right);
    expect(correctIndexes(id)).toEqual([rightIndex]);
    expect(lesson.score(id, { selected: [rightIndex] })).toMatchObject({ score: 1, correct: true });
    for (const pattern of wrong) {
      expect(lesson.score(id, { selected: [optionIndex(id, pattern)] })).toMatchObject({ score: 0, correct: false });
    }
  }

  /** A multiple-choice quiz whose right answers are exactly the options matching `right`. */
  function expectMultipleChoice(id: string, right: RegExp[], wrong: RegExp[]) {
    expect(lesson.block(id).props.multiple).toBe(true);
    const rightIndexes = right.map((pattern) => optionIndex(id, pattern)).sort((a, b) => a - b);
    const wrongIndexes = wrong.map((pattern) => optionIndex(id, pattern));
    expect(rightIndexes.length + wrongIndexes.length).toBe(options(id).length);
    expect(correctIndexes(id)).toEqual(rightIndexes);
    expect(lesson.score(id, { selected: rightIndexes })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score(id, { selected: wrongIndexes })).toMatchObject({ score: 0, correct: false });
    const everything = lesson.score(id, { selected: [...rightIndexes, ...wrongIndexes] });
    expect(everything.correct).toBe(false);
    expect(everything.score).toBeLessThan(1);
  }

  function cards(id: string): Card[] {
    const block = lesson.block(id);
    expect(block.name).toBe("DecisionGame");
    return block.props.cards as unknown as Card[];
  }

  function cardChoices(id: string, card: Card): Choice[] {
    return card.choices ?? (lesson.block(id).props.choices as unknown as Choice[]);
  }

  /**
   * A decision game holds exactly these cards, each with the choice the
   * reference material calls right: that choice scores as correct, every other
   * as wrong, and a trap (required with `traps`) is wrong and flagged as tempting.
   */
  function expectDecisions(
    id: string,
    expected: Record<string, string>,
    { minimum = 1, traps = false }: { minimum?: number; traps?: boolean } = {},
  ) {
    const deck = cards(id);
    expect(deck.length).toBeGreaterThanOrEqual(minimum);
    expect(deck.map((card) => card.id).sort()).toEqual(Object.keys(expected).sort());
    for (const [cardId, choice] of Object.entries(expected)) {
      const card = deck.find((c) => c.id === cardId)!;
      expect(lesson.score(id, { card: cardId, choice }), `${id}/${cardId} should be ${choice}`).toMatchObject({
        score: 1,
        correct: true,
      });
      for (const other of cardChoices(id, card).filter((c) => c.id !== choice)) {
        expect(lesson.score(id, { card: cardId, choice: other.id })).toMatchObject({ score: 0, correct: false });
      }
      if (traps) {
        expect(card.explanation.length, `${id}/${cardId} explanation`).toBeGreaterThan(40);
        expect(card.trap, `${id}/${cardId} should have a trap`).toBeDefined();
        expect(card.trap!.why.length).toBeGreaterThan(20);
      }
      if (card.trap) {
        expect(card.trap.choice).not.toBe(choice);
        expect(lesson.score(id, { card: cardId, choice: card.trap.choice }).feedback).toMatch(/tempting/);
      }
    }
  }

  /** A number keyed within 1 % of `expected` in `unit`, and each alternative unit's value accepted too. */
  function expectNumeric(id: string, expected: number, unit: string, alternatives: Record<string, number> = {}) {
    const block = lesson.block(id);
    expect(block.name).toBe("NumericAnswer");
    const props = block.props as unknown as NumericProps;
    expect(props.unit).toBe(unit);
    expect(Math.abs(props.answer - expected) / expected).toBeLessThanOrEqual(0.01);
    expect(lesson.score(id, { value: expected, unit })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score(id, { value: expected * 12, unit }).score).toBe(0);
    for (const [altUnit, value] of Object.entries(alternatives)) {
      expect(lesson.score(id, { value, unit: altUnit }).correct, `${id} as ${value} ${altUnit}`).toBe(true);
    }
    return props;
  }

  /** Steps authored in their right order, each matching its pattern; reversed, they are wrong. */
  function expectOrdering(id: string, patterns: RegExp[]) {
    const block = lesson.block(id);
    expect(block.name).toBe("Ordering");
    const items = block.props.items as string[];
    expect(items).toHaveLength(patterns.length);
    patterns.forEach((pattern, index) => expect(items[index]).toMatch(pattern));
    const inOrder = items.map((_, index) => index);
    expect(lesson.score(id, { order: inOrder })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score(id, { order: [...inOrder].reverse() }).correct).toBe(false);
  }

  /** A simulator block whose every prediction is scored by the model's own answer, and any other choice wrong. */
  function expectSimulator(id: string, name: string, scenarios: PredictionScenarios) {
    expect(lesson.block(id).name).toBe(name);
    expect(Object.keys(scenarios).length).toBeGreaterThanOrEqual(3);
    for (const [scenario, spec] of Object.entries(scenarios)) {
      expect(lesson.score(id, { scenario, choice: spec.answer })).toMatchObject({ score: 1, correct: true });
      for (const wrong of spec.options.filter((option) => option.id !== spec.answer))
        expect(lesson.score(id, { scenario, choice: wrong.id })).toMatchObject({ score: 0, correct: false });
    }
  }

  /**
   * A Matching block's pairs: each left item (found by a fragment of its text)
   * has the right item given (its text, or a pattern of it), and those matches
   * score 1 while no matches at all score wrong.
   */
  function expectMatching(id: string, expected: Record<string, string | RegExp>) {
    const props = lesson.block(id).props as unknown as MatchingProps;
    expect(lesson.block(id).name).toBe("Matching");
    const options = matchingOptions(props);
    const matches = props.pairs.map((pair) => {
      const key = Object.keys(expected).find((fragment) => pair.left.includes(fragment));
      expect(key, pair.left).toBeDefined();
      const right = expected[key!]!;
      if (typeof right === "string") expect(pair.right).toBe(right);
      else expect(pair.right).toMatch(right);
      return options.indexOf(pair.right);
    });
    expect(props.pairs).toHaveLength(Object.keys(expected).length);
    expect(lesson.score(id, { matches })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score(id, { matches: matches.map(() => null) }).correct).toBe(false);
  }

  return {
    options,
    optionIndex,
    expectSingleChoice,
    expectMultipleChoice,
    cards,
    cardChoices,
    expectDecisions,
    expectNumeric,
    expectOrdering,
    expectSimulator,
    expectMatching,
  };
}

/** One feature's row of an estimate (estimateFunnel's result), failing the test by name if it is missing. */
export function featureRow<Row extends { feature: { id: string } }>(result: { features: Row[] }, id: string): Row {
  const row = result.features.find((candidate) => candidate.feature.id === id);
  if (!row) throw new Error(`The estimate has no feature "${id}"`);
  return row;
}
