import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeviceDocumentPage } from "@/components/documents/device-document-page";
import { DeviceWhiteboard } from "@/components/whiteboard/device-whiteboard";
import { getTemplate } from "@/lib/diagrams/templates";

export const metadata: Metadata = { title: "Try the whiteboard" };

export default async function TryWhiteboardPage({ searchParams }: PageProps<"/practice/whiteboard/try">) {
  const { template: templateId } = await searchParams;
  const template = typeof templateId === "string" ? getTemplate(templateId) : undefined;
  if (!template) notFound();
  return (
    <DeviceDocumentPage
      list={{ href: "/practice/whiteboard", label: "Whiteboard" }}
      title={template.title}
      what="diagram"
    >
      <DeviceWhiteboard storageKey={template.id} title={template.title} source={template.source} />
    </DeviceDocumentPage>
  );
}
