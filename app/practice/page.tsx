import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Practice" };

const TOOLS = [
  {
    href: "/practice/worksheet",
    title: "Scoping worksheet",
    text: "Actors, V1 requirements, the parking lot and quantified non-functional requirements for a design prompt, checked as you write.",
  },
  {
    href: "/practice/whiteboard",
    title: "Whiteboard",
    text: "Architecture diagrams as Mermaid text, previewed live, checked against the whiteboard rules, versioned and exportable.",
  },
  {
    href: "/practice/games",
    title: "Consistency games",
    text: "CP or AP, strong or eventual, read-after-write fixes and datastores as decision decks, plus partition, quorum and replication-lag simulators.",
  },
  {
    href: "/practice/simulators",
    title: "Simulators",
    text: "Every simulator in the course, from real-time delivery and cache eviction to load balancing and quorums: predict what the system does, then watch it.",
  },
  {
    href: "/practice/estimate",
    title: "Estimator",
    text: "The estimation funnel from daily users to QPS, storage, bandwidth and server counts, with every formula shown.",
  },
  {
    href: "/practice/estimate/availability",
    title: "Availability calculator",
    text: "Nines to downtime and back, components in series and in parallel, and the cost of synchronous fan-out.",
  },
  {
    href: "/practice/estimate/numbers",
    title: "Reference numbers",
    text: "Latency numbers on a log scale, the classic table and a recently measured one, powers of two and conversions.",
  },
  {
    href: "/practice/estimate/drills",
    title: "Estimation drills",
    text: "Generated questions with the answer hidden until you commit, scored by how close you are.",
  },
] as const;

export default function PracticePage() {
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Practice</h1>
        <p className="max-w-prose text-muted">
          The tools for the first ten minutes of an interview: scope the problem, then put numbers on it.
        </p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2">
        {TOOLS.map((tool) => (
          <li key={tool.href} className="rounded-lg border border-border bg-surface p-4">
            <h2 className="text-lg font-semibold">
              <Link href={tool.href}>{tool.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-muted">{tool.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
