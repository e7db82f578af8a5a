"use client";

import { useEffect } from "react";
import { useLesson } from "@/components/lessons/progress/lesson-context";
import { useProgressStore } from "@/components/lessons/progress/progress-store";

type Heading = { id: string; title: string; depth: number };

/** Marks the table-of-contents links (both copies) for the heading being read and the sections read. */
function markLinks(active: string | null, read: readonly string[]) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-toc-link]")) {
    const id = link.dataset.tocLink!;
    if (id === active) link.setAttribute("aria-current", "location");
    else link.removeAttribute("aria-current");
    link.toggleAttribute("data-read", read.includes(id));
  }
}

/**
 * Watches the lesson's headings as the learner scrolls: the heading past the
 * top third of the screen is the one being read. Its ## section is recorded
 * as reached, and as the place to resume; the tables of contents follow.
 */
export function ReadingPositionTracker({ headings }: { headings: Heading[] }) {
  const { slug } = useLesson();
  const recordProgress = useProgressStore((state) => state.recordProgress);
  const read = useProgressStore((state) => state.lessons[slug]?.sectionsReached);

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
        const reached = id ? sectionOf.get(id) : undefined;
        if (reached) recordProgress(slug, { section: reached, last: reached });
        markLinks(id, useProgressStore.getState().lessons[slug]?.sectionsReached ?? []);
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

  // Sections read in an earlier visit arrive with the saved progress.
  useEffect(() => {
    const current = document.querySelector("[data-toc-link][aria-current]")?.getAttribute("data-toc-link") ?? null;
    markLinks(current, read ?? []);
  }, [read]);

  return null;
}
