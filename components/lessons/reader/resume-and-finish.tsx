"use client";

import { useEffect, useRef, useState } from "react";
import { useLesson } from "@/components/lessons/progress/lesson-context";
import { useProgressStore } from "@/components/client-data/progress-store";
import { LessonScorecard } from "@/components/lessons/reader/lesson-scorecard";
import { Button } from "@/components/ui/button";
import type { Exercise } from "@/lib/progress/scorecard";

/**
 * Reopens a lesson where the learner left off: once their progress has
 * loaded, it scrolls to the last section they were reading (unless the link
 * named a section) and says so, with a way back to the top.
 */
export function ResumeWhereLeftOff({ sections }: { sections: { id: string; title: string }[] }) {
  const { slug } = useLesson();
  const lesson = useProgressStore((state) => state.lessons[slug]);
  const [resumedAt, setResumedAt] = useState<{ id: string; title: string } | null>(null);
  const handled = useRef(false);

  useEffect(() => {
    if (handled.current || !lesson?.loaded) return;
    handled.current = true;
    const target = sections.find((section) => section.id === lesson.lastSection);
    if (!target || target === sections[0] || window.location.hash || lesson.completedAt) return;
    document.getElementById(target.id)?.scrollIntoView({ block: "start" });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reacting once to progress arriving from the server
    setResumedAt(target);
  }, [lesson, sections]);

  if (!resumedAt) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-xl flex-wrap items-center gap-3 rounded-lg border border-border bg-bg p-3 text-sm shadow-lg"
      data-print-hidden
    >
      <span className="flex-1">Welcome back. You were reading “{resumedAt.title}”.</span>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => {
          window.scrollTo({ top: 0 });
          setResumedAt(null);
        }}
      >
        Back to the top
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setResumedAt(null)}>
        Dismiss
      </Button>
    </div>
  );
}

/** Marks the lesson complete when its end comes into view, and shows how its exercises went. */
export function LessonEnd({ nextTitle, exercises }: { nextTitle: string | null; exercises: Exercise[] }) {
  const { slug } = useLesson();
  const recordProgress = useProgressStore((state) => state.recordProgress);
  const completed = useProgressStore((state) => Boolean(state.lessons[slug]?.completedAt));
  const marker = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = marker.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) recordProgress(slug, { completed: true });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [recordProgress, slug]);

  return (
    <div ref={marker} className="mt-12 rounded-lg border border-border bg-surface p-4 text-sm" data-print-hidden>
      <p aria-live="polite">
        {completed ? "Lesson complete." : "You have reached the end of this lesson."}
        {nextTitle ? ` Next up: ${nextTitle}.` : null}
      </p>
      <LessonScorecard exercises={exercises} />
    </div>
  );
}
