import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentPageHeader } from "@/components/documents/document-page-header";
import { AccountWhiteboard } from "@/components/whiteboard/account-whiteboard";
import { requirePageAccess } from "@/lib/auth/session";
import { getDiagram } from "@/lib/diagrams/diagrams";
import { diagramId } from "@/lib/diagrams/validations";
import { listWorksheets } from "@/lib/worksheet/worksheets";

export const metadata: Metadata = { title: "Diagram" };

export default async function DiagramPage({ params }: PageProps<"/practice/whiteboard/[id]">) {
  const { id } = await params;
  const user = await requirePageAccess(`/practice/whiteboard/${id}`);
  const parsed = diagramId.safeParse(id);
  // Another user's diagram is "not found", exactly like one that does not exist.
  const diagram = parsed.success ? await getDiagram(user.id, parsed.data) : null;
  if (!diagram) notFound();
  const worksheets = (await listWorksheets(user.id)).map(({ id: worksheetId, title }) => ({ id: worksheetId, title }));
  return (
    <div className="space-y-4">
      <DocumentPageHeader list={{ href: "/practice/whiteboard", label: "Whiteboard" }} title={diagram.title} />
      <AccountWhiteboard diagram={diagram} worksheets={worksheets} />
    </div>
  );
}
