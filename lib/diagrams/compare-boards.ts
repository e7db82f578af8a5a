import type { FlowModel, FlowNode } from "@/lib/diagrams/checks";

// Words that name a kind of box rather than what it does: "Ride service" and
// "Payment service" are different components.
const GENERIC = new Set([
  "and",
  "app",
  "apps",
  "api",
  "database",
  "db",
  "for",
  "from",
  "in",
  "of",
  "on",
  "server",
  "servers",
  "service",
  "services",
  "store",
  "the",
  "to",
  "with",
]);

/** The words of a label that say what the box is: lower case, without the generic ones. */
export function labelWords(label: string): string[] {
  return (label.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => !GENERIC.has(word) && word.length > 1);
}

/** Two words name the same thing when one starts the other ("notification" and "notifications", "geo" and "geohash"). */
const sameWord = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * The reference's boxes with no similarly named box on the learner's board:
 * a reading aid for the side-by-side, not a score, since a learner may name
 * a component differently and be right.
 */
export function unmatchedNodes(reference: FlowModel, mine: FlowModel): FlowNode[] {
  const myWords = mine.nodes.flatMap((node) => labelWords(node.label));
  return reference.nodes.filter((node) => {
    const words = labelWords(node.label);
    return words.length > 0 && !words.some((word) => myWords.some((mineWord) => sameWord(word, mineWord)));
  });
}
