import { diffLines } from "diff";

export type DiffRow = { kind: "same" | "added" | "removed"; text: string };

/** A line-by-line diff from `before` to `after`, one row per line. */
export function lineDiff(before: string, after: string): DiffRow[] {
  // Both end in a newline, so a last line is not "changed" only because a line was added after it.
  const withNewline = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);
  return diffLines(withNewline(before), withNewline(after)).flatMap((change) =>
    change.value
      .replace(/\n$/, "")
      .split("\n")
      .map((text) => ({ kind: change.added ? "added" : change.removed ? "removed" : "same", text }) as DiffRow),
  );
}
