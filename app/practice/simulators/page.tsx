import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { getCatalog } from "@/lib/content/lessons";
import { SIMULATORS, simulatorHref } from "@/lib/simulators/catalog";

export const metadata: Metadata = { title: "Simulators" };

export default async function SimulatorsPage() {
  // In course order: a simulator is listed where the lesson that teaches it stands.
  const { lessons } = await getCatalog();
  const place = (slug: string) => {
    const index = lessons.findIndex((lesson) => lesson.slug === slug);
    return index === -1 ? lessons.length : index;
  };
  const entries = [...SIMULATORS]
    .sort((a, b) => place(a.lesson) - place(b.lesson))
    .map((entry) => ({ entry, lesson: lessons.find((lesson) => lesson.slug === entry.lesson) ?? null }));
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
                Taught in {lesson.label}: <Link href={`/learn/${lesson.slug}`}>{lesson.frontMatter.title}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
