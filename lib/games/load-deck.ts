import "server-only";
import { getLesson } from "@/lib/content/lessons";
import { DECK_IDS, DECKS_LESSON } from "@/lib/games/decks";
import type { DecisionGameProps } from "@/lib/lessons/blocks/decision-game";

/** The decks as the lesson defines them (title and cards), in DECK_IDS order. */
export async function loadDecks(): Promise<{ lesson: { slug: string; title: string }; decks: DecisionGameProps[] }> {
  const lesson = await getLesson(DECKS_LESSON);
  if (!lesson) throw new Error(`content/${DECKS_LESSON}.mdx is missing: /practice/games shows its decks`);
  const decks = DECK_IDS.map((id) => {
    const block = lesson.analysis.blocks.find((candidate) => candidate.id === id && candidate.name === "DecisionGame");
    if (!block) throw new Error(`${DECKS_LESSON}.mdx must contain <DecisionGame id="${id}" … />`);
    return block.props as DecisionGameProps;
  });
  return { lesson: { slug: lesson.slug, title: lesson.frontMatter.title }, decks };
}
