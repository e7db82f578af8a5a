// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { analyzeDiagram } from "@/lib/diagrams/analyze";
import { runChecks } from "@/lib/diagrams/checks";
import {
  addNode,
  COMPONENT_KINDS,
  connectNodes,
  deleteNode,
  freshId,
  isFlowchart,
  listNodes,
  drawableLabel,
  quoteLabel,
  readLabel,
  renameNode,
} from "@/lib/diagrams/source-edit";
import { TEMPLATES } from "@/lib/diagrams/templates";

async function parsed(source: string) {
  const analysis = await analyzeDiagram(source);
  if (!analysis.ok || !analysis.flow) throw new Error(`does not parse: ${JSON.stringify(analysis)}\n${source}`);
  return analysis.flow;
}

const failing = async (source: string) =>
  runChecks(await parsed(source))
    .filter((check) => !check.passed)
    .map((check) => check.id);

const HOSTILE = ['say "hi"', "a [bracket] (paren) {brace}", "<script>alert(1)</script>", "pipe | here", "C# #35; `x`"];

describe("listing the nodes of a flowchart source", () => {
  it("reads every template's nodes with their labels and kinds, in order of first mention", () => {
    expect(listNodes(TEMPLATES[0]!.source)).toEqual([
      { id: "Client", label: "Browser", kind: "client" },
      { id: "LB", label: "Load balancer", kind: "service" },
      { id: "App", label: "App server", kind: "service" },
      { id: "DB", label: "Primary database", kind: "database" },
    ]);
    expect(listNodes(TEMPLATES.find((t) => t.id === "read-heavy")!.source).map((node) => node.kind)).toEqual([
      "client",
      "service",
      "service",
      "cache",
      "database",
      "database",
    ]);
  });

  it("lists the same nodes as Mermaid's own parser for every template", async () => {
    for (const template of TEMPLATES) {
      const flow = await parsed(template.source);
      expect(listNodes(template.source).map(({ id, label }) => ({ id, label }))).toEqual(
        flow.nodes.map(({ id, label }) => ({ id, label })),
      );
    }
  });

  it("reads the arrow syntaxes, chains and & groups, and ignores keyword lines", () => {
    const source = `flowchart LR
  %% a comment mentioning Ghost
  C([Client]) -->|HTTPS| A[API] -- gRPC --> B[Billing]
  B -. AMQP .-> Q[[Invoices]] & R[(Ledger)]
  classDef hot fill:#f00
  style A fill:#0f0`;
    expect(listNodes(source).map((node) => node.id)).toEqual(["C", "A", "B", "Q", "R"]);
  });
});

