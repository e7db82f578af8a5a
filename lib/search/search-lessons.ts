import "server-only";
import { text } from "@/lib/validations/text";
import { getPrisma } from "@/lib/db/client";
import { MATCH_END, MATCH_START } from "@/lib/search/lesson-index";

export const searchQuery = text(200, "Keep the search under 200 characters.")
  .trim()
  .min(2, "Type at least two characters.");

export type SnippetPart = { text: string; match: boolean };
export type SearchHit = {
  lessonSlug: string;
  lessonTitle: string;
  heading: string | null;
  anchor: string | null;
  snippet: SnippetPart[];
};

/**
 * Full-text search over the lesson index with PostgreSQL's web-search syntax
 * ("exact phrase", -exclude, or). Ranked by cover density (ts_rank_cd: how
 * often the words appear close together), normalised by section length so a
 * matching heading beats a long section that mentions the words. Plain
 * ts_rank put a case study's one passing mention of "transactional outbox"
 * above the section that teaches it, once exercise text no longer padded the
 * teaching section. Each hit carries a snippet whose matched words are marked,
 * returned as parts rather than HTML so nothing from the index is ever
 * rendered as markup.
 */
export async function searchLessons(query: string, limit = 20, prisma = getPrisma()): Promise<SearchHit[]> {
  // Ranked first, snippets after: ts_headline re-reads a section's text, so it runs
  // only for the sections returned, never for every match.
  const rows = await prisma.$queryRaw<
    { lessonSlug: string; lessonTitle: string; heading: string | null; anchor: string | null; snippet: string }[]
  >`
    SELECT "lessonSlug", "lessonTitle", "heading", "anchor",
      ts_headline('english', "body", q,
        ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=40, MinWords=18, MaxFragments=2, FragmentDelimiter=" … "`}) AS snippet
    FROM (
      SELECT "lessonSlug", "lessonTitle", "heading", "anchor", "position", "body", q, ts_rank_cd("search", q, 1) AS rank
      FROM "LessonSection", websearch_to_tsquery('english', ${query}) AS q
      WHERE "search" @@ q
      ORDER BY rank DESC, "lessonSlug", "position"
      LIMIT ${limit}
    ) AS top
    ORDER BY rank DESC, "lessonSlug", "position"`;
  return rows.map((row) => ({ ...row, snippet: splitSnippet(row.snippet) }));
}

export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of snippet.split(new RegExp(`[${MATCH_START}${MATCH_END}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: index % 2 === 1 });
  }
  return parts;
}
