import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeviceWorksheet } from "@/components/practice/worksheet/device-worksheet";
import { getPrompt } from "@/lib/prompts/bank";

export const metadata: Metadata = { title: "Try the worksheet" };

export default async function TryWorksheetPage({ searchParams }: PageProps<"/practice/worksheet/try">) {
  const { prompt: promptId } = await searchParams;
  const prompt = typeof promptId === "string" ? getPrompt(promptId) : undefined;
  if (!prompt) notFound();
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/practice/worksheet">Worksheets</Link> <span aria-hidden>›</span> {prompt.title}
      </nav>
      <h1 className="text-3xl font-bold">{prompt.title}</h1>
      <p className="text-muted">This worksheet is kept in this browser only.</p>
      <DeviceWorksheet promptId={prompt.id} />
    </div>
  );
}
