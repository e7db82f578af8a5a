import Link from "next/link";

/** "Your worksheets" (diagrams, interviews): the signed-in user's documents, newest first, or what to do when there are none. */
export function OwnedList<Item extends { id: string; title: string }>({
  heading,
  empty,
  items,
  href,
  detail,
}: {
  heading: string;
  empty: string;
  items: Item[];
  href: (item: Item) => string;
  detail: (item: Item) => string;
}) {
  return (
    <section aria-labelledby="mine" className="space-y-3">
      <h2 id="mine" className="text-xl font-semibold">
        {heading}
      </h2>
      {items.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
              <Link href={href(item)} className="font-semibold">
                {item.title}
              </Link>
              <span className="text-sm text-muted">{detail(item)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
