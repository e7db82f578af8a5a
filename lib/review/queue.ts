import { attemptUnit } from "@/lib/progress/scorecard";
import { newSchedule, review, type ReviewRating, type Schedule } from "@/lib/review/schedule";
import type { CardKey, ReviewEvent } from "@/lib/review/validations";

/** A review card as the review session sees it, from the server (signed in) or this browser (a visitor). */
export type QueueCard = {
  /** The database id, or for a visitor's card its key: "<lesson>/<block>/<part>". */
  id: string;
  lessonSlug: string;
  blockId: string;
  unit: string;
  /** missed | guess */
  reason: string;
  createdAt: string;
  schedule: Schedule;
};

export const keyOf = (card: Pick<QueueCard, "lessonSlug" | "blockId" | "unit">): CardKey => ({
  lesson: card.lessonSlug,
  block: card.blockId,
  unit: card.unit,
});

export const keyText = (key: CardKey) => `${key.lesson}/${key.block}/${key.unit}`;

/** The parts of a key's text (`keyText`), for the schema to check: the part may hold "/" itself. */
export function keyParts(text: string): { lesson?: string; block?: string; unit: string } {
  const [lesson, block, ...unit] = text.split("/");
  return { lesson, block, unit: unit.join("/") };
}

type LocalAttempt = { blockId: string; answer: unknown; score: number | null; correct: boolean; createdAt: string };

/**
 * A visitor's cards, folded from what this browser holds: every scored answer
 * that missed makes a card when it was given, a guess makes one, and each
 * review moves its card's schedule, in the order they happened. The server
 * applies the same rules to the same events when the visitor signs up.
 */
export function localCards(lessons: Record<string, { attempts: LocalAttempt[] }>, events: ReviewEvent[]): QueueCard[] {
  const cards = new Map<string, QueueCard>();
  const add = (key: CardKey, reason: string, at: string) => {
    const id = keyText(key);
    if (!cards.has(id))
      cards.set(id, {
        id,
        lessonSlug: key.lesson,
        blockId: key.block,
        unit: key.unit,
        reason,
        createdAt: at,
        schedule: newSchedule(new Date(at)),
      });
  };
  type Step = { at: string; apply: () => void };
  const steps: Step[] = [];
  for (const [lesson, { attempts }] of Object.entries(lessons))
    for (const attempt of attempts)
      if (attempt.score !== null && !attempt.correct) {
        const key = { lesson, block: attempt.blockId, unit: attemptUnit(attempt.answer) };
        steps.push({ at: attempt.createdAt, apply: () => add(key, "missed", attempt.createdAt) });
      }
  for (const event of events)
    steps.push({
      at: event.at,
      apply: () => {
        if (event.type === "guess") return add(event.card, "guess", event.at);
        const card = cards.get(keyText(event.card));
        if (card) card.schedule = review(card.schedule, event.rating as ReviewRating, new Date(event.at));
      },
    });
  steps.sort((a, b) => a.at.localeCompare(b.at));
  for (const step of steps) step.apply();
  return [...cards.values()];
}

/** The cards due at `now`, soonest first. */
export function dueNow(cards: QueueCard[], now: Date): QueueCard[] {
  return cards
    .filter((card) => Date.parse(card.schedule.due) <= now.getTime())
    .sort((a, b) => a.schedule.due.localeCompare(b.schedule.due) || a.id.localeCompare(b.id));
}
