import type { WorksheetDocument } from "@/lib/worksheet/document-schema";

export type { WorksheetDocument };

export const PERCENTILES = ["p50", "p90", "p95", "p99", "p99.9"] as const;

export function emptyWorksheet(promptId: string | null): WorksheetDocument {
  return {
    promptId,
    actors: [],
    functional: [],
    parkingLot: [],
    nfr: { availability: "", latency: [], consistency: [], durability: "", other: [] },
    scale: { dau: null, readsPerUserPerDay: null, writesPerUserPerDay: null, peakMultiplier: null, notes: "" },
    submittedAt: null,
  };
}

/**
 * A short random id for a list item, stable across edits so React keys and
 * coverage links hold. getRandomValues, unlike randomUUID, also works on a
 * self-hosted instance served over plain http.
 */
export function newItemId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
