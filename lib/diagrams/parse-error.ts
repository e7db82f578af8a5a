import { findExternalContent } from "@/lib/diagrams/external-content";

/**
 * Mermaid's parse errors in plain words, at one line. Mermaid's own text
 * names grammar tokens ('SQE', 'NODE_STRING'), draws a caret for a terminal
 * and can count a line past the end of the source (an unclosed bracket runs
 * on to the end), so the whiteboard showed two line numbers that disagreed.
 */
export type DiagramProblem = { line: number; message: string };

// What the grammar's tokens are, for a reader.
const TOKENS: Record<string, string> = {
  NEWLINE: "the end of the line",
  EOF: "the end of the diagram",
  SEMI: "the end of the line",
  AMP: "&",
  START_LINK: "an arrow",
  LINK: "an arrow",
  LINK_ID: "an arrow",
  PIPE: "a label between | bars",
  SQE: "]",
  PE: ")",
  STADIUMEND: "])",
  CYLINDEREND: ")]",
  SUBROUTINEEND: "]]",
  DOUBLECIRCLEEND: ")))",
  DIAMOND_STOP: "}",
  NODE_STRING: "a name",
  ACTOR: "a participant",
  TXT: "text",
  TEXT: "text",
  STR: "quoted text",
  COLON: ":",
};
// Tokens that are always allowed somewhere and only lengthen the sentence.
const NOISE = new Set(["EOF", "AMP", "COLON"]);
const CLOSERS = new Set(["SQE", "PE", "STADIUMEND", "CYLINDEREND", "SUBROUTINEEND", "DIAMOND_STOP", "DOUBLECIRCLEEND"]);

function clampLine(line: number, lineCount: number): number {
  return Math.min(Math.max(1, line), Math.max(1, lineCount));
}

/** The first line that opens more brackets than it closes, or leaves a quote open. */
function unclosedLine(lines: string[]): number | null {
  const index = lines.findIndex((line) => {
    const text = line.replace(/"[^"]*"/g, "");
    if (text.includes('"')) return true;
    const opened = (text.match(/[[({]/g) ?? []).length;
    const closed = (text.match(/[\])}]/g) ?? []).length;
    return opened > closed;
  });
  return index < 0 ? null : index + 1;
}

/** The word under Mermaid's caret: the snippet line above it, at the caret's column. */
function wordAtCaret(raw: string): string | null {
  const lines = raw.split("\n");
  const caret = lines.findIndex((line) => /^-*\^$/.test(line.trim()));
  if (caret < 1) return null;
  const column = lines[caret]!.indexOf("^");
  return /^\S+/.exec(lines[caret - 1]!.slice(column))?.[0] ?? null;
}

const list = (words: string[]) =>
  words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;

/** Mermaid's error message, for this source, as one line number and one plain sentence. */
export function plainParseError(raw: string, source: string): DiagramProblem {
  const lines = source.split("\n");
  if (/No diagram type detected/i.test(raw)) {
    return {
      line: 1,
      message: "The first line must say what kind of diagram this is, such as flowchart LR or sequenceDiagram.",
    };
  }
  const reported = clampLine(Number(/line (\d+)/i.exec(raw)?.[1] ?? 1), lines.length);
  const expecting = [...(/Expecting (.*?), got/s.exec(raw)?.[1] ?? "").matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  const got = /got '([^']+)'/.exec(raw)?.[1];
  if (expecting.some((token) => CLOSERS.has(token))) {
    const line = unclosedLine(lines.slice(0, reported)) ?? reported;
    return { line, message: "A shape's bracket or quote is not closed on this line." };
  }
  if (got === "EOF") {
    const line = clampLine(lines.findLastIndex((text) => text.trim() !== "") + 1, lines.length);
    return { line, message: "The diagram ends in the middle of a statement: an arrow needs a node at its end." };
  }
  if (/Lexical error/i.test(raw)) return { line: reported, message: "Mermaid cannot read the text on this line." };
  const word = wordAtCaret(raw);
  const wanted = [
    ...new Set(
      expecting
        .filter((token) => !NOISE.has(token))
        .map((token) => TOKENS[token])
        .filter((text): text is string => !!text),
    ),
  ];
  const unexpected = word ? `"${word}"` : got ? (TOKENS[got] ?? "this") : "this";
  const message = wanted.length
    ? `Mermaid did not expect ${unexpected} here; it expected ${list(wanted)}.`
    : `Mermaid did not expect ${unexpected} here.`;
  return { line: reported, message };
}

/** The one-line form shown under the editor and over the dimmed preview. */
export function problemText(problem: DiagramProblem): string {
  return `Line ${problem.line}: ${problem.message}`;
}

/** Why a source does not render: content that would load a file (refused before Mermaid runs), else the parse error. */
export function diagramProblem(source: string, raw: string): DiagramProblem {
  const external = findExternalContent(source);
  if (external) return { line: external.line, message: external.message.replace(/^Line \d+: /, "") };
  return plainParseError(raw, source);
}
