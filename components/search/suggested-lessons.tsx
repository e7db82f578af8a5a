import Link from "next/link";
import type { LessonSuggestions } from "@/lib/search/suggest-lessons";

const INTRO: Record<LessonSuggestions["basis"], string> = {
  "shared-words": "These lessons contain some of your words, or words that begin with them.",
  "course-start": "None of your words is in a lesson. The course begins with these.",
};

/** Lessons to try when a search finds nothing, with why they are offered. */
export function SuggestedLessons({ suggestions }: { suggestions: LessonSuggestions }) {
  return (
    <section aria-labelledby="suggested-lessons" className="flex flex-col gap-3">
      <h2 id="suggested-lessons" className="text-xl font-semibold">
        Lessons to try
      </h2>
      <p className="text-sm text-muted">{INTRO[suggestions.basis]}</p>
      <ul aria-labelledby="suggested-lessons" className="flex flex-col gap-4">
        {suggestions.lessons.map((lesson) => (
          <li key={lesson.slug} className="rounded-lg border border-border bg-surface p-4">
            <Link href={`/learn/${lesson.slug}`} className="font-semibold">
              {lesson.title}
            </Link>{" "}
            <span className="text-sm text-muted">({lesson.label})</span>
            <p className="mt-1 text-sm text-muted">{lesson.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
