import type { ReactNode } from "react";
import { DocumentPageHeader } from "@/components/documents/document-page-header";

/** A visitor's document, kept in this browser: its header, the note saying where it lives, and its editor. */
export function DeviceDocumentPage({
  list,
  title,
  what,
  children,
}: {
  list: { href: string; label: string };
  title: string;
  what: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-4">
      <DocumentPageHeader list={list} title={title} />
      <p className="text-muted">This {what} is kept in this browser only.</p>
      {children}
    </div>
  );
}
