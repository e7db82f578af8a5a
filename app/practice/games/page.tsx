import type { Metadata } from "next";
import Link from "next/link";
import { loadDecks } from "@/lib/games/load-deck";
import { SIMULATORS, simulatorHref } from "@/lib/simulators/catalog";

// The simulators of the consistency chapter; every other one is on /practice/simulators.
const CONSISTENCY_SIMULATORS = SIMULATORS.filter((entry) => entry.lesson === "mastering-consistency");

export const metadata: Metadata = { title: "Consistency games" };

export default async function GamesPage() {
  const { decks } = await loadDecks();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Consistency games</h1>
        <p className="max-w-prose text-muted">
          Decide, then see why. Cards you miss are kept for a review round. Your answers count toward the lesson each
          deck comes from.
        </p>
      </header>
      <section aria-labelledby="decks" className="space-y-3">
        <h2 id="decks" className="text-xl font-semibold">
          Decision decks
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {decks.map((deck) => (
            <li key={deck.id} className="rounded-lg border border-border bg-surface p-4">
              <h3 className="text-lg font-semibold">
                <Link href={`/practice/games/${deck.id}`}>{deck.title}</Link>
              </h3>
              <p className="mt-1 text-sm text-muted">
                {deck.cards.length} cards{deck.prompt ? `. ${deck.prompt}` : ""}
              </p>
              <p className="mt-1 text-sm text-muted">
                From <Link href={`/learn/${deck.lesson.slug}`}>{deck.lesson.title}</Link>
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="simulators" className="space-y-3">
        <h2 id="simulators" className="text-xl font-semibold">
          Simulators
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {CONSISTENCY_SIMULATORS.map((simulator) => (
            <li key={simulator.id} className="rounded-lg border border-border bg-surface p-4">
              <h3 className="text-lg font-semibold">
                <Link href={simulatorHref(simulator)}>{simulator.title}</Link>
              </h3>
              <p className="mt-1 text-sm text-muted">{simulator.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
