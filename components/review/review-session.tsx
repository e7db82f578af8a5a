"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { readAnonymous, readOutbox } from "@/components/client-data/local-store";
import { useProgressStore, type Identity } from "@/components/client-data/progress-store";
import { ReviewCardView } from "@/components/review/review-card";
import { buttonClasses } from "@/components/ui/button";
import { requestJson } from "@/lib/http/client";
import { dueNow, keyOf, keyText, localCards, type QueueCard } from "@/lib/review/queue";
import type { ReviewExercise } from "@/lib/review/exercise";

/** The most cards one session deals: the exercises of one screenful are fetched at once. */
const SESSION_SIZE = 30;

type Session =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | {
      state: "ready";
      cards: { card: QueueCard; exercise: ReviewExercise }[];
      /** Due later today (signed in), to say when to come back. */
      laterToday: number;
      total: number;
      /** Cards whose exercise a lesson no longer has: skipped, and said so. */
      gone: number;
    };

async function loadExercises(cards: QueueCard[]): Promise<(ReviewExercise | null)[] | string> {
  if (cards.length === 0) return [];
  const query = cards.map((card) => `card=${encodeURIComponent(keyText(keyOf(card)))}`).join("&");
  const outcome = await requestJson(`/api/review/exercises?${query}`);
  if (outcome.kind !== "ok") return "message" in outcome ? outcome.message : "The exercises could not be loaded.";
  return (outcome.body as { exercises: (ReviewExercise | null)[] }).exercises;
}

/** The cards due now and their exercises: the server's queue for a user, this browser's for a visitor. */
async function readQueue(identity: Exclude<Identity, { kind: "unknown" }>): Promise<Session> {
  let due: QueueCard[];
  let laterToday = 0;
  let total: number;
  if (identity.kind === "user") {
    const outcome = await requestJson("/api/review/queue", { cache: "no-store" });
    if (outcome.kind !== "ok")
      return { state: "failed", message: "message" in outcome ? outcome.message : "The queue could not load." };
    const body = outcome.body as { cards: QueueCard[]; counts: { now: number; today: number; total: number } };
    // A rating still waiting in the outbox (sent when the connection allows) is not asked twice.
    const waiting = new Set(
      readOutbox(identity.userId)
        .reviews.filter((event) => event.type === "review")
        .map((event) => keyText(event.card)),
    );
    due = body.cards.filter((card) => !waiting.has(keyText(keyOf(card))));
    laterToday = body.counts.today - body.counts.now;
    total = body.counts.total;
  } else {
    const store = readAnonymous();
    const cards = localCards(store.lessons, store.reviews);
    due = dueNow(cards, new Date());
    total = cards.length;
  }
  const dealt = due.slice(0, SESSION_SIZE);
  const exercises = await loadExercises(dealt);
  if (typeof exercises === "string") return { state: "failed", message: exercises };
  const cards = dealt.flatMap((card, index) => (exercises[index] ? [{ card, exercise: exercises[index] }] : []));
  return { state: "ready", cards, laterToday, total, gone: dealt.length - cards.length };
}

/**
 * Today's due cards, one at a time, each asked again in place: the lesson's
 * own exercise with its options dealt afresh, the explanation after the
 * answer, then a rating suggested by the answer that the learner may change.
 * A signed-in learner's queue comes from the server and ratings go through
 * the outbox; a visitor's is folded from this browser (lib/review/queue.ts).
 */
export function ReviewSession() {
  const identity = useProgressStore((state) => state.identity);
  const [session, setSession] = useState<Session>({ state: "loading" });
  const [position, setPosition] = useState(0);
  const [reviewed, setReviewed] = useState(0);
  const cardRegion = useRef<HTMLDivElement>(null);
  // Bumped by "Try again" and "Check for more" to read the queue again.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (identity.kind === "unknown") return;
    let cancelled = false;
    void readQueue(identity).then((next) => {
      if (cancelled) return;
      setPosition(0);
      setReviewed(0);
      setSession(next);
    });
    return () => {
      cancelled = true;
    };
  }, [identity, attempt]);

  const reload = () => {
    setSession({ state: "loading" });
    setAttempt((count) => count + 1);
  };

  // Each new card takes the focus, so the number keys answer it at once.
  useEffect(() => {
    cardRegion.current?.querySelector<HTMLElement>("[data-exercise], [data-prediction]")?.focus();
  }, [position, session.state]);

  if (session.state === "loading")
    return (
      <p role="status" className="text-muted">
        Dealing today’s cards…
      </p>
    );
  if (session.state === "failed")
    return (
      <div role="alert" className="rounded-lg border border-danger bg-danger-soft p-4">
        <p className="font-semibold">Your review queue could not load.</p>
        <p className="mt-1 text-sm">{session.message}</p>
        <button type="button" className={`${buttonClasses("secondary")} mt-3`} onClick={reload}>
          Try again
        </button>
      </div>
    );

  const { cards, laterToday, total, gone } = session;
  const current = cards[position];
  if (!current)
    return (
      <section aria-labelledby="review-done" className="rounded-lg border border-border bg-surface p-6">
        <h2 id="review-done" className="text-xl font-semibold">
          {reviewed > 0 ? "Done for now" : "Nothing to review right now"}
        </h2>
        <p className="mt-2" data-testid="review-summary">
          {reviewed > 0 ? `You reviewed ${reviewed} card${reviewed === 1 ? "" : "s"}. ` : ""}
          {total === 0
            ? "Every exercise you miss in a lesson, and every right answer you mark as a guess, becomes a card here, brought back just before you would forget it."
            : laterToday > 0
              ? `${laterToday} more card${laterToday === 1 ? " falls" : "s fall"} due later today.`
              : "No more cards are due today."}
        </p>
        {gone > 0 ? (
          <p className="mt-2 text-sm text-muted">
            {gone} card{gone === 1 ? "" : "s"} asked an exercise its lesson no longer has, and were skipped.
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-3">
          {reviewed > 0 ? (
            <button type="button" className={buttonClasses("secondary")} onClick={reload}>
              Check for more
            </button>
          ) : null}
          <Link href={identity.kind === "user" ? "/dashboard" : "/learn"} className={buttonClasses("primary")}>
            {identity.kind === "user" ? "Back to the dashboard" : "Go to the course"}
          </Link>
        </div>
      </section>
    );

  return (
    <div ref={cardRegion} data-review-card={current.card.id}>
      <p className="mb-2 text-sm text-muted" aria-live="polite">
        Card {position + 1} of {cards.length}
      </p>
      <ReviewCardView
        key={`${current.card.id}:${current.card.schedule.reps}`}
        card={current.card}
        exercise={current.exercise}
        signedIn={identity.kind === "user"}
        onDone={({ reviewed: rated }) => {
          if (rated) setReviewed((count) => count + 1);
          setPosition((index) => index + 1);
        }}
      />
    </div>
  );
}
