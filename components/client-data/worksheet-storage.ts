"use client";

import { DEVICE_WORKSHEETS, readDeviceRecord, writeDeviceRecord } from "@/components/client-data/device-records";
import { sendSave, type SaveResult } from "@/components/client-data/save-result";
import type { WorksheetDocument } from "@/lib/worksheet/document";

/** What the worksheet editor autosaves: the title travels with the document. */
export type WorksheetValue = { title: string; document: WorksheetDocument };

export type WorksheetStorage = {
  /** Where unsent edits wait in localStorage. */
  draftKey: string;
  save: (value: WorksheetValue, baseVersion: number) => Promise<SaveResult<WorksheetValue>>;
};

type StoredBody = { current: { title: string; document: WorksheetDocument; version: number } };

function putWorksheet(id: string, value: WorksheetValue, baseVersion: number) {
  return sendSave<WorksheetValue>(
    () =>
      fetch(`/api/worksheets/${id}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ baseVersion, ...value }),
      }),
    (body) => {
      const { current } = body as StoredBody;
      return { value: { title: current.title, document: current.document }, version: current.version };
    },
  );
}

/** A worksheet in the signed-in user's account. */
export function accountStorage(id: string): WorksheetStorage {
  return { draftKey: `tradeoff:worksheet-draft:${id}`, save: (value, base) => putWorksheet(id, value, base) };
}

/**
 * The worksheet of a lesson block for a signed-in user: created on the first
 * edit (opening a lesson creates nothing), then saved like any other.
 */
export function lessonBlockStorage(origin: string, promptId: string | null, knownId: string | null): WorksheetStorage {
  let id = knownId;
  return {
    draftKey: `tradeoff:worksheet-draft:${origin}`,
    async save(value, baseVersion) {
      if (!id) {
        let response: Response;
        try {
          response = await fetch("/api/worksheets", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ title: value.title, promptId, origin }),
          });
        } catch {
          return { ok: false, kind: "retry", message: "You appear to be offline." };
        }
        const body = (await response.json().catch(() => null)) as {
          worksheet?: WorksheetValue & { id: string; version: number };
          error?: string;
        } | null;
        if (!response.ok || !body?.worksheet) {
          const message = body?.error ?? `The server answered ${response.status}.`;
          return response.status >= 500
            ? { ok: false, kind: "retry", message }
            : { ok: false, kind: "rejected", message };
        }
        const stored = body.worksheet;
        id = stored.id;
        // 200 rather than 201: another tab started this block's worksheet first. Never overwrite it silently.
        if (response.status === 200) {
          return {
            ok: false,
            kind: "conflict",
            current: { value: { title: stored.title, document: stored.document }, version: stored.version },
          };
        }
        baseVersion = stored.version;
      }
      return putWorksheet(id, value, baseVersion);
    },
  };
}

/** For visitors: the worksheet lives only in this browser (until they sign up and keep it). */
export function deviceStorage(key: string): WorksheetStorage {
  return {
    draftKey: DEVICE_WORKSHEETS.draftPrefix + key,
    async save(value, baseVersion) {
      return writeDeviceRecord(
        DEVICE_WORKSHEETS,
        key,
        { title: value.title, document: value.document },
        baseVersion + 1,
      )
        ? { ok: true, version: baseVersion + 1 }
        : { ok: false, kind: "rejected", message: "this browser's storage is full or disabled." };
    },
  };
}

export function readDeviceWorksheet(key: string): (WorksheetValue & { version: number }) | null {
  return readDeviceRecord<WorksheetValue>(DEVICE_WORKSHEETS, key);
}
