import "server-only";
import { getCourse } from "@/lib/content/lessons";
import { getPrisma } from "@/lib/db/client";
import type { CourseProgress } from "@/lib/progress/course-progress";
import { PROMPTS } from "@/lib/prompts/catalog";
import { dueCounts, studyCounts } from "@/lib/review/cards";
import { calendar, DAY_MS, dayOf, nextStep, streak, type NextStep } from "@/lib/review/habit";

/** Weeks the heat-map shows; the streak is counted over the same stretch, so it tops out there. */
export const HEATMAP_WEEKS = 26;

export type PartMastery = { id: string; label: string; title: string; mastered: number; total: number };

export type HabitSummary = {
  /** The UTC day it is for the learner's request ("2026-12-02"). */
  today: string;
  due: { now: number; today: number; total: number };
  /** Answers and reviews a day the learner aims for. */
  goal: number;
  /** Answers and reviews so far today. */
  done: number;
  streak: number;
  /** The heat-map: every day from a Monday `HEATMAP_WEEKS` weeks back to today. */
  days: { day: string; count: number }[];
  /** Lessons mastered per part of the course (parts without lessons left out). */
  mastery: PartMastery[];
  next: NextStep;
};

/** The dashboard's habit and direction for one learner at `now`, from the progress the page has already read. */
export async function habitSummary(userId: string, now: Date, progress: CourseProgress): Promise<HabitSummary> {
  const prisma = getPrisma();
  const today = dayOf(now);
  const since = new Date(Date.parse(today) - HEATMAP_WEEKS * 7 * DAY_MS);
  const [due, counts, user, interviews, course] = await Promise.all([
    dueCounts(userId, now),
    studyCounts(userId, since),
    prisma.user.findUnique({ where: { id: userId }, select: { dailyGoal: true } }),
    prisma.mockInterview.findMany({ where: { userId }, select: { promptId: true }, distinct: ["promptId"] }),
    getCourse(),
  ]);

  const states = new Map(progress.parts.flatMap((part) => part.lessons).map((lesson) => [lesson.slug, lesson.state]));
  const lessons = course.flatMap((part) =>
    part.lessons.map((lesson) => ({
      slug: lesson.slug,
      title: lesson.frontMatter.title,
      label: lesson.label,
      state: states.get(lesson.slug) ?? ("not-started" as const),
      prerequisites: lesson.frontMatter.prerequisites,
    })),
  );

  return {
    today,
    due,
    goal: user?.dailyGoal ?? 10,
    done: counts.get(today) ?? 0,
    streak: streak(counts.keys(), today),
    days: calendar(counts, today, HEATMAP_WEEKS),
    mastery: progress.parts
      .filter((part) => part.lessons.length > 0)
      .map(({ part, lessons: summaries }) => ({
        id: part.id,
        label: part.label,
        title: part.title,
        mastered: summaries.filter((lesson) => lesson.state === "mastered").length,
        total: summaries.length,
      })),
    // The queue shows the cards due now, so the step counts those (a card due later today is not offered yet).
    next: nextStep({
      due: due.now,
      lessons,
      prompts: PROMPTS,
      interviewed: new Set(interviews.map((interview) => interview.promptId)),
    }),
  };
}
