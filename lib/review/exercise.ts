import "server-only";
import type { Root as HastRoot, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import { getLesson, type Lesson } from "@/lib/content/lessons";
import { lessonToHast } from "@/lib/content/lesson-pipeline";
import { BLOCKS } from "@/lib/lessons/blocks";
import type { CardKey } from "@/lib/review/validations";

/** What /review needs to ask a card again where it is: the block, its props, and the explanation shown after. */
export type ReviewExercise = {
  key: CardKey;
  lessonTitle: string;
  /** "Chapter 2" */
  lessonLabel: string;
  name: string;
  /** As the lesson gives them; a deck keeps only the card under review. */
  props: Record<string, unknown>;
  /** The block's own content (its worked answer) as HTML from the lesson pipeline, or null. */
  explanation: string | null;
  /** The attempt kind, which sets how quick an answer counts as easy. */
  kind: string;
};

// Per lesson source, so a lesson is parsed once per process (and again only after an edit).
const explanations = new Map<string, { source: string; byBlock: Map<string, string> }>();

async function blockExplanations(lesson: Lesson): Promise<Map<string, string>> {
  const known = explanations.get(lesson.slug);
  if (known?.source === lesson.source) return known.byBlock;
  const { tree } = await lessonToHast(lesson.source, { slug: lesson.slug, file: lesson.file });
  const byBlock = new Map<string, string>();
  visit(tree, "mdxJsxFlowElement", (node) => {
    const id = node.attributes.find((attribute) => "name" in attribute && attribute.name === "id")?.value;
    if (typeof id !== "string") return;
    // Exercise content is Markdown only (the checker allows no block inside an exercise).
    const content = node.children.filter((child) => child.type === "element" || child.type === "text");
    const html = toHtml({ type: "root", children: content as RootContent[] } satisfies HastRoot).trim();
    if (html) byBlock.set(id, html);
  });
  explanations.set(lesson.slug, { source: lesson.source, byBlock });
  return byBlock;
}

/** The exercise a card asks, or null when its lesson no longer has it. */
export async function reviewExercise(key: CardKey): Promise<ReviewExercise | null> {
  const lesson = await getLesson(key.lesson);
  const block = lesson?.analysis.blocks.find((candidate) => candidate.id === key.block);
  if (!lesson || !block || !lesson.exercises.some((exercise) => exercise.id === key.block)) return null;
  const spec = BLOCKS[block.name];
  let props: Record<string, unknown> = block.props;
  if (block.name === "DecisionGame" && key.unit) {
    const cards = (props.cards as { id: string }[]).filter((card) => card.id === key.unit);
    if (cards.length === 0) return null;
    props = { ...props, cards };
  }
  return {
    key,
    lessonTitle: lesson.frontMatter.title,
    lessonLabel: lesson.label,
    name: block.name,
    props,
    explanation: (await blockExplanations(lesson)).get(block.id) ?? null,
    kind: spec.kind === "interactive" ? spec.attemptKind : block.name,
  };
}
