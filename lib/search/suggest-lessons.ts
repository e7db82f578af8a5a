import "server-only";
import type { Lesson } from "@/lib/content/lessons";
import { getPrisma } from "@/lib/db/client";

export type SuggestedLesson = { slug: string; title: string; summary: string; label: string };
/**
 * "shared-words": lessons that contain some of the query's words, or words
 * they begin; "course-start": none does, so the course's first lessons.
 */
export type LessonSuggestions = { basis: "shared-words" | "course-start"; lessons: SuggestedLesson[] };

const MAX_WORDS = 8;

/**
 * Lessons to try when a search finds nothing. The search asks for every word;
 * this asks for any of them, each also as the start of a longer word
 * ("idempot", "cach"), and ranks lessons by their best section. `lessons` is
 * the catalog in course order: suggestions come back with its titles, and its
 * first lessons stand in when no word is found anywhere.
 */
export async function suggestLessons(
  query: string,
  lessons: readonly Lesson[],
  limit = 3,
  prisma = getPrisma(),
): Promise<LessonSuggestions> {
  const anyWord = anyWordQuery(query);
  const rows = anyWord
    ? await prisma.$queryRaw<{ lessonSlug: string }[]>`
        SELECT "lessonSlug"
        FROM "LessonSection", to_tsquery('english', ${anyWord}) AS q
        WHERE "search" @@ q
        GROUP BY "lessonSlug"
        ORDER BY max(ts_rank("search", q, 1)) DESC, "lessonSlug"
        LIMIT ${limit}`
    : [];
  const found = rows.flatMap((row) => lessons.find((lesson) => lesson.slug === row.lessonSlug) ?? []);
  return found.length > 0
    ? { basis: "shared-words", lessons: found.map(suggested) }
    : { basis: "course-start", lessons: lessons.slice(0, limit).map(suggested) };
}

/**
 * The query's words joined by OR, for to_tsquery: excluded words (-cache) and
 * the OR operator left out, each word of three letters or more also matched as
 * a prefix. Only letters and digits reach to_tsquery, so its syntax can never
 * be broken by what was typed. Null when no word is left.
 */
export function anyWordQuery(query: string): string | null {
  const words = query
    .split(/\s+/)
    .filter((token) => !token.startsWith("-"))
    .flatMap((token) => token.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => word !== "or");
  const unique = [...new Set(words)].slice(0, MAX_WORDS);
  if (unique.length === 0) return null;
  return unique.map((word) => (word.length >= 3 ? `${word}:*` : word)).join(" | ");
}

function suggested(lesson: Lesson): SuggestedLesson {
  return {
    slug: lesson.slug,
    title: lesson.frontMatter.title,
    summary: lesson.frontMatter.summary,
    label: lesson.label,
  };
}
