import type { AnswerSnapshot } from "@/lib/interviews/interviews";
import { estimateLines } from "@/lib/worksheet/estimate-lines";

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The parts of an answer a comment can point at (diagram nodes are added in the browser, from Mermaid's parse). */
export function answerAnchors(answer: AnswerSnapshot): { value: string; label: string }[] {
  const { functional, parkingLot, nfr } = answer.worksheet;
  return [
    ...functional.map((item, index) => ({
      value: `requirement:${item.id}`,
      label: `Requirement ${index + 1}: ${short(item.text, 60)}`,
    })),
    ...parkingLot.map((item) => ({ value: `parking:${item.id}`, label: `Parked: ${short(item.feature, 60)}` })),
    ...(nfr.availability.trim() ? [{ value: "nfr:availability", label: "Availability target" }] : []),
    ...nfr.latency.map((row) => ({
      value: `nfr:latency.${row.id}`,
      label: `Latency: ${short(row.operation || "an operation", 50)}`,
    })),
    ...nfr.consistency.map((row) => ({
      value: `nfr:consistency.${row.id}`,
      label: `Consistency: ${short(row.item || "a data item", 50)}`,
    })),
    ...(nfr.durability.trim() ? [{ value: "nfr:durability", label: "Durability" }] : []),
    ...(answer.estimate ? estimateLines(answer.estimate) : []).map((line) => ({
      value: `estimate:${line.label}`,
      label: `Estimate: ${line.label}`,
    })),
    ...paragraphs(answer.tradeoffs).map((text, index) => ({
      value: `paragraph:${index + 1}`,
      label: `Trade-off paragraph ${index + 1}: ${short(text, 50)}`,
    })),
    ...paragraphs(answer.wrapUp ?? "").map((text, index) => ({
      value: `wrapup:${index + 1}`,
      label: `Wrap-up paragraph ${index + 1}: ${short(text, 50)}`,
    })),
  ];
}

// A node's text in flowchart syntax: A[Text], A(Text), A([Text]), A[(Text)], A((Text)), A{Text}, A>Text], A["Text"].
const OPEN = String.raw`(?:\(\[|\[\(|\[\[|\(\(|\{\{|\[\/|\[\\|\[|\(|\{|>)`;

/** A diagram node's text as written in the Mermaid source, or null when the source gives it none. */
export function nodeLabel(source: string, id: string): string | null {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(String.raw`(?:^|[^\w-])${escaped}\s*${OPEN}\s*"?([^"\]\)\}\/\\]+)`, "m").exec(source);
  return match?.[1]?.trim() || null;
}

/**
 * What a comment points at, in words, read from the iteration it was made on:
 * "Requirement 3: custom alias", "node: ID generator". Never an internal id.
 */
export function anchorName(anchor: string, answer: AnswerSnapshot | undefined): string {
  if (anchor.startsWith("node:")) {
    const id = anchor.slice(5);
    return `node: ${(answer && nodeLabel(answer.diagram, id)) ?? id}`;
  }
  const found = answer && answerAnchors(answer).find((candidate) => candidate.value === anchor);
  return found ? found.label : "a part of an earlier answer";
}

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