describe("adding a component", () => {
  it("gives each kind its shape, a fresh id from the label and a header when the source has none", async () => {
    let source = "";
    for (const { kind, name } of COMPONENT_KINDS) source = addNode(source, kind, `My ${name}`).source;
    expect(source.split("\n")[0]).toBe("flowchart LR");
    expect(listNodes(source)).toEqual(
      COMPONENT_KINDS.map(({ kind, name }) => ({ id: expect.stringMatching(/^My/), label: `My ${name}`, kind })),
    );
    const flow = await parsed(source);
    expect(flow.nodes.map((node) => node.shape)).toEqual([
      "stadium",
      "square",
      "trapezoid",
      "cylinder",
      "cylinder",
      "subroutine",
      "cylinder",
      "lean_right",
      "hexagon",
    ]);
  });

  it("edits flowcharts only: another kind of diagram is never overwritten", () => {
    expect(isFlowchart("")).toBe(true);
    expect(isFlowchart("%%{init: {}}%%\ngraph TD\n  A")).toBe(true);
    expect(isFlowchart("---\ntitle: Rides\n---\nflowchart LR")).toBe(true);
    const sequence = "sequenceDiagram\n  Rider->>API: request";
    expect(isFlowchart(sequence)).toBe(false);
    expect(listNodes(sequence)).toEqual([]);
    expect(() => addNode(sequence, "service", "API")).toThrow(/flowcharts only/);
    expect(() => connectNodes(sequence, "Rider", "API")).toThrow(/flowcharts only/);
  });

  it("never reuses an id or a Mermaid keyword", () => {
    const first = addNode("flowchart LR", "service", "API");
    const second = addNode(first.source, "service", "API");
    expect([first.id, second.id]).toEqual(["API", "API2"]);
    expect(freshId("flowchart LR", "end", "service")).toBe("End2");
    expect(freshId("flowchart LR", "42 things", "queue")).toBe("Queue42Things");
    expect(freshId("flowchart LR", "!!!", "load-balancer")).toBe("LoadBalancer");
    expect(addNode("flowchart LR", "cdn", "  ").source).toContain('[/"CDN"/]');
  });

  it.each(HOSTILE)("a hostile label %j stays one quoted string that Mermaid reads back as drawn", async (label) => {
    const { source, id } = addNode("flowchart LR\n  A[Start]", "service", label);
    const drawn = drawableLabel(label);
    expect(source.split("\n")).toHaveLength(3);
    expect(source).not.toMatch(/[<>`]/);
    expect(drawn).not.toMatch(/["<>#`]/);
    expect(listNodes(source).find((node) => node.id === id)?.label).toBe(drawn);
    const flow = await parsed(source);
    expect(flow.nodes.map((node) => node.id)).toEqual(["A", id]);
    expect(flow.nodes[1]!.label).toBe(drawn);
  });

  it("draws quotes as typographic pairs and markup characters as look-alikes", () => {
    expect(drawableLabel('Photo "API"')).toBe("Photo “API”");
    expect(drawableLabel("<img src=x onerror=alert(1)>")).toBe("‹img src=x onerror=alert(1)›");
    expect(drawableLabel("C# #35; `x`")).toBe("C＃ ＃35; ʼxʼ");
  });

  it("keeps a label to one line of at most 80 characters", () => {
    expect(quoteLabel("two\nlines")).toBe('"two lines"');
    expect(quoteLabel("x".repeat(200))).toHaveLength(82);
  });

  it("reads labels back as a reader sees them: entity codes decoded, Markdown backticks dropped", () => {
    expect(readLabel('"#quot;x#quot; #9829; #unknown;"')).toBe('"x" ♥ #unknown;');
    expect(readLabel('"`**Bold** text`"')).toBe("**Bold** text");
    expect(readLabel(" Plain words ")).toBe("Plain words");
  });
});

describe("connecting components", () => {
  it("draws a sync call as a solid arrow and an async message as a dotted one, both labelled", async () => {
    let source = "flowchart LR\n  A[API]\n  Q[[Jobs]]\n  W[Worker]";
    source = connectNodes(source, "A", "Q", { label: "Kafka produce", style: "async" });
    source = connectNodes(source, "W", "A", { label: 'say "x" | <b>' });
    source = connectNodes(source, "Q", "W");
    expect(source).toContain('A -.->|"Kafka produce"| Q');
    expect(source).toContain("Q --> W");
    expect((await parsed(source)).edges).toEqual([
      { from: "A", to: "Q", label: "Kafka produce", directed: true },
      { from: "W", to: "A", label: "say “x” | ‹b›", directed: true },
      { from: "Q", to: "W", label: "", directed: true },
    ]);
  });

  it("a board drawn with the palette and connect only passes the board checks", async () => {
    let source = "";
    const add = (kind: Parameters<typeof addNode>[1], label: string) => {
      const added = addNode(source, kind, label);
      source = added.source;
      return added.id;
    };
    const client = add("client", "Browser");
    const lb = add("load-balancer", "Load balancer");
    const api = add("service", "API service");
    const db = add("database", "Orders DB");
    expect(await failing(source)).toEqual(["no-orphans"]);
    source = connectNodes(source, client, lb, { label: "HTTPS" });
    source = connectNodes(source, lb, api, { label: "HTTP" });
    expect(await failing(source)).toEqual(["no-orphans"]);
    source = connectNodes(source, api, db, { label: "SQL" });
    expect(await failing(source)).toEqual([]);
    const cache = add("cache", "Session cache");
    source = connectNodes(source, api, cache, { label: "warm up" });
    expect(await failing(source)).toEqual(["protocol-labels"]);
  });
});

