import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { LessonProgressState, LessonProgressUpdate } from "@/lib/progress/validations";

type Row = { sectionsReached: string[] | null; lastSection: string | null; completedAt: Date | null };

const toState = (row: Row | undefined): LessonProgressState => ({
  sectionsReached: row?.sectionsReached ?? [],
  lastSection: row?.lastSection ?? null,
  completedAt: row?.completedAt?.toISOString() ?? null,
});

/**
 * Records how far a user got, in one atomic upsert: reached sections are
 * merged as a set union and completion is never undone, so two tabs saving at
 * once both count and neither overwrites the other.
 */
export async function recordLessonProgress(
  userId: string,
  lessonSlug: string,
  update: LessonProgressUpdate,
): Promise<LessonProgressState> {
  const sections = [...new Set(update.sectionsReached)];
  const completedAt = update.completed ? new Date() : null;
  const rows = await getPrisma().$queryRaw<Row[]>`
    INSERT INTO "LessonProgress" ("userId", "lessonSlug", "sectionsReached", "lastSection", "completedAt", "updatedAt")
    VALUES (${userId}, ${lessonSlug}, ${sections}::text[], ${update.lastSection ?? null}, ${completedAt}, now())
    ON CONFLICT ("userId", "lessonSlug") DO UPDATE SET
      "sectionsReached" = ARRAY(
        SELECT DISTINCT s FROM unnest("LessonProgress"."sectionsReached" || EXCLUDED."sectionsReached") AS s ORDER BY s),
      "lastSection" = COALESCE(EXCLUDED."lastSection", "LessonProgress"."lastSection"),
      "completedAt" = COALESCE("LessonProgress"."completedAt", EXCLUDED."completedAt"),
      "updatedAt" = now()
    RETURNING "sectionsReached", "lastSection", "completedAt"`;
  return toState(rows[0]);
}

export async function getLessonProgress(userId: string, lessonSlug: string): Promise<LessonProgressState> {
  const row = await getPrisma().lessonProgress.findUnique({
    where: { userId_lessonSlug: { userId, lessonSlug } },
    select: { sectionsReached: true, lastSection: true, completedAt: true },
  });
  return toState(row ?? undefined);
}
