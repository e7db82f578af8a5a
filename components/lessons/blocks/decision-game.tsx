"use client";

import { useState } from "react";
import { ExerciseFrame, OptionKey, ResultLine } from "@/components/lessons/blocks/exercise-frame";
import { useExercise } from "@/components/lessons/progress/lesson-context";
import { useLearnerSeed } from "@/components/lessons/progress/use-learner-seed";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import {
  asDecisionAnswer,
  cardChoices,
  scoreDecision,
  type DecisionAnswer,
  type DecisionGameProps,
} from "@/lib/lessons/blocks/decision-game";
import { dealOrder, inOrder } from "@/lib/lessons/blocks/shuffle";

/**
 * A deck of scenario cards. On each card the learner commits to a choice, then
 * sees the explanation and, where the author gave one, the tempting wrong
 * answer and why it fails. Each decision is saved on its own; the summary
 * lists the missed cards, and a review round replays only those until every
 * card has been decided well. Each round deals the cards, and a card's own
 * choices, in an order of the learner's own; answers name the authored ids.
 */
export function DecisionGame(raw: Record<string, unknown>) {
  const game = raw as DecisionGameProps;
  const { attempts, record } = useExercise(game.id);
  const learner = useLearnerSeed();
  const [round, setRound] = useState(0);
  const [position, setPosition] = useState<number | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  // The cards of a review round (the ones missed in the round before); null for the whole deck.
  const [reviewIds, setReviewIds] = useState<string[] | null>(null);
  const cards = reviewIds ? game.cards.filter((card) => reviewIds.includes(card.id)) : game.cards;
  const deck = inOrder(cards, dealOrder(cards.length, { learner, block: game.id, round }));

  // Decisions of the current round: the latest per card since the round began (round = attempts before it).
  const decisions = new Map<string, DecisionAnswer>();
  for (const attempt of attempts.slice(round)) {
    const decision = asDecisionAnswer(attempt.answer);
    if (decision) decisions.set(decision.card, decision);
  }
  const firstOpen = deck.findIndex((card) => !decisions.has(card.id));
  const index = position ?? (firstOpen === -1 ? deck.length : firstOpen);
  const card = deck[index];
  const decided = card ? decisions.get(card.id) : undefined;
  const result = card && decided ? scoreDecision(game, decided) : null;

  const startRound = (cards: string[] | null) => {
    setRound(attempts.length);
    setReviewIds(cards);
    setPosition(0);
    setChoice(null);
  };

  if (!card) {
    const right = deck.filter((c) => decisions.get(c.id)?.choice === c.answer);
    const missed = deck.filter((c) => decisions.has(c.id) && decisions.get(c.id)?.choice !== c.answer);
    return (
      <ExerciseFrame kind={reviewIds ? "Decision game · review" : "Decision game"} id={game.id} title={game.title}>
        <p aria-live="polite" className="font-medium" data-testid="deck-score">
          {reviewIds ? "In this review you" : "You"} decided {right.length} of {deck.length} cards well (
          {Math.round((right.length / deck.length) * 100)}%).
        </p>
        {missed.length > 0 ? (
          <div className="mt-3">
            <p className="text-sm font-semibold">Kept for review:</p>
            <ul className="mt-1 list-disc pl-6 text-sm" data-testid="missed-cards">
              {missed.map((c) => (
                <li key={c.id}>{c.scenario}</li>
              ))}
            </ul>
          </div>
        ) : reviewIds ? (
          <p className="mt-3 text-sm">Every card you had missed is now right.</p>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-3">
          {missed.length > 0 ? (
            <Button onClick={() => startRound(missed.map((c) => c.id))}>
              Review the {missed.length === 1 ? "missed card" : `${missed.length} missed cards`}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => startRound(null)}>
            Play the whole deck again
          </Button>
        </div>
      </ExerciseFrame>
    );
  }

  // A deck's shared choices keep their place (they read as a scale); a card's own are dealt like the cards.
  const own = card.choices;
  const choices = own
    ? inOrder(own, dealOrder(own.length, { learner, block: `${game.id}/${card.id}`, round }))
    : cardChoices(game, card);
  const groupName = `decision-${game.id}-${card.id}`;
  return (
    <ExerciseFrame
      kind={`Decision game${reviewIds ? " · review" : ""} · card ${index + 1} of ${deck.length}`}
      id={game.id}
      title={game.title}
    >
      {game.prompt ? <p className="mb-3 text-sm text-muted">{game.prompt}</p> : null}
      <p className="mb-4 rounded-md border border-border bg-bg p-4">{card.scenario}</p>
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Your call</legend>
        <div className="flex flex-wrap gap-2">
          {choices.map((option, place) => {
            const picked = (decided?.choice ?? choice) === option.id;
            return (
              <label
                key={option.id}
                className={cn(
                  "flex cursor-pointer items-center gap-2 rounded-md border bg-bg px-3 py-2",
                  decided && option.id === card.answer
                    ? "border-success"
                    : decided && picked
                      ? "border-danger"
                      : "border-border",
                )}
              >
                <input
                  type="radio"
                  name={groupName}
                  className="size-4"
                  checked={picked}
                  disabled={Boolean(decided)}
                  onChange={() => setChoice(option.id)}
                />
                <OptionKey index={place} />
                {option.label}
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap gap-3">
        {decided ? (
          <Button
            data-submit
            onClick={() => {
              setPosition(index + 1 < deck.length ? index + 1 : null);
              setChoice(null);
            }}
          >
            {index + 1 < deck.length ? "Next card" : "See your score"}
          </Button>
        ) : (
          <Button
            data-submit
            disabled={!choice}
            onClick={() => {
              const next = { card: card.id, choice: choice! };
              record(next, scoreDecision(game, next));
              setPosition(index);
            }}
          >
            Decide
          </Button>
        )}
      </div>
      <ResultLine result={result} exercise={{ block: game.id, unit: card.id }} />
      {decided ? (
        <div className="mt-2 flex flex-col gap-2 text-sm">
          <p>
            <strong>Why: </strong>
            {card.explanation}
          </p>
          {card.trap ? (
            <p>
              <strong>The tempting answer, {choices.find((o) => o.id === card.trap!.choice)?.label}: </strong>
              {card.trap.why}
            </p>
          ) : null}
        </div>
      ) : null}
    </ExerciseFrame>
  );
}
