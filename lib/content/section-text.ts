import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { LessonHeading, SectionText } from "@/lib/content/analyze";
import { readLiteral, type Literal } from "@/lib/content/literal";
import { CALLOUTS } from "@/lib/lessons/blocks";

// What a lesson says, apart from what its blocks hold: the search index reads
// each section's prose, and the reading time adds the words of block props.

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Splits the lesson at its ## headings and keeps each part's prose, for the
 * search index. Block props are left out: they hold exercise data (options,
 * answers, cards) and settings, which read as noise in a snippet ("true",
 * "fine", a column of ids); blockWords counts them for the reading time. Text
 * between a block's tags is prose and stays; so does a callout's title.
 */
export function sectionTexts(tree: Root, sections: LessonHeading[]): SectionText[] {
  const out: (SectionText & { chunks: string[] })[] = [{ anchor: null, heading: null, text: "", chunks: [] }];
  let index = 0;
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 2) {
      const section = sections[index++];
      out.push({ anchor: section?.id ?? null, heading: section?.title ?? toString(node), text: "", chunks: [] });
      continue;
    }
    out[out.length - 1]!.chunks.push(...proseChunks(node));
  }
  return out
    .map(({ chunks, ...section }) => ({ ...section, text: joinChunks(chunks) }))
    .filter((section) => section.heading !== null || section.text !== "");
}

// Neither prose nor shown as prose: front matter, code and diagram sources, {…} (comments included).
const NOT_PROSE = new Set(["yaml", "code", "mdxjsEsm", "mdxFlowExpression", "mdxTextExpression"]);
const PHRASING = new Set([
  "text",
  "emphasis",
  "strong",
  "delete",
  "inlineCode",
  "link",
  "linkReference",
  "image",
  "imageReference",
  "break",
  "footnoteReference",
  "mdxJsxTextElement",
  "mdxTextExpression",
]);
const TITLED = new Set<string>([...Object.keys(CALLOUTS), "Recap"]);

type MdastNode = { type: string; value?: string; alt?: string | null; children?: MdastNode[] };

/**
 * A node's prose as separate pieces: each paragraph, heading, list item's
 * paragraph and table cell is its own piece, so neighbours never run together.
 */
function proseChunks(node: MdastNode): string[] {
  if (NOT_PROSE.has(node.type)) return [];
  const chunks = calloutTitle(node);
  let run: MdastNode[] = [];
  // Consecutive inline nodes are one piece (a paragraph, a cell, a block's one-line content).
  const endRun = () => {
    chunks.push(run.map(inlineText).join(""));
    run = [];
  };
  for (const child of node.children ?? []) {
    if (PHRASING.has(child.type)) run.push(child);
    else {
      endRun();
      chunks.push(...proseChunks(child));
    }
  }
  endRun();
  return chunks.map((chunk) => chunk.replace(/\s+/g, " ").trim()).filter(Boolean);
}

/** A callout's title is shown as its heading: prose, unlike every other prop. */
function calloutTitle(node: MdastNode): string[] {
  if (node.type !== "mdxJsxFlowElement" || !TITLED.has((node as JsxElement).name ?? "")) return [];
  const title = (node as JsxElement).attributes.find(
    (attribute) => attribute.type === "mdxJsxAttribute" && attribute.name === "title",
  )?.value;
  return typeof title === "string" ? [title] : [];
}

/** The words inside a paragraph or cell, as a reader sees them: inline code and inline tags keep their text. */
function inlineText(node: MdastNode): string {
  if (NOT_PROSE.has(node.type)) return "";
  if (node.type === "text" || node.type === "inlineCode") return node.value ?? "";
  if (node.type === "break") return " ";
  if (node.type === "image") return node.alt ?? "";
  return (node.children ?? []).map(inlineText).join("");
}

/** Pieces that end a sentence are followed by a space; any other (a cell, a list item) by " · ". */
function joinChunks(chunks: string[]): string {
  return chunks.reduce(
    (text, chunk) => (text ? `${text}${/[.!?:;…]["”’)]*$/.test(text) ? " " : " · "}${chunk}` : chunk),
    "",
  );
}

export function blockWords(tree: Root): number {
  const shown: string[] = [];
  visit(tree, (node) => {
    // A diagram's source is drawn, not read.
    if (node.type === "code" && node.lang !== "mermaid") shown.push(node.value);
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    const titled = TITLED.has((node as JsxElement).name ?? "");
    for (const attribute of (node as JsxElement).attributes) {
      // A callout's title is already in the prose.
      if (attribute.type !== "mdxJsxAttribute" || attribute.name === "id" || (titled && attribute.name === "title"))
        continue;
      const value = attribute.value;
      if (typeof value === "string") shown.push(value);
      else if (value && typeof value === "object") {
        const literal = readLiteral(value.data?.estree ?? undefined);
        if (literal.ok) shown.push(...strings(literal.value));
      }
    }
  });
  return countWords(shown.join(" "));
}

/** The strings of a prop a reader is shown: never an id, nor an answer key. */
function strings(value: Literal): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => (key === "id" || key === "answer" ? [] : strings(inner)));
  }
  return [];
}

/** Words, not separators: " · " between list items is no word. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
