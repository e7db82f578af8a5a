"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useProgressStore } from "@/components/client-data/progress-store";
import { useLesson } from "@/components/lessons/progress/lesson-context";
import { LESSON_STATE_LABELS, scorecard, unitResults, type Exercise, type Scorecard } from "@/lib/progress/scorecard";

function ExerciseLinks({ label, exercises }: { label: string; exercises: Exercise[] }) {
  if (!exercises.length) return null;
  return (
    <div>
      <h3 className="mt-3 font-semibold">{label}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {exercises.map((exercise) => (
          <li key={exercise.id}>
            <a href={`#exercise-${exercise.id}`}>{exercise.label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function verdict(card: Scorecard): string {
  switch (card.state) {
    case "mastered":
      return "Every exercise is right.";
    case "practised":
      return `Every exercise answered; ${card.missed.length} still to put right.`;
    case "read":
      return `You reached the end; ${card.unanswered.length} of ${card.total} exercises are not answered yet.`;
    default:
      return `${card.answered} of ${card.total} exercises answered so far.`;
  }
}

/**
 * The lesson's scorecard, told honestly: read, practised or mastered, the
 * first-try score, and a link to every exercise still wrong or unanswered,
 * where "Try again" retries it in place.
 */
export function LessonScorecard({ exercises }: { exercises: Exercise[] }) {
  const { slug } = useLesson();
  const lesson = useProgressStore((state) => state.lessons[slug]);
  const card = useMemo(
    () =>
      scorecard(exercises, unitResults(lesson?.attempts ?? []), {
        reachedEnd: Boolean(lesson?.completedAt),
        started: true,
      }),
    [exercises, lesson],
  );
  if (!lesson?.loaded || exercises.length === 0) return null;
  return (
    <section aria-labelledby="scorecard-heading" className="mt-3" data-testid="scorecard" data-state={card.state}>
      <h2 id="scorecard-heading" className="text-lg font-semibold">
        Your scorecard: {LESSON_STATE_LABELS[card.state]}
      </h2>
      <p>{verdict(card)}</p>
      <p className="mt-1">
        Answered {card.answered} of {card.total}
        {card.firstTry === null ? "" : ` · right the first time: ${Math.round(card.firstTry * 100)}%`}
      </p>
      <ExerciseLinks label="To put right (open one and press Try again)" exercises={card.missed} />
      <ExerciseLinks label="Not answered yet" exercises={card.unanswered} />
      {card.putRight.length ? (
        <p className="mt-3 text-muted">
          Put right on a later try: {card.putRight.map((exercise) => exercise.label).join("; ")}.
        </p>
      ) : null}
      {card.missed.length || card.putRight.length ? (
        <p className="mt-3">
          Every miss is also a review card, due today in your <Link href="/review">review queue</Link> and brought back
          at growing intervals until you know it.
        </p>
      ) : null}
    </section>
  );
}
