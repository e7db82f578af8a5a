import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SimulatorBlock } from "@/components/lessons/blocks/simulator-blocks";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { getLesson } from "@/lib/content/lessons";
import { SIMULATORS } from "@/lib/simulators/catalog";

// The simulators with a page of their own here; the rest link elsewhere (catalog.ts).
const OWN_PAGES = SIMULATORS.filter((entry) => !entry.href);
const find = (id: string) => OWN_PAGES.find((entry) => entry.id === id);

export const dynamicParams = false;
export const generateStaticParams = () => OWN_PAGES.map((entry) => ({ id: entry.id }));

export async function generateMetadata({ params }: PageProps<"/practice/simulators/[id]">): Promise<Metadata> {
  return { title: find((await params).id)?.title ?? "Simulator" };
}

export default async function SimulatorPage({ params }: PageProps<"/practice/simulators/[id]">) {
  const entry = find((await params).id);
  if (!entry) notFound();
  const lesson = await getLesson(entry.lesson);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/practice">Practice</Link> <span aria-hidden>›</span>{" "}
        <Link href="/practice/simulators">Simulators</Link> <span aria-hidden>›</span> {entry.title}
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{entry.title}</h1>
        <p className="max-w-prose text-muted">{entry.summary}</p>
        {lesson ? (
          <p className="text-sm">
            The idea behind it is taught in <Link href={`/learn/${lesson.slug}`}>{lesson.frontMatter.title}</Link>.
            Predictions made here are not saved; those made in the lesson are.
          </p>
        ) : (
          // A catalogue entry whose lesson is not written yet (a test keeps the course from shipping one).
          <p className="text-sm">Predictions made here are not saved.</p>
        )}
      </header>
      <SimulatorBlock block={entry.block} />
    </div>
  );
}
