import { expect } from "vitest";
import type { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";

type Option = { text: string; correct?: boolean };
export type Choice = { id: string; label: string };
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

  return { options, optionIndex, expectSingleChoice, expectMultipleChoice, cards, cardChoices, expectDecisions };
}
