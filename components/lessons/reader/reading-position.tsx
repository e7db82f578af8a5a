"use client";

import { useEffect } from "react";
import { create } from "zustand";
import { useLesson } from "@/components/lessons/progress/lesson-context";
import { useProgressStore } from "@/components/lessons/progress/progress-store";

type Heading = { id: string; title: string; depth: number };

/** The heading being read now; shared by both tables of contents (phone and desktop). */
export const useReadingPosition = create<{ active: string | null }>(() => ({ active: null }));

/**
 * Watches the lesson's headings as the learner scrolls: the heading past the
 * top third of the screen is the one being read. Its ## section is recorded
 * as reached, and as the place to resume.
 */
export function ReadingPositionTracker({ headings }: { headings: Heading[] }) {
  const { slug } = useLesson();
  const recordProgress = useProgressStore((state) => state.recordProgress);

  useEffect(() => {
    const elements = headings
      .map((heading) => document.getElementById(heading.id))
      .filter((element): element is HTMLElement => element !== null);
    if (elements.length === 0) return;
    const sectionOf = new Map<string, string>();
    let section: string | null = null;
    for (const heading of headings) {
      if (heading.depth === 2) section = heading.id;
      if (section) sectionOf.set(heading.id, section);
    }
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const line = window.innerHeight / 3;
        let current: HTMLElement | undefined;
        for (const element of elements) if (element.getBoundingClientRect().top <= line) current = element;
        const id = current?.id ?? null;
        if (useReadingPosition.getState().active !== id) useReadingPosition.setState({ active: id });
        const reached = id ? sectionOf.get(id) : undefined;
        if (reached) recordProgress(slug, { section: reached, last: reached });
      });
    };
    update();
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, [headings, recordProgress, slug]);

  return null;
}
