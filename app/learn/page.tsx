import type { Metadata } from "next";
import Link from "next/link";
import { LessonProgressBadge } from "@/components/lessons/progress/lesson-progress-badge";
import { getCourse } from "@/lib/content/lessons";

export const metadata: Metadata = {
  title: "Learn",
  description:
    "The system-design curriculum, part by part: scoping, estimation, building blocks, data, failure, operations.",
};

export default async function LearnPage() {
  const course = await getCourse();
  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Learn system design</h1>
        <p className="max-w-2xl text-muted">
          The course follows the interview: the first ten minutes, the high-level blueprint, the data, failure, and
          running the system. Each chapter mixes reading with exercises; your answers and progress are saved as you go.
        </p>
      </header>
      {course.map(({ part, lessons }) => (
        <section key={part.id} id={part.id} aria-labelledby={`${part.id}-heading`} className="scroll-mt-6">
          <p className="text-sm font-semibold tracking-wide text-muted uppercase">{part.label}</p>
          <h2 id={`${part.id}-heading`} className="text-2xl font-semibold">
            {part.title}
          </h2>
          <p className="mb-4 text-muted">{part.summary}</p>
          {lessons.length === 0 ? (
            <p className="rounded-lg border border-dashed border-border p-4 text-sm text-muted">
              No chapters in this part yet.
            </p>
          ) : (
            <ol className="grid gap-3">
              {lessons.map((lesson) => (
                <li key={lesson.slug} className="rounded-lg border border-border bg-surface p-4">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="text-lg font-semibold">
                      <Link href={`/learn/${lesson.slug}`}>
                        <span className="text-muted">{lesson.label}:</span> {lesson.frontMatter.title}
                      </Link>
                    </h3>
                    <span className="text-sm text-muted">{lesson.minutes} min</span>
                  </div>
                  <p className="mt-1 text-sm text-muted">{lesson.frontMatter.summary}</p>
                  <LessonProgressBadge
                    slug={lesson.slug}
                    sectionsTotal={lesson.analysis.sections.length}
                    exercises={lesson.exercises.map(({ id, units }) => ({ id, units }))}
                  />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
