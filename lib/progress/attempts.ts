import "server-only";
import { lessonOfBlock } from "@/lib/content/moved-blocks";
import { getLesson } from "@/lib/content/lessons";
import { getPrisma, querySql } from "@/lib/db/client";
import { groupCommit } from "@/lib/progress/group-commit";
import { scoreAttempt } from "@/lib/lessons/blocks";
import { addMissedCards } from "@/lib/review/cards";
import { plausibleTime } from "@/lib/time/request-now";
import type { AttemptInput, AttemptResult, SavedAttempt } from "@/lib/progress/validations";

const COLUMNS = 9;

/**
 * One INSERT for many rows; an id already stored is skipped (idempotent retries).
 * Returns the ids it stored. Plain SQL on the driver because this is the
 * hottest write in the app: it runs on every answer.
 */
async function insertAttemptRows(rows: unknown[][]): Promise<Set<string>> {
  const placeholders = rows.map((_, row) => {
    const p = (column: number) => `$${row * COLUMNS + column}`;
    return `(${p(1)}::uuid, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}::jsonb, ${p(7)}::float8, ${p(8)}::boolean, ${p(9)}::timestamptz)`;
  });
  const inserted = await querySql<{ id: string }>(
    `INSERT INTO "Attempt" ("id", "userId", "lessonSlug", "blockId", "kind", "answer", "score", "correct", "createdAt")
     VALUES ${placeholders.join(", ")} ON CONFLICT ("id") DO NOTHING RETURNING "id"`,
    rows.flat(),
  );
  return new Set(inserted.map((row) => row.id));
}

/**
 * Of ids the insert skipped, those this user already stored (a retried save:
 * stored, so acknowledged). Any other was taken by someone else and this
 * answer was not stored, so it must not be acknowledged.
 */
async function alreadyMine(userId: string, ids: string[]): Promise<Set<string>> {
  const rows = await querySql<{ id: string }>(
    `SELECT "id" FROM "Attempt" WHERE "id" = ANY($1::uuid[]) AND "userId" = $2`,
    [ids, userId],
  );
  return new Set(rows.map((row) => row.id));
}

// Saves from concurrent requests share one commit (and one disk flush) under load.
// 1,000 rows × 9 parameters stays far below PostgreSQL's 65,535 parameters per statement.
const writeAttemptRows = groupCommit(insertAttemptRows, 1000);

/**
 * Saves a batch of answers for one user. Each is checked against its lesson's
 * block and scored with the lesson's own answer key (a score sent by the
 * browser is never trusted). Saving is idempotent: an attempt id that is
 * already stored is skipped, so a retried request never doubles an attempt.
 * An acknowledged answer is a stored answer: an id that another user's
 * answer already has is refused, not silently dropped.
 */
export async function saveAttempts(userId: string, inputs: AttemptInput[], now = new Date()): Promise<AttemptResult[]> {
  const results: AttemptResult[] = [];
  const rows: unknown[][] = [];
  for (const input of inputs) {
    const lesson = await getLesson(lessonOfBlock(input.lesson, input.block));
    const block = lesson?.analysis.blocks.find((candidate) => candidate.id === input.block);
    if (!lesson || !block) {
      results.push({ id: input.id, ok: false, error: `lesson "${input.lesson}" has no exercise "${input.block}"` });
      continue;
    }
    const scored = scoreAttempt(block.name, block.props, input.answer);
    if (!scored.ok) {
      results.push({ id: input.id, ok: false, error: scored.message });
      continue;
    }
    rows.push([
      input.id,
      userId,
      lesson.slug,
      block.id,
      scored.kind,
      JSON.stringify(scored.answer),
      scored.result.score,
      scored.result.correct,
      plausibleTime(input.at, now),
    ]);
    results.push({ id: input.id, ok: true, ...scored.result });
  }
  const inserted = (await writeAttemptRows(rows)) ?? new Set<string>();
  const skipped = rows.map((row) => row[0] as string).filter((id) => !inserted.has(id));
  const mine = skipped.length ? await alreadyMine(userId, skipped) : new Set<string>();
  // Each stored miss is a review card (lib/review). Retried answers are passed again, so a card
  // whose write failed after its answer was stored is made by the retry; one already made stays.
  // A Reveal is never scored (its score is null), so it is never a miss.
  const missed = rows.filter(
    (row) => (inserted.has(row[0] as string) || mine.has(row[0] as string)) && row[6] !== null && !row[7],
  );
  if (missed.length > 0)
    await addMissedCards(
      userId,
      missed.map((row) => ({
        lessonSlug: row[2] as string,
        blockId: row[3] as string,
        answer: JSON.parse(row[5] as string),
        at: row[8] as Date,
      })),
    );
  return results.map((result) =>
    result.ok && skipped.includes(result.id) && !mine.has(result.id)
      ? { id: result.id, ok: false, error: "This answer's id is already in use, so it was not saved. Answer again." }
      : result,
  );
}

/** Every attempt one user made in one lesson, oldest first. */
export async function listLessonAttempts(userId: string, lessonSlug: string): Promise<SavedAttempt[]> {
  const rows = await getPrisma().attempt.findMany({
    where: { userId, lessonSlug },
    orderBy: { createdAt: "asc" },
    select: { id: true, blockId: true, answer: true, score: true, correct: true, createdAt: true },
    take: 2000,
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

/** A save for an account deleted after its session began fails on the foreign key to User (SQLSTATE 23503). */
export function isMissingUser(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "23503";
}
