import { isRecord, type Score } from "@/lib/lessons/blocks/score";

export type DecisionChoice = { id: string; label: string };
export type DecisionCard = {
  id: string;
  scenario: string;
  /** Overrides the deck's choices for this card. */
  choices?: DecisionChoice[];
  answer: string;
  explanation: string;
  /** The tempting wrong answer, and why it is wrong. */
  trap?: { choice: string; why: string };
};
export type DecisionGameProps = {
  id: string;
  title: string;
  prompt?: string;
  choices?: DecisionChoice[];
  cards: DecisionCard[];
};
/** One decision: the learner's choice on one card. Each card is saved as its own attempt. */
export type DecisionAnswer = { card: string; choice: string };

export function asDecisionAnswer(value: unknown): DecisionAnswer | null {
  return isRecord(value) && typeof value.card === "string" && typeof value.choice === "string"
    ? { card: value.card, choice: value.choice }
    : null;
}

export function cardChoices(game: DecisionGameProps, card: DecisionCard): DecisionChoice[] {
  return card.choices ?? game.choices ?? [];
}

export function decisionAnswerProblem(game: DecisionGameProps, answer: DecisionAnswer): string | null {
  const found = game.cards.find((c) => c.id === answer.card);
  if (!found) return `there is no card "${answer.card}" in this game`;
  if (!cardChoices(game, found).some((o) => o.id === answer.choice))
    return `"${answer.choice}" is not a choice on this card`;
  return null;
}

export function scoreDecision(game: DecisionGameProps, answer: DecisionAnswer): Score {
  const found = game.cards.find((c) => c.id === answer.card)!;
  const correct = found.answer === answer.choice;
  const fellForTrap = !correct && found.trap?.choice === answer.choice;
  return {
    score: correct ? 1 : 0,
    correct,
    feedback: correct
      ? "Right call."
      : fellForTrap
        ? "That is the tempting answer, and it is wrong."
        : "Not the best call.",
  };
}
