import Link from "next/link";
import type { Metadata } from "next";
import { OwnedList } from "@/components/documents/owned-list";
import { TryWithoutAccount } from "@/components/documents/try-without-account";
import { PageHeader } from "@/components/layout/page-header";
import { NewWorksheetForm } from "@/components/practice/worksheet/new-worksheet-form";
import { getCurrentUser } from "@/lib/auth/session";
import { dateTimeUtc } from "@/lib/format/date";
import { getPrompt, PROMPTS } from "@/lib/prompts/catalog";
import { listWorksheets } from "@/lib/worksheet/worksheets";

export const metadata: Metadata = { title: "Scoping worksheet" };

export default async function WorksheetsPage() {
  const user = await getCurrentUser();
  const worksheets = user ? await listWorksheets(user.id) : [];
  return (
    <div className="space-y-8">
      <PageHeader title="Scoping worksheet">
        The first minutes of a design interview: who the users are, what V1 must do, what waits, and how good is good
        enough, in numbers. Feedback appears as you write; the reference answer appears when you submit.
      </PageHeader>
      {user ? (
        <>
          <NewWorksheetForm />
          <OwnedList
            heading="Your worksheets"
            empty="No worksheets yet. Start one above."
            items={worksheets}
            href={(worksheet) => `/practice/worksheet/${worksheet.id}`}
            detail={(worksheet) =>
              `${worksheet.promptId ? `${getPrompt(worksheet.promptId)?.title ?? "Prompt"} · ` : ""}edited ${dateTimeUtc.format(new Date(worksheet.updatedAt))} UTC`
            }
          />
        </>
      ) : (
        <TryWithoutAccount
          starts={PROMPTS.map((prompt) => ({
            href: `/practice/worksheet/try?prompt=${prompt.id}`,
            label: prompt.title,
          }))}
        >
          Your worksheet stays in this browser. <Link href="/signin?callbackUrl=%2Fpractice%2Fworksheet">Sign in</Link>{" "}
          to keep several worksheets in your account and attach estimates to them.
        </TryWithoutAccount>
      )}
    </div>
  );
}
