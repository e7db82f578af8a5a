import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { teachingBlocks } from "@/components/lessons/mdx-components";
import { analyzeLesson } from "@/lib/content/analyze";
import { BLOCK_NAMES } from "@/lib/lessons/blocks";

const guide = readFileSync("content/README.md", "utf8");

describe("the block registry", () => {
  it("has a component for every block spec and a spec for every component", () => {
    // Objectives is bound per lesson (it shows that lesson's front matter).
    expect([...Object.keys(teachingBlocks), "Objectives"].sort()).toEqual([...BLOCK_NAMES].sort());
  });

  it("is documented: the authoring guide names every block", () => {
    for (const name of BLOCK_NAMES) expect(guide, name).toContain(`\`${name}\``);
  });

  it("is documented correctly: every example in the authoring guide passes the checker", () => {
    // An example holding a ```mermaid fence is itself fenced with four backticks.
    const examples = [...guide.matchAll(/^(`{3,4})mdx\n([\s\S]*?)^\1$/gm)].map((match) => match[2]!);
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(examples.filter((example) => example.includes("```mermaid"))).toHaveLength(1);
    const frontMatter = guide.match(/```yaml\n([\s\S]*?)```/)![1]!;
    for (const example of examples) {
      const analysis = analyzeLesson(`${frontMatter}\n${example}`, "the-art-of-scoping");
      expect(analysis.errors, example).toEqual([]);
    }
  });
});
