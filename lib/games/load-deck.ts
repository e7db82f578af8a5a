import "server-only";
import { getLesson } from "@/lib/content/lessons";
import { DECKS, DECKS_LESSON } from "@/lib/games/decks";
import type { DecisionGameProps } from "@/lib/lessons/blocks/decision-game";

type LessonRef = { slug: string; title: string };

async function lessonRef(slug: string) {
  const lesson = await getLesson(slug);
  if (!lesson) throw new Error(`content/${slug}.mdx is missing: /practice/games shows its decks`);
  return lesson;
}

/**
 * The decks as their lessons define them (title and cards), in DECKS order,
 * each with the lesson its answers count toward; `lesson` is chapter 9, which
 * holds most of them.
 */
export async function loadDecks(): Promise<{
  lesson: LessonRef;
  decks: (DecisionGameProps & { lesson: LessonRef })[];
}> {
  const main = await lessonRef(DECKS_LESSON);
  const decks = await Promise.all(
    DECKS.map(async ({ id, lesson: slug }) => {
      const lesson = slug === DECKS_LESSON ? main : await lessonRef(slug);
      const block = lesson.analysis.blocks.find(
        (candidate) => candidate.id === id && candidate.name === "DecisionGame",
      );
      if (!block) throw new Error(`${slug}.mdx must contain <DecisionGame id="${id}" … />`);
      return {
        ...(block.props as DecisionGameProps),
        lesson: { slug: lesson.slug, title: lesson.frontMatter.title },
      };
    }),
  );
  return { lesson: { slug: main.slug, title: main.frontMatter.title }, decks };
}
