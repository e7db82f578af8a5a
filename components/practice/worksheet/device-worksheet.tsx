"use client";

import { useMemo } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { WorksheetEditor } from "@/components/practice/worksheet/worksheet-editor";
import { deviceStorage, readDeviceWorksheet } from "@/components/client-data/worksheet-storage";
import { getPrompt } from "@/lib/prompts/catalog";
import { emptyWorksheet } from "@/lib/worksheet/document";

/** A visitor's worksheet for one prompt (or one lesson block), kept in localStorage. */
export function DeviceWorksheet({ promptId, storageKey = promptId }: { promptId: string; storageKey?: string }) {
  const prompt = getPrompt(promptId) ?? null;
  const storage = useMemo(() => deviceStorage(storageKey), [storageKey]);
  // localStorage exists only in the browser: render the editor after hydration.
  const hydrated = useHydrated();
  if (!hydrated) return <p className="text-muted">Loading your worksheet…</p>;
  const stored = readDeviceWorksheet(storageKey);
  return (
    <WorksheetEditor
      storage={storage}
      initial={stored ?? { title: prompt?.title ?? "Worksheet", document: emptyWorksheet(promptId), version: 0 }}
      prompt={prompt}
      estimate={null}
      estimatorHref={null}
    />
  );
}
