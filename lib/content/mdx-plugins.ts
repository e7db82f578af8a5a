import type { Root } from "mdast";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeSlug from "rehype-slug";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import type { PluggableList } from "unified";
import { inspectLesson, type LessonMessage } from "@/lib/content/analyze";

/** Thrown when a lesson has mistakes; carries every one of them with its line. */
export class LessonSourceError extends Error {
  constructor(
    readonly errors: LessonMessage[],
    readonly file = "lesson",
  ) {
    super(errors.map((e) => `${file}:${e.line}:${e.column} ${e.message}`).join("\n"));
    this.name = "LessonSourceError";
  }
}

/** Refuses to compile a lesson with mistakes, so a broken chapter fails the build, not a reader. */
function remarkLessonCheck(options: { slug?: string; file?: string } = {}) {
  return (tree: Root) => {
    const { errors } = inspectLesson(tree, options.slug);
    if (errors.length > 0) throw new LessonSourceError(errors, options.file);
  };
}

/** Markdown features every lesson gets, on the server and in the instructor's preview alike. */
export function remarkPlugins(options: { slug?: string; file?: string } = {}): PluggableList {
  return [[remarkFrontmatter, ["yaml"]], remarkGfm, [remarkLessonCheck, options]];
}

/** Heading ids and "#" links to each heading. Code highlighting is added on the server only. */
export const rehypeHeadingPlugins: PluggableList = [
  rehypeSlug,
  [
    rehypeAutolinkHeadings,
    {
      behavior: "append",
      properties: { className: ["heading-anchor"], ariaHidden: "true", tabIndex: -1 },
      content: { type: "text", value: "#" },
    },
  ],
];
