import { describe, expect, it } from "vitest";
import { analyzeLesson } from "@/lib/content/analyze";

const FRONT = `---
title: Test lesson
slug: test-lesson
part: first-ten-minutes
order: 1
summary: A lesson used by the tests.
objectives:
  - Learn
prerequisites: []
---
`;
const lesson = (body: string) => `${FRONT}\n${body}`;
const errorsOf = (source: string, slug = "test-lesson") =>
  analyzeLesson(source, slug).errors.map((e) => `${e.line}: ${e.message}`);

describe("analyzeLesson", () => {
  it("reads sections, heading ids and interactive blocks from a valid lesson", () => {
    const analysis = analyzeLesson(
      lesson(`## Peak QPS

Text.

### Why 86,400

<Quiz id="q" question="?" options={[{ text: "a", correct: true, explanation: "x" }, { text: "b", explanation: "y" }]} />

## Peak QPS
`),
      "test-lesson",
    );
    expect(analysis.errors).toEqual([]);
    expect(analysis.frontMatter?.prerequisites).toEqual([]);
    expect(analysis.sections.map((s) => s.id)).toEqual(["peak-qps", "peak-qps-1"]);
    expect(analysis.headings.map((h) => [h.id, h.depth])).toEqual([
      ["peak-qps", 2],
      ["why-86400", 3],
      ["peak-qps-1", 2],
    ]);
    expect(analysis.blocks).toMatchObject([{ id: "q", name: "Quiz", line: 18, props: { multiple: false } }]);
  });

  it("points front-matter problems at their own line", () => {
    const source = `---
title: T
slug: test-lesson
part: part-nine
order: 1
summary: A lesson used by the tests.
objectives: []
prerequisites: []
colour: blue
---
`;
    expect(errorsOf(source)).toEqual([
      expect.stringMatching(/^2: front matter title: .*>=3/),
      expect.stringMatching(/^4: front matter part: must be one of: first-ten-minutes/),
      expect.stringMatching(/^7: front matter objectives: /),
      expect.stringMatching(/^9: front matter: unknown field colour/),
    ]);
  });

  it("requires front matter and a slug that matches the file", () => {
    expect(errorsOf("## Hi\n")).toEqual([
      "1: a lesson must start with front matter between --- lines (title, slug, part, …)",
    ]);
    expect(errorsOf(lesson(""), "other-name")).toEqual([
      '1: slug "test-lesson" must match the file name (other-name.mdx)',
    ]);
  });

  it("names unknown blocks, with a suggestion, and invalid props with their path", () => {
    expect(errorsOf(lesson(`<Quizz id="a" />\n\n<KeyInsights>x</KeyInsights>`))).toEqual([
      "12: unknown block <Quizz>: did you mean <Quiz>? (see content/README.md for the list)",
      "14: unknown block <KeyInsights>: did you mean <KeyInsight>? (see content/README.md for the list)",
    ]);
    expect(errorsOf(lesson(`<Quiz id="Bad Id" question="?" options={[{ text: "a", correct: true }]} />`))).toEqual([
      "12: <Quiz> id: must be lower-case words joined by hyphens, e.g. peak-qps-quiz",
      '12: <Quiz> options "a": `explanation` is required',
      "12: <Quiz> `options` needs at least 2 items",
    ]);
  });

  it("allows only plain values as props, so lesson source never runs code", () => {
    const cases = {
      "answer={Math.PI}": "a property access",
      "answer={compute()}": "a function call",
      "answer={x}": "a variable name",
      "answer={24 * 3600}": "arithmetic (write the result instead)",
      "answer={() => 1}": "a function",
      "answer={{...a}}": "objects may only have plain key: value pairs",
    };
    for (const [attribute, reason] of Object.entries(cases)) {
      expect(errorsOf(lesson(`<NumericAnswer id="n" question="q" unit="s" ${attribute} />`))).toEqual([
        expect.stringContaining(reason),
      ]);
    }
    expect(errorsOf(lesson('<NumericAnswer id="n" question={`a ${1}`} unit="s" answer={-1} />'))).toEqual([
      "12: <NumericAnswer question>: template strings may not contain ${…}",
    ]);
  });

  it("refuses imports, exports, expressions in text, fragments, # titles and raw HTML", () => {
    expect(
      errorsOf(
        lesson(`import X from "x"

export const y = 1

# Title

Some {1 + 1} text {/* a comment is fine */}

<div onClick="x">hi</div>

<>frag</>

Line<br/>break and <kbd>Ctrl</kbd>.
`),
      ),
    ).toEqual([
      "12: imports and exports are not needed: every block is available by name",
      "14: imports and exports are not needed: every block is available by name",
      "16: use ## for sections: the lesson's title comes from its front matter",
      "18: {…} expressions are not allowed in lesson text; use a block",
      "20: <div> is not allowed: use Markdown, or one of <br> <sub> <sup> <kbd> <abbr> <mark>",
      "22: fragments (<>…</>) are not needed in lessons",
    ]);
  });

  it("checks block content rules and duplicate ids", () => {
    expect(
      errorsOf(
        lesson(`<KeyInsight />

<Quiz id="q" question="?" options={[{ text: "a", correct: true, explanation: "x" }, { text: "b", explanation: "y" }]}>extra</Quiz>

<Reveal id="q" prompt="p">answer</Reveal>`),
      ),
    ).toEqual([
      "12: <KeyInsight> needs content between its opening and closing tags",
      "14: <Quiz> takes no content: use <Quiz … />",
      '16: duplicate block id "q" (first used on line 14)',
    ]);
  });

  it("reports MDX syntax errors with their line instead of throwing", () => {
    const errors = errorsOf(lesson('## Fine\n\n<Quiz id="a"\n\nmore text'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^1[3-6]: MDX syntax: /);
  });

  it("refuses links that could run script or leave the web", () => {
    expect(errorsOf(lesson("[x](javascript:alert(1)) ![y](data:text/html,hi) [z](ftp://files)"))).toEqual([
      '12: link "javascript:alert(1)" is not allowed: use https://…, /learn/…, or #heading',
      '12: image "data:text/html,hi": put the file in public/ and write its path from there, like ![…](/images/lessons/figure.png)',
      '12: link "ftp://files" is not allowed: use https://…, /learn/…, or #heading',
    ]);
  });

  it("refuses a protocol-relative //host link, which looks like a path but leaves the site", () => {
    expect(errorsOf(lesson("[x](//evil.example/page)"))).toEqual([
      '12: link "//evil.example/page" leaves the site without saying so: write https://evil.example/page',
    ]);
  });

  it("collects links and each section's searchable text, without the props of blocks", () => {
    const analysis = analyzeLesson(
      lesson(`Intro with [a link](/learn/other#part).

## Estimating

Divide by 86,400 seconds.

<NumericAnswer id="avg" question="Average QPS for a billion actions?" answer={11574} unit="QPS" />
`),
    );
    expect(analysis.links).toEqual([{ url: "/learn/other#part", line: 12, column: 12 }]);
    expect(analysis.sectionTexts).toEqual([
      { anchor: null, heading: null, text: "Intro with a link." },
      { anchor: "estimating", heading: "Estimating", text: "Divide by 86,400 seconds." },
    ]);
    // The question and the unit are read, so the reading time still counts them.
    expect(analysis.blockWords).toBe(7);
  });
});

describe("the searchable text of a section", () => {
  const textOf = (body: string) => {
    const analysis = analyzeLesson(lesson(`## Part\n\n${body}\n`));
    expect(analysis.errors).toEqual([]);
    return analysis.sectionTexts.map((section) => section.text).join(" | ");
  };

  it("leaves out exercise data: options, booleans, cards, explanations and ids", () => {
    const quiz = `<Quiz
  id="cap-check"
  question="Which holds during a partition?"
  options={[
    { text: "Zebra consistency", correct: true, explanation: "Because yak." },
    { text: "Walrus availability", explanation: "Because gnu." },
  ]}
/>`;
    const deck = `<DecisionGame id="deck" title="CAP: true or false?" choices={[{ id: "true", label: "True" }, { id: "false", label: "False" }]} cards={[{ id: "c1", scenario: "Okapi scenario", answer: "true", explanation: "Lemur.", trap: { choice: "false", why: "True of fan-out." } }]} />`;
    const analysis = analyzeLesson(lesson(`## Part\n\nBefore the quiz.\n\n${quiz}\n\n${deck}\n\nAfter the deck.\n`));
    expect(analysis.errors).toEqual([]);
    expect(analysis.sectionTexts[0]?.text).toBe("Before the quiz. After the deck.");
    expect(analysis.sectionTexts[0]?.text).not.toMatch(/\b(true|false)\b/i);
    // A reader still reads the question, the options and the cards.
    expect(analysis.blockWords).toBeGreaterThan(20);
  });

  it("keeps the prose inside blocks and a callout's title, but not diagram sources, code or comments", () => {
    const text = textOf(`<Pitfall title="Two peaks">
Count the peak **once**.
</Pitfall>

<Reveal id="why" prompt="Why not twice?">
Because the *multiplier* is already in it.
</Reveal>

<Diagram alt="A client calls the API" caption="Reads">
\`\`\`mermaid
flowchart LR
  C([Client]) --> A[API]
\`\`\`
</Diagram>

\`\`\`ts
const retry = true;
\`\`\`

{/* a note for authors only */}

Done.`);
    expect(text).toBe("Two peaks · Count the peak once. Because the multiplier is already in it. Done.");
  });

  it("separates list items, table cells and paragraphs, so neighbours never run together", () => {
    expect(textOf("Choose:\n\n- foo\n- bar\n\nNext.")).toBe("Choose: foo · bar · Next.");
    expect(textOf("| Strategy | Risk |\n| --- | --- |\n| foo | bar |\n| Write-back | Lost writes |")).toBe(
      "Strategy · Risk · foo · bar · Write-back · Lost writes",
    );
    expect(textOf("### Sub\n\nOne paragraph\n\nAnother one.")).toBe("Sub · One paragraph · Another one.");
  });

  it("keeps inline markup inside the sentence it belongs to", () => {
    expect(textOf("H<sub>2</sub>O, `GET /x`, **bold** and [a link](/learn/x) stay one sentence.")).toBe(
      "H2O, GET /x, bold and a link stay one sentence.",
    );
  });
});

describe("diagrams written in the lesson", () => {
  const figure = (attributes: string, source: string) => `<Diagram ${attributes}>
\`\`\`mermaid
${source}
\`\`\`
</Diagram>`;

  it("records an inline diagram with the lesson line of its first source line", () => {
    const analysis = analyzeLesson(
      lesson(`## Reads

${figure('alt="A client calls the API" caption="Reads"', "flowchart LR\n  C([Client]) -- HTTPS --> A[API]")}

<Whiteboard id="fix-it" title="Fix it">
\`\`\`mermaid
flowchart TD
  A --- B
\`\`\`
</Whiteboard>

<Diagram name="flawed-board" />
`),
      "test-lesson",
    );
    expect(analysis.errors).toEqual([]);
    // Lesson body starts on line 12: the figure's source starts on line 16, the exercise's on 23.
    expect(analysis.diagrams).toEqual([
      { block: "Diagram", source: "flowchart LR\n  C([Client]) -- HTTPS --> A[API]", line: 16, rules: true },
      { block: "Whiteboard", source: "flowchart TD\n  A --- B", line: 23, rules: false },
    ]);
  });

  it("refuses a diagram without alt text, with both a name and a fence, or with neither", () => {
    expect(errorsOf(lesson(figure('caption="x"', "flowchart LR\n  A --> B")))).toEqual([
      '12: <Diagram> with its own source needs alt="…": what the diagram shows, for readers who cannot see it',
    ]);
    expect(errorsOf(lesson(figure('name="flawed-board" alt="x"', "flowchart LR\n  A --> B")))).toEqual([
      '12: <Diagram> has both name="flawed-board" and a ```mermaid fence: keep one',
    ]);
    expect(errorsOf(lesson('<Diagram caption="x" />'))).toEqual([
      '12: <Diagram> needs a diagram: name="a board\'s name", or a ```mermaid fence inside it',
    ]);
    expect(errorsOf(lesson('<Whiteboard id="w" title="t" />'))).toEqual([
      '12: <Whiteboard> needs a diagram: start="a board\'s name", or a ```mermaid fence inside it',
    ]);
  });

  it("refuses text beside the fence, a fence outside a block, a source prop and a diagram that would fetch", () => {
    expect(errorsOf(lesson('<Diagram alt="x">\nSome words.\n</Diagram>'))[0]).toContain(
      "<Diagram> holds one ```mermaid fence with the diagram's source and nothing else",
    );
    expect(errorsOf(lesson("```mermaid\nflowchart LR\n  A --> B\n```"))[0]).toMatch(
      /^12: a ```mermaid fence draws a diagram only inside <Diagram/,
    );
    expect(errorsOf(lesson('<Diagram source="flowchart LR" alt="x" />'))[0]).toMatch(/^12: <Diagram> .*source/);
    expect(errorsOf(lesson(figure('alt="x"', 'flowchart LR\n  A --> B\n  B@{ img: "/api/me", h: 40 }')))).toEqual([
      "16: <Diagram> diagram an image on a node. Diagrams on the board never load images or other files; say it with a labelled box instead.",
    ]);
  });

  it("takes images from public/ with alt text only", () => {
    const analysis = analyzeLesson(
      lesson("![A ring of eight nodes](/images/ring.svg)\n\n![](/images/x.png)\n\n![A](https://example.com/a.png)"),
      "test-lesson",
    );
    expect(analysis.images).toEqual([
      { path: "/images/ring.svg", line: 12, column: 1 },
      { path: "/images/x.png", line: 14, column: 1 },
    ]);
    expect(analysis.errors.map((e) => `${e.line}: ${e.message}`)).toEqual([
      '14: image "/images/x.png" needs alt text: ![what the image shows](/images/x.png)',
      '16: image "https://example.com/a.png": put the file in public/ and write its path from there, like ![…](/images/lessons/figure.png)',
    ]);
  });
});
