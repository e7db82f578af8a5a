import "server-only";
import { getLesson } from "@/lib/content/lessons";
import { getPrisma } from "@/lib/db/client";
import type { ReviewCard } from "@/lib/generated/prisma/client";
import { attemptUnit } from "@/lib/progress/scorecard";
import type { QueueCard } from "@/lib/review/queue";
import { newSchedule, review, type ReviewRating, type Schedule } from "@/lib/review/schedule";
import type { CardKey, ReviewEvent, ReviewEventResult } from "@/lib/review/validations";
import { plausibleTime } from "@/lib/time/request-now";

/**
 * Review cards and reviews, always scoped to one user: every query names the
 * user, so one learner can neither read nor change another's cards.
 */

const toStored = (row: ReviewCard): QueueCard => ({
  id: row.id,
  lessonSlug: row.lessonSlug,
  blockId: row.blockId,
  unit: row.unit,
  reason: row.reason,
  createdAt: row.createdAt.toISOString(),
  schedule: {
    due: row.due.toISOString(),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview?.toISOString() ?? null,
  },
});

/** Whether the card names a scored exercise of a lesson, and one of its parts; the problem in words if not. */
export async function cardProblem(key: CardKey): Promise<string | null> {
  const lesson = await getLesson(key.lesson);
  const exercise = lesson?.exercises.find((candidate) => candidate.id === key.block);
  if (!lesson || !exercise) return `lesson "${key.lesson}" has no scored exercise "${key.block}"`;
  const units = exercise.units.length ? exercise.units : [""];
  return units.includes(key.unit) ? null : `exercise "${key.block}" has no part "${key.unit}"`;
}

/**
 * Makes a card, due at once, for each answer that missed (one per exercise
 * part: a card that exists already keeps its schedule). Called with scored
 * answers already checked against their lesson (saveAttempts), so it looks
 * nothing up again.
 */
export async function addMissedCards(
  userId: string,
  missed: { lessonSlug: string; blockId: string; answer: unknown; at: Date }[],
): Promise<void> {
  if (missed.length === 0) return;
  await getPrisma().reviewCard.createMany({
    data: missed.map(({ lessonSlug, blockId, answer, at }) => ({
      userId,
      lessonSlug,
      blockId,
      unit: attemptUnit(answer),
      ...scheduleColumns(newSchedule(at)),
      reason: "missed",
    })),
    skipDuplicates: true,
  });
}

function scheduleColumns(schedule: Schedule) {
  return {
    due: new Date(schedule.due),
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsedDays: schedule.elapsedDays,
    scheduledDays: schedule.scheduledDays,
    learningSteps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: schedule.state,
    lastReview: schedule.lastReview ? new Date(schedule.lastReview) : null,
  };
}

const findCard = (userId: string, key: CardKey) =>
  getPrisma().reviewCard.findUnique({
    where: {
      userId_lessonSlug_blockId_unit: { userId, lessonSlug: key.lesson, blockId: key.block, unit: key.unit },
    },
  });

/**
 * Applies one review: the card's next schedule and the log row are written
 * by one statement, only if the card is still as it was read (no other tab
 * reviewed it meanwhile) and the log id is new. A lost race is read again and
 * retried; a log id already stored means a retried send, acknowledged once.
 */
async function applyReview(
  userId: string,
  event: Extract<ReviewEvent, { type: "review" }>,
  reviewedAt: Date,
): Promise<string | null> {
  const prisma = getPrisma();
  for (let attempt = 0; attempt < 5; attempt++) {
    const card = await findCard(userId, event.card);
    if (!card) return "there is no review card for this exercise";
    const before = toStored(card).schedule;
    const next = scheduleColumns(review(before, event.rating as ReviewRating, reviewedAt));
    const stored = await prisma.$queryRaw<{ id: string }[]>`
      WITH "updated" AS (
        UPDATE "ReviewCard" SET "due" = ${next.due}, "stability" = ${next.stability},
          "difficulty" = ${next.difficulty}, "elapsedDays" = ${next.elapsedDays},
          "scheduledDays" = ${next.scheduledDays}, "learningSteps" = ${next.learningSteps},
          "reps" = ${next.reps}, "lapses" = ${next.lapses}, "state" = ${next.state},
          "lastReview" = ${next.lastReview}
        WHERE "id" = ${card.id} AND "userId" = ${userId} AND "reps" = ${card.reps}
          AND NOT EXISTS (SELECT 1 FROM "ReviewLog" WHERE "id" = ${event.id}::uuid)
        RETURNING "id")
      INSERT INTO "ReviewLog" ("id", "cardId", "userId", "rating", "state", "due", "stability", "difficulty",
        "scheduledDays", "durationMs", "reviewedAt")
      SELECT ${event.id}::uuid, "id", ${userId}, ${event.rating}, ${card.state}, ${next.due}, ${next.stability},
        ${next.difficulty}, ${next.scheduledDays}, ${event.ms ?? null}::int, ${reviewedAt}
      FROM "updated"
      ON CONFLICT ("id") DO NOTHING
      RETURNING "id"`;
    if (stored.length > 0) return null;
    const existing = await prisma.reviewLog.findUnique({ where: { id: event.id }, select: { userId: true } });
    if (existing) return existing.userId === userId ? null : "this review's id is already in use; rate the card again";
  }
  return "the card kept changing while this review was saved; rate it again";
}

