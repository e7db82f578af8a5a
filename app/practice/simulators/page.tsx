import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { getLesson } from "@/lib/content/lessons";
import { SIMULATORS, simulatorHref } from "@/lib/simulators/catalog";

export const metadata: Metadata = { title: "Simulators" };

export default async function SimulatorsPage() {
  const entries = await Promise.all(
    SIMULATORS.map(async (entry) => ({ entry, lesson: await getLesson(entry.lesson) })),
  );
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/practice">Practice</Link> <span aria-hidden>›</span> Simulators
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Simulators</h1>
        <p className="max-w-prose text-muted">
          Every simulator in the course. Each one asks you to predict what the system will do before it shows you, and
          each links to the lesson that teaches the idea behind it.
        </p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2">
        {entries.map(({ entry, lesson }) => (
          <li key={entry.id} className="rounded-lg border border-border bg-surface p-4">
            <h2 className="text-lg font-semibold">
              <Link href={simulatorHref(entry)}>{entry.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-muted">{entry.summary}</p>
            {lesson ? (
              <p className="mt-2 text-sm">
                Taught in <Link href={`/learn/${lesson.slug}`}>{lesson.frontMatter.title}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
