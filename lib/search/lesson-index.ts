import "server-only";
import type { Lesson } from "@/lib/content/lessons";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// ts_headline marks matches with these; they cannot occur in indexed text.
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f]/g;

/** One row per lesson section: the text before the first ## is the lesson's introduction. */
export function sectionRows(lessons: Lesson[]) {
  return lessons.flatMap((lesson) =>
    lesson.analysis.sectionTexts.map((section, position) => ({
      id: `${lesson.slug}#${section.anchor ?? ""}`,
      lessonSlug: lesson.slug,
      lessonTitle: lesson.frontMatter.title,
      heading: section.heading,
      anchor: section.anchor,
      position,
      body: [position === 0 ? lesson.frontMatter.summary : "", section.text]
        .join(" ")
        .replace(CONTROL_CHARACTERS, " ")
        .trim(),
    })),
  );
}

/**
 * Replaces the whole search index with the lessons given, in one transaction,
 * so a search never sees a half-built index. The tsvector weighs the section
 * heading (A) above the lesson title (B) above the text (C). Rows go in as
 * arrays, a thousand to a statement: one INSERT per row took over 5 seconds
 * for 8,000 sections.
 */
export async function rebuildLessonIndex(prisma: PrismaClient, lessons: Lesson[]): Promise<number> {
  const rows = sectionRows(lessons);
  const batches = Array.from({ length: Math.ceil(rows.length / 1000) }, (_, index) =>
    rows.slice(index * 1000, index * 1000 + 1000),
  );
  await prisma.$transaction([
    // TRUNCATE rather than DELETE: the deleted rows would stay in the table until a
    // vacuum, and a search for a common word scans the table (1,000 lessons: every
    // rebuild added 8,000 dead rows for each search to step over). Searches wait
    // for the rebuild's commit, which is what "never half-built" asks anyway.
    prisma.$executeRaw`TRUNCATE "LessonSection"`,
    ...batches.map(
      (batch) => prisma.$executeRaw`
        INSERT INTO "LessonSection" ("id", "lessonSlug", "lessonTitle", "heading", "anchor", "position", "body", "search")
        SELECT "id", "slug", "title", "heading", "anchor", "position", "body",
          setweight(to_tsvector('english', coalesce("heading", '')), 'A') ||
          setweight(to_tsvector('english', "title"), 'B') ||
          setweight(to_tsvector('english', "body"), 'C')
        FROM unnest(
          ${batch.map((row) => row.id)}::text[], ${batch.map((row) => row.lessonSlug)}::text[],
          ${batch.map((row) => row.lessonTitle)}::text[], ${batch.map((row) => row.heading)}::text[],
          ${batch.map((row) => row.anchor)}::text[], ${batch.map((row) => row.position)}::int[],
          ${batch.map((row) => row.body)}::text[]
        ) AS row("id", "slug", "title", "heading", "anchor", "position", "body")`,
    ),
  ]);
  // Fresh statistics, or the planner guesses and scans every section for an OR query.
  await prisma.$executeRaw`ANALYZE "LessonSection"`;
  return rows.length;
}
