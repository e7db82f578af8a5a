import type { AnswerSnapshot } from "@/lib/interviews/interviews";
import { estimateLines } from "@/lib/worksheet/estimate-lines";

/** The parts of an answer a comment can point at (diagram nodes are added in the browser, from Mermaid's parse). */
export function answerAnchors(answer: AnswerSnapshot): { value: string; label: string }[] {
  return [
    ...answer.worksheet.functional.map((item, index) => ({
      value: `requirement:${item.id}`,
      label: `Requirement ${index + 1}: ${item.text.slice(0, 60)}`,
    })),
    ...answer.worksheet.parkingLot.map((item) => ({
      value: `parking:${item.id}`,
      label: `Parked: ${item.feature.slice(0, 60)}`,
    })),
    ...(answer.estimate ? estimateLines(answer.estimate) : []).map((line) => ({
      value: `estimate:${line.label}`,
      label: `Estimate: ${line.label}`,
    })),
    ...paragraphs(answer.tradeoffs).map((text, index) => ({
      value: `paragraph:${index + 1}`,
      label: `Trade-off paragraph ${index + 1}: ${text.slice(0, 50)}`,
    })),
    ...paragraphs(answer.wrapUp ?? "").map((text, index) => ({
      value: `wrapup:${index + 1}`,
      label: `Wrap-up paragraph ${index + 1}: ${text.slice(0, 50)}`,
    })),
  ];
}

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
