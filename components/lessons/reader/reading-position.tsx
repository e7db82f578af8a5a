"use client";

import { useEffect } from "react";
import { useLesson } from "@/components/lessons/progress/lesson-context";
import { useProgressStore } from "@/components/client-data/progress-store";

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
 *
 * An IntersectionObserver whose box reaches from far above the page down to
 * that line reports each heading as it crosses it. Measuring every heading on
 * scroll instead made the browser recompute the lesson's style and layout in
 * a frame of its own (about 100 ms on a throttled phone as the page loaded).
 */
export function ReadingPositionTracker({ headings }: { headings: Heading[] }) {
  const { slug } = useLesson();
  const recordProgress = useProgressStore((state) => state.recordProgress);
  const read = useProgressStore((state) => state.lessons[slug]?.sectionsReached);

  useEffect(() => {
    const elements = headings
      .map((heading) => document.getElementById(heading.id))
      .filter((element): element is HTMLElement => element !== null);
    if (elements.length === 0 || typeof IntersectionObserver === "undefined") return;
    const sectionOf = new Map<string, string>();
    let section: string | null = null;
    for (const heading of headings) {
      if (heading.depth === 2) section = heading.id;
      if (section) sectionOf.set(heading.id, section);
    }
    const above = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) above.add(entry.target.id);
          else above.delete(entry.target.id);
        }
        const id = elements.findLast((element) => above.has(element.id))?.id ?? null;
        const reached = id ? sectionOf.get(id) : undefined;
        if (reached) recordProgress(slug, { section: reached, last: reached });
        markLinks(id, useProgressStore.getState().lessons[slug]?.sectionsReached ?? []);
      },
      { rootMargin: "100000px 0px -66.67% 0px" },
    );
    for (const element of elements) observer.observe(element);
    return () => observer.disconnect();
  }, [headings, recordProgress, slug]);

  // Sections read in an earlier visit arrive with the saved progress.
  useEffect(() => {
    const current = document.querySelector("[data-toc-link][aria-current]")?.getAttribute("data-toc-link") ?? null;
    markLinks(current, read ?? []);
  }, [read]);

  return null;
}