describe("renaming and deleting", () => {
  it("renames a node in place, keeping its shape, class and the rest of the line", async () => {
    const source = "flowchart LR\n  C([Browser]) -- HTTPS --> DB[(Orders DB)]:::hot\n  DB --> C";
    const renamed = renameNode(source, "DB", 'Orders "primary"');
    expect(renamed.split("\n")[1]).toBe('  C([Browser]) -- HTTPS --> DB[("Orders “primary”")]:::hot');
    expect(renamed.split("\n")[2]).toBe("  DB --> C");
    expect(listNodes(renamed).find((node) => node.id === "DB")).toEqual({
      id: "DB",
      label: "Orders “primary”",
      kind: "database",
    });
    expect((await parsed(renamed)).nodes.find((node) => node.id === "DB")?.shape).toBe("cylinder");
  });

  it("gives a bare node a definition when it had none", () => {
    expect(renameNode("flowchart LR\n  A --> B", "B", "Billing")).toBe('flowchart LR\n  A --> B\n  B["Billing"]');
  });

  it("deletes a node with every edge touching it, keeping its neighbours' shapes", async () => {
    const source = `flowchart LR
  Client([Browser]) -- HTTPS --> LB[Load balancer]
  LB -- HTTP --> App[App server] --> DB[(Orders DB)]
  App & LB --> Log[[Audit log]]
  style LB fill:#eee
  click LB "https://example.com"
  class LB,App hot`;
    const after = deleteNode(source, "LB");
    expect(after).toBe(`flowchart LR
  Client([Browser])
  App[App server] --> DB[(Orders DB)]
  App --> Log[[Audit log]]
  class App hot`);
    const flow = await parsed(after);
    expect(flow.nodes.map((node) => [node.id, node.shape])).toEqual([
      ["Client", "stadium"],
      ["App", "square"],
      ["DB", "cylinder"],
      ["Log", "subroutine"],
    ]);
    expect(flow.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(["App>DB", "App>Log"]);
  });

  it("round-trips every template: deleting each node leaves a source Mermaid parses, without that node", async () => {
    for (const template of TEMPLATES) {
      for (const node of listNodes(template.source)) {
        const after = deleteNode(template.source, node.id);
        const flow = await parsed(after);
        expect(flow.nodes.map((n) => n.id)).not.toContain(node.id);
        expect(flow.nodes).toHaveLength(listNodes(template.source).length - 1);
        expect(flow.edges.some((edge) => edge.from === node.id || edge.to === node.id)).toBe(false);
      }
      // Renaming every node keeps the edges and the checks.
      let renamed = template.source;
      for (const node of listNodes(template.source)) renamed = renameNode(renamed, node.id, node.label);
      expect((await parsed(renamed)).edges).toEqual((await parsed(template.source)).edges);
      expect(await failing(renamed)).toEqual([]);
    }
  });

  it("deleting every node of a template, one by one, leaves only the header", () => {
    for (const template of TEMPLATES) {
      let source = template.source;
      for (const node of listNodes(template.source)) source = deleteNode(source, node.id);
      expect(source).toBe("flowchart LR");
      expect(listNodes(source)).toEqual([]);
    }
  });

  it("leaves lines it cannot read untouched", () => {
    const source = "flowchart LR\n  A --> B\n  weird-id ==| odd\n  subgraph A sub\n  end";
    expect(deleteNode(source, "A")).toBe("flowchart LR\n  weird-id ==| odd\n  subgraph A sub\n  end");
  });
});
