import { formatCount, formatExact } from "@/lib/estimation/format";
import { buildSteps } from "@/lib/estimation/funnel-steps";
import type {
  Dataset,
  DatasetResult,
  Feature,
  FeatureResult,
  FunnelInputs,
  FunnelResult,
  Rate,
  RecordResult,
  RecordType,
  WorkloadClass,
} from "@/lib/estimation/funnel-types";
import { monthSeconds, SECONDS_PER_DAY, yearSeconds, type Horizon, type MonthConvention } from "@/lib/estimation/month";

export type * from "@/lib/estimation/funnel-types";
export { SECONDS_PER_DAY } from "@/lib/estimation/month";

/**
 * The estimation funnel: users → actions per feature → average and peak QPS →
 * read:write mix → storage over a horizon → datasets → bandwidth → how many
 * machines. Pure arithmetic, so the estimator, the worksheet and the tests all
 * agree on every figure.
 */

export const DAYS_PER_YEAR = 365;

/** The second edition's fields with the defaults that give v1 figures for v1 objects. */
export function normaliseInputs(inputs: FunnelInputs): FunnelInputs & {
  horizon: Horizon;
  month: MonthConvention;
  records: RecordType[];
  datasets: Dataset[];
} {
  return {
    ...inputs,
    horizon: inputs.horizon ?? { value: inputs.years ?? 5, unit: "years" },
    month: inputs.month ?? "calendar",
    records: inputs.records ?? [],
    datasets: inputs.datasets ?? [],
  };
}

/** Actions a day for `users` people (per-user) or for the whole system (`users` = 1). */
export function actionsPerDay(users: number, rate: Rate, month: MonthConvention = "calendar"): number {
  if (rate.value <= 0) return 0;
  switch (rate.unit) {
    case "per-day":
      return users * rate.value;
    case "every-seconds":
      return (users * SECONDS_PER_DAY) / rate.value;
    case "per-second":
      return users * rate.value * SECONDS_PER_DAY;
    case "per-month":
      return (users * rate.value * SECONDS_PER_DAY) / monthSeconds(month);
  }
}

export function recordBytes(record: RecordType): number {
  return record.fields.reduce((total, field) => total + field.bytes, record.overheadBytes);
}

/** "4:1", "1:2.5", "reads only"… */
export function ratioText(reads: number, writes: number): string {
  if (reads === 0 && writes === 0) return "no traffic";
  if (writes === 0) return "reads only";
  if (reads === 0) return "writes only";
  const ratio = reads / writes;
  const round = (value: number) => formatExact(value, value < 10 ? 1 : 0);
  if (ratio >= 1) return `${round(ratio)}:1`;
  if (ratio < 0.001) return "≈ 0:1 (reads are negligible)";
  return `1:${round(1 / ratio)}`;
}

export function classify(ratio: number): { class: WorkloadClass; implication: string } {
  if (ratio >= 2) {
    return {
      class: "read-heavy",
      implication:
        "Optimise the read path: caches in several layers, a CDN for static content, read replicas, and data denormalised so a read needs no joins.",
    };
  }
  if (ratio <= 0.5) {
    return {
      class: "write-heavy",
      implication:
        "Optimise the write path: absorb writes in a queue or log, store them in a write-optimised (LSM-tree, wide-column) database, shard, and move non-critical work off the request. A cache would not help.",
    };
  }
  return {
    class: "balanced",
    implication:
      "Neither side dominates: size reads and writes separately and scale whichever one hits its limit first.",
  };
}

const plural = (count: number, one: string, many = `${one}s`) => `${formatExact(count, 0)} ${count === 1 ? one : many}`;

function justify(load: number, limit: number, what: string, unit: string, need: string): string {
  const ratio = load / limit;
  if (ratio <= 1)
    return `${formatCount(load)} ${what} fits within one ${unit} (limit ${formatCount(limit)}/s); ${need} is not forced by load.`;
  const relation = ratio >= 10 ? "≫" : ">";
  return `Because ${formatCount(load)} ${what} ${relation} ${formatCount(limit)}/s per ${unit} (${formatExact(ratio, 1)}×), we need ${need}.`;
}

/** Actions a day of every feature, following derived streams to their source (a cycle counts as 0). */
function dailyActions(inputs: FunnelInputs, month: MonthConvention): Map<string, number> {
  const byId = new Map(inputs.features.map((feature) => [feature.id, feature]));
  const done = new Map<string, number>();
  const visit = (feature: Feature, path: Set<string>): number => {
    const known = done.get(feature.id);
    if (known !== undefined) return known;
    let perDay: number;
    if (feature.derivedFrom) {
      const source = byId.get(feature.derivedFrom.featureId);
      perDay =
        source && !path.has(source.id) ? visit(source, new Set([...path, feature.id])) * feature.derivedFrom.factor : 0;
    } else {
      const users = feature.scope === "system" ? 1 : inputs.dau * feature.share;
      perDay = actionsPerDay(users, feature.rate, month);
    }
    done.set(feature.id, perDay);
    return perDay;
  };
  for (const feature of inputs.features) visit(feature, new Set());
  return done;
}

