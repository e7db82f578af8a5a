import type { Metadata } from "next";
import Link from "next/link";
import { PRACTICE_TOOLS } from "@/lib/practice/tools";

export const metadata: Metadata = { title: "Practice" };

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
        {PRACTICE_TOOLS.map((tool) => (
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
