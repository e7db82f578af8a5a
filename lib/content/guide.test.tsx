// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { SessionProvider } from "next-auth/react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { lessonComponents } from "@/components/lessons/mdx-components";
import { LessonProvider } from "@/components/lessons/progress/lesson-context";
import { hastToReact, lessonToHast } from "@/lib/content/lesson-pipeline";
import { markupText } from "@/lib/text/markup-text";

// The authoring guide's examples, rendered as a lesson would render them, and
// compared with what the guide says they show: every list item it writes is an
// item of its own, and every block shows the text its props give it.
const guide = readFileSync("content/README.md", "utf8");
const frontMatter = guide.match(/```yaml\n([\s\S]*?)```/)![1]!;
// An example holding a ```mermaid fence is itself fenced with four backticks.
const examples = [...guide.matchAll(/^(`{3,4})mdx\n([\s\S]*?)^\1$/gm)].map((match) => match[2]!);

async function render(example: string): Promise<string> {
  const { tree, analysis } = await lessonToHast(`${frontMatter}\n${example}`, { slug: "the-art-of-scoping" });
  return renderToStaticMarkup(
    <SessionProvider session={null}>
      <LessonProvider slug="guide" preview>
        {hastToReact(tree, lessonComponents(analysis.frontMatter?.objectives ?? []))}
      </LessonProvider>
    </SessionProvider>,
  );
}

describe("the authoring guide's examples", () => {
  it("are all found", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples.map((example) => [example.split("\n")[0], example]))(
    "%s renders as the guide says",
    async (_, example) => {
      const html = await render(example);
      const items = [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) => markupText(match[1]!).trim());
      // Each Markdown list item written in the example (not inside a prop) is its own item.
      for (const line of example.split("\n").filter((line) => /^\s*- \S/.test(line))) {
        const item = line.replace(/^\s*- /, "").replace(/[*`]/g, "");
        // Two items rewrapped into one line ("… how well. - Put a number …") render as one.
        expect(item, "one item per line").not.toMatch(/\s-\s\S/);
        expect(
          items.some((rendered) => rendered.startsWith(item.slice(0, 40))),
          `list item "${item}"`,
        ).toBe(true);
      }
      // Every title, question, prompt and caption the example gives in words is on the page.
      for (const [, value] of example.matchAll(/\b(?:title|question|prompt|caption)="([^"]+ [^"]+)"/g))
        expect(markupText(html), value).toContain(value);
    },
  );
});