export function estimateFunnel(given: FunnelInputs): FunnelResult {
  const inputs = normaliseInputs(given);
  const { dau, peakMultiplier: peak, replication, horizon, month } = inputs;
  const daysPerMonth = monthSeconds(month) / SECONDS_PER_DAY;
  const daysPerYear = yearSeconds(month) / SECONDS_PER_DAY;
  const periodDays = horizon.unit === "months" ? daysPerMonth : daysPerYear;
  const recordsById = new Map(inputs.records.map((record) => [record.id, record]));
  const sizeOf = (recordId: string | undefined, fallback: number) => {
    const record = recordId ? recordsById.get(recordId) : undefined;
    return record ? recordBytes(record) : fallback;
  };

  const perDayById = dailyActions(inputs, month);
  const features = inputs.features.map((feature): FeatureResult => {
    const perDay = perDayById.get(feature.id) ?? 0;
    const averageQps = perDay / SECONDS_PER_DAY;
    const peakQps = averageQps * peak;
    const storedBytes = sizeOf(feature.storedRecordId, feature.storedBytes);
    const stores = feature.kind === "write" && storedBytes > 0;
    return {
      feature,
      users: feature.derivedFrom || feature.scope === "system" ? null : dau * feature.share,
      actionsPerDay: perDay,
      actionsPerMonth: perDay * daysPerMonth,
      averageQps,
      peakQps,
      storedBytes,
      ingress: peakQps * feature.requestBytes,
      egress: peakQps * feature.responseBytes,
      storedPerDay: stores ? perDay * storedBytes : 0,
      recordsOverHorizon: stores ? perDay * periodDays * horizon.value : 0,
    };
  });
  const sum = (pick: (row: FeatureResult) => number, kind?: Feature["kind"]) =>
    features.filter((row) => !kind || row.feature.kind === kind).reduce((total, row) => total + pick(row), 0);
  const traffic = (kind: Feature["kind"]) => ({
    average: sum((row) => row.averageQps, kind),
    peak: sum((row) => row.peakQps, kind),
    perDay: sum((row) => row.actionsPerDay, kind),
    perMonth: sum((row) => row.actionsPerMonth, kind),
  });

  const reads = traffic("read");
  const writes = traffic("write");
  const ratio = writes.peak === 0 ? (reads.peak === 0 ? Number.NaN : Infinity) : reads.peak / writes.peak;
  const workload = classify(ratio);

  const rawPerDay = sum((row) => row.storedPerDay);
  const perDay = rawPerDay * replication;
  const perMonth = perDay * daysPerMonth;
  const perYear = perDay * daysPerYear;
  const perPeriod = horizon.unit === "months" ? perMonth : perYear;
  const recordsPerDay = sum((row) => (row.storedPerDay > 0 ? row.actionsPerDay : 0));
  const recordsPerPeriod = recordsPerDay * periodDays;
  const storage = {
    rawPerDay,
    perDay,
    perMonth,
    perYear,
    overHorizon: perPeriod * horizon.value,
    recordsOverHorizon: recordsPerPeriod * horizon.value,
  };
  const storageSeries = Array.from({ length: horizon.value + 1 }, (_, period) => ({
    period,
    records: recordsPerPeriod * period,
    bytes: perPeriod * period,
  }));

  const records = inputs.records.map((record): RecordResult => ({
    record,
    bytes: recordBytes(record),
    replicatedBytes: recordBytes(record) * replication,
  }));
  const datasets = inputs.datasets.map((dataset): DatasetResult => {
    const items = dataset.entities * dataset.itemsPerEntity;
    const itemBytes = sizeOf(dataset.recordId, dataset.itemBytes);
    const rawBytes = items * itemBytes;
    return {
      dataset,
      items,
      itemBytes,
      rawBytes,
      bytes: rawBytes * replication,
      hotBytes: rawBytes * dataset.hotShare,
    };
  });
  const dataset = {
    bytes: datasets.reduce((total, row) => total + row.bytes, 0),
    hotBytes: datasets.reduce((total, row) => total + row.hotBytes, 0),
  };
  const bandwidth = { ingress: sum((row) => row.ingress), egress: sum((row) => row.egress) };

  const { appServerQps, dbPrimaryWriteQps } = inputs.limits;
  const totalPeak = reads.peak + writes.peak;
  const servers = {
    appServers: Math.max(1, Math.ceil(totalPeak / appServerQps)),
    appServersForReads: Math.max(1, Math.ceil(reads.peak / appServerQps)),
    dbPrimaries: Math.max(1, Math.ceil(writes.peak / dbPrimaryWriteQps)),
    writeLoadOverLimit: writes.peak / dbPrimaryWriteQps,
  };
  const justifications = [
    justify(
      totalPeak,
      appServerQps,
      "peak requests/s",
      "app server",
      `at least ${plural(servers.appServers, "stateless app server")} behind a load balancer (${formatExact(servers.appServersForReads, 0)} for the reads alone), scaled automatically`,
    ),
    justify(
      writes.peak,
      dbPrimaryWriteQps,
      "peak writes/s",
      "database primary",
      `writes spread over at least ${plural(servers.dbPrimaries, "primary", "primaries")}: a sharded relational database or a horizontally scalable store`,
    ),
  ];
  if (workload.class === "read-heavy" && reads.peak > appServerQps) {
    justifications.push(
      `Because reads outnumber writes ${ratioText(reads.peak, writes.peak)}, an in-memory cache in front of the database should absorb most of the ${formatCount(reads.peak)} peak reads/s.`,
    );
  }

  const result = {
    month,
    horizon,
    features,
    reads,
    writes,
    ratio,
    ratioText: ratioText(reads.peak, writes.peak),
    workload,
    records,
    datasets,
    dataset,
    storage,
    storageSeries,
    bandwidth,
    servers,
    justifications,
  };
  return { ...result, steps: buildSteps(inputs, result) };
}
