import type { Root } from "hast";
import { analyzeLesson, type LessonMessage } from "@/lib/content/analyze";
import { checkLessons, sortProblems, type CheckInput } from "@/lib/content/check";
import { checkDiagrams } from "@/lib/content/check-diagrams";
import { lessonToHast, LessonSourceError } from "@/lib/content/lesson-pipeline";

export type CheckContext = { lessons: CheckInput[]; publicFiles: string[] };

export type LessonPreview = {
  /** What renders: the whole lesson with broken blocks marked, or the part before a syntax error. */
  tree: Root | null;
  objectives: string[];
  /** Every problem content:check would report for this file, sorted by line. */
  problems: LessonMessage[];
  /** The line of a syntax error: nothing after it can render until it is fixed. */
  stoppedAt: number | null;
};

const FILE = "preview";

/**
 * Checks and renders a lesson for the instructor's preview, in the browser.
 * The checks are content:check's own (checkLessons against the course's other
 * lessons and public/'s files, then checkDiagrams), so the two never disagree.
 */
export async function previewLesson(source: string, context: CheckContext): Promise<LessonPreview> {
  const analysis = analyzeLesson(source);
  const slug = analysis.frontMatter?.slug ?? FILE;
  const input: CheckInput = { file: FILE, slug, analysis };
  // The lesson being edited replaces its published copy, if it has one.
  const others = context.lessons.filter((lesson) => lesson.slug !== slug);
  const problems = sortProblems([
    ...checkLessons([...others, input], new Set(context.publicFiles)).filter((problem) => problem.file === FILE),
    ...(await checkDiagrams([input])),
  ]).map(({ line, column, message }) => ({ line, column, message }));

  const objectives = analysis.frontMatter?.objectives ?? [];
  try {
    const { tree } = await lessonToHast(source, { tolerant: true });
    return { tree, objectives, problems, stoppedAt: null };
  } catch (error) {
    if (!(error instanceof LessonSourceError)) throw error;
    // A syntax error: render what comes before it.
    const stoppedAt = error.errors[0]?.line ?? 1;
    const before = source
      .split("\n")
      .slice(0, stoppedAt - 1)
      .join("\n");
    const tree = await lessonToHast(before, { tolerant: true }).then(
      (rendered) => rendered.tree,
      () => null,
    );
    return { tree, objectives, problems, stoppedAt };
  }
}
