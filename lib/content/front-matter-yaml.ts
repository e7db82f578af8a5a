import { LineCounter, parseDocument, isNode } from "yaml";
import type { z } from "zod";

export type FrontMatterProblem = { line: number; message: string };

/**
 * Parses YAML front matter and validates it, pointing each problem at the
 * line of the field it concerns (lines counted within the YAML block).
 */
export function readFrontMatter<T>(
  yaml: string,
  schema: z.ZodType<T>,
): { value: T | null; errors: FrontMatterProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      value: null,
      errors: document.errors.map((problem) => ({
        line: lineCounter.linePos(problem.pos[0]).line,
        message: `front matter YAML: ${problem.message.split("\n")[0]}`,
      })),
    };
  }
  const parsed = schema.safeParse(document.toJS() ?? {});
  if (parsed.success) return { value: parsed.data, errors: [] };
  return {
    value: null,
    errors: parsed.error.issues.map((issue) => {
      const lineOf = (path: PropertyKey[]): number => {
        const node = document.getIn(path as (string | number)[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
        return path.length > 0 ? lineOf(path.slice(0, -1)) : 1;
      };
      const field = issue.path.map(String).join(".");
      const message =
        issue.code === "unrecognized_keys"
          ? `front matter: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`
          : `front matter ${field || "(root)"}: ${issue.message}`;
      const path = issue.code === "unrecognized_keys" ? [issue.keys[0]!] : issue.path;
      return { line: keyLine(document, lineCounter, path) ?? lineOf(path), message };
    }),
  };
}

/** The line of a top-level key itself (for unknown or missing-value fields). */
function keyLine(
  document: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  path: PropertyKey[],
): number | null {
  if (path.length !== 1 || !document.contents || !("items" in document.contents)) return null;
  for (const pair of document.contents.items as { key?: { value?: unknown; range?: [number, number, number] } }[]) {
    const key = pair.key;
    if (key && key.value === path[0] && key.range) return lineCounter.linePos(key.range[0]).line;
  }
  return null;
}
