type Heading = { id: string; title: string; depth: number };

/**
 * The lesson's sections. A server component: it ships no JavaScript of its
 * own. ReadingPositionTracker marks the link being read (aria-current) and the
 * sections already read (data-read) directly on these links, so following the
 * scroll never re-renders the list.
 */
export function TableOfContents({ headings, label = "On this page" }: { headings: Heading[]; label?: string }) {
  return (
    <nav aria-label={label} className="text-sm">
      <ol className="flex flex-col gap-1 border-l border-border">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? "pl-6" : "pl-3"}>
            <a
              href={`#${heading.id}`}
              data-toc-link={heading.id}
              className="toc-link -ml-px block border-l-2 border-transparent py-0.5 pl-2 text-muted no-underline hover:underline"
            >
              {heading.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
