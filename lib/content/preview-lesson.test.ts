// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { analyzeLesson } from "@/lib/content/analyze";
import { previewLesson, type CheckContext } from "@/lib/content/preview-lesson";

const front = (slug: string, order: number) => `---
title: Lesson ${slug}
slug: ${slug}
part: first-ten-minutes
order: ${order}
summary: A lesson for the preview's tests.
objectives:
  - Check
prerequisites: []
---
`;
const other = `${front("other-lesson", 1)}\n## Peak QPS\n\nText.\n`;
const context: CheckContext = {
  lessons: [{ file: "content/other-lesson.mdx", slug: "other-lesson", analysis: analyzeLesson(other, "other-lesson") }],
  publicFiles: ["/images/lessons/hash-ring.svg"],
};
const lesson = (body: string) => `${front("draft", 2)}\n${body}`;
const problemsOf = async (body: string) =>
  (await previewLesson(lesson(body), context)).problems.map((problem) => `${problem.line}: ${problem.message}`);

describe("previewLesson: the checker's checks, in the browser", () => {
  it("checks links against the lessons that exist, headings included", async () => {
    expect(
      await problemsOf(
        "## Links\n\nSee [QPS](/learn/other-lesson#peak-qps), [nowhere](/learn/nowhere) and [a heading](/learn/other-lesson#nope).",
      ),
    ).toEqual([
      '14: broken link: there is no lesson "nowhere"',
      '14: broken link: lesson "other-lesson" has no heading #nope',
    ]);
  });

  it("reports an unclosed tag at its own line, and renders what comes before it", async () => {
    const preview = await previewLesson(
      lesson('## Before\n\nFine text.\n\n<Pitfall title="Open">\nNever closed.\n\n## After\n'),
      context,
    );
    expect(preview.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      "16: <Pitfall> is never closed: end it with </Pitfall>, or write <Pitfall … /> when it has no content",
    ]);
    expect(preview.stoppedAt).toBe(16);
    expect(JSON.stringify(preview.tree)).toContain("Fine text.");
  });

  it("says a wrong prop type in words and names a card by its id", async () => {
    expect(await problemsOf('<NumericAnswer id="n" question="How many?" answer="3.6" unit="GB" />')).toEqual([
      "12: <NumericAnswer> `answer` must be a number, like `answer={3.6}`",
    ]);
    const cards =
      '[{ id: "bank-ledger", scenario: "A ledger.", answer: "cp", explanation: "Money." }, { id: "likes", scenario: "Likes.", answer: 2, explanation: "Counts." }]';
    expect(
      await problemsOf(
        `<DecisionGame id="g" title="Pick" choices={[{ id: "cp", label: "CP" }, { id: "ap", label: "AP" }]} cards={${cards}} />`,
      ),
    ).toEqual(['12: <DecisionGame> cards "likes": `answer` must be text in quotes, like `answer="…"`']);
  });

  it("keeps rendering the rest of the lesson with a broken block marked in place", async () => {
    const preview = await previewLesson(
      lesson(
        '## First\n\nBefore the block.\n\n<Quizz id="q" />\n\n## Second\n\nAfter the block.\n\n[bad](javascript:alert(1))\n',
      ),
      context,
    );
    expect(preview.problems.map((p) => p.line)).toEqual([16, 22]);
    expect(preview.stoppedAt).toBeNull();
    const tree = JSON.stringify(preview.tree);
    expect(tree).toContain("Before the block.");
    expect(tree).toContain("After the block.");
    expect(tree).toContain('"value":"bad"'); // the refused link's text, without the link
    expect(tree).not.toContain("javascript:");
    expect(tree).toContain('"name":"BrokenBlock"');
    expect(tree).toContain("unknown block <Quizz>: did you mean <Quiz>?");
  });

  it("checks images against public/ and diagrams with Mermaid, like content:check", async () => {
    expect(
      await problemsOf(
        '![A ring](/images/lessons/hash-ring.svg)\n\n![Missing](/images/lessons/missing.svg)\n\n<Diagram alt="x">\n```mermaid\nflowchart LR\n  A --> B[(DB\n```\n</Diagram>',
      ),
    ).toEqual([
      "14: image /images/lessons/missing.svg is not in public/ (public/images/lessons/missing.svg)",
      "19: <Diagram> diagram does not draw: A shape's bracket or quote is not closed on this line.",
    ]);
  });

  it("replaces the published copy of the lesson it is editing, so its own order does not clash", async () => {
    const edited = await previewLesson(other.replace("Text.", "Edited text."), context);
    expect(edited.problems).toEqual([]);
    const clash = await previewLesson(`${front("new-one", 1)}\nText.\n`, context);
    expect(clash.problems.map((p) => p.message)).toEqual([
      "order 1 in part first-ten-minutes is already used by content/other-lesson.mdx",
    ]);
  });
});
