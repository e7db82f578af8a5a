import "server-only";
import { getLesson } from "@/lib/content/lessons";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scoreAttempt } from "@/lib/lessons/blocks";
import type { AttemptInput, AttemptResult, SavedAttempt } from "@/lib/progress/validations";

const MAX_AGE_MS = 90 * 24 * 60 * 60 * 1000;
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** A committed-at time from the browser, kept only when plausible; otherwise "now". */
function commitTime(at: string | undefined, now: number): Date {
  const time = at ? Date.parse(at) : Number.NaN;
  return Number.isFinite(time) && time <= now + CLOCK_SKEW_MS && time >= now - MAX_AGE_MS
    ? new Date(time)
    : new Date(now);
}

/**
 * Saves a batch of answers for one user. Each is checked against its lesson's
 * block and scored with the lesson's own answer key (a score sent by the
 * browser is never trusted). Saving is idempotent: an attempt id that is
 * already stored is skipped, so a retried request never doubles an attempt.
 */
export async function saveAttempts(userId: string, inputs: AttemptInput[]): Promise<AttemptResult[]> {
  const now = Date.now();
  const results: AttemptResult[] = [];
  const rows: Prisma.AttemptCreateManyInput[] = [];
  for (const input of inputs) {
    const lesson = await getLesson(input.lesson);
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
    rows.push({
      id: input.id,
      userId,
      lessonSlug: lesson.slug,
      blockId: block.id,
      kind: scored.kind,
      answer: scored.answer as Prisma.InputJsonValue,
      score: scored.result.score,
      correct: scored.result.correct,
      createdAt: commitTime(input.at, now),
    });
    results.push({ id: input.id, ok: true, ...scored.result });
  }
  if (rows.length > 0) await getPrisma().attempt.createMany({ data: rows, skipDuplicates: true });
  return results;
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
