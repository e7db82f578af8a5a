import type { Dataset, Feature, FunnelInputs, RecordType } from "@/lib/estimation/funnel";
import { normaliseInputs } from "@/lib/estimation/funnel";
import { funnelInputsSchema } from "@/lib/estimation/funnel-schema";
import type { Horizon, MonthConvention } from "@/lib/estimation/month";
import { formatInputNumber, NOT_A_NUMBER, parseNumber } from "@/lib/estimation/parse-number";

/**
 * The estimator's form as typed: every number is kept as text so "10M",
 * "1,000,000" or a half-typed "1e" survive re-renders, and is read with the
 * same schema the server applies when an estimate is attached to a worksheet.
 */
export type FeatureDraft = {
  id: string;
  name: string;
  kind: Feature["kind"];
  scope: NonNullable<Feature["scope"]>;
  sharePercent: string;
  rateUnit: Feature["rate"]["unit"];
  rateValue: string;
  /** Id of the feature this one is derived from, "" when it has its own rate. */
  derivedFrom: string;
  factor: string;
  requestBytes: string;
  responseBytes: string;
  storedBytes: string;
  /** Id of the record giving the stored size, "" when typed in bytes. */
  storedRecordId: string;
};

export type RecordDraft = {
  id: string;
  name: string;
  overheadBytes: string;
  fields: { id: string; name: string; bytes: string }[];
};

export type DatasetDraft = {
  id: string;
  name: string;
  entities: string;
  itemsPerEntity: string;
  itemBytes: string;
  recordId: string;
  hotPercent: string;
};

export type FunnelDraft = {
  dau: string;
  peakMultiplier: string;
  replication: string;
  horizonValue: string;
  horizonUnit: Horizon["unit"];
  month: MonthConvention;
  appServerQps: string;
  dbPrimaryWriteQps: string;
  features: FeatureDraft[];
  records: RecordDraft[];
  datasets: DatasetDraft[];
};

// toPrecision drops the float noise of ×100 and ÷100 (0.001 / 100 → 0.00001, not 1.0000000000000001e-5).
const clean = (value: number) => Number.parseFloat(value.toPrecision(12));
const text = (value: number) => formatInputNumber(clean(value));

export function toDraft(given: FunnelInputs): FunnelDraft {
  const inputs = normaliseInputs(given);
  return {
    dau: text(inputs.dau),
    peakMultiplier: text(inputs.peakMultiplier),
    replication: text(inputs.replication),
    horizonValue: text(inputs.horizon.value),
    horizonUnit: inputs.horizon.unit,
    month: inputs.month,
    appServerQps: text(inputs.limits.appServerQps),
    dbPrimaryWriteQps: text(inputs.limits.dbPrimaryWriteQps),
    features: inputs.features.map((feature) => ({
      id: feature.id,
      name: feature.name,
      kind: feature.kind,
      scope: feature.scope ?? "per-user",
      sharePercent: text(feature.share * 100),
      rateUnit: feature.rate.unit,
      rateValue: text(feature.rate.value),
      derivedFrom: feature.derivedFrom?.featureId ?? "",
      factor: text(feature.derivedFrom?.factor ?? 1),
      requestBytes: text(feature.requestBytes),
      responseBytes: text(feature.responseBytes),
      storedBytes: text(feature.storedBytes),
      storedRecordId: feature.storedRecordId ?? "",
    })),
    records: inputs.records.map((record, index) => ({
      id: record.id,
      name: record.name,
      overheadBytes: text(record.overheadBytes),
      fields: record.fields.map((field, at) => ({ id: `${index}-${at}`, name: field.name, bytes: text(field.bytes) })),
    })),
    datasets: inputs.datasets.map((dataset) => ({
      id: dataset.id,
      name: dataset.name,
      entities: text(dataset.entities),
      itemsPerEntity: text(dataset.itemsPerEntity),
      itemBytes: text(dataset.itemBytes),
      recordId: dataset.recordId ?? "",
      hotPercent: text(dataset.hotShare * 100),
    })),
  };
}

/** A draft as a browser may have kept it: v1 drafts had `years` and none of the second edition's fields. */
export type KeptDraft = Omit<Partial<FunnelDraft>, "features"> & { years?: string; features?: Partial<FeatureDraft>[] };

