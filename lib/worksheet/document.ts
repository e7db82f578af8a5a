import type { WorksheetDocument } from "@/lib/worksheet/document-schema";

export type { WorksheetDocument };

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
