"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useSession } from "next-auth/react";
import { useEffect, useMemo, useState } from "react";
import { WhenVisible } from "@/components/ui/when-visible";
import { useLesson } from "@/components/lessons/progress/lesson-context";
import { lessonDiagramStorage } from "@/components/client-data/diagram-storage";
import { MermaidView } from "@/components/whiteboard/mermaid-view";
import { boardSource } from "@/lib/diagrams/boards";
import type { StoredDiagram } from "@/lib/diagrams/diagrams";

// The editor and its helpers load only when a lesson actually shows an exercise.
const loading = () => <p className="text-muted">Loading the whiteboard…</p>;
const WhiteboardEditor = dynamic(
  () => import("@/components/whiteboard/whiteboard-editor").then((module) => module.WhiteboardEditor),
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

type Loaded =
  { state: "loading" } | { state: "ready"; diagram: StoredDiagram | null } | { state: "error"; message: string };

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
}: {
  id: string;
  start?: string;
  source?: string;
  title: string;
}) {
  const { slug, preview } = useLesson();
  const { status } = useSession();
  const origin = `${slug}/${id}`;
  const board = blockBoard(source, start);
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });

  useEffect(() => {
    if (status !== "authenticated" || preview) return;
    let cancelled = false;
    fetch(`/api/diagrams?origin=${encodeURIComponent(origin)}`, { cache: "no-store" })
      .then(async (response) => {
        if (response.status === 404) return null;
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return ((await response.json()) as { diagram: StoredDiagram }).diagram;
      })
      .then(
        (diagram) => !cancelled && setLoaded({ state: "ready", diagram }),
        (error: Error) => !cancelled && setLoaded({ state: "error", message: error.message }),
      );
    return () => {
      cancelled = true;
    };
  }, [status, origin, preview]);

  const knownId = loaded.state === "ready" ? (loaded.diagram?.id ?? null) : null;
  const storage = useMemo(() => lessonDiagramStorage(origin, knownId), [origin, knownId]);

  let body;
  if (preview || status === "unauthenticated") {
    body = (
      <>
        {preview ? null : (
          <p className="mb-3 text-sm text-muted">
            Kept in this browser only. <Link href={`/signin?callbackUrl=/learn/${slug}`}>Sign in</Link> to keep it with
            its history.
          </p>
        )}
        <DeviceWhiteboard storageKey={`lesson:${origin}`} title={title} source={board.source} />
      </>
    );
  } else if (status === "loading" || loaded.state === "loading") {
    body = <p className="text-muted">Loading your diagram…</p>;
  } else if (loaded.state === "error") {
    body = (
      <p role="alert" className="text-danger">
        Your diagram could not be loaded ({loaded.message}). Reload the page to try again; nothing you saved is lost.
      </p>
    );
  } else {
    body = (
      <WhiteboardEditor
        storage={storage}
        initial={loaded.diagram ?? { title, source: board.source, version: 0 }}
        showTitle={false}
      />
    );
  }
  return (
    <section
      aria-label={`Diagram exercise: ${title}`}
      className="not-prose my-8 rounded-lg border border-border p-4 sm:p-5"
      data-block="whiteboard"
    >
      <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Diagram exercise</p>
      <h3 className="mb-3 text-lg font-semibold">{title}</h3>
      <WhenVisible minHeight="30rem">{body}</WhenVisible>
    </section>
  );
}
