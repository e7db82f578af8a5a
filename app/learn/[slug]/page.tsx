import path from "node:path";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LessonProvider } from "@/components/lessons/progress/lesson-context";
import { Breadcrumbs } from "@/components/lessons/reader/breadcrumbs";
import { ContentLiveReload } from "@/components/lessons/reader/content-live-reload";
import { LessonMistakes } from "@/components/lessons/reader/lesson-mistakes";
import { LessonPager } from "@/components/lessons/reader/lesson-pager";
import { LessonEnd, ResumeWhereLeftOff } from "@/components/lessons/reader/resume-and-finish";
import { SaveStatus } from "@/components/lessons/reader/save-status";
import { ReadingPositionTracker } from "@/components/lessons/reader/reading-position";
import { TableOfContents } from "@/components/lessons/reader/table-of-contents";
import { getCatalog, getLesson, getNeighbours } from "@/lib/content/lessons";
import { renderLesson } from "@/components/lessons/render-lesson";

// Every lesson is rendered to HTML at build time; an unknown slug is a 404.
export const dynamicParams = false;

const development = process.env.NODE_ENV === "development";

export async function generateStaticParams() {
  const { lessons, broken } = await getCatalog();
  if (broken.length > 0 && !development) {
    const list = broken.map(
      (entry) => `${entry.file}:${entry.analysis.errors[0]?.line ?? 1} ${entry.analysis.errors[0]?.message}`,
    );
    throw new Error(`Lessons with mistakes (run npm run content:check):\n${list.join("\n")}`);
  }
  // While authoring, a broken lesson still gets a page: it lists its mistakes.
  const brokenSlugs = development ? broken.map((entry) => ({ slug: path.basename(entry.file, ".mdx") })) : [];
  return [...lessons.map((lesson) => ({ slug: lesson.slug })), ...brokenSlugs];
}

export async function generateMetadata({ params }: PageProps<"/learn/[slug]">): Promise<Metadata> {
  const lesson = await getLesson((await params).slug);
  return lesson ? { title: lesson.frontMatter.title, description: lesson.frontMatter.summary } : {};
}

export default async function LessonPage({ params }: PageProps<"/learn/[slug]">) {
  const slug = (await params).slug;
  const lesson = await getLesson(slug);
  if (!lesson) {
    const broken = development
      ? (await getCatalog()).broken.find((entry) => entry.file.endsWith(`/${slug}.mdx`))
      : null;
    if (broken) return <LessonMistakes file={broken.file} errors={broken.analysis.errors} />;
    notFound();
  }
  const { frontMatter, analysis } = lesson;
  const [content, { previous, next }] = await Promise.all([renderLesson(lesson), getNeighbours(lesson.slug)]);
  const neighbour = (other: typeof previous) =>
    other ? { slug: other.slug, label: other.label, title: other.frontMatter.title } : null;
  const tocHeadings = analysis.headings
    .filter((heading) => heading.depth === 2 || heading.depth === 3)
    .map(({ id, title, depth }) => ({ id, title, depth }));

  return (
    <LessonProvider slug={lesson.slug}>
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-10">
        <article className="min-w-0">
          <Breadcrumbs
            items={[
              { href: "/learn", label: "Learn" },
              { href: `/learn#${lesson.part.id}`, label: lesson.part.label },
              { label: lesson.label },
            ]}
          />
          <header className="mb-6 flex flex-col gap-2 border-b border-border pb-6">
            <p className="text-sm font-semibold text-muted">
              {lesson.label} · {lesson.part.title} · {lesson.minutes} min
            </p>
            <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{frontMatter.title}</h1>
            <p className="text-lg text-muted">{frontMatter.summary}</p>
            <SaveStatus />
          </header>
          <details className="mb-6 rounded-lg border border-border p-3 lg:hidden" data-print-hidden>
            <summary className="cursor-pointer font-semibold">Sections in this lesson</summary>
            <div className="mt-3">
              <TableOfContents headings={tocHeadings} label="Sections in this lesson" />
            </div>
          </details>
          <div className="lesson-prose">{content}</div>
          <LessonEnd
            nextTitle={next ? `${next.label}, ${next.frontMatter.title}` : null}
            exercises={lesson.exercises}
          />
          <LessonPager previous={neighbour(previous)} next={neighbour(next)} />
        </article>
        <aside className="hidden lg:block" data-print-hidden>
          <div className="sticky top-6 max-h-[calc(100dvh-3rem)] overflow-y-auto">
            <p className="mb-2 text-sm font-semibold">On this page</p>
            <TableOfContents headings={tocHeadings} />
          </div>
        </aside>
      </div>
      <ReadingPositionTracker headings={tocHeadings} />
      <ResumeWhereLeftOff sections={analysis.sections.map(({ id, title }) => ({ id, title }))} />
      {development ? <ContentLiveReload /> : null}
    </LessonProvider>
  );
}
