import { describe, expect, it } from "vitest";
import { lineDiff } from "@/lib/text/line-diff";

describe("lineDiff", () => {
  it("marks changed lines as removed then added, and keeps the rest", () => {
    expect(
      lineDiff("flowchart LR\n  A --> B\n  B --> C", "flowchart LR\n  A -- HTTPS --> B\n  B --> C\n  C --> D"),
    ).toEqual([
      { kind: "same", text: "flowchart LR" },
      { kind: "removed", text: "  A --> B" },
      { kind: "added", text: "  A -- HTTPS --> B" },
      { kind: "same", text: "  B --> C" },
      { kind: "added", text: "  C --> D" },
    ]);
  });
  it("identical sources have no changes", () => {
    expect(lineDiff("a\nb", "a\nb")).toEqual([
      { kind: "same", text: "a" },
      { kind: "same", text: "b" },
    ]);
  });
});
