/** What one save of a versioned document came to (see useVersionedAutosave). */
export type SaveResult<T> =
  | { ok: true; version: number }
  /** The stored copy moved on (another tab or device): nothing was written. */
  | { ok: false; kind: "conflict"; current: { value: T; version: number } }
  /** Network down or server error: worth retrying as is. */
  | { ok: false; kind: "retry"; message: string }
  /** Refused for good (signed out, invalid, deleted): retrying the same thing cannot help. */
  | { ok: false; kind: "rejected"; message: string };

/**
 * Sends a save and classifies the answer. 409 carries the stored copy; 401,
 * 4xx and 404 are final; network errors and 5xx are retried.
 */
export async function sendSave<T>(
  request: () => Promise<Response>,
  readCurrent: (body: unknown) => { value: T; version: number },
): Promise<SaveResult<T>> {
  let response: Response;
  try {
    response = await request();
  } catch {
    return { ok: false, kind: "retry", message: "You appear to be offline." };
  }
  const body: unknown = await response.json().catch(() => null);
  const message = (body as { error?: string } | null)?.error ?? `The server answered ${response.status}.`;
  if (response.ok) return { ok: true, version: (body as { version: number }).version };
  if (response.status === 409) return { ok: false, kind: "conflict", current: readCurrent(body) };
  if (response.status >= 500 || response.status === 429) return { ok: false, kind: "retry", message };
  return { ok: false, kind: "rejected", message };
}
