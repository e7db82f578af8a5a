import { describe, expect, it } from "vitest";
import { analyzeLesson } from "@/lib/content/analyze";
import { readerWords, readingMinutes } from "@/lib/content/reading-time";

const lesson = (body: string, extra = "") =>
  analyzeLesson(
    `---\ntitle: Timing\nslug: timing\npart: first-ten-minutes\norder: 1\nsummary: A lesson to time.\nobjectives:\n  - Time it\n${extra}---\n\n${body}`,
    "timing",
  );
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const card = (i: number) => `{ id: "c${i}", scenario: "Card ${i}", answer: "a", explanation: "Why." }`;

describe("reading time", () => {
  it("is the words a reader sees at 200 a minute plus 20 s per exercise, each decision card counted", () => {
    expect(readingMinutes(lesson(`## One\n\n${words(1000)}\n`))).toBe(5);
    const deck = `<DecisionGame id="deck" title="T" choices={[{ id: "a", label: "A" }, { id: "b", label: "B" }]} cards={[${[0, 1, 2, 3, 4, 5].map(card).join(", ")}]} />`;
    const analysis = lesson(`## One\n\n${words(1000)}\n\n${deck}\n`);
    expect(analysis.errors).toEqual([]);
    // 1,000 words plus the deck's own text (≈ 30 words) ≈ 5.15 min, and 6 cards × 20 s = 2 min.
    expect(readingMinutes(analysis)).toBe(7);
  });

  it("is never zero, and an author's own figure is refused with the reason", () => {
    expect(readingMinutes(lesson("## One\n\nShort.\n"))).toBe(1);
    expect(lesson("## One\n\nShort.\n", "minutes: 40\n").errors.map((e) => e.message)).toEqual([
      expect.stringContaining("minutes: is computed from the lesson's words and exercises: remove it"),
    ]);
  });

  it("counts the words of list items, not the separators the search text puts between them", () => {
    const list = lesson(`## One\n\n${Array.from({ length: 400 }, (_, i) => `- item${i}`).join("\n")}\n`);
    expect(list.sectionTexts[0]?.text).toMatch(/^item0 · item1 · /);
    expect(readerWords(list)).toBe(400);
    expect(readingMinutes(list)).toBe(2);
  });

  it("counts the code a reader reads, but not a diagram's source, which is drawn", () => {
    const code = `\`\`\`ts\n${words(200)}\n\`\`\``;
    const diagram = `<Diagram alt="Two boxes">\n\`\`\`mermaid\nflowchart LR\n  A --> B\n\`\`\`\n</Diagram>`;
    const analysis = lesson(`## One\n\nProse.\n\n${code}\n\n${diagram}\n`);
    expect(analysis.errors).toEqual([]);
    // "Prose." + 200 words of code + the alt text's two words.
    expect(readerWords(analysis)).toBe(203);
  });
});
