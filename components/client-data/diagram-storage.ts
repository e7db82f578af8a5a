"use client";

import { DEVICE_DIAGRAMS, readDeviceRecord, writeDeviceRecord } from "@/components/client-data/device-records";
import { sendSave, type SaveResult } from "@/components/client-data/save-result";

/** What the whiteboard autosaves. `checkpoint` asks the server to start a new history entry. */
export type DiagramValue = { title: string; source: string; checkpoint?: boolean };

export type DiagramStorage = {
  draftKey: string;
  save: (value: DiagramValue, baseVersion: number) => Promise<SaveResult<DiagramValue>>;
  /** Null where there is no server copy (a visitor's diagram, a lesson block not yet saved). */
  diagramId: () => string | null;
};

type Stored = { id: string; title: string; source: string; version: number };

function putDiagram(id: string, value: DiagramValue, baseVersion: number) {
  return sendSave<DiagramValue>(
    () =>
      fetch(`/api/diagrams/${id}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          baseVersion,
          title: value.title,
          source: value.source,
          checkpoint: Boolean(value.checkpoint),
        }),
      }),
    (body) => {
      const { current } = body as { current: Stored };
      return { value: { title: current.title, source: current.source }, version: current.version };
    },
  );
}

export function accountDiagramStorage(id: string): DiagramStorage {
  return {
    draftKey: `tradeoff:diagram-draft:${id}`,
    save: (value, base) => putDiagram(id, value, base),
    diagramId: () => id,
  };
}

/** A lesson block's diagram for a signed-in learner: created on the first save, one per block. */
export function lessonDiagramStorage(origin: string, knownId: string | null): DiagramStorage {
  let id = knownId;
  return {
    draftKey: `tradeoff:diagram-draft:${origin}`,
    diagramId: () => id,
    async save(value, baseVersion) {
      if (!id) {
        let response: Response;
        try {
          response = await fetch("/api/diagrams", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ title: value.title, origin }),
          });
        } catch {
          return { ok: false, kind: "retry", message: "You appear to be offline." };
        }
        const body = (await response.json().catch(() => null)) as { diagram?: Stored; error?: string } | null;
        if (!response.ok || !body?.diagram) {
          const message = body?.error ?? `The server answered ${response.status}.`;
          return response.status >= 500
            ? { ok: false, kind: "retry", message }
            : { ok: false, kind: "rejected", message };
        }
        id = body.diagram.id;
        if (response.status === 200) {
          // Another tab started this block's diagram first: never overwrite it silently.
          return { ok: false, kind: "conflict", current: { value: body.diagram, version: body.diagram.version } };
        }
        baseVersion = body.diagram.version;
      }
      return putDiagram(id, value, baseVersion);
    },
  };
}

/** A visitor's diagram, kept in this browser only (until they sign up and keep it). */
export function deviceDiagramStorage(key: string): DiagramStorage {
  return {
    draftKey: DEVICE_DIAGRAMS.draftPrefix + key,
    diagramId: () => null,
    async save(value, baseVersion) {
      return writeDeviceRecord(DEVICE_DIAGRAMS, key, { title: value.title, source: value.source }, baseVersion + 1)
        ? { ok: true, version: baseVersion + 1 }
        : { ok: false, kind: "rejected", message: "this browser's storage is full or disabled." };
    },
  };
}

export function readDeviceDiagram(key: string): (DiagramValue & { version: number }) | null {
  return readDeviceRecord<DiagramValue>(DEVICE_DIAGRAMS, key);
}
