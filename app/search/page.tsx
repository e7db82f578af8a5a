import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { searchLessons, searchQuery, type SearchHit } from "@/lib/search/search-lessons";

export const metadata: Metadata = { title: "Search lessons" };

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const raw = (await searchParams).q;
  const text = typeof raw === "string" ? raw : "";
  const query = text ? searchQuery.safeParse(text) : null;
  const hits: SearchHit[] | null = query?.success ? await searchLessons(query.data) : null;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Search lessons</h1>
      <form role="search" action="/search" className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="search-q" className="text-sm font-medium">
            Search every lesson
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={text}
            maxLength={200}
            aria-describedby="search-help"
            className="min-h-10 rounded-md border border-border bg-bg px-3 py-2"
          />
        </div>
        <button type="submit" className={buttonClasses("primary")}>
          Search
        </button>
        <p id="search-help" className="w-full text-sm text-muted">
          Use quotes for a phrase (&quot;peak QPS&quot;), a minus to leave a word out (-cache), or OR between choices.
        </p>
      </form>

      <div aria-live="polite">
        {query && !query.success ? (
          <p className="text-danger">{query.error.issues[0]?.message}</p>
        ) : hits === null ? null : hits.length === 0 ? (
          <p className="text-muted">No lesson matches “{text}”. Try fewer or more general words.</p>
        ) : (
          <>
            <p className="mb-3 text-sm text-muted">
              {hits.length} result{hits.length === 1 ? "" : "s"} for “{text}”
            </p>
            <ol className="flex flex-col gap-4">
              {hits.map((hit) => (
                <li key={`${hit.lessonSlug}#${hit.anchor}`} className="rounded-lg border border-border bg-surface p-4">
                  <Link
                    href={`/learn/${hit.lessonSlug}${hit.anchor ? `#${hit.anchor}` : ""}`}
                    className="font-semibold"
                  >
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
      </div>
    </div>
  );
}
