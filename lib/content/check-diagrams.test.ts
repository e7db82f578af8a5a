// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { analyzeLesson } from "@/lib/content/analyze";
import { checkDiagrams } from "@/lib/content/check-diagrams";

const lesson = (body: string) => `---
title: Diagrams
slug: diagrams
part: first-ten-minutes
order: 1
summary: Inline diagrams for the checker's tests.
objectives:
  - Draw
prerequisites: []
---

${body}`;

async function problems(body: string) {
  const analysis = analyzeLesson(lesson(body), "diagrams");
  expect(analysis.errors).toEqual([]);
  return (await checkDiagrams([{ file: "content/diagrams.mdx", slug: "diagrams", analysis }])).map(
    (problem) => `${problem.line}: ${problem.message}`,
  );
}

const block = (open: string, source: string, close = "</Diagram>") =>
  `${open}\n\`\`\`mermaid\n${source}\n\`\`\`\n${close}`;

describe("checkDiagrams", () => {
  it("passes a figure that parses and keeps the whiteboard rules", async () => {
    expect(
      await problems(
        block(
          '<Diagram alt="A client reads orders">',
          "flowchart LR\n  C([Client]) -- HTTPS --> A[API]\n  A -- SQL --> D[(Orders DB)]",
        ),
      ),
    ).toEqual([]);
  });

  it("reports a diagram that does not parse at its line in the lesson", async () => {
    // The fence opens on line 13, so the source's lines are 14 to 17; Mermaid finds the
    // unclosed bracket at the end of the source, and the message points at the line that opened it.
    expect(await problems(block('<Diagram alt="x">', "flowchart LR\n  A --> B\n  B --> C[(DB\n  C --> D"))).toEqual([
      "16: <Diagram> diagram does not draw: A shape's bracket or quote is not closed on this line.",
    ]);
  });

  it("applies the whiteboard rules to a figure unless it says rules={false}, and never to an exercise's start", async () => {
    const flawed = "flowchart LR\n  C([Client]) --> A[API]\n  A --- D[Orders DB]";
    expect(await problems(block('<Diagram alt="x">', flawed))).toEqual([
      expect.stringMatching(/^14: <Diagram> breaks the whiteboard rule "Every edge has a direction": API → Orders DB/),
      expect.stringMatching(/^14: <Diagram> breaks the whiteboard rule "Data stores are drawn as cylinders"/),
      expect.stringMatching(
        /^14: <Diagram> breaks the whiteboard rule "Request edges are labelled with their protocol"/,
      ),
    ]);
    expect(await problems(block('<Diagram alt="x" rules={false}>', flawed))).toEqual([]);
    expect(await problems(block('<Whiteboard id="w" title="Fix it">', flawed, "</Whiteboard>"))).toEqual([]);
  });

  it("parses other kinds of diagram without board rules", async () => {
    expect(
      await problems(
        block(
          '<Diagram alt="The client asks, the API answers">',
          "sequenceDiagram\n  Client->>API: GET /orders\n  API-->>Client: 200",
        ),
      ),
    ).toEqual([]);
    expect(
      (await problems(block('<Diagram alt="x">', "sequenceDiagram\n  Client->>API: GET\n  API-->>: nobody")))[0],
    ).toMatch(/^16: <Diagram> diagram does not draw/);
  });
});
