import type { LessonAnalysis } from "@/lib/content/analyze";
import { getPrompt } from "@/lib/prompts/bank";
import { SIMULATORS, simulatorHref } from "@/lib/simulators/catalog";

export type CheckInput = { file: string; slug: string; analysis: LessonAnalysis };
export type CheckProblem = { file: string; line: number; column: number; message: string };

/** Pages of the app a lesson may link to (besides lessons). */
const APP_PATHS = [
  "/learn",
  "/search",
  "/dashboard",
  "/practice",
  "/practice/worksheet",
  "/practice/estimate",
  "/practice/estimate/availability",
  "/practice/estimate/numbers",
  "/practice/estimate/drills",
  "/practice/whiteboard",
  "/practice/games",
  "/practice/games/partition",
  "/practice/games/quorum",
  "/practice/simulators",
  // Every simulator's page (the consistency ones above among them).
  ...SIMULATORS.map(simulatorHref),
];

/**
 * Checks the lessons as a set: each file's own mistakes plus what only shows
 * across files (clashing order, missing prerequisites, dead internal links)
 * and, given the files in public/ ("/images/a.svg"), images that are not
 * there. Problems come back sorted by file and line. `content:check` and the
 * instructor's preview both run this (and checkDiagrams), so they agree.
 */
export function checkLessons(inputs: CheckInput[], publicFiles?: ReadonlySet<string>): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const bySlug = new Map(inputs.map((input) => [input.slug, input]));

  for (const { file, analysis } of inputs) {
    for (const error of analysis.errors) problems.push({ file, ...error });
  }

  const orders = new Map<string, string>();
  for (const { file, analysis } of inputs) {
    const fm = analysis.frontMatter;
    if (!fm) continue;
    const key = `${fm.part}#${fm.order}`;
    const other = orders.get(key);
    if (other)
      problems.push({
        file,
        line: 1,
        column: 1,
        message: `order ${fm.order} in part ${fm.part} is already used by ${other}`,
      });
    else orders.set(key, file);
    for (const prerequisite of fm.prerequisites) {
      if (!bySlug.has(prerequisite)) {
        problems.push({
          file,
          line: 1,
          column: 1,
          message: `prerequisite "${prerequisite}" is not a lesson in content/`,
        });
      } else if (prerequisite === fm.slug) {
        problems.push({ file, line: 1, column: 1, message: "a lesson cannot be its own prerequisite" });
      }
    }
  }

  for (const { file, slug, analysis } of inputs) {
    for (const link of analysis.links) {
      const problem = linkProblem(link.url, slug, bySlug);
      if (problem) problems.push({ file, line: link.line, column: link.column, message: problem });
    }
  }

  // A deep dive named by a case study must be one of its prompt's reference answer.
  for (const { file, analysis } of inputs) {
    for (const block of analysis.tools) {
      if (block.name !== "CaseReference" || block.props.item === undefined) continue;
      const dives = getPrompt(String(block.props.prompt))?.answer?.deepDives.map((dive) => dive.id) ?? [];
      if (!dives.includes(String(block.props.item)))
        problems.push({
          file,
          line: block.line,
          column: 1,
          message: `<CaseReference> item="${String(block.props.item)}" is not a deep dive of ${String(block.props.prompt)} (its deep dives: ${dives.join(", ")})`,
        });
    }
  }

  if (publicFiles) {
    for (const { file, analysis } of inputs) {
      for (const image of analysis.images) {
        if (!publicFiles.has(image.path))
          problems.push({ file, ...image, message: `image ${image.path} is not in public/ (public${image.path})` });
      }
    }
  }

  return sortProblems(problems);
}

export function sortProblems<T extends CheckProblem>(problems: T[]): T[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

function linkProblem(url: string, ownSlug: string, bySlug: Map<string, CheckInput>): string | null {
  // Web links need no check here, and other schemes are refused per file by analyzeLesson.
  if (!url.startsWith("/") && !url.startsWith("#")) return null;
  const [pathPart = "", anchor] = url.split("#", 2);
  if (pathPart === "") return anchorProblem(ownSlug, anchor, bySlug);
  const lesson = /^\/learn\/([a-z0-9-]+)\/?$/.exec(pathPart);
  if (lesson) {
    if (!bySlug.has(lesson[1]!)) return `broken link: there is no lesson "${lesson[1]}"`;
    return anchor ? anchorProblem(lesson[1]!, anchor, bySlug) : null;
  }
  if (APP_PATHS.includes(pathPart)) return null;
  return `link "${url}": link to a lesson as /learn/<slug>, to a heading as #heading-id, or to a website with https://`;
}

function anchorProblem(slug: string, anchor: string | undefined, bySlug: Map<string, CheckInput>): string | null {
  if (!anchor) return null;
  const headings = bySlug.get(slug)?.analysis.headings ?? [];
  return headings.some((heading) => heading.id === anchor)
    ? null
    : `broken link: lesson "${slug}" has no heading #${anchor}`;
}

export function formatProblems(problems: CheckProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}`).join("\n");
}
