"use client";

import { useMemo, useState } from "react";
import { clearAnonymous, mergeProgress, readAnonymous, updateOutbox } from "@/components/lessons/progress/local-store";
import { useProgressStore } from "@/components/lessons/progress/progress-store";
import { Button } from "@/components/ui/button";

/** Counts what a visitor did before signing in: answers, and lessons with progress. */
export function countAnonymousWork(): { answers: number; lessons: number } {
  const lessons = Object.values(readAnonymous().lessons);
  return {
    answers: lessons.reduce((sum, lesson) => sum + lesson.attempts.length, 0),
    lessons: lessons.filter((lesson) => lesson.attempts.length > 0 || lesson.sectionsReached.length > 0).length,
  };
}

/**
 * After signing in, offers to move the answers given while signed out into the
 * account. Keeping them queues them in the outbox like any other save.
 */
export function KeepAnswersOffer() {
  const identity = useProgressStore((state) => state.identity);
  const flush = useProgressStore((state) => state.flush);
  const resetLessons = useProgressStore((state) => state.resetLessons);
  const [handled, setHandled] = useState(false);
  // Identity is "unknown" during server rendering and hydration, so localStorage is only read in the browser.
  const work = useMemo(() => (identity.kind === "user" && !handled ? countAnonymousWork() : null), [identity, handled]);

  if (identity.kind !== "user" || !work || work.lessons === 0) return null;

  const keep = () => {
    const { lessons } = readAnonymous();
    updateOutbox(identity.userId, (box) => {
      const progress = { ...box.progress };
      const attempts = [...box.attempts];
      for (const [slug, lesson] of Object.entries(lessons)) {
        for (const attempt of lesson.attempts) {
          attempts.push({
            id: attempt.id,
            lesson: slug,
            block: attempt.blockId,
            answer: attempt.answer,
            at: attempt.createdAt,
          });
        }
        progress[slug] = mergeProgress(progress[slug], {
          sectionsReached: lesson.sectionsReached,
          lastSection: lesson.lastSection,
          completed: Boolean(lesson.completedAt),
        });
      }
      return { attempts, progress };
    });
    clearAnonymous();
    setHandled(true);
    // Reload open lessons from the server once the kept answers are saved.
    void flush().then(resetLessons);
  };

  const discard = () => {
    clearAnonymous();
    setHandled(true);
  };

  return (
    <div role="region" aria-label="Answers from before you signed in" className="border-b border-border bg-accent-soft">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-3 text-sm">
        <p className="flex-1">
          You gave {work.answers} answer{work.answers === 1 ? "" : "s"} in {work.lessons} lesson
          {work.lessons === 1 ? "" : "s"} before signing in. Keep them in your account?
        </p>
        <Button onClick={keep}>Keep my answers</Button>
        <Button variant="secondary" onClick={discard}>
          Discard them
        </Button>
      </div>
    </div>
  );
}
