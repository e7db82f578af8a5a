"use client";

import dynamic from "next/dynamic";
import { useMemo } from "react";
import { lessonBlockStorage, worksheetDocuments } from "@/components/client-data/worksheet-storage";
import { useOriginDocument } from "@/components/client-data/use-origin-document";
import { LessonDocumentBlock } from "@/components/lessons/blocks/lesson-document-block";
import { useLesson } from "@/components/lessons/progress/lesson-context";
import { getPrompt } from "@/lib/prompts/catalog";
import { emptyWorksheet } from "@/lib/worksheet/document";
import type { StoredWorksheet } from "@/lib/worksheet/worksheets";

// The editor loads when the reader reaches the block (see WhenVisible).
const loading = () => <p className="text-muted">Loading the worksheet…</p>;
const WorksheetEditor = dynamic(
  () => import("@/components/practice/worksheet/worksheet-editor").then((module) => module.WorksheetEditor),
  { ssr: false, loading },
);
const DeviceWorksheet = dynamic(
  () => import("@/components/practice/worksheet/device-worksheet").then((module) => module.DeviceWorksheet),
  { ssr: false, loading },
);

/**
 * The scoping worksheet inside a lesson: a signed-in learner gets the
 * worksheet kept in their account for this block (created on the first
 * edit), a visitor one kept in this browser.
 */
export function ScopingWorksheet({ id, prompt: promptId }: { id: string; prompt: string }) {
  const { slug, preview } = useLesson();
  const origin = `${slug}/${id}`;
  const found = useOriginDocument<StoredWorksheet>(worksheetDocuments, preview ? null : origin);
  const knownId = found.state === "editor" ? (found.stored?.id ?? null) : null;
  const storage = useMemo(() => lessonBlockStorage(origin, promptId, knownId), [origin, promptId, knownId]);
  const prompt = getPrompt(promptId) ?? null;

  return (
    <LessonDocumentBlock
      found={found}
      noun="worksheet"
      label={`Scoping worksheet: ${prompt?.title ?? promptId}`}
      block="scoping-worksheet"
      kicker="Worksheet"
      minHeight="40rem"
      signInTo="to keep worksheets in your account and attach estimates to them."
      device={<DeviceWorksheet promptId={promptId} storageKey={`lesson:${origin}`} />}
      editor={(worksheet) => (
        <WorksheetEditor
          storage={storage}
          initial={worksheet ?? { title: prompt?.title ?? "Worksheet", document: emptyWorksheet(promptId), version: 0 }}
          prompt={prompt}
          estimate={worksheet?.estimate ?? null}
          estimatorHref={worksheet ? `/practice/estimate?worksheet=${worksheet.id}` : null}
        />
      )}
    />
  );
}
