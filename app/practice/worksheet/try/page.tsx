import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeviceDocumentPage } from "@/components/documents/device-document-page";
import { DeviceWorksheet } from "@/components/practice/worksheet/device-worksheet";
import { getPrompt } from "@/lib/prompts/catalog";

export const metadata: Metadata = { title: "Try the worksheet" };

export default async function TryWorksheetPage({ searchParams }: PageProps<"/practice/worksheet/try">) {
  const { prompt: promptId } = await searchParams;
  const prompt = typeof promptId === "string" ? getPrompt(promptId) : undefined;
  if (!prompt) notFound();
  return (
    <DeviceDocumentPage
      list={{ href: "/practice/worksheet", label: "Worksheets" }}
      title={prompt.title}
      what="worksheet"
    >
      <DeviceWorksheet promptId={prompt.id} />
    </DeviceDocumentPage>
  );
}
