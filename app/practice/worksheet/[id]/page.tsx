import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentPageHeader } from "@/components/documents/document-page-header";
import { AccountWorksheet } from "@/components/practice/worksheet/account-worksheet";
import { requirePageAccess } from "@/lib/auth/session";
import { listDiagrams } from "@/lib/diagrams/diagrams";
import { worksheetId } from "@/lib/worksheet/validations";
import { getWorksheet } from "@/lib/worksheet/worksheets";

export const metadata: Metadata = { title: "Worksheet" };

export default async function WorksheetPage({ params }: PageProps<"/practice/worksheet/[id]">) {
  const { id } = await params;
  const user = await requirePageAccess(`/practice/worksheet/${id}`);
  const parsed = worksheetId.safeParse(id);
  // Another user's worksheet is "not found", exactly like one that does not exist.
  const worksheet = parsed.success ? await getWorksheet(user.id, parsed.data) : null;
  if (!worksheet) notFound();
  const diagrams = await listDiagrams(user.id, { worksheetId: worksheet.id });
  return (
    <div className="space-y-4">
      <DocumentPageHeader list={{ href: "/practice/worksheet", label: "Worksheets" }} title={worksheet.title} />
      <AccountWorksheet worksheet={worksheet} />
      <section aria-labelledby="diagrams" className="space-y-2 rounded-md border border-border p-4">
        <h2 id="diagrams" className="text-lg font-semibold">
          Diagrams
        </h2>
        {diagrams.length === 0 ? (
          <p className="text-sm text-muted">
            None attached. Draw one on the <Link href="/practice/whiteboard">whiteboard</Link> and attach it here.
          </p>
        ) : (
          <ul className="list-disc pl-5 text-sm" data-testid="attached-diagrams">
            {diagrams.map((diagram) => (
              <li key={diagram.id}>
                <Link href={`/practice/whiteboard/${diagram.id}`}>{diagram.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
