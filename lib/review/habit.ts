import type { LessonState } from "@/lib/progress/scorecard";

/**
 * The dashboard's habit and direction, from what the learner did: study days
 * (a day with an answer or a review), the streak, the day's goal and the one
 * next step. Pure; days are UTC calendar days ("2026-12-02").
 */

export const DAY_MS = 86_400_000;

export const dayOf = (time: Date | string): string => new Date(time).toISOString().slice(0, 10);

const addDays = (day: string, days: number): string => dayOf(new Date(Date.parse(day) + days * DAY_MS));

/**
 * Consecutive study days ending today, or ending yesterday while today is
 * still open (a streak is not lost before the day is over).
 */
export function streak(studyDays: Iterable<string>, today: string): number {
  const days = new Set(studyDays);
  let day = days.has(today) ? today : addDays(today, -1);
  let count = 0;
  while (days.has(day)) {
    count += 1;
    day = addDays(day, -1);
  }
  return count;
}

/** The last `weeks` whole weeks up to today (Monday first), each day with its count: the heat-map. */
export function calendar(counts: Map<string, number>, today: string, weeks: number): { day: string; count: number }[] {
  const weekday = (new Date(today).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const first = addDays(today, -weekday - (weeks - 1) * 7);
  const days: { day: string; count: number }[] = [];
  for (let day = first; day <= today; day = addDays(day, 1)) days.push({ day, count: counts.get(day) ?? 0 });
  return days;
}

export type CourseLesson = { slug: string; title: string; label: string; state: LessonState; prerequisites: string[] };
export type PromptForStep = { id: string; title: string; caseStudy?: string };

export type NextStep =
  | { kind: "review"; due: number; href: string; text: string }
  | { kind: "lesson"; slug: string; href: string; text: string }
  | { kind: "interview"; prompt: string; href: string; text: string }
  | { kind: "done"; href: string; text: string };

const READ: LessonState[] = ["read", "practised", "mastered"];

/**
 * One recommended next step: due reviews first; then the first lesson in
 * course order not yet read whose prerequisites are read; then a mock
 * interview on a prompt whose case study (and what it builds on) is mastered,
 * one not yet interviewed on first; then the first lesson not yet mastered.
 */
export function nextStep({
  due,
  lessons,
  prompts,
  interviewed,
}: {
  due: number;
  lessons: CourseLesson[];
  prompts: PromptForStep[];
  /** Prompts the learner has already started a mock interview on. */
  interviewed: Set<string>;
}): NextStep {
  if (due > 0)
    return { kind: "review", due, href: "/review", text: `Review ${due} card${due === 1 ? "" : "s"} due today` };
  const bySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  const isRead = (slug: string) => READ.includes(bySlug.get(slug)?.state ?? "not-started");
  const lesson = lessons.find((candidate) => !isRead(candidate.slug) && candidate.prerequisites.every(isRead));
  if (lesson)
    return {
      kind: "lesson",
      slug: lesson.slug,
      href: `/learn/${lesson.slug}`,
      text: `Read ${lesson.label}: ${lesson.title}`,
    };
  const mastered = (slug: string) => bySlug.get(slug)?.state === "mastered";
  const ready = prompts.filter((prompt) => {
    const study = prompt.caseStudy ? bySlug.get(prompt.caseStudy) : undefined;
    return study && mastered(study.slug) && study.prerequisites.every(mastered);
  });
  const prompt = ready.find((candidate) => !interviewed.has(candidate.id)) ?? ready[0];
  if (prompt)
    return {
      kind: "interview",
      prompt: prompt.id,
      href: "/interviews",
      text: `Run a mock interview: ${prompt.title}`,
    };
  const unmastered = lessons.find((candidate) => !mastered(candidate.slug));
  if (unmastered)
    return {
      kind: "lesson",
      slug: unmastered.slug,
      href: `/learn/${unmastered.slug}`,
      text: `Master ${unmastered.label}: ${unmastered.title} (answer every exercise right)`,
    };
  return { kind: "done", href: "/interviews", text: "Every lesson mastered and nothing due: run any mock interview" };
}
