import Link from "next/link";
import type { Metadata } from "next";
import { OwnedList } from "@/components/documents/owned-list";
import { TryWithoutAccount } from "@/components/documents/try-without-account";
import { PageHeader } from "@/components/layout/page-header";
import { NewDiagramForm } from "@/components/whiteboard/new-diagram-form";
import { getCurrentUser } from "@/lib/auth/session";
import { listDiagrams } from "@/lib/diagrams/diagrams";
import { TEMPLATES } from "@/lib/diagrams/templates";
import { dateTimeUtc } from "@/lib/format/date";

export const metadata: Metadata = { title: "Whiteboard" };

export default async function WhiteboardsPage() {
  const user = await getCurrentUser();
  const diagrams = user ? await listDiagrams(user.id) : [];
  return (
    <div className="space-y-8">
      <PageHeader title="Whiteboard">
        Draw architectures as text with Mermaid: versioned, diffable and checked against the whiteboard rules (directed
        arrows, cylinders for data, clients on the left, protocols on request arrows, nothing left unconnected).
      </PageHeader>
      {user ? (
        <>
          <NewDiagramForm />
          <OwnedList
            heading="Your diagrams"
            empty="No diagrams yet. Start one above."
            items={diagrams}
            href={(diagram) => `/practice/whiteboard/${diagram.id}`}
            detail={(diagram) => `edited ${dateTimeUtc.format(new Date(diagram.updatedAt))} UTC`}
          />
        </>
      ) : (
        <TryWithoutAccount
          starts={TEMPLATES.map((template) => ({
            href: `/practice/whiteboard/try?template=${template.id}`,
            label: template.title,
          }))}
        >
          Your diagram stays in this browser. <Link href="/signin?callbackUrl=%2Fpractice%2Fwhiteboard">Sign in</Link>{" "}
          to keep several diagrams with their history and attach them to worksheets.
        </TryWithoutAccount>
      )}
    </div>
  );
}
