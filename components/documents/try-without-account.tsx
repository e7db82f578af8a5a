import Link from "next/link";
import type { ReactNode } from "react";

/** For a visitor: start from one of these (kept in this browser), and what signing in adds. */
export function TryWithoutAccount({
  children,
  starts,
}: {
  children: ReactNode;
  starts: { href: string; label: string }[];
}) {
  return (
    <section aria-labelledby="try" className="space-y-3">
      <h2 id="try" className="text-xl font-semibold">
        Try it without an account
      </h2>
      <p className="text-muted">{children}</p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {starts.map((start) => (
          <li key={start.href}>
            <Link href={start.href} className="block rounded-md border border-border p-3">
              {start.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
