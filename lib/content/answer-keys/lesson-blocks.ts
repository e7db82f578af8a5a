import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeLesson } from "@/lib/content/analyze";
import { scoreAttempt } from "@/lib/lessons/blocks";

/**
 * For answer-key tests: the interactive blocks of one lesson in content/, read
 * exactly as the server reads them, and scoring through the same function the
 * server uses when it saves an attempt.
 */
export function lessonBlocks(slug: string) {
  const source = readFileSync(path.join(process.cwd(), "content", `${slug}.mdx`), "utf8");
  const analysis = analyzeLesson(source, slug);
  if (analysis.errors.length > 0) {
    throw new Error(`${slug}.mdx has mistakes:\n${analysis.errors.map((e) => `${e.line}: ${e.message}`).join("\n")}`);
  }
  const blocks = new Map(analysis.blocks.map((block) => [block.id, block]));

  function block(id: string) {
    const found = blocks.get(id);
    if (!found) throw new Error(`${slug}.mdx has no block with id "${id}"`);
    return found;
  }

  /** Scores an answer for block `id`; throws if the answer is not even valid for that block. */
  function score(id: string, answer: unknown) {
    const found = block(id);
    const result = scoreAttempt(found.name, found.props, answer);
    if (!result.ok) throw new Error(`answer rejected for ${id}: ${result.message}`);
    return result.result;
  }

  /** The line on which `text` first appears in the lesson's source (to check what comes before what). */
  function lineOf(text: string) {
    const index = source.indexOf(text);
    if (index === -1) throw new Error(`${slug}.mdx does not contain "${text}"`);
    return source.slice(0, index).split("\n").length;
  }

  return { analysis, source, ids: [...blocks.keys()], block, score, lineOf };
}
