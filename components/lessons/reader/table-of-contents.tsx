"use client";

import { useLesson } from "@/components/lessons/progress/lesson-context";
import { useProgressStore } from "@/components/lessons/progress/progress-store";
import { useReadingPosition } from "@/components/lessons/reader/reading-position";
import { cn } from "@/lib/cn";

type Heading = { id: string; title: string; depth: number };

/** The lesson's sections, following the scroll; sections already read are marked. */
export function TableOfContents({ headings, label = "On this page" }: { headings: Heading[]; label?: string }) {
  const { slug } = useLesson();
  const active = useReadingPosition((state) => state.active);
  const reached = useProgressStore((state) => state.lessons[slug]?.sectionsReached);
  return (
    <nav aria-label={label} className="text-sm">
      <ol className="flex flex-col gap-1 border-l border-border">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? "pl-6" : "pl-3"}>
            <a
              href={`#${heading.id}`}
              aria-current={active === heading.id ? "location" : undefined}
              className={cn(
                "-ml-px block border-l-2 py-0.5 pl-2 no-underline hover:underline",
                active === heading.id ? "border-accent font-semibold text-fg" : "border-transparent text-muted",
              )}
            >
              {heading.title}
              {heading.depth === 2 && reached?.includes(heading.id) ? (
                <span aria-label="(read)" className="ml-1 text-success">
                  ✓
                </span>
              ) : null}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
