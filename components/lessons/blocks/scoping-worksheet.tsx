"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useSession } from "next-auth/react";
import { useEffect, useMemo, useState } from "react";
import { lessonBlockStorage } from "@/components/client-data/worksheet-storage";
import { WhenVisible } from "@/components/ui/when-visible";
import { useLesson } from "@/components/lessons/progress/lesson-context";
import { getPrompt } from "@/lib/prompts/bank";
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

type Loaded =
  { state: "loading" } | { state: "ready"; worksheet: StoredWorksheet | null } | { state: "error"; message: string };

/**
 * The scoping worksheet inside a lesson. Lesson pages are prerendered, so the
 * block finds out in the browser who is reading: a signed-in learner gets the
 * worksheet kept in their account for this block (created on the first edit),
 * a visitor one kept in this browser.
 */
export function ScopingWorksheet({ id, prompt: promptId }: { id: string; prompt: string }) {
  const { slug, preview } = useLesson();
  const { status } = useSession();
  const origin = `${slug}/${id}`;
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });

  useEffect(() => {
    if (status !== "authenticated" || preview) return;
    let cancelled = false;
    fetch(`/api/worksheets?origin=${encodeURIComponent(origin)}`, { cache: "no-store" })
      .then(async (response) => {
        if (response.status === 404) return null;
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return ((await response.json()) as { worksheet: StoredWorksheet }).worksheet;
      })
      .then(
        (worksheet) => !cancelled && setLoaded({ state: "ready", worksheet }),
        (error: Error) => !cancelled && setLoaded({ state: "error", message: error.message }),
      );
    return () => {
      cancelled = true;
    };
  }, [status, origin, preview]);

  const prompt = getPrompt(promptId) ?? null;
  const knownId = loaded.state === "ready" ? (loaded.worksheet?.id ?? null) : null;
  const storage = useMemo(() => lessonBlockStorage(origin, promptId, knownId), [origin, promptId, knownId]);

  let body;
  if (preview || status === "unauthenticated") {
    body = (
      <>
        {preview ? null : (
          <p className="mb-4 text-sm text-muted">
            Kept in this browser only. <Link href={`/signin?callbackUrl=/learn/${slug}`}>Sign in</Link> to keep
            worksheets in your account and attach estimates to them.
          </p>
        )}
        <DeviceWorksheet promptId={promptId} storageKey={`lesson:${origin}`} />
      </>
    );
  } else if (status === "loading" || loaded.state === "loading") {
    body = <p className="text-muted">Loading your worksheet…</p>;
  } else if (loaded.state === "error") {
    body = (
      <p role="alert" className="text-danger">
        Your worksheet could not be loaded ({loaded.message}). Reload the page to try again; nothing you saved is lost.
      </p>
    );
  } else {
    const worksheet = loaded.worksheet;
    body = (
      <WorksheetEditor
        storage={storage}
        initial={worksheet ?? { title: prompt?.title ?? "Worksheet", document: emptyWorksheet(promptId), version: 0 }}
        prompt={prompt}
        estimate={worksheet?.estimate ?? null}
        estimatorHref={worksheet ? `/practice/estimate?worksheet=${worksheet.id}` : null}
      />
    );
  }

  return (
    <section
      aria-label={`Scoping worksheet: ${prompt?.title ?? promptId}`}
      className="not-prose my-8 rounded-lg border border-border p-4 sm:p-5"
      data-block="scoping-worksheet"
    >
      <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Worksheet</p>
      <WhenVisible minHeight="40rem">{body}</WhenVisible>
    </section>
  );
}
