"use client";

import { readDeviceRecord, writeDeviceRecord, type DeviceKinds } from "@/components/client-data/device-records";
import { sendSave, toSaveResult, type SaveResult } from "@/components/client-data/save-result";
import { requestJson } from "@/lib/http/client";

/** Where a kind of document lives in the API: /api/<collection>, and the key of one document in its answers. */
export type DocumentCollection = { collection: string; one: string };

/** One home of a document (the account, a lesson block, this browser), as the autosave sees it. */
export type DocumentStorage<V> = {
  /** Where unsent edits wait in localStorage. */
  draftKey: string;
  save: (value: V, baseVersion: number) => Promise<SaveResult<V>>;
  /** Null where there is no server copy (a visitor's document, a lesson block not yet saved). */
  documentId: () => string | null;
};

/**
 * What sets one kind of document apart. `Block` is what a lesson block adds
 * when it starts its document (a worksheet's prompt); most kinds add nothing.
 */
export type DocumentStorageConfig<V, Block = void> = DocumentCollection & {
  /** Prefix of the drafts of account and lesson-block documents. Never change it: browsers hold drafts under it. */
  draftPrefix: string;
  /** Where visitors' documents and their drafts live in this browser. Never change these either. */
  device: DeviceKinds;
  /** The editor's value out of a stored row (or out of a value with passing flags): exactly what is kept. */
  toValue: (stored: V) => V;
  /** What a save sends besides the value (a diagram's checkpoint flag). */
  saveExtras?: (value: V) => object;
  /** The body, less the origin, that starts a lesson block's document. */
  createBody: (value: V, block: Block) => object;
};

type StoredRow<V> = V & { id: string; version: number };

/**
 * The three homes of one kind of user-owned, versioned document: the
 * signed-in user's account, a lesson block (created on the first save), and
 * this browser for visitors. Every kind saves the same way; `config` holds
 * only what differs.
 */
export function documentStorage<V extends object, Block = void>(config: DocumentStorageConfig<V, Block>) {
  const { collection, one, draftPrefix, device, toValue } = config;

  const readCurrent = (body: unknown) => {
    const { current } = body as { current: StoredRow<V> };
    return { value: toValue(current), version: current.version };
  };

  const put = (id: string, value: V, baseVersion: number) =>
    sendSave<V>(
      `/api/${collection}/${id}`,
      { baseVersion, ...toValue(value), ...config.saveExtras?.(value) },
      readCurrent,
    );

  /** Starts a lesson block's document: the stored row and whether this call created it, or why it failed. */
  async function create(
    value: V,
    origin: string,
    block: Block,
  ): Promise<{ ok: true; stored: StoredRow<V>; created: boolean } | Exclude<SaveResult<V>, { ok: true }>> {
    const outcome = await requestJson(`/api/${collection}`, {
      method: "POST",
      body: { ...config.createBody(value, block), origin },
    });
    if (outcome.kind !== "ok") return toSaveResult(outcome, readCurrent) as Exclude<SaveResult<V>, { ok: true }>;
    const stored = (outcome.body as Record<string, unknown> | null)?.[one] as StoredRow<V> | undefined;
    if (!stored) return { ok: false, kind: "rejected", message: `The server answered ${outcome.status}.` };
    // 200 rather than 201: another tab started this block's document first.
    return { ok: true, stored, created: outcome.status !== 200 };
  }

  return {
    collection,
    one,

    /** A document in the signed-in user's account. */
    account(id: string): DocumentStorage<V> {
      return { draftKey: draftPrefix + id, save: (value, base) => put(id, value, base), documentId: () => id };
    },

    /**
     * A lesson block's document for a signed-in user: created on the first
     * save (opening a lesson creates nothing), one per block, then saved like
     * any other.
     */
    lessonBlock(origin: string, knownId: string | null, block: Block): DocumentStorage<V> {
      let id = knownId;
      return {
        draftKey: draftPrefix + origin,
        documentId: () => id,
        async save(value, baseVersion) {
          if (!id) {
            const started = await create(value, origin, block);
            if (!started.ok) return started;
            const { stored } = started;
            id = stored.id;
            // Never overwrite the other tab's document silently: the learner chooses.
            if (!started.created) {
              return { ok: false, kind: "conflict", current: { value: toValue(stored), version: stored.version } };
            }
            baseVersion = stored.version;
          }
          return put(id, value, baseVersion);
        },
      };
    },

    /** For visitors: the document lives only in this browser (until they sign up and keep it). */
    device(key: string): DocumentStorage<V> {
      return {
        draftKey: device.draftPrefix + key,
        documentId: () => null,
        async save(value, baseVersion) {
          return writeDeviceRecord(device, key, toValue(value), baseVersion + 1)
            ? { ok: true, version: baseVersion + 1 }
            : { ok: false, kind: "rejected", message: "this browser's storage is full or disabled." };
        },
      };
    },

    /** A visitor's document as kept in this browser, or null. */
    readDevice(key: string): (V & { version: number }) | null {
      return readDeviceRecord<V>(device, key);
    },
  };
}
