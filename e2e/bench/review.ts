// npm run bench:review: building the review queue for a learner with a large
// history, on PostgreSQL. One learner has 10,000 review cards and 100,000
// reviews (a few hundred cards due now, the rest spread over the past month
// and the coming year), and a second learner as many, so the queries must use
// the (userId, due) index rather than read everything.
// Pass: the app's queue (dueCards and dueCounts from lib/review/cards.ts,
// through getPrisma(), at once as the queue route runs them) answers in
// p95 ≤ 20 ms. Beside it, the plain indexed SELECT of the same cards with pg
// shows what Prisma and the counts add.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/tradeoff_bench npm run bench:review
// Options (env): BENCH_REPEATS (200), BENCH_WARMUP (30).
// The seeded learners (and, by cascade, their cards and reviews) are deleted at the end.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { dueCards, dueCounts } from "@/lib/review/cards";
import { applyMigrations } from "@/prisma/migrate.mjs";
import { percentile } from "./paced-load";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    "bench:review measures PostgreSQL: set DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/tradeoff_bench).",
  );
  process.exit(2);
}
const REPEATS = Number(process.env.BENCH_REPEATS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const TARGET_MS = 20;
const CARDS = 10_000;
const REVIEWS = 100_000;
const DUE_NOW = 300;
const LIMIT = 100; // dueCards' default: a session's worth

// The columns hold UTC times without a zone (as Prisma writes them): compare in UTC whatever the session's zone.
const utc = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");

/** One learner's cards and reviews, made in two statements (setseed: the same spread every run). */
async function seedLearner(db: pg.PoolClient, userId: string, now: Date, seed: number) {
  await db.query(
    `INSERT INTO "User" ("id", "name", "email", "passwordHash", "updatedAt") VALUES ($1, 'Bench', $2, 'x', now())`,
    [userId, `bench-review-${userId}@example.com`],
  );
  await db.query(`SELECT setseed($1)`, [seed]);
  await db.query(
    `INSERT INTO "ReviewCard" ("id", "userId", "lessonSlug", "blockId", "unit", "reason", "due", "stability",
       "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "createdAt")
     SELECT 'bench-' || $1 || '-' || i, $1, 'bench-lesson-' || (i % 25), 'block-' || (i / 25), '',
       CASE WHEN i % 7 = 0 THEN 'guess' ELSE 'missed' END,
       CASE WHEN i <= $3 THEN $2::timestamp - random() * interval '30 days'
            ELSE $2::timestamp + random() * interval '365 days' END,
       random() * 100, 1 + random() * 9, (random() * 30)::int, (random() * 60)::int, 0,
       1 + (random() * 20)::int, (random() * 3)::int, CASE WHEN i % 10 = 0 THEN 3 ELSE 2 END,
       $2::timestamp - random() * interval '60 days', $2::timestamp - interval '400 days'
     FROM generate_series(1, $4::int) AS i`,
    [userId, utc(now), DUE_NOW, CARDS],
  );
  await db.query(
    `INSERT INTO "ReviewLog" ("id", "cardId", "userId", "rating", "state", "due", "stability", "difficulty",
       "scheduledDays", "durationMs", "reviewedAt")
     SELECT gen_random_uuid(), 'bench-' || $1 || '-' || (1 + j % $4::int), $1, 1 + (random() * 3)::int,
       (random() * 3)::int, $2::timestamp + random() * interval '60 days', random() * 100, 1 + random() * 9,
       (random() * 60)::int, (random() * 30000)::int, $2::timestamp - random() * interval '365 days'
     FROM generate_series(0, $3::int - 1) AS j`,
    [userId, utc(now), REVIEWS, CARDS],
  );
}

async function time(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const pool = new pg.Pool({ connectionString: databaseUrl });
await applyMigrations(new PrismaPg(pool));
const learner = randomUUID();
const other = randomUUID();
const now = new Date();
let pass = false;
try {
  const started = performance.now();
  const db = await pool.connect();
  try {
    await seedLearner(db, learner, now, 0.42);
    await seedLearner(db, other, now, 0.17);
    await db.query(`VACUUM ANALYZE "ReviewCard"`);
    await db.query(`VACUUM ANALYZE "ReviewLog"`);
  } finally {
    db.release();
  }
  console.log(
    `Seeded 2 learners × ${CARDS.toLocaleString("en")} cards and ${REVIEWS.toLocaleString("en")} reviews ` +
      `in ${Math.round(performance.now() - started)} ms.`,
  );

  const BASELINE = `SELECT * FROM "ReviewCard" WHERE "userId" = $1 AND "due" <= $2 ORDER BY "due", "id" LIMIT ${LIMIT}`;
  const baseline = () => pool.query<{ id: string }>(BASELINE, [learner, utc(now)]);
  const queue = () => Promise.all([dueCards(learner, now), dueCounts(learner, now)]);

  // Both must read the same cards, or the comparison means nothing.
  const [[cards, counts], plain] = await Promise.all([queue(), baseline()]);
  const same = cards.map((card) => card.id).join() === plain.rows.map((row) => row.id).join();
  const plan = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN ${BASELINE}`, [learner, utc(now)]);
  console.log(
    `Queue at ${now.toISOString()}: ${cards.length} cards listed; due now ${counts.now}, today ${counts.today}, total ${counts.total}.`,
  );
  console.log(`Plain SELECT plan: ${plan.rows.map((row) => row["QUERY PLAN"].trim()).join(" | ")}`);

  const app = await time(queue);
  const plainTimes = await time(baseline);
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(`\n${REPEATS} repeats after ${WARMUP} warm-up, one at a time:`);
  console.log(`  app queue (dueCards + dueCounts via Prisma): p50 ${ms(app.p50)}, p95 ${ms(app.p95)}`);
  console.log(`  plain indexed SELECT (pg):                   p50 ${ms(plainTimes.p50)}, p95 ${ms(plainTimes.p95)}`);
  console.log(
    `  ratio app / plain: p50 ${(app.p50 / plainTimes.p50).toFixed(1)}×, p95 ${(app.p95 / plainTimes.p95).toFixed(1)}×`,
  );

  const countsRight = counts.now === DUE_NOW && counts.total === CARDS && counts.today >= counts.now;
  pass = same && countsRight && app.p95 <= TARGET_MS;
  if (!same) console.log("FAIL: dueCards and the plain SELECT returned different cards.");
  if (!countsRight) console.log(`FAIL: expected ${DUE_NOW} cards due now of ${CARDS}, got ${JSON.stringify(counts)}.`);
  console.log(
    `${app.p95 <= TARGET_MS ? "PASS" : "FAIL"}: the app's review queue p95 ${ms(app.p95)} (limit ${TARGET_MS} ms).`,
  );
} finally {
  // Cards go with their learner, and reviews with their card (ON DELETE CASCADE).
  await pool.query(`DELETE FROM "User" WHERE "id" = ANY($1::text[])`, [[learner, other]]);
  await closeDatabase(getDatabase());
  await pool.end();
}
process.exit(pass ? 0 : 1);
