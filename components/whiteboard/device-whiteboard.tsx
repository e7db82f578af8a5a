"use client";

import { useMemo } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { deviceDiagramStorage, readDeviceDiagram } from "@/components/client-data/diagram-storage";
import { WhiteboardEditor } from "@/components/whiteboard/whiteboard-editor";

/** A visitor's diagram (or a lesson block's, signed out), kept in this browser. */
export function DeviceWhiteboard({
  storageKey,
  title,
  source,
  compare,
}: {
  storageKey: string;
  title: string;
  source: string;
  compare?: (source: string) => React.ReactNode;
}) {
  const storage = useMemo(() => deviceDiagramStorage(storageKey), [storageKey]);
  const hydrated = useHydrated();
  if (!hydrated) return <p className="text-muted">Loading your diagram…</p>;
  return (
    <WhiteboardEditor
      storage={storage}
      initial={readDeviceDiagram(storageKey) ?? { title, source, version: 0 }}
      compare={compare}
    />
  );
}
