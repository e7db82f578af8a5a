import type { Lesson } from "@/lib/content/lessons";
import type { Part } from "@/lib/content/outline";
import { readerWords } from "@/lib/content/reading-time";
import { formatNumber } from "@/lib/format/number";

/** The course as text for authors: parts, then each lesson's order, size, link and heading ids. */
export function formatCourse(
  course: { part: Part; lessons: Pick<Lesson, "slug" | "label" | "frontMatter" | "analysis" | "minutes">[] }[],
) {
  const lines: string[] = [];
  for (const { part, lessons } of course) {
    lines.push(`${part.label}: ${part.title}   (part: ${part.id})`);
    if (lessons.length === 0) lines.push("  no lessons yet");
    for (const lesson of lessons) {
      const size = `${formatNumber(readerWords(lesson.analysis))} words, ${lesson.analysis.blocks.length} exercises, ${lesson.minutes} min`;
      lines.push(`  order ${lesson.frontMatter.order}  ${lesson.label}: ${lesson.frontMatter.title}  (${size})`);
      lines.push(`    /learn/${lesson.slug}`);
      for (const heading of lesson.analysis.headings) lines.push(`    ${"  ".repeat(heading.depth - 2)}#${heading.id}`);
    }
    lines.push("");
  }
  return lines.join("\n").trimEnd();
}
