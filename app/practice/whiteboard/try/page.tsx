import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeviceWhiteboard } from "@/components/whiteboard/device-whiteboard";
import { getTemplate } from "@/lib/diagrams/templates";

export const metadata: Metadata = { title: "Try the whiteboard" };

export default async function TryWhiteboardPage({ searchParams }: PageProps<"/practice/whiteboard/try">) {
  const { template: templateId } = await searchParams;
  const template = typeof templateId === "string" ? getTemplate(templateId) : undefined;
  if (!template) notFound();
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/practice/whiteboard">Whiteboard</Link> <span aria-hidden>›</span> {template.title}
      </nav>
      <h1 className="text-3xl font-bold">{template.title}</h1>
      <p className="text-muted">This diagram is kept in this browser only.</p>
      <DeviceWhiteboard storageKey={template.id} title={template.title} source={template.source} />
    </div>
  );
}
