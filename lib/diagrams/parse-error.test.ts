// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { analyzeDiagram } from "@/lib/diagrams/analyze";
import { plainParseError, problemText } from "@/lib/diagrams/parse-error";

async function problem(source: string) {
  const analysis = await analyzeDiagram(source);
  if (analysis.ok) throw new Error("expected a parse error");
  return analysis;
}

// One line number, no grammar tokens, no caret drawing.
function expectPlain(message: string) {
  expect(message).not.toMatch(/line \d/i);
  expect(message).not.toMatch(/'[A-Z_]+'|\^|NODE_STRING|Expecting/);
  expect(message.split("\n")).toHaveLength(1);
}

describe("Mermaid's parse errors in plain words, at one line", () => {
  it("names the unexpected word and what could come instead", async () => {
    const found = await problem(
      "flowchart LR\n  Client([Browser]) -- HTTPS --> LB[Load balancer]\n  LB -- HTTP --> App[App server] oops }\n  App -- SQL --> DB[(Primary database)]",
    );
    expect(found.line).toBe(3);
    expect(found.message).toBe('Mermaid did not expect "oops" here; it expected the end of the line or an arrow.');
    expectPlain(found.message);
    expect(problemText(found)).toBe(`Line 3: ${found.message}`);
  });

  it("points an unclosed bracket at the line that opened it, not past the end of the source", async () => {
    // Mermaid reports line 5 of this four-line source.
    const found = await problem("flowchart LR\n  A[Client] --> B[API]\n  B -- HTTPS --> C[(DB\n  C --> D");
    expect(found).toEqual({ ok: false, line: 3, message: "A shape's bracket or quote is not closed on this line." });
    expect((await problem('flowchart LR\n  A --> B\n  C["unterminated] --> D')).line).toBe(3);
  });

  it("an arrow left hanging at the end points at the last line", async () => {
    const found = await problem("flowchart LR\n  A --> B\n  B -->\n\n");
    expect(found.line).toBe(3);
    expectPlain(found.message);
    expect(found.message).toMatch(/arrow needs a node at its end/);
  });

  it("after an arrow, asks for the node it points at", async () => {
    const found = await problem('flowchart LR\n  A(["Browser"])\n  A --> [oops');
    expect(found).toEqual({
      ok: false,
      line: 3,
      message: 'Mermaid did not expect "[oops" here; it expected a label between | bars or a name.',
    });
  });

  it("a misspelt diagram type is explained at line 1", async () => {
    expect(await problem("flowchrt LR\n  A --> B")).toMatchObject({
      line: 1,
      message: expect.stringMatching(/flowchart LR/),
    });
  });

  it("content that would load a file keeps its own explanation, without a second line number", async () => {
    const found = await problem("flowchart LR\n  A --> B\n  style A fill:url(/x)");
    expect(found.line).toBe(3);
    expect(found.message).toMatch(/^a url\(\) in a style\. Diagrams on the board never load/);
  });

  it("other diagram types are explained the same way", async () => {
    const found = await problem("sequenceDiagram\n  Rider->>API: request\n  API-->>: nobody");
    expect(found.line).toBe(3);
    expectPlain(found.message);
  });

  it("keeps the reported line within the source and survives a message it does not know", () => {
    expect(plainParseError("Parse error on line 9: something odd", "a\nb")).toEqual({
      line: 2,
      message: "Mermaid did not expect this here.",
    });
    expect(plainParseError("Lexical error on line 1. Unrecognized text.", "x").message).toBe(
      "Mermaid cannot read the text on this line.",
    );
  });
});
