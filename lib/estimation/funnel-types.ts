import type { Horizon, MonthConvention } from "@/lib/estimation/month";

/**
 * How often the action happens. Per user (scope "per-user"): so many times a
 * second, day or month, or once every so many seconds while active. System-wide:
 * the same units for the whole system ("10M writes a month").
 */
export type Rate = { unit: "per-second" | "per-day" | "per-month" | "every-seconds"; value: number };

export type Feature = {
  id: string;
  name: string;
  kind: "read" | "write";
  /** Per user (the default, as in v1) or a total for the whole system. */
  scope?: "per-user" | "system";
  /** Fraction of DAU doing this (0–1), for per-user features: drivers online are 0.1 × 0.2 of all users. */
  share: number;
  rate: Rate;
  /**
   * Fan-out: this feature happens `factor` times for each action of another
   * (each post delivered to 200 followers). Scope, share and rate are then unused.
   */
  derivedFrom?: { featureId: string; factor: number };
  /** Bytes sent to the server per request (ingress). */
  requestBytes: number;
  /** Bytes sent back per request (egress). */
  responseBytes: number;
  /** Bytes kept per write (0 for writes that overwrite, like a latest position). */
  storedBytes: number;
  /** Stored size from a record built field by field; takes the place of storedBytes. */
  storedRecordId?: string;
};

/** A record built from named fields, as interviewers state it: id 8 B + URL 100 B + … */
export type RecordType = {
  id: string;
  name: string;
  fields: { name: string; bytes: number }[];
  /** Per-record overhead of the store (row header, index entry). */
  overheadBytes: number;
};

/** Data that exists regardless of traffic: entities × items each × size, with a hot share kept in memory. */
export type Dataset = {
  id: string;
  name: string;
  entities: number;
  itemsPerEntity: number;
  itemBytes: number;
  /** Item size from a record; takes the place of itemBytes. */
  recordId?: string;
  /** Fraction (0–1) of the dataset kept in memory (a cache's working set). */
  hotShare: number;
};

/**
 * Everything an estimate is made of. Fields added in the second edition are
 * optional with defaults that reproduce v1 figures, because v1 objects are
 * stored in worksheets, interviews and browsers.
 */
export type FunnelInputs = {
  dau: number;
  /** Peak ÷ average, 1 or more (usually 2–5). */
  peakMultiplier: number;
  features: Feature[];
  /** Copies of every stored byte (1 = the raw figure). */
  replication: number;
  /** v1's horizon in years; `horizon` takes its place. */
  years?: number;
  horizon?: Horizon;
  /** Defaults to the calendar month (v1 counted 365-day years). */
  month?: MonthConvention;
  records?: RecordType[];
  datasets?: Dataset[];
  /** Stated single-machine limits the load is compared against. */
  limits: { appServerQps: number; dbPrimaryWriteQps: number };
};

export type FeatureResult = {
  feature: Feature;
  /** Users doing it (per-user features); null when the rate is system-wide or derived. */
  users: number | null;
  actionsPerDay: number;
  actionsPerMonth: number;
  averageQps: number;
  peakQps: number;
  /** Bytes stored per write, after the record builder. */
  storedBytes: number;
  ingress: number;
  egress: number;
  storedPerDay: number;
  /** Stored records written over the horizon (writes that keep bytes). */
  recordsOverHorizon: number;
};

export type RecordResult = { record: RecordType; bytes: number; replicatedBytes: number };
export type DatasetResult = {
  dataset: Dataset;
  items: number;
  itemBytes: number;
  rawBytes: number;
  bytes: number;
  hotBytes: number;
};

export type WorkloadClass = "read-heavy" | "write-heavy" | "balanced";

export type StepLine = { label: string; formula: string; result: string };
export type Step = { id: string; title: string; lines: StepLine[] };

export type Traffic = { average: number; peak: number; perDay: number; perMonth: number };

export type FunnelResult = {
  month: MonthConvention;
  horizon: Horizon;
  features: FeatureResult[];
  reads: Traffic;
  writes: Traffic;
  /** Peak reads ÷ peak writes (Infinity with no writes, NaN with neither). */
  ratio: number;
  ratioText: string;
  workload: { class: WorkloadClass; implication: string };
  records: RecordResult[];
  datasets: DatasetResult[];
  dataset: { bytes: number; hotBytes: number };
  storage: {
    rawPerDay: number;
    perDay: number;
    perMonth: number;
    perYear: number;
    overHorizon: number;
    /** Records stored over the horizon (one per stored write, before replication). */
    recordsOverHorizon: number;
  };
  /** Cumulative records and stored bytes (replication included) at the end of each month or year of the horizon. */
  storageSeries: { period: number; records: number; bytes: number }[];
  bandwidth: { ingress: number; egress: number };
  servers: { appServers: number; appServersForReads: number; dbPrimaries: number; writeLoadOverLimit: number };
  justifications: string[];
  steps: Step[];
};
