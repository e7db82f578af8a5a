"use client";

import dynamic from "next/dynamic";
import { useMemo } from "react";
import { WhenVisible } from "@/components/ui/when-visible";
import { LessonDocumentBlock } from "@/components/lessons/blocks/lesson-document-block";
import { useLesson } from "@/components/lessons/progress/lesson-context";
import { diagramDocuments, lessonDiagramStorage } from "@/components/client-data/diagram-storage";
import { useOriginDocument } from "@/components/client-data/use-origin-document";
import { MermaidView } from "@/components/whiteboard/mermaid-view";
import { boardSource } from "@/lib/diagrams/boards";
import type { StoredDiagram } from "@/lib/diagrams/diagrams";

// The editor and its helpers load only when a lesson actually shows an exercise.
const loading = () => <p className="text-muted">Loading the whiteboard…</p>;
const WhiteboardEditor = dynamic(
  () => import("@/components/whiteboard/whiteboard-editor").then((module) => module.WhiteboardEditor),
  { ssr: false, loading },
);
const ReferenceCompare = dynamic(
  () => import("@/components/case-study/reference-compare").then((module) => module.ReferenceCompare),
  { ssr: false, loading },
);
const DeviceWhiteboard = dynamic(
  () => import("@/components/whiteboard/device-whiteboard").then((module) => module.DeviceWhiteboard),
  { ssr: false, loading },
);

/**
 * The board a diagram block shows: its own source (a ```mermaid fence in the
 * lesson, passed as `source` by the pipeline) or a registered board's. The
 * checker guarantees one of the two.
 */
function blockBoard(source: string | undefined, name: string | undefined): { title: string; source: string } {
  return source !== undefined ? { title: "", source } : boardSource(name!)!;
}

/** A diagram in a lesson, rendered without the editor; its source is one click away. */
export function Diagram({
  name,
  source,
  caption,
  alt,
}: {
  name?: string;
  source?: string;
  caption?: string;
  alt?: string;
  rules?: boolean;
}) {
  const board = blockBoard(source, name);
  const title = caption ?? board.title;
  return (
    <figure className="not-prose my-8 rounded-lg border border-border p-4" data-block="diagram">
      <WhenVisible minHeight="12rem">
        <MermaidView source={board.source} label={alt ?? title} />
      </WhenVisible>
      {title ? <figcaption className="mt-2 text-sm text-muted">{title}</figcaption> : null}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Mermaid source</summary>
        <pre className="mt-2 overflow-x-auto rounded-md bg-surface p-2 text-xs">{board.source}</pre>
      </details>
    </figure>
  );
}

/**
 * A diagram exercise: the learner edits a starting board until the checks
 * pass. Signed-in learners keep it in their account (one per block, with
 * history); visitors keep it in this browser.
 */
export function Whiteboard({
  id,
  start,
  source,
  title,
  reference,
}: {
  id: string;
  start?: string;
  source?: string;
  title: string;
  /** A prompt whose reference diagram the learner may put beside theirs once they have drawn. */
  reference?: string;
}) {
  const { slug, preview } = useLesson();
  const origin = `${slug}/${id}`;
  const board = blockBoard(source, start);
  const found = useOriginDocument<StoredDiagram>(diagramDocuments, preview ? null : origin);
  const knownId = found.state === "editor" ? (found.stored?.id ?? null) : null;
  const storage = useMemo(() => lessonDiagramStorage(origin, knownId), [origin, knownId]);
  const compare = reference
    ? (current: string) => <ReferenceCompare prompt={reference} source={current} start={board.source} />
    : undefined;

  return (
    <LessonDocumentBlock
      found={found}
      noun="diagram"
      label={`Diagram exercise: ${title}`}
      block="whiteboard"
      kicker="Diagram exercise"
      heading={title}
      minHeight="30rem"
      signInTo="to keep it with its history."
      device={
        <DeviceWhiteboard storageKey={`lesson:${origin}`} title={title} source={board.source} compare={compare} />
      }
      editor={(diagram) => (
        <WhiteboardEditor
          storage={storage}
          initial={diagram ?? { title, source: board.source, version: 0 }}
          showTitle={false}
          compare={compare}
        />
      )}
    />
  );
}