/** A kept draft filled with the defaults that give v1 figures. */
export function upgradeDraft(legacy: KeptDraft): FunnelDraft {
  return {
    dau: legacy.dau ?? "",
    peakMultiplier: legacy.peakMultiplier ?? "",
    replication: legacy.replication ?? "",
    horizonValue: legacy.horizonValue ?? legacy.years ?? "5",
    horizonUnit: legacy.horizonUnit ?? "years",
    month: legacy.month ?? "calendar",
    appServerQps: legacy.appServerQps ?? "",
    dbPrimaryWriteQps: legacy.dbPrimaryWriteQps ?? "",
    features: (legacy.features ?? []).map((feature) => ({
      id: feature.id ?? "",
      name: feature.name ?? "",
      kind: feature.kind ?? "read",
      scope: feature.scope ?? "per-user",
      sharePercent: feature.sharePercent ?? "100",
      rateUnit: feature.rateUnit ?? "per-day",
      rateValue: feature.rateValue ?? "",
      derivedFrom: feature.derivedFrom ?? "",
      factor: feature.factor ?? "1",
      requestBytes: feature.requestBytes ?? "0",
      responseBytes: feature.responseBytes ?? "0",
      storedBytes: feature.storedBytes ?? "0",
      storedRecordId: feature.storedRecordId ?? "",
    })),
    records: legacy.records ?? [],
    datasets: legacy.datasets ?? [],
  };
}

/** Field keys the form shows errors under: "dau", "features.0.share", "limits.appServerQps"… */
export type DraftErrors = Record<string, string>;

export function fromDraft(given: KeptDraft): { ok: true; inputs: FunnelInputs } | { ok: false; errors: DraftErrors } {
  const draft = upgradeDraft(given);
  const errors: DraftErrors = {};
  const number = (value: string, key: string): number => {
    const parsed = parseNumber(value);
    if (parsed === null) errors[key] = value.trim() ? NOT_A_NUMBER : "Required.";
    return parsed ?? Number.NaN;
  };
  // A derived stream hides its own share and rate; they are kept when readable and never block the estimate.
  const lenient = (value: string, fallback: number) => parseNumber(value) ?? fallback;
  const features = draft.features.map((feature, index): Feature => {
    const at = `features.${index}`;
    const derived = feature.derivedFrom !== "";
    return {
      id: feature.id,
      name: feature.name,
      kind: feature.kind,
      ...(feature.scope === "system" ? { scope: "system" as const } : {}),
      share: clean((derived ? lenient(feature.sharePercent, 100) : number(feature.sharePercent, `${at}.share`)) / 100),
      rate: {
        unit: feature.rateUnit,
        value: derived ? lenient(feature.rateValue, 1) : number(feature.rateValue, `${at}.rate.value`),
      },
      ...(derived
        ? {
            derivedFrom: { featureId: feature.derivedFrom, factor: number(feature.factor, `${at}.derivedFrom.factor`) },
          }
        : {}),
      requestBytes: number(feature.requestBytes, `${at}.requestBytes`),
      responseBytes: number(feature.responseBytes, `${at}.responseBytes`),
      // Reads store nothing and a record gives its own size: the typed size is then hidden and never blocks.
      storedBytes:
        feature.storedRecordId || feature.kind === "read"
          ? lenient(feature.storedBytes, 0)
          : number(feature.storedBytes, `${at}.storedBytes`),
      ...(feature.storedRecordId ? { storedRecordId: feature.storedRecordId } : {}),
    };
  });
  const records = draft.records.map((record, index): RecordType => ({
    id: record.id,
    name: record.name,
    fields: record.fields.map((field, at) => ({
      name: field.name,
      bytes: number(field.bytes, `records.${index}.fields.${at}.bytes`),
    })),
    overheadBytes: number(record.overheadBytes, `records.${index}.overheadBytes`),
  }));
  const datasets = draft.datasets.map((dataset, index): Dataset => ({
    id: dataset.id,
    name: dataset.name,
    entities: number(dataset.entities, `datasets.${index}.entities`),
    itemsPerEntity: number(dataset.itemsPerEntity, `datasets.${index}.itemsPerEntity`),
    itemBytes: dataset.recordId
      ? lenient(dataset.itemBytes, 0)
      : number(dataset.itemBytes, `datasets.${index}.itemBytes`),
    ...(dataset.recordId ? { recordId: dataset.recordId } : {}),
    hotShare: clean(number(dataset.hotPercent, `datasets.${index}.hotShare`) / 100),
  }));
  const candidate: FunnelInputs = {
    dau: number(draft.dau, "dau"),
    peakMultiplier: number(draft.peakMultiplier, "peakMultiplier"),
    features,
    replication: number(draft.replication, "replication"),
    horizon: { value: number(draft.horizonValue, "horizon.value"), unit: draft.horizonUnit },
    month: draft.month,
    ...(records.length > 0 ? { records } : {}),
    ...(datasets.length > 0 ? { datasets } : {}),
    limits: {
      appServerQps: number(draft.appServerQps, "limits.appServerQps"),
      dbPrimaryWriteQps: number(draft.dbPrimaryWriteQps, "limits.dbPrimaryWriteQps"),
    },
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
