import "server-only";
import { getCourse, type Lesson } from "@/lib/content/lessons";
import type { Part } from "@/lib/content/outline";
import { getPrisma } from "@/lib/db/client";
import { scorecard, type LessonState, type UnitResult } from "@/lib/progress/scorecard";

export type LessonSummary = {
  slug: string;
  title: string;
  label: string;
  minutes: number;
  sectionsTotal: number;
  sectionsReached: number;
  completed: boolean;
  /** Read, practised or mastered (lib/progress/scorecard.ts). */
  state: LessonState;
  /** Share of answered parts right the first time (0..1), null before any. */
  firstTry: number | null;
  exercisesTotal: number;
  exercisesAttempted: number;
  /** Mean of the latest score of each scored exercise tried (0..1), or null before any. */
  score: number | null;
  lastSection: { id: string; title: string } | null;
  updatedAt: string | null;
};

export type CourseProgress = {
  parts: { part: Part; lessons: LessonSummary[]; completed: number }[];
  /** The lesson touched most recently and not finished, to continue from. */
  resume: LessonSummary | null;
  started: number;
  completed: number;
};

type UnitRow = UnitResult & { lessonSlug: string; score: number | null };

/** One user's progress through the whole course, per part and per chapter. */
export async function courseProgress(userId: string): Promise<CourseProgress> {
  const prisma = getPrisma();
  const [course, progressRows, units] = await Promise.all([
    getCourse(),
    prisma.lessonProgress.findMany({
      where: { userId },
      select: { lessonSlug: true, sectionsReached: true, lastSection: true, completedAt: true, updatedAt: true },
    }),
    // First and latest result of every part of every exercise (a deck's card, a simulator's scenario),
    // with the latest score.
    prisma.$queryRaw<UnitRow[]>`
      SELECT "lessonSlug", "blockId", COALESCE("answer"->>'card', "answer"->>'scenario', '') AS "unit",
        (array_agg("correct" ORDER BY "createdAt", "id"))[1] AS "first",
        (array_agg("correct" ORDER BY "createdAt" DESC, "id" DESC))[1] AS "latest",
        (array_agg("score" ORDER BY "createdAt" DESC, "id" DESC))[1] AS "score"
      FROM "Attempt" WHERE "userId" = ${userId}
      GROUP BY "lessonSlug", "blockId", 3`,
  ]);
  const progressBySlug = new Map(progressRows.map((row) => [row.lessonSlug, row]));

  const summarize = (lesson: Lesson): LessonSummary => {
    const row = progressBySlug.get(lesson.slug);
    const sections = lesson.analysis.sections;
    const reached = new Set(row?.sectionsReached ?? []);
    const exercises = lesson.exercises;
    const mine = units.filter((entry) => entry.lessonSlug === lesson.slug);
    const attempted = new Set(mine.map((entry) => entry.blockId));
    const perBlock = [...attempted].flatMap((blockId) => {
      const scores = mine
        .filter((entry) => entry.blockId === blockId && entry.score !== null)
        .map((entry) => entry.score!);
      return scores.length ? [scores.reduce((a, b) => a + b, 0) / scores.length] : [];
    });
    const last = sections.find((section) => section.id === row?.lastSection);
    const card = scorecard(exercises, mine, { reachedEnd: Boolean(row?.completedAt), started: Boolean(row) });
    return {
      slug: lesson.slug,
      title: lesson.frontMatter.title,
      label: lesson.label,
      minutes: lesson.minutes,
      sectionsTotal: sections.length,
      sectionsReached: sections.filter((section) => reached.has(section.id)).length,
      completed: Boolean(row?.completedAt),
      state: card.state,
      firstTry: card.firstTry,
      exercisesTotal: exercises.length,
      exercisesAttempted: exercises.filter((block) => attempted.has(block.id)).length,
      score: perBlock.length ? perBlock.reduce((a, b) => a + b, 0) / perBlock.length : null,
      lastSection: last ? { id: last.id, title: last.title } : null,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  };

  const parts = course.map(({ part, lessons }) => {
    const summaries = lessons.map(summarize);
    return { part, lessons: summaries, completed: summaries.filter((lesson) => lesson.completed).length };
  });
  const all = parts.flatMap((part) => part.lessons);
  const started = all.filter((lesson) => lesson.updatedAt || lesson.exercisesAttempted > 0);
  const resume =
    started
      .filter((lesson) => !lesson.completed && lesson.updatedAt)
      .sort((a, b) => b.updatedAt!.localeCompare(a.updatedAt!))[0] ?? null;
  return { parts, resume, started: started.length, completed: all.filter((lesson) => lesson.completed).length };
}
