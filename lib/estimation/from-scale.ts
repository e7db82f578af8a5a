import type { FunnelInputs } from "@/lib/estimation/funnel";

// A module of its own, free of the draft's zod schemas: a lesson's case-study
// block calls it on every case-study lesson, and importing it from
// funnel-draft.ts put zod (33 KB gzipped) into every lesson page's script.

/** Estimator inputs from a worksheet's scale assumptions: one read and one write feature per user. */
export function inputsFromScale(
  scale: {
    dau: number | null;
    readsPerUserPerDay: number | null;
    writesPerUserPerDay: number | null;
    peakMultiplier: number | null;
  },
  defaults: Pick<FunnelInputs, "limits">,
): FunnelInputs {
  return {
    dau: scale.dau ?? 0,
    peakMultiplier: scale.peakMultiplier ?? 3,
    replication: 3,
    horizon: { value: 5, unit: "years" },
    month: "calendar",
    limits: defaults.limits,
    features: [
      {
        id: "reads",
        name: "Reads",
        kind: "read",
        share: 1,
        rate: { unit: "per-day", value: scale.readsPerUserPerDay || 1 },
        requestBytes: 0,
        responseBytes: 1_000,
        storedBytes: 0,
      },
      {
        id: "writes",
        name: "Writes",
        kind: "write",
        share: 1,
        rate: { unit: "per-day", value: scale.writesPerUserPerDay || 1 },
        requestBytes: 1_000,
        responseBytes: 0,
        storedBytes: 1_000,
      },
    ],
  };
}
