import { requestJson, type RequestOutcome } from "@/lib/http/client";

/** What one save of a versioned document came to (see useVersionedAutosave). */
export type SaveResult<T> =
  | { ok: true; version: number }
  /** The stored copy moved on (another tab or device): nothing was written. */
  | { ok: false; kind: "conflict"; current: { value: T; version: number } }
  /** Network down or server error: worth retrying as is. */
  | { ok: false; kind: "retry"; message: string }
  /** Refused for good (signed out, invalid, deleted): retrying the same thing cannot help. */
  | { ok: false; kind: "rejected"; message: string };

/** What a request's outcome (lib/http/client.ts) means for a save: 409 carries the stored copy. */
export function toSaveResult<T>(
  outcome: RequestOutcome,
  readCurrent: (body: unknown) => { value: T; version: number },
): SaveResult<T> {
  switch (outcome.kind) {
    case "ok":
      return { ok: true, version: (outcome.body as { version: number }).version };
    case "conflict":
      return { ok: false, kind: "conflict", current: readCurrent(outcome.body) };
    case "retry":
      return { ok: false, kind: "retry", message: outcome.message };
    case "signed-out":
    case "rejected":
      return { ok: false, kind: "rejected", message: outcome.message };
  }
}

/**
 * PUTs a versioned save and classifies the answer: network errors, 5xx and
 * 429 are retried; anything else is final, signing out included: the editor
 * says so and keeps the draft.
 */
export async function sendSave<T>(
  url: string,
  body: { baseVersion: number },
  readCurrent: (body: unknown) => { value: T; version: number },
): Promise<SaveResult<T>> {
  return toSaveResult(await requestJson(url, { method: "PUT", body }), readCurrent);
}
