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
import {
  inspectLesson,
  isAllowedUrl,
  syntaxProblem,
  type LessonAnalysis,
  type LessonMessage,
} from "@/lib/content/analyze";
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

/**
 * Refuses a lesson with mistakes (so a broken chapter fails the build, not a
 * reader), drops {/* comments *\/}, and hands a diagram block its ```mermaid
 * fence as a `source` prop (the checker has already refused a `source` written
 * by hand: it is no prop an author may set). With `tolerant` (the preview) a
 * lesson with mistakes still renders: each block holding one is replaced, in
 * place, by a BrokenBlock naming it.
 */
function remarkLessonCheck(options: { slug?: string; file?: string; tolerant?: boolean }) {
  return (tree: MdastRoot, file: VFile) => {
    const analysis = inspectLesson(tree, options.slug);
    if (analysis.errors.length > 0) {
      if (!options.tolerant) throw new LessonSourceError(analysis.errors, options.file);
      markBrokenBlocks(tree, analysis.errors);
      // A refused link shows as its text, a refused image not at all: never a live javascript: URL.
      visit(tree, ["link", "image", "definition"], (node, index, parent) => {
        const { url } = node as { url: string };
        if (isAllowedUrl(url) || !parent || index === undefined) return;
        parent.children.splice(index, 1, ...(node.type === "link" ? (node as MdastParent).children : []));
        return index;
      });
    }
    file.data.lesson = analysis;
    remove(tree, (node) => node.type === "mdxFlowExpression" || node.type === "mdxTextExpression");
    visit(tree, "mdxJsxFlowElement", (node) => {
      const fence = node.children.find((child) => child.type === "code" && child.lang === "mermaid");
      if (!fence || fence.type !== "code") return;
      node.attributes.push({ type: "mdxJsxAttribute", name: "source", value: fence.value });
      node.children = [];
    });
  };
}

type MdastParent = { children: MdastRoot["children"] };
type Positioned = { type: string; position?: { start: { line: number }; end: { line: number } } };

/** Replaces the innermost block around each error with a BrokenBlock carrying the messages. */
function markBrokenBlocks(tree: MdastRoot, errors: LessonMessage[]) {
  const open = new Set(errors);
  const walk = (parent: MdastParent) => {
    parent.children.forEach((child, index) => {
      if ("children" in child) walk(child as MdastParent);
      const node = child as Positioned;
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const inside = [...open].filter(
        (error) => node.position && error.line >= node.position.start.line && error.line <= node.position.end.line,
      );
      if (inside.length === 0) return;
      for (const error of inside) open.delete(error);
      parent.children[index] = {
        type: node.type,
        name: "BrokenBlock",
        attributes: [
          { type: "mdxJsxAttribute", name: "line", value: String(node.position!.start.line) },
          { type: "mdxJsxAttribute", name: "problems", value: inside.map((error) => error.message).join("\n") },
        ],
        children: [],
      } as unknown as MdastRoot["children"][number];
    });
  };
  walk(tree);
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

/** Figures below the fold load as the reader reaches them. */
function rehypeLazyImages() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "img") Object.assign(node.properties, { loading: "lazy", decoding: "async" });
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
  options: { slug?: string; file?: string; rehypePlugins?: PluggableList; tolerant?: boolean } = {},
): Promise<{ tree: HastRoot; analysis: LessonAnalysis }> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkFrontmatter, ["yaml"])
    .use(remarkGfm)
    .use(remarkLessonCheck, options)
    .use(remarkRehype, { passThrough: [...MDX_NODES] })
    .use(rehypeScrollableTables)
    .use(rehypeLazyImages)
    .use(rehypeSlug)
    .use(rehypeAutolinkHeadings, {
      behavior: "append",
      properties: { className: ["heading-anchor"], ariaHidden: "true", tabIndex: -1 },
      content: { type: "text", value: "#" },
    })
    .use(options.rehypePlugins ?? []);
  const file = new VFile({ value: source, path: options.file });
  let tree: HastRoot;
  try {
    tree = (await processor.run(processor.parse(file), file)) as HastRoot;
  } catch (cause) {
    if (cause instanceof LessonSourceError) throw cause;
    // A syntax error: the same line and words as the checker's.
    throw new LessonSourceError([syntaxProblem(cause)], options.file);
  }
  return { tree, analysis: file.data.lesson as LessonAnalysis };
}

type Node = RootContent | ElementContent;
const isMdx = (node: Node) => (MDX_NODES as readonly string[]).includes(node.type);
const hasMdx = (node: Node): boolean => isMdx(node) || ("children" in node && (node.children as Node[]).some(hasMdx));

// Where a run of static HTML may be wrapped, and in what. A wrapper the HTML
// parser would not accept there (a <div> inside a <p> or a <tr>) is moved by
// the browser, React finds the server's HTML different from its own
// (hydration error #418), throws it away and renders the whole page again.
const FLOW_PARENTS = new Set([
  "root",
  "div",
  "section",
  "article",
  "aside",
  "blockquote",
  "li",
  "dd",
  "td",
  "th",
  "details",
  "figure",
  "figcaption",
]);
const PHRASING_PARENTS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "a",
  "em",
  "strong",
  "code",
  "span",
  "b",
  "i",
  "s",
  "small",
  "sub",
  "sup",
  "mark",
  "del",
  "ins",
  "label",
  "summary",
  "dt",
  "caption",
]);

/** What a node's children sit in: its tag, or for a block (a component) a div, or a span when it is inline. */
const parentName = (node: Node) =>
  node.type === "element" ? node.tagName : node.type === "mdxJsxTextElement" ? "span" : "div";

const wrapperIn = (parent: string): "div" | "span" | null =>
  FLOW_PARENTS.has(parent) ? "div" : PHRASING_PARENTS.has(parent) ? "span" : null;

/**
 * Replaces every run of plain HTML (no blocks inside) with one StaticHtml
 * element holding it as a string. React then hydrates only the blocks, not
 * the hundreds of paragraphs, list items and table cells around them: the
 * browser's work after a lesson loads shrinks to the interactive parts. The
 * HTML comes from the lesson pipeline alone (Markdown, no raw HTML, links
 * checked), never from user input. Inside tables and lists, where no wrapper
 * is valid, the children stay elements and only their own static runs collapse.
 */
function collapseStaticRuns<T extends Node>(children: T[], parent = "root"): T[] {
  const wrapper = wrapperIn(parent);
  const out: T[] = [];
  let run: T[] = [];
  const flush = () => {
    if (wrapper && run.some((node) => node.type !== "text" || node.value.trim() !== "")) {
      out.push({
        type: "mdxJsxFlowElement",
        name: "StaticHtml",
        attributes: [
          { type: "mdxJsxAttribute", name: "html", value: toHtml(run as HastRoot["children"]) },
          { type: "mdxJsxAttribute", name: "as", value: wrapper },
        ],
        children: [],
      } as unknown as T);
    } else {
      out.push(...run);
    }
    run = [];
  };
  for (const node of children) {
    if (!hasMdx(node) && wrapper) {
      run.push(node);
      continue;
    }
    flush();
    out.push(
      "children" in node
        ? ({
            ...node,
            children: collapseStaticRuns(node.children as Node[], parentName(node)),
          } as T)
        : node,
    );
  }
  flush();
  return out;
}

/** Static HTML from the lesson itself; `display: contents` keeps the wrapper out of the layout. */
function StaticHtml({ html, as }: { html: string; as: "div" | "span" }) {
  return jsx(as, { className: "contents", dangerouslySetInnerHTML: { __html: html } });
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
