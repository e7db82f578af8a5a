import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

const PILLARS = [
  {
    title: "Learn the curriculum",
    body: "Chapter by chapter: scoping, estimation, APIs, caching and queues, choosing and modelling data, idempotency, resiliency, consistency, observability, security, deployment and presenting a design, with worked case studies.",
  },
  {
    title: "Practise the moves",
    body: "Scoping worksheets, back-of-envelope calculators that show every step, consistency decision games, and architecture diagrams written as code.",
  },
  {
    title: "Rehearse and get reviewed",
    body: "Timed mock interviews against a rubric you see before you start, and review from a mentor who comments on each part of your answer.",
  },
];

export default function HomePage() {
  return (
    <div className="flex flex-col gap-12">
      <section className="flex flex-col gap-5 pt-6">
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">
          Practise system design the way the interview runs.
        </h1>
        <p className="max-w-2xl text-lg text-muted">
          Tradeoff is an open-source, self-hostable app for preparing system-design interviews. It teaches the ideas as
          interactive lessons and lets you practise the interview itself: scope the problem, estimate the load, draw the
          design, and defend its trade-offs.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/signup" className={buttonClasses("primary")}>
            Create a free account
          </Link>
          <Link href="/signin" className={buttonClasses("secondary")}>
            Sign in
          </Link>
        </div>
      </section>

      <section aria-labelledby="what-heading" className="flex flex-col gap-4">
        <h2 id="what-heading" className="text-2xl font-semibold">
          What Tradeoff is for
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {PILLARS.map((pillar) => (
            <li key={pillar.title} className="rounded-lg border border-border bg-surface p-5">
              <h3 className="mb-2 font-semibold">{pillar.title}</h3>
              <p className="text-sm text-muted">{pillar.body}</p>
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted">
          Your work is saved to your account in PostgreSQL. Run it on your own machine with one command, or host it for
          a study group; it needs nothing but Node.js.
        </p>
      </section>
    </div>
  );
}
