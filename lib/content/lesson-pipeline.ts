import type { Expression } from "estree";
import type { ElementContent, Root as HastRoot, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import type { Root as MdastRoot } from "mdast";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeSlug from "rehype-slug";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type PluggableList } from "unified";
import { remove } from "unist-util-remove";
import { SKIP, visit } from "unist-util-visit";
import { VFile } from "vfile";
import { inspectLesson, type LessonAnalysis, type LessonMessage } from "@/lib/content/analyze";
import { evaluateLiteral } from "@/lib/content/literal";

/** Thrown when a lesson has mistakes; carries every one of them with its line. */
export class LessonSourceError extends Error {
  constructor(
    readonly errors: LessonMessage[],
    readonly file = "lesson",
  ) {
    super(errors.map((e) => `${file}:${e.line}:${e.column} ${e.message}`).join("\n"));
    this.name = "LessonSourceError";
  }
}

const MDX_NODES = [
  "mdxJsxFlowElement",
  "mdxJsxTextElement",
  "mdxFlowExpression",
  "mdxTextExpression",
  "mdxjsEsm",
] as const;

/** Refuses a lesson with mistakes (so a broken chapter fails the build, not a reader), then drops {/* comments *\/}. */
function remarkLessonCheck(options: { slug?: string; file?: string }) {
  return (tree: MdastRoot, file: VFile) => {
    const analysis = inspectLesson(tree, options.slug);
    if (analysis.errors.length > 0) throw new LessonSourceError(analysis.errors, options.file);
    file.data.lesson = analysis;
    remove(tree, (node) => node.type === "mdxFlowExpression" || node.type === "mdxTextExpression");
  };
}

/** Wide tables scroll sideways in their own focusable region instead of widening the page. */
function rehypeScrollableTables() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "table" || !parent || index === undefined) return;
      parent.children[index] = {
        type: "element",
        tagName: "div",
        properties: { className: ["table-scroll"], role: "region", ariaLabel: "Table", tabIndex: 0 },
        children: [node],
      };
      return SKIP;
    });
  };
}

/**
 * Parses a lesson, checks it, and turns it into an HTML tree with heading ids
 * and anchors. The same pipeline serves the prerendered lesson pages (with
 * code highlighting added) and the instructor's in-browser preview. No part of
 * it evaluates code: lessons are rendered from the tree, never compiled to JS.
 */
export async function lessonToHast(
  source: string,
  options: { slug?: string; file?: string; rehypePlugins?: PluggableList } = {},
): Promise<{ tree: HastRoot; analysis: LessonAnalysis }> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkFrontmatter, ["yaml"])
    .use(remarkGfm)
    .use(remarkLessonCheck, options)
    .use(remarkRehype, { passThrough: [...MDX_NODES] })
    .use(rehypeScrollableTables)
    .use(rehypeSlug)
    .use(rehypeAutolinkHeadings, {
      behavior: "append",
      properties: { className: ["heading-anchor"], ariaHidden: "true", tabIndex: -1 },
      content: { type: "text", value: "#" },
    })
    .use(options.rehypePlugins ?? []);
  const file = new VFile({ value: source, path: options.file });
  const tree = (await processor.run(processor.parse(file), file)) as HastRoot;
  return { tree, analysis: file.data.lesson as LessonAnalysis };
}

type Node = RootContent | ElementContent;
const isMdx = (node: Node) => (MDX_NODES as readonly string[]).includes(node.type);
const hasMdx = (node: Node): boolean => isMdx(node) || ("children" in node && (node.children as Node[]).some(hasMdx));

/**
 * Replaces every run of plain HTML (no blocks inside) with one StaticHtml
 * element holding it as a string. React then hydrates only the blocks, not
 * the hundreds of paragraphs, list items and table cells around them: the
 * browser's work after a lesson loads shrinks to the interactive parts. The
 * HTML comes from the lesson pipeline alone (Markdown, no raw HTML, links
 * checked), never from user input.
 */
function collapseStaticRuns<T extends Node>(children: T[]): T[] {
  const out: T[] = [];
  let run: T[] = [];
  const flush = () => {
    if (run.some((node) => node.type !== "text" || node.value.trim() !== "")) {
      out.push({
        type: "mdxJsxFlowElement",
        name: "StaticHtml",
        attributes: [{ type: "mdxJsxAttribute", name: "html", value: toHtml(run as HastRoot["children"]) }],
        children: [],
      } as unknown as T);
    }
    run = [];
  };
  for (const node of children) {
    if (!hasMdx(node)) {
      run.push(node);
      continue;
    }
    flush();
    out.push("children" in node ? ({ ...node, children: collapseStaticRuns(node.children as Node[]) } as T) : node);
  }
  flush();
  return out;
}

/** Static HTML from the lesson itself; `display: contents` keeps the wrapper out of the layout. */
function StaticHtml({ html }: { html: string }) {
  return jsx("div", { className: "contents", dangerouslySetInnerHTML: { __html: html } });
}

/**
 * Renders the tree with React, blocks looked up by name in `components`.
 * Instead of eval, a small evaluator reads block names (from `components`
 * only) and props (plain values only; the checker allows nothing else).
 */
export function hastToReact(tree: HastRoot, components: Record<string, unknown>): ReactNode {
  const all = { ...components, StaticHtml };
  const evaluateName = (expression: Expression): unknown => {
    if (expression.type !== "Identifier") return evaluateLiteral(expression);
    if (!Object.hasOwn(all, expression.name)) throw new Error(`unknown block <${expression.name}>`);
    return all[expression.name as keyof typeof all];
  };
  return toJsxRuntime(
    { ...tree, children: collapseStaticRuns(tree.children) },
    {
      Fragment,
      jsx,
      jsxs,
      components: all as Partial<Components>,
      elementAttributeNameCase: "react",
      stylePropertyNameCase: "dom",
      createEvaluater: () => ({ evaluateExpression: evaluateName, evaluateProgram: () => undefined }),
    },
  );
}

declare module "vfile" {
  interface DataMap {
    lesson: LessonAnalysis;
  }
}
