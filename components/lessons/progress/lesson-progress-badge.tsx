"use client";

import { useEffect, useMemo } from "react";
import { create } from "zustand";
import { readAnonymous } from "@/components/client-data/local-store";
import { useProgressStore } from "@/components/client-data/progress-store";
import { requestJson } from "@/lib/http/client";
import type { LessonSummary } from "@/lib/progress/course-progress";
import { LESSON_STATE_LABELS, scorecard, unitResults, type Exercise, type LessonState } from "@/lib/progress/scorecard";

type Summaries = { forUser: string | null; lessons: Record<string, LessonSummary> | null; failed: boolean };

// One request for the whole course page, however many badges it shows.
const useSummaries = create<Summaries>(() => ({ forUser: null, lessons: null, failed: false }));
let inflight: string | null = null;

function loadSummaries(userId: string) {
  if (inflight === userId || useSummaries.getState().forUser === userId) return;
  inflight = userId;
  void requestJson("/api/progress/summary", { cache: "no-store" }).then((outcome) => {
    const data = outcome.kind === "ok" ? (outcome.body as { lessons?: Record<string, LessonSummary> } | null) : null;
    useSummaries.setState(
      data?.lessons
        ? { forUser: userId, lessons: data.lessons, failed: false }
        : { forUser: userId, lessons: null, failed: true },
    );
    inflight = null;
  });
}

type Shown = {
  sectionsReached: number;
  completed: boolean;
  attempted: number;
  score: number | null;
  state: LessonState;
};

/**
 * A lesson's progress on the (prerendered) course page: fetched for a
 * signed-in user, read from this browser for a visitor.
 */
export function LessonProgressBadge({
  slug,
  sectionsTotal,
  exercises,
}: {
  slug: string;
  sectionsTotal: number;
  /** Its scored exercises, for a visitor's state (a signed-in learner's comes with the summary). */
  exercises: Pick<Exercise, "id" | "units">[];
}) {
  const identity = useProgressStore((state) => state.identity);
  const summaries = useSummaries();
  useEffect(() => {
    if (identity.kind === "user") loadSummaries(identity.userId);
  }, [identity]);

  const shown = useMemo((): Shown | null => {
    if (identity.kind === "anonymous") {
      const local = readAnonymous().lessons[slug];
      if (!local) return null;
      const scored = new Map<string, number>();
      for (const attempt of local.attempts) if (attempt.score !== null) scored.set(attempt.blockId, attempt.score);
      return {
        sectionsReached: local.sectionsReached.length,
        completed: Boolean(local.completedAt),
        attempted: new Set(local.attempts.map((attempt) => attempt.blockId)).size,
        score: scored.size ? [...scored.values()].reduce((a, b) => a + b, 0) / scored.size : null,
        state: scorecard(exercises, unitResults(local.attempts), {
          reachedEnd: Boolean(local.completedAt),
          started: true,
        }).state,
      };
    }
    if (identity.kind === "user" && summaries.forUser === identity.userId) {
      const summary = summaries.lessons?.[slug];
      return summary
        ? {
            sectionsReached: summary.sectionsReached,
            completed: summary.completed,
            attempted: summary.exercisesAttempted,
            score: summary.score,
            state: summary.state,
          }
        : null;
    }
    return null;
  }, [identity, summaries, slug, exercises]);

  if (identity.kind === "user" && summaries.failed) {
    return <p className="mt-3 text-sm text-muted">Progress could not be loaded.</p>;
  }
  const started = shown && (shown.sectionsReached > 0 || shown.attempted > 0 || shown.completed);
  const percent = shown
    ? Math.round((Math.min(shown.sectionsReached, sectionsTotal) / Math.max(sectionsTotal, 1)) * 100)
    : 0;
  return (
    <div className="mt-3 min-h-6 text-sm" data-testid={`progress-${slug}`}>
      {identity.kind === "unknown" ? null : !started ? (
        <span className="text-muted">Not started</span>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <progress
            value={shown.completed ? 100 : percent}
            max={100}
            aria-label={`Progress in this lesson: ${shown.completed ? 100 : percent}%`}
            className="h-2 w-32 accent-(--color-accent)"
          />
          <span>
            <strong data-lesson-state={shown.state}>{LESSON_STATE_LABELS[shown.state]}</strong> ·{" "}
            {shown.completed ? "read to the end" : `${shown.sectionsReached} of ${sectionsTotal} sections`} ·{" "}
            {shown.attempted} of {exercises.length} exercises
            {shown.score !== null ? ` · score ${Math.round(shown.score * 100)}%` : ""}
          </span>
        </div>
      )}
    </div>
  );
}
