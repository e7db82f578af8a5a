import "server-only";
import rehypeShiki from "@shikijs/rehype";
import type { ReactNode } from "react";
import { lessonComponents } from "@/components/lessons/mdx-components";
import type { Lesson } from "@/lib/content/lessons";
import { hastToReact, lessonToHast } from "@/lib/content/lesson-pipeline";

/**
 * Renders a lesson on the server at build time (lesson pages are
 * prerendered), so code is highlighted here and ships as plain HTML: no
 * highlighter reaches the browser. Both themes are emitted as CSS variables
 * and the page shows one by its colour scheme.
 */
export async function renderLesson(lesson: Lesson): Promise<ReactNode> {
  const { tree } = await lessonToHast(lesson.source, {
    slug: lesson.slug,
    file: lesson.file,
    // The high-contrast GitHub themes: the plain ones colour some tokens below AA contrast.
    rehypePlugins: [
      [
        rehypeShiki,
        {
          themes: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
          defaultColor: false,
          // A fence in a language Shiki does not know (promql) is still rendered by Shiki, as plain
          // text: the same box, and its long lines scroll from the keyboard (Shiki's tabindex).
          fallbackLanguage: "text",
        },
      ],
    ],
  });
  return hastToReact(tree, lessonComponents(lesson.frontMatter.objectives));
}
