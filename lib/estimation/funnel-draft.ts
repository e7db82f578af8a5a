import type { Feature, FunnelInputs } from "@/lib/estimation/funnel";
import { funnelInputsSchema } from "@/lib/estimation/funnel-schema";
import { parseNumber } from "@/lib/estimation/parse-number";

/**
 * The estimator's form as typed: every number is kept as text so "1,000,000"
 * or a half-typed "1e" survive re-renders, and is read with the same schema
 * the server applies when an estimate is attached to a worksheet.
 */
export type FeatureDraft = {
  id: string;
  name: string;
  kind: Feature["kind"];
  sharePercent: string;
  rateUnit: Feature["rate"]["unit"];
  rateValue: string;
  requestBytes: string;
  responseBytes: string;
  storedBytes: string;
};

export type FunnelDraft = {
  dau: string;
  peakMultiplier: string;
  replication: string;
  years: string;
  appServerQps: string;
  dbPrimaryWriteQps: string;
  features: FeatureDraft[];
};

const text = (value: number) => String(Number.parseFloat(value.toPrecision(12)));

export function toDraft(inputs: FunnelInputs): FunnelDraft {
  return {
    dau: text(inputs.dau),
    peakMultiplier: text(inputs.peakMultiplier),
    replication: text(inputs.replication),
    years: text(inputs.years),
    appServerQps: text(inputs.limits.appServerQps),
    dbPrimaryWriteQps: text(inputs.limits.dbPrimaryWriteQps),
    features: inputs.features.map((feature) => ({
      id: feature.id,
      name: feature.name,
      kind: feature.kind,
      sharePercent: text(feature.share * 100),
      rateUnit: feature.rate.unit,
      rateValue: text(feature.rate.value),
      requestBytes: text(feature.requestBytes),
      responseBytes: text(feature.responseBytes),
      storedBytes: text(feature.storedBytes),
    })),
  };
}

/** Field keys the form shows errors under: "dau", "features.0.share", "limits.appServerQps"… */
export type DraftErrors = Record<string, string>;

export function fromDraft(draft: FunnelDraft): { ok: true; inputs: FunnelInputs } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const number = (value: string, key: string): number => {
    const parsed = parseNumber(value);
    if (parsed === null) errors[key] = value.trim() ? "Enter a number, like 1,000,000 or 1e6." : "Required.";
    return parsed ?? Number.NaN;
  };
  const candidate = {
    dau: number(draft.dau, "dau"),
    peakMultiplier: number(draft.peakMultiplier, "peakMultiplier"),
    replication: number(draft.replication, "replication"),
    years: number(draft.years, "years"),
    limits: {
      appServerQps: number(draft.appServerQps, "limits.appServerQps"),
      dbPrimaryWriteQps: number(draft.dbPrimaryWriteQps, "limits.dbPrimaryWriteQps"),
    },
    features: draft.features.map((feature, index) => ({
      id: feature.id,
      name: feature.name,
      kind: feature.kind,
      // toPrecision drops the float noise of ÷100 (0.001 / 100 → 0.00001, not 1.0000000000000001e-5).
      share: Number.parseFloat((number(feature.sharePercent, `features.${index}.share`) / 100).toPrecision(12)),
      rate: { unit: feature.rateUnit, value: number(feature.rateValue, `features.${index}.rate.value`) },
      requestBytes: number(feature.requestBytes, `features.${index}.requestBytes`),
      responseBytes: number(feature.responseBytes, `features.${index}.responseBytes`),
      storedBytes: number(feature.storedBytes, `features.${index}.storedBytes`),
    })),
  };
  const parsed = funnelInputsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".");
      errors[key] ??= issue.message;
    }
  }
  return Object.keys(errors).length === 0 && parsed.success ? { ok: true, inputs: parsed.data } : { ok: false, errors };
}

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
    years: 5,
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
