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
 * heading (A) above the lesson title (B) above the text (C).
 */
export async function rebuildLessonIndex(prisma: PrismaClient, lessons: Lesson[]): Promise<number> {
  const rows = sectionRows(lessons);
  await prisma.$transaction([
    prisma.$executeRaw`DELETE FROM "LessonSection"`,
    ...rows.map(
      (row) => prisma.$executeRaw`
        INSERT INTO "LessonSection" ("id", "lessonSlug", "lessonTitle", "heading", "anchor", "position", "body", "search")
        VALUES (${row.id}, ${row.lessonSlug}, ${row.lessonTitle}, ${row.heading}, ${row.anchor}, ${row.position}, ${row.body},
          setweight(to_tsvector('english', coalesce(${row.heading}::text, '')), 'A') ||
          setweight(to_tsvector('english', ${row.lessonTitle}), 'B') ||
          setweight(to_tsvector('english', ${row.body}), 'C'))`,
    ),
  ]);
  return rows.length;
}
