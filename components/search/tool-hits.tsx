import Link from "next/link";
import type { ToolHit } from "@/lib/search/search-tools";

/** The practice tools and simulators whose name or description match, each linked to its page. */
export function ToolHits({ tools }: { tools: ToolHit[] }) {
  return (
    <section aria-labelledby="tool-results" className="flex flex-col gap-3">
      <h2 id="tool-results" className="text-xl font-semibold">
        Tools and simulators
      </h2>
      <ul aria-labelledby="tool-results" className="grid gap-4 sm:grid-cols-2">
        {tools.map((tool) => (
          <li key={tool.href} className="rounded-lg border border-border bg-surface p-4">
            <Link href={tool.href} className="font-semibold">
              {tool.title}
            </Link>
            <p className="mt-1 text-sm text-muted">{tool.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
