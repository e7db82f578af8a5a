import type { Metadata } from "next";
import Link from "next/link";
import { NewWorksheetForm } from "@/components/practice/worksheet/new-worksheet-form";
import { getCurrentUser } from "@/lib/auth/session";
import { getPrompt, PROMPTS } from "@/lib/prompts/bank";
import { listWorksheets } from "@/lib/worksheet/worksheets";

export const metadata: Metadata = { title: "Scoping worksheet" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function WorksheetsPage() {
  const user = await getCurrentUser();
  const worksheets = user ? await listWorksheets(user.id) : [];
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Scoping worksheet</h1>
        <p className="max-w-prose text-muted">
          The first minutes of a design interview: who the users are, what V1 must do, what waits, and how good is good
          enough, in numbers. Feedback appears as you write; the reference answer appears when you submit.
        </p>
      </header>
      {user ? (
        <>
          <NewWorksheetForm />
          <section aria-labelledby="mine" className="space-y-3">
            <h2 id="mine" className="text-xl font-semibold">
              Your worksheets
            </h2>
            {worksheets.length === 0 ? (
              <p className="text-muted">No worksheets yet. Start one above.</p>
            ) : (
              <ul className="divide-y divide-border rounded-lg border border-border">
                {worksheets.map((worksheet) => (
                  <li key={worksheet.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
                    <Link href={`/practice/worksheet/${worksheet.id}`} className="font-semibold">
                      {worksheet.title}
                    </Link>
                    <span className="text-sm text-muted">
                      {worksheet.promptId ? `${getPrompt(worksheet.promptId)?.title ?? "Prompt"} · ` : ""}
                      edited {dateFormat.format(new Date(worksheet.updatedAt))} UTC
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
            Your worksheet stays in this browser.{" "}
            <Link href="/signin?callbackUrl=%2Fpractice%2Fworksheet">Sign in</Link> to keep several worksheets in your
            account and attach estimates to them.
          </p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {PROMPTS.map((prompt) => (
              <li key={prompt.id}>
                <Link
                  href={`/practice/worksheet/try?prompt=${prompt.id}`}
                  className="block rounded-md border border-border p-3"
                >
                  {prompt.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
