import type { Metadata } from "next";
import { LessonHits } from "@/components/search/lesson-hits";
import { SuggestedLessons } from "@/components/search/suggested-lessons";
import { ToolHits } from "@/components/search/tool-hits";
import { buttonClasses } from "@/components/ui/button";
import { getCatalog } from "@/lib/content/lessons";
import { searchLessons, searchQuery } from "@/lib/search/search-lessons";
import { searchTools } from "@/lib/search/search-tools";
import { suggestLessons } from "@/lib/search/suggest-lessons";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const raw = (await searchParams).q;
  const text = typeof raw === "string" ? raw : "";
  const query = text ? searchQuery.safeParse(text) : null;
  const found = query?.success
    ? await Promise.all([searchLessons(query.data), searchTools(query.data)]).then(([hits, tools]) => ({ hits, tools }))
    : null;
  // Only a search that found nothing at all offers lessons instead.
  const suggestions =
    query?.success && found && found.hits.length === 0 && found.tools.length === 0
      ? await suggestLessons(query.data, (await getCatalog()).lessons)
      : null;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Search</h1>
      <form role="search" action="/search" className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="search-q" className="text-sm font-medium">
            Search every lesson and tool
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

      <div aria-live="polite" className="flex flex-col gap-8">
        {query && !query.success ? (
          <p className="text-danger">{query.error.issues[0]?.message}</p>
        ) : found ? (
          <>
            {/* Tools first: there are few, and each is a whole page on what was asked. */}
            {found.tools.length > 0 ? <ToolHits tools={found.tools} /> : null}
            <LessonHits hits={found.hits} query={text} nothingElse={found.tools.length === 0} />
            {suggestions ? <SuggestedLessons suggestions={suggestions} /> : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
