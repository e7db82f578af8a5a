import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionGame } from "@/components/lessons/blocks/decision-game";
import { LessonProvider } from "@/components/lessons/progress/lesson-context";
import { SaveStatus } from "@/components/lessons/reader/save-status";
import { DECK_IDS } from "@/lib/games/decks";
import { loadDecks } from "@/lib/games/load-deck";

export const metadata: Metadata = { title: "Decision deck" };

export function generateStaticParams() {
  return DECK_IDS.map((deck) => ({ deck }));
}

export const dynamicParams = false;

export default async function DeckPage({ params }: PageProps<"/practice/games/[deck]">) {
  const { deck: deckId } = await params;
  const { decks } = await loadDecks();
  const found = decks.find((candidate) => candidate.id === deckId);
  if (!found) notFound();
  // Each deck's answers are attempts of the lesson that holds it.
  const { lesson, ...deck } = found;
  return (
    <LessonProvider slug={lesson.slug}>
      <div className="space-y-4">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/practice/games">Consistency games</Link> <span aria-hidden>›</span> {deck.title}
        </nav>
        <h1 className="text-3xl font-bold">{deck.title}</h1>
        <p className="text-muted">
          From <Link href={`/learn/${lesson.slug}`}>{lesson.title}</Link>; answers here count there too.
        </p>
        <SaveStatus />
        <DecisionGame {...deck} />
      </div>
    </LessonProvider>
  );
}
