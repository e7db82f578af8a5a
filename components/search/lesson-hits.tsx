import Link from "next/link";
import type { SearchHit } from "@/lib/search/search-lessons";

/**
 * The lesson sections that match, each linked to its heading, with the
 * matched words marked. `nothingElse`: no tool matched either, so the empty
 * message says so.
 */
export function LessonHits({ hits, query, nothingElse }: { hits: SearchHit[]; query: string; nothingElse: boolean }) {
  return (
    <section aria-labelledby="lesson-results" className="flex flex-col gap-3">
      <h2 id="lesson-results" className="text-xl font-semibold">
        Lessons
      </h2>
      {hits.length === 0 ? (
        <p className="text-muted">
          No lesson matches “{query}”.{nothingElse ? " No tool or simulator does either." : ""} Try fewer or more
          general words.
        </p>
      ) : (
        <>
          <p className="text-sm text-muted">
            {hits.length} result{hits.length === 1 ? "" : "s"} for “{query}”
          </p>
          <ol aria-labelledby="lesson-results" className="flex flex-col gap-4">
            {hits.map((hit) => (
              <li key={`${hit.lessonSlug}#${hit.anchor}`} className="rounded-lg border border-border bg-surface p-4">
                <Link href={`/learn/${hit.lessonSlug}${hit.anchor ? `#${hit.anchor}` : ""}`} className="font-semibold">
                  {hit.lessonTitle}
                  {hit.heading ? ` › ${hit.heading}` : ""}
                </Link>
                <p className="mt-1 text-sm text-muted">
                  {hit.snippet.map((part, index) =>
                    part.match ? (
                      <mark key={index} className="rounded bg-accent-soft px-0.5 text-fg">
                        {part.text}
                      </mark>
                    ) : (
                      <span key={index}>{part.text}</span>
                    ),
                  )}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
