// npm run bench:search: full-text search over 1,000 synthetic lessons (about
// 8,000 sections, made from the real lessons' words, generated here and never
// committed), on the embedded database and, with DATABASE_URL, on PostgreSQL.
// Pass: every kind of query answers in p95 ≤ 20 ms (the app's query: match,
// rank, snippets). Beside it, the plain indexed query of the same rows (every
// matching section's id from the GIN index, unranked) shows what ranking and
// snippets cost.
//   npm run bench:search                      # embedded only
//   DATABASE_URL=postgresql://… npm run bench:search
// The PostgreSQL index is rebuilt from content/ when the bench ends.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { readCatalog, type Lesson } from "@/lib/content/lessons";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { rebuildLessonIndex } from "@/lib/search/lesson-index";
import { searchLessons } from "@/lib/search/search-lessons";
import { applyMigrations } from "@/prisma/migrate.mjs";
import { percentile } from "./paced-load";

const LESSONS = Number(process.env.BENCH_LESSONS ?? 1000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 30);
const TARGET_MS = 20;

/** A deterministic stream of numbers, so every run indexes the same text. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

async function syntheticLessons(): Promise<{ lessons: Lesson[]; queries: string[] }> {
  const { lessons: real } = await readCatalog();
  const words = real
    .flatMap((lesson) => lesson.analysis.sectionTexts.map((section) => section.text))
    .join(" ")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2);
  const next = random(42);
  const pick = () => words[Math.floor(next() * words.length)]!;
  const sentence = (count: number) => Array.from({ length: count }, pick).join(" ");
  const lessons = Array.from({ length: LESSONS }, (_, index) => {
    const slug = `synthetic-${index}`;
    const sections = Array.from({ length: 8 }, (_, section) => ({
      anchor: section ? `section-${section}` : null,
      heading: section ? sentence(4) : null,
      text: Array.from({ length: 5 }, () => sentence(50)).join(". "),
    }));
    return {
      slug,
      frontMatter: { title: `Synthetic ${sentence(3)}`, summary: sentence(25) },
      analysis: { sectionTexts: sections },
    } as unknown as Lesson;
  });
  // Frequent and rare words, a phrase, an exclusion and an OR, as people search.
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const byFrequency = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([word]) => word)
    .filter((w) => w.length > 4);
  const [common, second] = [byFrequency[0]!, byFrequency[1]!];
  const rare = byFrequency.at(-1)!;
  const middling = byFrequency[Math.floor(byFrequency.length / 2)]!;
  return {
    lessons,
    queries: [
      common,
      rare,
      middling,
      `"${common} ${second}"`,
      `${common} -${second}`,
      `${rare} or ${middling}`,
      "peak qps",
    ],
  };
}

async function timeQueries(prisma: PrismaClient, queries: string[], run: (q: string) => Promise<unknown>) {
  const rows = [];
  for (const query of queries) {
    await run(query); // warm
    const times: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const start = performance.now();
      await run(query);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    rows.push({ query, p50: percentile(times, 50), p95: percentile(times, 95) });
  }
  return rows;
}

async function measure(name: string, prisma: PrismaClient, lessons: Lesson[], queries: string[]) {
  const started = performance.now();
  const sections = await rebuildLessonIndex(prisma, lessons);
  console.log(
    `\n${name}: indexed ${sections} sections of ${lessons.length} lessons in ${Math.round(performance.now() - started)} ms`,
  );
  const app = await timeQueries(prisma, queries, (query) => searchLessons(query, 20, prisma));
  const plain = await timeQueries(
    prisma,
    queries,
    (query) =>
      prisma.$queryRaw`SELECT "id" FROM "LessonSection", websearch_to_tsquery('english', ${query}) AS q WHERE "search" @@ q`,
  );
  let pass = true;
  for (const [index, row] of app.entries()) {
    const ok = row.p95 <= TARGET_MS;
    pass &&= ok;
    console.log(
      `${ok ? "PASS" : "FAIL"} ${JSON.stringify(row.query).padEnd(34)} search p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms;` +
        ` plain indexed query p50 ${plain[index]!.p50.toFixed(1)} ms, p95 ${plain[index]!.p95.toFixed(1)} ms`,
    );
  }
  return pass;
}

const { lessons, queries } = await syntheticLessons();
let pass = true;

const pglite = new PGlite();
await applyMigrations(new PrismaPGlite(pglite));
const embedded = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
pass = (await measure("embedded database (PGlite, in memory)", embedded, lessons, queries)) && pass;
await embedded.$disconnect();
await pglite.close();

if (process.env.DATABASE_URL) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  await applyMigrations(new PrismaPg(pool));
  const postgres = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    pass = (await measure("PostgreSQL", postgres, lessons, queries)) && pass;
  } finally {
    await rebuildLessonIndex(postgres, (await readCatalog()).lessons);
    await postgres.$disconnect();
    await pool.end();
  }
}
console.log(
  pass ? `\nPASS: p95 ≤ ${TARGET_MS} ms for every query` : `\nFAIL: some query's p95 is over ${TARGET_MS} ms`,
);
process.exit(pass ? 0 : 1);
