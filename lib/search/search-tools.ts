import "server-only";
import { getPrisma } from "@/lib/db/client";
import { PRACTICE_INDEXES, PRACTICE_TOOLS } from "@/lib/practice/tools";
import { SIMULATORS, simulatorHref } from "@/lib/simulators/catalog";

/** A practice tool or simulator, as the search page lists it. */
export type ToolHit = { title: string; summary: string; href: string };

/** What search reads of each tool: the practice page's list and the simulators' own catalog, so no title is written twice. */
export const SEARCHABLE_TOOLS: readonly ToolHit[] = [
  ...PRACTICE_TOOLS.filter((tool) => !PRACTICE_INDEXES.includes(tool.href)).map((tool) => ({
    title: tool.title,
    summary: tool.text,
    href: tool.href,
  })),
  ...SIMULATORS.map((entry) => ({ title: entry.title, summary: entry.summary, href: simulatorHref(entry) })),
];

/**
 * The tools whose title or summary match the query, best first. The same
 * PostgreSQL web-search query and English stemming as the lesson search, so a
 * query means the same thing in both lists ("quorums" finds the quorum explorer,
 * -cache and "exact phrase" work); the two dozen tools go in as arrays, no table.
 * A title match (A) outranks a summary match (B).
 */
export async function searchTools(
  query: string,
  tools: readonly ToolHit[] = SEARCHABLE_TOOLS,
  prisma = getPrisma(),
): Promise<ToolHit[]> {
  if (tools.length === 0) return [];
  const rows = await prisma.$queryRaw<{ position: number }[]>`
    SELECT "position"
    FROM (
      SELECT "position",
        setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "summary"), 'B') AS "search"
      FROM unnest(${tools.map((tool) => tool.title)}::text[], ${tools.map((tool) => tool.summary)}::text[])
        WITH ORDINALITY AS tool("title", "summary", "position")
    ) AS tool, websearch_to_tsquery('english', ${query}) AS q
    WHERE "search" @@ q
    ORDER BY ts_rank("search", q) DESC, "position"`;
  return rows.map((row) => tools[Number(row.position) - 1]!);
}
