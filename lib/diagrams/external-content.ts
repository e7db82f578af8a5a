/**
 * Mermaid features that would make the browser of whoever views a diagram
 * fetch something (with that viewer's cookies, a mentor's included): an image
 * on a node, and CSS that loads a file (url(), @import) in a style, a classDef
 * or an init directive. Mermaid would fetch them while it draws, before its
 * output is sanitised, so they are refused before Mermaid ever sees the source.
 */
const RULES: { pattern: RegExp; what: string }[] = [
  { pattern: /@\{[^}]*\b(?:img|image)\s*:/i, what: "an image on a node" },
  { pattern: /\burl\s*\(/i, what: "a url() in a style" },
  { pattern: /@import\b/i, what: "a CSS @import" },
];

export type ExternalContent = { line: number; message: string };

/** The first thing in the source that would load a file, with its line; null when there is none. */
export function findExternalContent(source: string): ExternalContent | null {
  let first: { index: number; what: string } | null = null;
  for (const { pattern, what } of RULES) {
    const match = pattern.exec(source);
    if (match && (!first || match.index < first.index)) first = { index: match.index, what };
  }
  if (!first) return null;
  const line = source.slice(0, first.index).split("\n").length;
  return {
    line,
    message: `Line ${line}: ${first.what}. Diagrams on the board never load images or other files; say it with a labelled box instead.`,
  };
}
