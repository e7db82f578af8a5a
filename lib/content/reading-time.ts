import type { LessonAnalysis } from "@/lib/content/analyze";
import { countWords } from "@/lib/content/section-text";

/** A steady reading pace for technical prose. */
export const WORDS_PER_MINUTE = 200;
/** Time to think about and answer one item: a quiz, a number, one decision card, one simulator's predictions. */
export const SECONDS_PER_ITEM = 20;

type Counted = Pick<LessonAnalysis, "sectionTexts" | "blockWords">;

/**
 * A lesson's minutes, computed rather than claimed: every word a reader sees
 * (prose and the text inside blocks) at WORDS_PER_MINUTE, plus
 * SECONDS_PER_ITEM for each exercise, counting every card of a decision deck.
 */
export function readingMinutes(analysis: Counted & Pick<LessonAnalysis, "blocks">): number {
  const words = readerWords(analysis);
  const items = analysis.blocks.reduce(
    (sum, block) => sum + (block.name === "DecisionGame" ? (block.props.cards as unknown[]).length : 1),
    0,
  );
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + (items * SECONDS_PER_ITEM) / 60));
}

/** The words a reader sees: the prose (the search index's text) and the text in blocks' props and code. */
export function readerWords(analysis: Counted): number {
  return analysis.sectionTexts.reduce((sum, section) => sum + countWords(section.text), analysis.blockWords);
}
