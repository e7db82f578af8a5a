import { readdirSync, readFileSync } from "node:fs";
import type { Root } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { analyzeLesson } from "@/lib/content/analyze";
import { readLiteral } from "@/lib/content/literal";
import { asDecisionAnswer } from "@/lib/lessons/blocks/decision-game";
import { drillDefaults } from "@/lib/lessons/blocks/estimation-drill";
import { asNumericAnswer, numericDefaults } from "@/lib/lessons/blocks/numeric";
import { asOrderingAnswer } from "@/lib/lessons/blocks/ordering";
import { asQuizAnswer, quizDefaults } from "@/lib/lessons/blocks/quiz";
import { asRevealAnswer } from "@/lib/lessons/blocks/reveal";
import { SIMULATORS } from "@/lib/simulators/catalog";

// The browser fills block defaults without zod (to keep it out of the page);
// its result must be exactly what the checker's schemas produce.
const clientView: Record<string, (raw: Record<string, unknown>) => unknown> = {
  Quiz: quizDefaults,
  NumericAnswer: numericDefaults,
  Ordering: (raw) => raw,
  DecisionGame: (raw) => raw,
  Reveal: (raw) => raw,
  EstimationDrill: drillDefaults,
  // No defaults to fill: the props as written are the props (their own tests check the schemas keep them).
  TableFill: (raw) => raw,
  Matching: (raw) => raw,
  StepReveal: (raw) => raw,
  // A simulator's id falls back to its catalog id, as simulatorBlock does.
  ...Object.fromEntries(
    SIMULATORS.map((entry) => [entry.block, (raw: Record<string, unknown>) => ({ id: raw.id ?? entry.id })]),
  ),
};

describe("client-side block props", () => {
  const lessons = readdirSync("content").filter((name) => name.endsWith(".mdx"));

  it.each(lessons)("match the validated props for every exercise in %s", (name) => {
    const analysis = analyzeLesson(readFileSync(`content/${name}`, "utf8"));
    expect(analysis.blocks.length).toBeGreaterThan(0);
    for (const block of analysis.blocks) {
      // The raw props as the renderer passes them: the attributes as written.
      const raw = rawProps(readFileSync(`content/${name}`, "utf8"), block.line);
      expect(clientView[block.name]!(raw), `${name} ${block.id}`).toEqual(block.props);
    }
  });

  it("reads saved answers defensively", () => {
    expect(asQuizAnswer({ selected: [1, 2] })).toEqual({ selected: [1, 2] });
    expect(asQuizAnswer({ selected: [] })).toBeNull();
    expect(asQuizAnswer({ selected: ["1"] })).toBeNull();
    expect(asOrderingAnswer({ order: [2, 0, 1] })).toEqual({ order: [2, 0, 1] });
    expect(asOrderingAnswer({ order: [-1] })).toBeNull();
    expect(asNumericAnswer({ value: 3, unit: "GB" })).toEqual({ value: 3, unit: "GB" });
    expect(asNumericAnswer({ value: Number.NaN, unit: "GB" })).toBeNull();
    expect(asDecisionAnswer({ card: "a", choice: "b" })).toEqual({ card: "a", choice: "b" });
    expect(asDecisionAnswer(null)).toBeNull();
    expect(asRevealAnswer({ text: "  " })).toBeNull();
    expect(asRevealAnswer("text")).toBeNull();
  });
});

const parsed = new Map<string, Map<number, Record<string, unknown>>>();

/**
 * The attributes of the block starting at `line`, evaluated the way the
 * renderer evaluates them. Each lesson is parsed once: parsing is the slow part.
 */
function rawProps(source: string, line: number): Record<string, unknown> {
  let byLine = parsed.get(source);
  if (!byLine) {
    byLine = new Map();
    const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ["yaml"]).parse(source) as Root;
    visit(tree, "mdxJsxFlowElement", (node: MdxJsxFlowElement) => {
      const props: Record<string, unknown> = {};
      for (const attribute of node.attributes) {
        if (attribute.type !== "mdxJsxAttribute") continue;
        const value = attribute.value;
        props[attribute.name] =
          value === null || value === undefined
            ? true
            : typeof value === "string"
              ? value
              : (readLiteral(value.data?.estree ?? undefined) as { value: unknown }).value;
      }
      if (node.position) byLine!.set(node.position.start.line, props);
    });
    parsed.set(source, byLine);
  }
  const found = byLine.get(line);
  if (!found) throw new Error(`no block at line ${line}`);
  return found;
}
