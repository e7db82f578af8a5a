import Link from "next/link";
import type { ReactNode } from "react";

/** The frame of a simulator's own page under /practice/games. */
export function SimulatorPage({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/practice/games">Consistency games</Link> <span aria-hidden>›</span> {title}
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="max-w-prose text-muted">{intro}</p>
      </header>
      {children}
    </div>
  );
}
