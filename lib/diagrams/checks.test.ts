// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { analyzeDiagram } from "@/lib/diagrams/analyze";
import { runChecks } from "@/lib/diagrams/checks";
import { TEMPLATES } from "@/lib/diagrams/templates";

// The checks runChecks runs on every board, in order: naming them keeps "none failed" from passing when none ran.
const ALL_CHECKS = ["directed-edges", "stores-are-cylinders", "clients-left", "protocol-labels", "no-orphans"];

async function checks(source: string) {
  const analysis = await analyzeDiagram(source);
  if (!analysis.ok || !analysis.flow) throw new Error(`not a flowchart: ${JSON.stringify(analysis)}`);
  return Object.fromEntries(runChecks(analysis.flow).map((check) => [check.id, check]));
}

describe("whiteboard checks on Mermaid's parsed diagram", () => {
  it.each(TEMPLATES.map((template) => [template.id, template.source]))(
    "template %s passes every check",
    async (_, source) => {
      const results = await checks(source);
      expect(Object.keys(results)).toEqual(ALL_CHECKS);
      expect(Object.values(results).filter((check) => !check.passed)).toEqual([]);
    },
  );

  it("flags each broken rule on a flawed board, naming the culprit", async () => {
    const results = await checks(`flowchart TD
  API[API service] --- DB[Orders DB]
  API --> Cache[(Cache)]
  LB[Load balancer] --> API
  Lonely[Audit service]`);
    expect(results["directed-edges"]).toMatchObject({
      passed: false,
      problems: ["API service → Orders DB has no arrowhead"],
    });
    expect(results["stores-are-cylinders"]).toMatchObject({
      passed: false,
      problems: ["Orders DB is drawn as a square"],
    });
    expect(results["clients-left"]!.passed).toBe(false);
    expect(results["clients-left"]!.problems).toEqual(["the flow runs TB, not left to right", "no client is drawn"]);
    expect(results["protocol-labels"]!.problems).toEqual([
      "API service → Cache has no label",
      "Load balancer → API service has no label",
    ]);
    expect(results["no-orphans"]).toMatchObject({
      passed: false,
      problems: ["Audit service is not connected to anything"],
    });
  });

  it("a client called by a service is not on the left; a label without a protocol is not enough", async () => {
    const results = await checks(`flowchart LR
  App([Rider app]) -- HTTPS --> API[API]
  API -- push update --> App`);
    expect(results["clients-left"]!.problems).toEqual(["Rider app is called by a service, so it is not on the left"]);
    expect(results["protocol-labels"]!.problems).toEqual(['API → Rider app says "push update" but names no protocol']);
  });

  it("reads edges written in any of Mermaid's arrow syntaxes", async () => {
    const source = `flowchart LR
  C([Client]) -->|HTTPS| A[API]
  A == gRPC ==> B[Billing]
  B -. AMQP .-> Q[[Invoices queue]]`;
    const analysis = await analyzeDiagram(source);
    expect(analysis.ok && analysis.flow?.edges).toEqual([
      { from: "C", to: "A", label: "HTTPS", directed: true },
      { from: "A", to: "B", label: "gRPC", directed: true },
      { from: "B", to: "Q", label: "AMQP", directed: true },
    ]);
    const results = await checks(source);
    expect(Object.keys(results)).toEqual(ALL_CHECKS);
    expect(Object.values(results).filter((check) => !check.passed)).toEqual([]);
  });
});

describe("errors at their line", () => {
  it("points at the broken line of a flowchart", async () => {
    const analysis = await analyzeDiagram("flowchart LR\n  A[Client] --> B[API]\n  B -- HTTPS --> C[(DB\n  C --> D");
    expect(analysis.ok).toBe(false);
    if (analysis.ok) return;
    expect(analysis.line).toBe(3);
    expect(analysis.message).toBe("A shape's bracket or quote is not closed on this line.");
  });

  it("validates sequence diagrams too, without flowchart checks", async () => {
    expect(
      await analyzeDiagram("sequenceDiagram\n  Rider->>API: request ride\n  API-->>Rider: driver assigned"),
    ).toMatchObject({
      ok: true,
      type: "sequence",
      flow: null,
    });
    const broken = await analyzeDiagram("sequenceDiagram\n  Rider->>API: request\n  API-->>: nobody");
    expect(broken).toMatchObject({ ok: false, line: 3 });
  });
});

describe("lesson boards", () => {
  it("the flawed board and the exercise start break rules the learner must fix", async () => {
    const { LESSON_BOARDS } = await import("@/lib/diagrams/boards");
    const failing = async (name: string) =>
      Object.values(await checks(LESSON_BOARDS[name]!.source))
        .filter((check) => !check.passed)
        .map((check) => check.id);
    expect(await failing("flawed-board")).toEqual([
      "directed-edges",
      "stores-are-cylinders",
      "clients-left",
      "protocol-labels",
      "no-orphans",
    ]);
    expect(await failing("ride-sharing-exercise")).toEqual([
      "directed-edges",
      "stores-are-cylinders",
      "clients-left",
      "protocol-labels",
      "no-orphans",
    ]);
  });
});
