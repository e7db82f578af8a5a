import { describe, expect, it } from "vitest";
import { anchorName, answerAnchors, nodeLabel } from "@/components/interviews/answer-anchors";
import type { AnswerSnapshot } from "@/lib/interviews/interviews";
import { emptyWorksheet } from "@/lib/worksheet/document";

const DIAGRAM = `flowchart LR
  Client([Browser]) --> LB[Load balancer]
  LB --> API(API servers)
  API --> IDs{{ID generator}}
  API --> DB[(Link store)]
  API --> Q>"Click events"]
  API --> Bare`;

function answer(): AnswerSnapshot {
  const worksheet = emptyWorksheet("url-shortener");
  worksheet.functional = [
    { id: "f1", text: "Shorten a link" },
    { id: "f2", text: "Redirect" },
    { id: "f3", text: "custom alias" },
  ];
  worksheet.nfr.availability = "99.9";
  worksheet.nfr.consistency = [{ id: "c1", item: "Link mapping", model: "strong", reason: "never points elsewhere" }];
  worksheet.nfr.latency = [{ id: "l1", operation: "Redirect", percentile: "p99", boundMs: 50 }];
  return {
    title: "T",
    promptId: "url-shortener",
    worksheet,
    estimate: null,
    diagram: DIAGRAM,
    tradeoffs: "A.\n\nB.",
    wrapUp: "",
  };
}

describe("comment anchors in words", () => {
  it("reads a node's text from every flowchart shape, and nothing for a bare node", () => {
    expect(nodeLabel(DIAGRAM, "Client")).toBe("Browser");
    expect(nodeLabel(DIAGRAM, "LB")).toBe("Load balancer");
    expect(nodeLabel(DIAGRAM, "API")).toBe("API servers");
    expect(nodeLabel(DIAGRAM, "IDs")).toBe("ID generator");
    expect(nodeLabel(DIAGRAM, "DB")).toBe("Link store");
    expect(nodeLabel(DIAGRAM, "Q")).toBe("Click events");
    expect(nodeLabel(DIAGRAM, "Bare")).toBeNull();
    // "I" is not "IDs": ids match whole.
    expect(nodeLabel(DIAGRAM, "I")).toBeNull();
  });

  it("names requirements by number and text, nodes by their text, and never shows an internal id", () => {
    const a = answer();
    expect(anchorName("requirement:f3", a)).toBe("Requirement 3: custom alias");
    expect(anchorName("node:IDs", a)).toBe("node: ID generator");
    expect(anchorName("node:Bare", a)).toBe("node: Bare");
    expect(anchorName("nfr:consistency.c1", a)).toBe("Consistency: Link mapping");
    expect(anchorName("nfr:latency.l1", a)).toBe("Latency: Redirect");
    expect(anchorName("nfr:availability", a)).toBe("Availability target");
    expect(anchorName("paragraph:2", a)).toBe("Trade-off paragraph 2: B.");
    expect(anchorName("requirement:gone", a)).toBe("a part of an earlier answer");
  });

  it("offers the non-functional requirements that were written, and only those", () => {
    const values = answerAnchors(answer()).map((anchor) => anchor.value);
    expect(values).toContain("nfr:availability");
    expect(values).toContain("nfr:consistency.c1");
    expect(values).not.toContain("nfr:durability");
  });
});
