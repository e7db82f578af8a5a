import "server-only";
import { readdir, readFile } from "node:fs/promises";
import type { CheckInput } from "@/lib/content/check";
import path from "node:path";
import { cache } from "react";
import { analyzeLesson, type LessonAnalysis } from "@/lib/content/analyze";
import type { FrontMatter } from "@/lib/content/front-matter";
import { PARTS, type Part } from "@/lib/content/outline";
import { readingMinutes } from "@/lib/content/reading-time";
import { lessonExercises } from "@/lib/content/exercises";
import type { Exercise } from "@/lib/progress/scorecard";

export const CONTENT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "content");

export type Lesson = {
  slug: string;
  /** Path from the project root, for messages: content/the-art-of-scoping.mdx */
  file: string;
  source: string;
  frontMatter: FrontMatter;
  analysis: LessonAnalysis;
  part: Part;
  /** "Chapter 1" or "Case study A". */
  label: string;
  /** Reading and exercise time, computed from the lesson (reading-time.ts). */
  minutes: number;
  /** Its scored exercises, as the scorecard counts them (exercises.ts). */
  exercises: Exercise[];
};

export type Catalog = {
  /** Valid lessons in course order. */
  lessons: Lesson[];
  /** Files that could not be read as lessons, with their mistakes. */
  broken: { file: string; analysis: LessonAnalysis }[];
};

// In development every request re-reads content/, but only a file whose text changed is analysed
// again: with a course of twenty lessons, analysing them all took seconds per page.
const analyses = new Map<string, { source: string; analysis: LessonAnalysis }>();
function analyse(source: string, slug: string): LessonAnalysis {
  const known = analyses.get(slug);
  if (known?.source === source) return known.analysis;
  const analysis = analyzeLesson(source, slug);
  analyses.set(slug, { source, analysis });
  return analysis;
}

/** Reads every content/*.mdx file. Cached per process in production; re-read on every request in development. */
export async function readCatalog(dir = CONTENT_DIR): Promise<Catalog> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".mdx")).sort();
  const read = await Promise.all(
    names.map(async (name) => {
      const slug = name.slice(0, -".mdx".length);
      const source = await readFile(path.join(dir, name), "utf8");
      return {
        slug,
        file: path.relative(process.cwd(), path.join(dir, name)),
        source,
        analysis: analyse(source, slug),
      };
    }),
  );
  const valid = read.filter((entry) => entry.analysis.errors.length === 0 && entry.analysis.frontMatter);
  const broken = read.filter((entry) => !valid.includes(entry)).map(({ file, analysis }) => ({ file, analysis }));

  const partIndex = (id: string) => PARTS.findIndex((part) => part.id === id);
  const ordered = valid.sort(
    (a, b) =>
      partIndex(a.analysis.frontMatter!.part) - partIndex(b.analysis.frontMatter!.part) ||
      a.analysis.frontMatter!.order - b.analysis.frontMatter!.order ||
      a.slug.localeCompare(b.slug),
  );
  let chapter = 0;
  let caseStudy = 0;
  const lessons = ordered.map((entry) => {
    const frontMatter = entry.analysis.frontMatter!;
    const part = PARTS[partIndex(frontMatter.part)]!;
    const label =
      part.id === "case-studies" ? `Case study ${String.fromCharCode(65 + caseStudy++)}` : `Chapter ${++chapter}`;
    return {
      ...entry,
      frontMatter,
      part,
      label,
      minutes: readingMinutes(entry.analysis),
      exercises: lessonExercises(entry.analysis),
    };
  });
  return { lessons, broken };
}

let productionCatalog: Promise<Catalog> | undefined;

export const getCatalog = cache((): Promise<Catalog> => {
  if (process.env.NODE_ENV !== "production") return readCatalog();
  return (productionCatalog ??= readCatalog());
});

export async function getLesson(slug: string): Promise<Lesson | null> {
  return (await getCatalog()).lessons.find((lesson) => lesson.slug === slug) ?? null;
}

/** The parts in order, each with its lessons; parts without lessons are kept so the outline stays visible. */
export async function getCourse(): Promise<{ part: Part; lessons: Lesson[] }[]> {
  const { lessons } = await getCatalog();
  return PARTS.map((part) => ({ part, lessons: lessons.filter((lesson) => lesson.part.id === part.id) }));
}

/** The lessons before and after this one in course order. */
export async function getNeighbours(slug: string): Promise<{ previous: Lesson | null; next: Lesson | null }> {
  const { lessons } = await getCatalog();
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  return { previous: lessons[index - 1] ?? null, next: index >= 0 ? (lessons[index + 1] ?? null) : null };
}

/** Every file in public/, as the path a lesson links it by ("/images/lessons/ring.svg"). */
export async function listPublicFiles(dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "public")) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`);
}

/**
 * What the instructor's preview needs to run content:check's checks in the
 * browser: every lesson's slug, front matter and headings (for links, order
 * and prerequisites; the rest of each analysis is left out), and public/'s files.
 */
export async function getCheckContext(): Promise<{ lessons: CheckInput[]; publicFiles: string[] }> {
  const { lessons } = await getCatalog();
  return {
    lessons: lessons.map(({ file, slug, analysis }) => ({
      file,
      slug,
      analysis: { ...analysis, blocks: [], links: [], images: [], diagrams: [], sectionTexts: [], errors: [] },
    })),
    publicFiles: await listPublicFiles(),
  };
}
