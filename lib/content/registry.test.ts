import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { teachingBlocks } from "@/components/lessons/mdx-components";
import { analyzeLesson } from "@/lib/content/analyze";
import { SIMULATOR_BLOCK_NAMES } from "@/components/lessons/blocks/simulator-blocks";
import { BLOCK_NAMES, BLOCKS, type BlockName } from "@/lib/lessons/blocks";
import { SIMULATORS } from "@/lib/simulators/catalog";

const guide = readFileSync("content/README.md", "utf8");

describe("the block registry", () => {
  it("has a component for every block spec and a spec for every component", () => {
    // Objectives is bound per lesson (it shows that lesson's front matter).
    expect([...Object.keys(teachingBlocks), "Objectives"].sort()).toEqual([...BLOCK_NAMES].sort());
  });

  it("knows every simulator in the catalog: a block, a component, and a page or a link", () => {
    for (const entry of SIMULATORS) {
      expect(BLOCK_NAMES, entry.block).toContain(entry.block);
      expect(Object.keys(teachingBlocks), entry.block).toContain(entry.block);
      // Those with their own page under /practice/simulators save predictions under the catalog's id.
      if (!entry.href) expect(BLOCKS[entry.block as BlockName].props.parse({})).toEqual({ id: entry.id });
    }
    expect([...SIMULATOR_BLOCK_NAMES].sort()).toEqual(
      SIMULATORS.filter((entry) => !entry.href)
        .map((entry) => entry.block)
        .sort(),
    );
  });

  it("sends every simulator to a lesson that embeds it", () => {
    for (const entry of SIMULATORS) {
      const source = readFileSync(`content/${entry.lesson}.mdx`, "utf8");
      expect(source, `${entry.lesson} embeds <${entry.block}>`).toMatch(new RegExp(`<${entry.block}[\\s/>]`));
    }
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
