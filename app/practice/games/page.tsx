import type { Metadata } from "next";
import Link from "next/link";
import { SIMULATORS } from "@/lib/games/decks";
import { loadDecks } from "@/lib/games/load-deck";

export const metadata: Metadata = { title: "Consistency games" };

export default async function GamesPage() {
  const { lesson, decks } = await loadDecks();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Consistency games</h1>
        <p className="max-w-prose text-muted">
          Decide, then see why. Cards you miss are kept for a review round. Your answers count toward{" "}
          <Link href={`/learn/${lesson.slug}`}>{lesson.title}</Link>.
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
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="simulators" className="space-y-3">
        <h2 id="simulators" className="text-xl font-semibold">
          Simulators
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {SIMULATORS.map((simulator) => (
            <li key={simulator.href} className="rounded-lg border border-border bg-surface p-4">
              <h3 className="text-lg font-semibold">
                <Link href={simulator.href}>{simulator.title}</Link>
              </h3>
              <p className="mt-1 text-sm text-muted">{simulator.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
