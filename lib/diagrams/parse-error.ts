/** The 1-based line a Mermaid parse error points at, within the source's lines. */
export function errorLine(message: string, lineCount: number): number {
  const match = /line (\d+)/i.exec(message);
  const line = match ? Number(match[1]) : 1;
  return Math.min(Math.max(1, line), Math.max(1, lineCount));
}

/** Mermaid's message without the ASCII caret drawing, which only makes sense in a terminal. */
export function errorSummary(message: string): string {
  return message
    .split("\n")
    .filter((line) => !/^[-.]*\^$/.test(line.trim()) && !line.startsWith("..."))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
