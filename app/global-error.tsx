"use client";

import "./globals.css";

/** Last resort when the root layout itself fails: it must render its own <html>. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-16">
          <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
          <p className="text-muted">Your saved work is safe. Try again in a moment.</p>
          {error.digest ? <p className="text-sm text-muted">Reference: {error.digest}</p> : null}
          <button
            type="button"
            onClick={reset}
            className="w-fit rounded-md bg-accent px-4 py-2 font-semibold text-accent-fg"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
