import Link from "next/link";
import type { CourseProgress, LessonSummary } from "@/lib/progress/course-progress";
import { LESSON_STATE_LABELS } from "@/lib/progress/scorecard";
import { buttonClasses } from "@/components/ui/button";

function percent(lesson: LessonSummary): number {
  if (lesson.completed) return 100;
  return Math.round((lesson.sectionsReached / Math.max(lesson.sectionsTotal, 1)) * 100);
}

/** The dashboard's view of the course: where to continue, then every part and chapter with its progress. */
export function CourseProgressPanel({ progress }: { progress: CourseProgress }) {
  if (progress.started === 0) {
    return (
      <section aria-labelledby="progress-heading" className="rounded-lg border border-border bg-surface p-6">
        <h2 id="progress-heading" className="mb-2 text-xl font-semibold">
          Your progress
        </h2>
        <p className="mb-4 text-muted">
          No lessons started yet. Start with the first chapter: scoping a design problem.
        </p>
        <Link href="/learn" className={buttonClasses("primary")}>
          Browse the course
        </Link>
      </section>
    );
  }
  const { resume } = progress;
  return (
    <section aria-labelledby="progress-heading" className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="progress-heading" className="text-xl font-semibold">
          Your progress
        </h2>
        <p className="text-sm text-muted">
          {progress.completed} completed · {progress.started} started
        </p>
      </div>
      {resume ? (
        <div className="rounded-lg border border-accent bg-accent-soft p-4">
          <p className="text-sm font-semibold">Continue where you left off</p>
          <p className="mt-1">
            <Link href={`/learn/${resume.slug}${resume.lastSection ? `#${resume.lastSection.id}` : ""}`}>
              {resume.label}: {resume.title}
              {resume.lastSection ? `, at “${resume.lastSection.title}”` : ""}
            </Link>
          </p>
        </div>
      ) : null}
      {progress.parts
        .filter((part) => part.lessons.length > 0)
        .map(({ part, lessons, completed }) => (
          <div key={part.id}>
            <h3 className="font-semibold">
              {part.label}: {part.title}{" "}
              <span className="text-sm font-normal text-muted">
                ({completed} of {lessons.length} completed)
              </span>
            </h3>
            <ul className="mt-2 flex flex-col gap-2">
              {lessons.map((lesson) => (
                <li
                  key={lesson.slug}
                  className="grid gap-2 rounded-md border border-border p-3 sm:grid-cols-[1fr_auto] sm:items-center"
                  data-testid={`dashboard-${lesson.slug}`}
                >
                  <div>
                    <Link href={`/learn/${lesson.slug}`}>
                      {lesson.label}: {lesson.title}
                    </Link>
                    <p className="text-sm text-muted">
                      <strong className="text-fg" data-lesson-state={lesson.state}>
                        {LESSON_STATE_LABELS[lesson.state]}
                      </strong>{" "}
                      ·{" "}
                      {lesson.completed
                        ? "read to the end"
                        : `${lesson.sectionsReached} of ${lesson.sectionsTotal} sections`}{" "}
                      · {lesson.exercisesAttempted} of {lesson.exercisesTotal} exercises
                      {lesson.firstTry !== null ? ` · right the first time ${Math.round(lesson.firstTry * 100)}%` : ""}
                    </p>
                  </div>
                  <progress
                    value={percent(lesson)}
                    max={100}
                    aria-label={`${lesson.title}: ${percent(lesson)}% read`}
                    className="h-2 w-40 accent-(--color-accent)"
                  />
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
