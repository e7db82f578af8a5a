import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from "ts-fsrs";

/**
 * Spaced repetition for review cards, by FSRS (ts-fsrs, not hand-written
 * intervals). Pure: the server schedules a signed-in learner's cards and the
 * browser a visitor's with the same code, so a visitor's queue merged at
 * sign-up has the dates it would have had on the server.
 */

/** A card's schedule as stored: ts-fsrs's Card with dates as ISO strings (JSON, localStorage, SQL rows). */
export type Schedule = {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: State;
  lastReview: string | null;
};

export const RATINGS = [
  { rating: Rating.Again, label: "Again", hint: "I got it wrong" },
  { rating: Rating.Hard, label: "Hard", hint: "Right, with effort" },
  { rating: Rating.Good, label: "Good", hint: "Right" },
  { rating: Rating.Easy, label: "Easy", hint: "Right at once" },
] as const;
export type ReviewRating = (typeof RATINGS)[number]["rating"];

// Default FSRS parameters with its short-term (minutes) steps, so a card
// answered again inside a session comes back in that session, as Anki does.
// No fuzz: the same answers give the same dates (tests, and visitor merges).
const scheduler = fsrs({ enable_fuzz: false });

const toCard = (schedule: Schedule): Card => ({
  due: new Date(schedule.due),
  stability: schedule.stability,
  difficulty: schedule.difficulty,
  elapsed_days: schedule.elapsedDays,
  scheduled_days: schedule.scheduledDays,
  learning_steps: schedule.learningSteps,
  reps: schedule.reps,
  lapses: schedule.lapses,
  state: schedule.state,
  last_review: schedule.lastReview ? new Date(schedule.lastReview) : undefined,
});

const fromCard = (card: Card): Schedule => ({
  due: card.due.toISOString(),
  stability: card.stability,
  difficulty: card.difficulty,
  elapsedDays: card.elapsed_days,
  scheduledDays: card.scheduled_days,
  learningSteps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  lastReview: card.last_review ? card.last_review.toISOString() : null,
});

/** A new card, due at once: a miss is reviewed the same day. */
export function newSchedule(at: Date): Schedule {
  return fromCard(createEmptyCard(at));
}

/** The card's next schedule after a review rated `rating` at `at`. */
export function review(schedule: Schedule, rating: ReviewRating, at: Date): Schedule {
  return fromCard(scheduler.next(toCard(schedule), at, rating as Grade).card);
}

/** When each rating would bring the card back, for the rating buttons ("in 10 min", "in 3 days"). */
export function previewIntervals(schedule: Schedule, at: Date): Record<ReviewRating, string> {
  const preview = scheduler.repeat(toCard(schedule), at);
  const entries = RATINGS.map(({ rating }) => [rating, describeWait(at, preview[rating as Grade].card.due)]);
  return Object.fromEntries(entries) as Record<ReviewRating, string>;
}

/** "in 10 min", "in 5 h", "in 3 days", "in 2 months". */
export function describeWait(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 45) return `in ${days} day${days === 1 ? "" : "s"}`;
  const months = Math.round(days / 30);
  return months < 18 ? `in ${months} months` : `in ${Math.round(days / 365)} years`;
}

/**
 * The rating an answer suggests, which the learner may change: wrong is
 * Again; right is Easy when quick, Hard when slow, Good between. "Quick" and
 * "slow" are per exercise, for reading a decision card takes less than
 * working out a number.
 */
export function suggestedRating({ correct, ms, kind }: { correct: boolean; ms: number; kind: string }): ReviewRating {
  if (!correct) return Rating.Again;
  const [quick, slow] = SECONDS_BY_KIND[kind] ?? [15, 60];
  if (ms <= quick * 1000) return Rating.Easy;
  return ms >= slow * 1000 ? Rating.Hard : Rating.Good;
}

// [easy at or under, hard at or over] seconds, per attempt kind (lib/lessons/blocks: attemptKind).
const SECONDS_BY_KIND: Record<string, [number, number]> = {
  quiz: [10, 45],
  decision: [8, 30],
  numeric: [30, 120],
  "estimation-drill": [45, 180],
  ordering: [20, 90],
  matching: [25, 100],
  "table-fill": [40, 150],
  prediction: [15, 60],
};

export { Rating, State };
