import type { MdxJsxFlowElementHast } from "mdast-util-mdx-jsx";
import { describe, expect, it } from "vitest";
import { lessonToHast } from "@/lib/content/lesson-pipeline";
import { visit } from "unist-util-visit";

const source = `---
title: Pipeline
slug: pipeline
part: first-ten-minutes
order: 1
summary: The rendering pipeline's test lesson.
objectives:
  - Render
prerequisites: []
---

## A figure

<Diagram alt="A client calls the API" caption="One call">
\`\`\`mermaid
flowchart LR
  C([Client]) -- HTTPS --> A[API]
\`\`\`
</Diagram>

![Eight nodes on a ring](/images/ring.svg)
`;

describe("lessonToHast", () => {
  it("hands a diagram block its fence as a source prop, so the block draws it and no code block renders", async () => {
    const { tree } = await lessonToHast(source, { slug: "pipeline" });
    const blocks: MdxJsxFlowElementHast[] = [];
    visit(tree, "mdxJsxFlowElement", (node: MdxJsxFlowElementHast) => void blocks.push(node));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.name).toBe("Diagram");
    expect(Object.fromEntries(blocks[0]!.attributes.map((a) => ("name" in a ? [a.name, a.value] : [])))).toEqual({
      alt: "A client calls the API",
      caption: "One call",
      source: "flowchart LR\n  C([Client]) -- HTTPS --> A[API]",
    });
    expect(blocks[0]!.children).toEqual([]);
    const images: string[] = [];
    visit(tree, "element", (node) => {
      if (node.tagName === "img") images.push(`${String(node.properties.src)} ${String(node.properties.alt)}`);
    });
    expect(images).toEqual(["/images/ring.svg Eight nodes on a ring"]);
  });
});
