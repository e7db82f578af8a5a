"use client";

import Link from "next/link";
import { useMemo, useState, type ComponentType, type ReactNode } from "react";
import { useBlockAttempts, useProgressStore } from "@/components/client-data/progress-store";
import { OptionKey } from "@/components/lessons/blocks/exercise-frame";
import { onExerciseKey } from "@/components/lessons/blocks/exercise-keys";
import { teachingBlocks } from "@/components/lessons/mdx-components";
import { LessonProvider } from "@/components/lessons/progress/lesson-context";
import { Button } from "@/components/ui/button";
import { requestJson } from "@/lib/http/client";
import { attemptUnit } from "@/lib/progress/scorecard";
import { keyOf, type QueueCard } from "@/lib/review/queue";
import type { ReviewExercise } from "@/lib/review/exercise";
import { previewIntervals, RATINGS, suggestedRating, type ReviewRating } from "@/lib/review/schedule";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });

/** The lesson's own block, by the name its MDX gives (the one registry of blocks). */
function LessonBlock({ exercise }: { exercise: ReviewExercise }) {
  const Block = teachingBlocks[exercise.name as keyof typeof teachingBlocks] as ComponentType<
    Record<string, unknown> & { children?: ReactNode }
  >;
  return (
    <Block {...exercise.props}>
      {exercise.explanation ? (
        // The lesson pipeline's own HTML (Markdown only, links checked), never user input.
        <div className="contents" dangerouslySetInnerHTML={{ __html: exercise.explanation }} />
      ) : undefined}
    </Block>
  );
}

/**
 * One card: the exercise asked again (it starts unanswered and is dealt in a
 * new order), then, once answered, the rating its answer suggests, which the
 * learner may change before going on.
 */
export function ReviewCardView({
  card,
  exercise,
  signedIn,
  onDone,
}: {
  card: QueueCard;
  exercise: ReviewExercise;
  signedIn: boolean;
  /** `reviewed`: rated (not skipped or removed). */
  onDone: (outcome: { reviewed: boolean }) => void;
}) {
  const [shownAt] = useState(() => new Date().toISOString());
  const recordReviewEvent = useProgressStore((state) => state.recordReviewEvent);
  const attempts = useBlockAttempts(card.lessonSlug, card.blockId);
  const answer = useMemo(
    () =>
      attempts.find(
        (attempt) =>
          attempt.createdAt >= shownAt && attemptUnit(attempt.answer) === card.unit && attempt.score !== null,
      ),
    [attempts, shownAt, card.unit],
  );
  const ms = answer ? Math.max(0, Date.parse(answer.createdAt) - Date.parse(shownAt)) : 0;
  const suggested = answer ? suggestedRating({ correct: answer.correct, ms, kind: exercise.kind }) : null;
  const [chosen, setChosen] = useState<ReviewRating | null>(null);
  const rating = chosen ?? suggested;
  const intervals = useMemo(() => previewIntervals(card.schedule, new Date()), [card.schedule]);
  const [removing, setRemoving] = useState<"idle" | "busy" | string>("idle");

  const save = () => {
    if (!rating) return;
    recordReviewEvent({
      type: "review",
      id: crypto.randomUUID(),
      at: new Date().toISOString(),
      card: keyOf(card),
      rating,
      ms,
    });
    onDone({ reviewed: true });
  };

  const remove = async () => {
    setRemoving("busy");
    const outcome = await requestJson(`/api/review/cards/${encodeURIComponent(card.id)}`, { method: "DELETE" });
    if (outcome.kind === "ok") onDone({ reviewed: false });
    else setRemoving("message" in outcome ? outcome.message : "The card could not be removed.");
  };

  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm">
        From{" "}
        <Link href={`/learn/${card.lessonSlug}#exercise-${card.blockId}`}>
          {exercise.lessonLabel}: {exercise.lessonTitle}
        </Link>{" "}
        ·{" "}
        <span className="text-muted">
          {card.reason === "guess" ? "you marked it a guess" : "you missed it"} on{" "}
          {dateFormat.format(new Date(card.createdAt))}
          {card.schedule.reps > 0 ? ` · reviewed ${card.schedule.reps} time${card.schedule.reps === 1 ? "" : "s"}` : ""}
        </span>
      </p>
      <LessonProvider slug={card.lessonSlug} review={{ since: shownAt, seed: `${card.id}:${card.schedule.reps}` }}>
        <LessonBlock exercise={exercise} />
      </LessonProvider>
      {answer && rating ? (
        <section
          aria-labelledby="rating-heading"
          data-exercise="review-rating"
          onKeyDown={onExerciseKey}
          tabIndex={-1}
          className="rounded-lg border border-accent bg-accent-soft p-5"
        >
          <h2 id="rating-heading" className="text-lg font-semibold">
            How did it go?
          </h2>
          <p className="mt-1 text-sm">
            {answer.correct ? "Right" : "Not right"} in {Math.max(1, Math.round(ms / 1000))} s, so we suggest{" "}
            <strong>{RATINGS.find((entry) => entry.rating === suggested)?.label}</strong>. Change it if it felt
            otherwise.
          </p>
          <fieldset className="mt-3">
            <legend className="sr-only">Your rating</legend>
            <div className="grid gap-2 sm:grid-cols-4">
              {RATINGS.map((entry, place) => (
                <label
                  key={entry.rating}
                  className="flex cursor-pointer items-start gap-2 rounded-md border border-border bg-bg p-3 has-checked:border-accent"
                >
                  <input
                    type="radio"
                    name="review-rating"
                    className="mt-1 size-4"
                    checked={rating === entry.rating}
                    onChange={() => setChosen(entry.rating)}
                  />
                  <OptionKey index={place} />
                  <span>
                    <span className="font-semibold">{entry.label}</span>
                    <span className="block text-sm text-muted">
                      {entry.hint}; back {intervals[entry.rating]}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <Button data-submit onClick={save}>
              Save rating and go on
            </Button>
            {signedIn ? (
              <Button variant="ghost" disabled={removing === "busy"} onClick={() => void remove()}>
                {removing === "busy" ? "Removing…" : "I know this: remove the card"}
              </Button>
            ) : null}
          </div>
          {removing !== "idle" && removing !== "busy" ? (
            <p role="alert" className="mt-2 text-sm text-danger">
              {removing}
            </p>
          ) : null}
        </section>
      ) : (
        <div className="flex justify-end">
          <Button variant="ghost" size="sm" onClick={() => onDone({ reviewed: false })}>
            Skip this card for now
          </Button>
        </div>
      )}
    </div>
  );
}
