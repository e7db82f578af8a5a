import Link from "next/link";

type Neighbour = { slug: string; label: string; title: string } | null;

/** Previous and next lesson in course order. */
export function LessonPager({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next lesson" className="mt-12 grid gap-4 sm:grid-cols-2" data-print-hidden>
      {previous ? (
        <Link
          href={`/learn/${previous.slug}`}
          rel="prev"
          className="rounded-lg border border-border p-4 no-underline hover:bg-surface"
        >
          <span className="block text-sm text-muted">← Previous · {previous.label}</span>
          <span className="font-semibold">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          href={`/learn/${next.slug}`}
          rel="next"
          className="rounded-lg border border-border p-4 text-right no-underline hover:bg-surface"
        >
          <span className="block text-sm text-muted">Next · {next.label} →</span>
          <span className="font-semibold">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
