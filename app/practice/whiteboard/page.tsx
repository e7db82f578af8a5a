import type { Metadata } from "next";
import Link from "next/link";
import { NewDiagramForm } from "@/components/whiteboard/new-diagram-form";
import { getCurrentUser } from "@/lib/auth/session";
import { listDiagrams } from "@/lib/diagrams/diagrams";
import { TEMPLATES } from "@/lib/diagrams/templates";

export const metadata: Metadata = { title: "Whiteboard" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function WhiteboardsPage() {
  const user = await getCurrentUser();
  const diagrams = user ? await listDiagrams(user.id) : [];
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Whiteboard</h1>
        <p className="max-w-prose text-muted">
          Draw architectures as text with Mermaid: versioned, diffable and checked against the whiteboard rules
          (directed arrows, cylinders for data, clients on the left, protocols on request arrows, nothing left
          unconnected).
        </p>
      </header>
      {user ? (
        <>
          <NewDiagramForm />
          <section aria-labelledby="mine" className="space-y-3">
            <h2 id="mine" className="text-xl font-semibold">
              Your diagrams
            </h2>
            {diagrams.length === 0 ? (
              <p className="text-muted">No diagrams yet. Start one above.</p>
            ) : (
              <ul className="divide-y divide-border rounded-lg border border-border">
                {diagrams.map((diagram) => (
                  <li key={diagram.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
                    <Link href={`/practice/whiteboard/${diagram.id}`} className="font-semibold">
                      {diagram.title}
                    </Link>
                    <span className="text-sm text-muted">
                      edited {dateFormat.format(new Date(diagram.updatedAt))} UTC
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : (
        <section aria-labelledby="try" className="space-y-3">
          <h2 id="try" className="text-xl font-semibold">
            Try it without an account
          </h2>
          <p className="text-muted">
            Your diagram stays in this browser. <Link href="/signin?callbackUrl=%2Fpractice%2Fwhiteboard">Sign in</Link>{" "}
            to keep several diagrams with their history and attach them to worksheets.
          </p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {TEMPLATES.map((template) => (
              <li key={template.id}>
                <Link
                  href={`/practice/whiteboard/try?template=${template.id}`}
                  className="block rounded-md border border-border p-3"
                >
                  {template.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
