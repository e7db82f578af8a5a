import "server-only";
import { evaluate } from "@mdx-js/mdx";
import rehypeShiki from "@shikijs/rehype";
import type { MDXContent } from "mdx/types";
import * as runtime from "react/jsx-runtime";
import { rehypeHeadingPlugins, remarkPlugins } from "@/lib/content/mdx-plugins";

/**
 * Compiles a lesson to a React component. Runs on the server at build time
 * (lesson pages are prerendered), so code is highlighted here and ships as
 * plain HTML: no highlighter reaches the browser. Both themes are emitted as
 * CSS variables and the page picks one by its colour scheme.
 */
export async function renderLesson(source: string, slug: string, file: string): Promise<MDXContent> {
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: remarkPlugins({ slug, file }),
    rehypePlugins: [
      ...rehypeHeadingPlugins,
      [rehypeShiki, { themes: { light: "github-light", dark: "github-dark" }, defaultColor: false }],
    ],
  });
  return Content;
}
