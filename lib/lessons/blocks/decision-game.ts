import { z } from "zod";
import { blockId, text, type Score } from "@/lib/lessons/blocks/common";

const choice = z.strictObject({ id: blockId, label: text(120) });

const card = z.strictObject({
  id: blockId,
  scenario: text(600),
  /** Overrides the deck's choices for this card. */
  choices: z.array(choice).min(2).max(6).optional(),
  answer: blockId,
  explanation: text(900),
  /** The tempting wrong answer, and why it is wrong. */
  trap: z.strictObject({ choice: blockId, why: text(600) }).optional(),
});

export const decisionGameProps = z
  .strictObject({
    id: blockId,
    title: text(120),
    prompt: text(400).optional(),
    choices: z.array(choice).min(2).max(6).optional(),
    cards: z.array(card).min(1).max(40),
  })
  .superRefine((game, ctx) => {
    const seen = new Set<string>();
    game.cards.forEach((c, index) => {
      if (seen.has(c.id))
        ctx.addIssue({ code: "custom", path: ["cards", index, "id"], message: `duplicate card id "${c.id}"` });
      seen.add(c.id);
      const options = c.choices ?? game.choices;
      if (!options) {
        ctx.addIssue({
          code: "custom",
          path: ["cards", index, "choices"],
          message: "give the card choices, or the deck",
        });
        return;
      }
      const ids = options.map((o) => o.id);
      if (!ids.includes(c.answer)) {
        ctx.addIssue({
          code: "custom",
          path: ["cards", index, "answer"],
          message: `"${c.answer}" is not one of: ${ids.join(", ")}`,
        });
      }
      if (c.trap && (!ids.includes(c.trap.choice) || c.trap.choice === c.answer)) {
        ctx.addIssue({
          code: "custom",
          path: ["cards", index, "trap", "choice"],
          message: "the trap must be a wrong choice of this card",
        });
      }
    });
  });
export type DecisionGameProps = z.infer<typeof decisionGameProps>;
export type DecisionCard = DecisionGameProps["cards"][number];

/** One decision: the learner's choice on one card. Each card is saved as its own attempt. */
export const decisionAnswer = z.strictObject({ card: blockId, choice: blockId });
export type DecisionAnswer = z.infer<typeof decisionAnswer>;

export function cardChoices(game: DecisionGameProps, cardItem: DecisionCard) {
  return cardItem.choices ?? game.choices ?? [];
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
