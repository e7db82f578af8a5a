/**
 * A short random id for a list item, stable across edits so React keys and
 * coverage links hold. getRandomValues, unlike randomUUID, also works on a
 * self-hosted instance served over plain http.
 */
export function newItemId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
