import type { ReactNode } from "react";

/** The top of a page: its one h1 and a sentence or two on what the page is for. */
export function PageHeader({ title, children }: { title: string; children: ReactNode }) {
  return (
    <header className="space-y-2">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="max-w-prose text-muted">{children}</p>
    </header>
  );
}