/**
 * Stores a batch of review events in order. Idempotent: a guess on an
 * exercise that already has a card, and a review whose id is stored, change
 * nothing. Each event gets its own result, as answers do.
 */
export async function saveReviewEvents(
  userId: string,
  events: ReviewEvent[],
  now = new Date(),
): Promise<ReviewEventResult[]> {
  const results: ReviewEventResult[] = [];
  for (const event of events) {
    const problem = await cardProblem(event.card);
    if (problem) {
      results.push({ id: event.id, ok: false, error: problem });
      continue;
    }
    if (event.type === "guess") {
      await getPrisma().reviewCard.createMany({
        data: [
          {
            userId,
            lessonSlug: event.card.lesson,
            blockId: event.card.block,
            unit: event.card.unit,
            reason: "guess",
            ...scheduleColumns(newSchedule(plausibleTime(event.at, now))),
          },
        ],
        skipDuplicates: true,
      });
      results.push({ id: event.id, ok: true });
      continue;
    }
    const error = await applyReview(userId, event, plausibleTime(event.at, now));
    results.push(error ? { id: event.id, ok: false, error } : { id: event.id, ok: true });
  }
  return results;
}

/** The cards due at `now`, soonest first: the review queue. */
export async function dueCards(userId: string, now: Date, limit = 100): Promise<QueueCard[]> {
  const rows = await getPrisma().reviewCard.findMany({
    where: { userId, due: { lte: now } },
    orderBy: [{ due: "asc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map(toStored);
}

/** How many cards are due now, and by the end of the (UTC) day: one pass over the learner's index entries. */
export async function dueCounts(userId: string, now: Date): Promise<{ now: number; today: number; total: number }> {
  const endOfDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const [row] = await getPrisma().$queryRaw<{ now: number; today: number; total: number }[]>`
    SELECT COUNT(*) FILTER (WHERE "due" <= ${now})::int AS "now",
      COUNT(*) FILTER (WHERE "due" < ${endOfDay})::int AS "today",
      COUNT(*)::int AS "total"
    FROM "ReviewCard" WHERE "userId" = ${userId}`;
  return { now: row?.now ?? 0, today: row?.today ?? 0, total: row?.total ?? 0 };
}

/** One card with its reviews, newest first; null when it is not this user's (a 404, never a 403). */
export async function cardWithHistory(userId: string, id: string) {
  const card = await getPrisma().reviewCard.findFirst({
    where: { id, userId },
    include: { logs: { orderBy: { reviewedAt: "desc" }, take: 100 } },
  });
  if (!card) return null;
  return {
    ...toStored(card),
    reviews: card.logs.map((log) => ({
      rating: log.rating,
      reviewedAt: log.reviewedAt.toISOString(),
      due: log.due.toISOString(),
      durationMs: log.durationMs,
    })),
  };
}

/** Removes a card from the learner's reviews; false when it is not theirs. */
export async function removeCard(userId: string, id: string): Promise<boolean> {
  const { count } = await getPrisma().reviewCard.deleteMany({ where: { id, userId } });
  return count > 0;
}

/**
 * Answers and reviews per UTC day since `since`: the study days of the streak
 * and the heat-map. (The columns hold UTC times without a zone.)
 */
export async function studyCounts(userId: string, since: Date): Promise<Map<string, number>> {
  const rows = await getPrisma().$queryRaw<{ day: string; count: number }[]>`
    SELECT "day", SUM("n")::int AS "count" FROM (
      SELECT to_char("createdAt", 'YYYY-MM-DD') AS "day", COUNT(*) AS "n"
      FROM "Attempt" WHERE "userId" = ${userId} AND "createdAt" >= ${since} GROUP BY 1
      UNION ALL
      SELECT to_char("reviewedAt", 'YYYY-MM-DD'), COUNT(*)
      FROM "ReviewLog" WHERE "userId" = ${userId} AND "reviewedAt" >= ${since} GROUP BY 1
    ) AS "counts" GROUP BY "day"`;
  return new Map(rows.map((row) => [row.day, Number(row.count)]));
}

/** False when the account no longer exists. */
export async function setDailyGoal(userId: string, goal: number): Promise<boolean> {
  const { count } = await getPrisma().user.updateMany({ where: { id: userId }, data: { dailyGoal: goal } });
  return count > 0;
}
