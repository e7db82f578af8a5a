import {
  formatBitsPerSecond,
  formatBytes,
  formatBytesPerSecond,
  formatCount,
  formatExact,
} from "@/lib/estimation/format";

/**
 * The estimation funnel: users → actions per feature → average and peak QPS →
 * read:write mix → storage → bandwidth → how many machines. Pure arithmetic,
 * so the estimator, the worksheet and the tests all agree on every figure.
 */

export const SECONDS_PER_DAY = 86_400;
export const DAYS_PER_YEAR = 365;

/** How often one active user does the action: so many times a day, or once every so many seconds while active. */
export type Rate = { unit: "per-day" | "every-seconds"; value: number };

export type Feature = {
  id: string;
  name: string;
  kind: "read" | "write";
  /** Fraction of DAU doing this (0–1): drivers online are 0.1 × 0.2 of all users. */
  share: number;
  rate: Rate;
  /** Bytes sent to the server per request (ingress). */
  requestBytes: number;
  /** Bytes sent back per request (egress). */
  responseBytes: number;
  /** Bytes kept per write (0 for writes that overwrite, like a latest position). */
  storedBytes: number;
};

export type FunnelInputs = {
  dau: number;
  /** Peak ÷ average; always stated, 2–5. */
  peakMultiplier: number;
  features: Feature[];
  /** Copies of every stored byte (1 = the raw figure). */
  replication: number;
  /** Horizon for storage growth. */
  years: number;
  /** Stated single-machine limits the load is compared against. */
  limits: { appServerQps: number; dbPrimaryWriteQps: number };
};

export type FeatureResult = {
  feature: Feature;
  users: number;
  actionsPerDay: number;
  averageQps: number;
  peakQps: number;
  ingress: number;
  egress: number;
  storedPerDay: number;
};

export type WorkloadClass = "read-heavy" | "write-heavy" | "balanced";

export type StepLine = { label: string; formula: string; result: string };
export type Step = { id: string; title: string; lines: StepLine[] };

export type FunnelResult = {
  features: FeatureResult[];
  reads: { average: number; peak: number };
  writes: { average: number; peak: number };
  /** Peak reads ÷ peak writes (Infinity with no writes, NaN with neither). */
  ratio: number;
  ratioText: string;
  workload: { class: WorkloadClass; implication: string };
  storage: { rawPerDay: number; perDay: number; perYear: number; overHorizon: number };
  /** Cumulative stored bytes at the end of each year, replication included. */
  storageSeries: { year: number; bytes: number }[];
  bandwidth: { ingress: number; egress: number };
  servers: { appServers: number; appServersForReads: number; dbPrimaries: number; writeLoadOverLimit: number };
  justifications: string[];
  steps: Step[];
};

export function actionsPerDay(users: number, rate: Rate): number {
  if (rate.value <= 0) return 0;
  return rate.unit === "per-day" ? users * rate.value : (users * SECONDS_PER_DAY) / rate.value;
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

export function estimateFunnel(inputs: FunnelInputs): FunnelResult {
  const { dau, peakMultiplier: peak, replication, years } = inputs;
  const features = inputs.features.map((feature): FeatureResult => {
    const users = dau * feature.share;
    const perDay = actionsPerDay(users, feature.rate);
    const averageQps = perDay / SECONDS_PER_DAY;
    const peakQps = averageQps * peak;
    return {
      feature,
      users,
      actionsPerDay: perDay,
      averageQps,
      peakQps,
      ingress: peakQps * feature.requestBytes,
      egress: peakQps * feature.responseBytes,
      storedPerDay: feature.kind === "write" ? perDay * feature.storedBytes : 0,
    };
  });
  const sum = (pick: (row: FeatureResult) => number, kind?: Feature["kind"]) =>
    features.filter((row) => !kind || row.feature.kind === kind).reduce((total, row) => total + pick(row), 0);

  const reads = { average: sum((row) => row.averageQps, "read"), peak: sum((row) => row.peakQps, "read") };
  const writes = { average: sum((row) => row.averageQps, "write"), peak: sum((row) => row.peakQps, "write") };
  const ratio = writes.peak === 0 ? (reads.peak === 0 ? Number.NaN : Infinity) : reads.peak / writes.peak;
  const workload = classify(ratio);

  const rawPerDay = sum((row) => row.storedPerDay);
  const perDay = rawPerDay * replication;
  const perYear = perDay * DAYS_PER_YEAR;
  const storage = { rawPerDay, perDay, perYear, overHorizon: perYear * years };
  const storageSeries = Array.from({ length: years + 1 }, (_, year) => ({ year, bytes: perYear * year }));
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

  const featureLabel = (row: FeatureResult) => `${row.feature.name} (${row.feature.kind})`;
  const steps: Step[] = [
    {
      id: "users",
      title: "1. Users",
      lines: features.map((row) => ({
        label: featureLabel(row),
        formula: `${formatExact(dau, 0)} DAU × ${formatExact(row.feature.share * 100, 3)}%`,
        result: `${formatExact(row.users, 0)} users`,
      })),
    },
    {
      id: "actions",
      title: "2. Actions per day",
      lines: features.map((row) => ({
        label: featureLabel(row),
        formula:
          row.feature.rate.unit === "per-day"
            ? `${formatExact(row.users, 0)} users × ${formatExact(row.feature.rate.value, 2)} per day`
            : `${formatExact(row.users, 0)} users × 86,400 s ÷ one every ${formatExact(row.feature.rate.value, 2)} s`,
        result: `${formatCount(row.actionsPerDay)} per day`,
      })),
    },
    {
      id: "average",
      title: "3. Average QPS",
      lines: features.map((row) => ({
        label: featureLabel(row),
        formula: `${formatCount(row.actionsPerDay)} per day ÷ 86,400 s`,
        result: `${formatExact(row.averageQps)} requests/s`,
      })),
    },
    {
      id: "peak",
      title: "4. Peak QPS",
      lines: [
        ...features.map((row) => ({
          label: featureLabel(row),
          formula: `${formatExact(row.averageQps)}/s × ${formatExact(peak, 2)} (stated peak multiplier)`,
          result: `${formatExact(row.peakQps)} requests/s`,
        })),
        {
          label: "All reads",
          formula: "sum of read features",
          result: `${formatExact(reads.peak)} requests/s at peak`,
        },
        {
          label: "All writes",
          formula: "sum of write features",
          result: `${formatExact(writes.peak)} requests/s at peak`,
        },
      ],
    },
    {
      id: "ratio",
      title: "5. Read:write ratio",
      lines: [
        {
          label: "Workload",
          formula: `${formatCount(reads.peak)} reads/s ÷ ${formatCount(writes.peak)} writes/s`,
          result: `${ratioText(reads.peak, writes.peak)}, ${workload.class}`,
        },
      ],
    },
    {
      id: "storage",
      title: "6. Storage",
      lines: [
        ...features
          .filter((row) => row.storedPerDay > 0)
          .map((row) => ({
            label: featureLabel(row),
            formula: `${formatCount(row.actionsPerDay)} writes/day × ${formatBytes(row.feature.storedBytes)}`,
            result: `${formatBytes(row.storedPerDay)} per day`,
          })),
        {
          label: "Per day",
          formula: `${formatBytes(rawPerDay)} × ${formatExact(replication, 0)} copies`,
          result: formatBytes(perDay),
        },
        { label: "Per year", formula: `${formatBytes(perDay)} × 365 days`, result: formatBytes(perYear) },
        {
          label: `Over ${plural(years, "year")}`,
          formula: `${formatBytes(perYear)} × ${formatExact(years, 0)}`,
          result: formatBytes(storage.overHorizon),
        },
      ],
    },
    {
      id: "bandwidth",
      title: "7. Bandwidth at peak",
      lines: [
        ...features
          .filter((row) => row.ingress > 0 || row.egress > 0)
          .map((row) => ({
            label: featureLabel(row),
            formula: `${formatCount(row.peakQps)}/s × (${formatBytes(row.feature.requestBytes)} in, ${formatBytes(row.feature.responseBytes)} out)`,
            result: `${formatBytesPerSecond(row.ingress)} in, ${formatBytesPerSecond(row.egress)} out`,
          })),
        {
          label: "Ingress",
          formula: "sum of peak QPS × request size; × 8 for bits",
          result: `${formatBytesPerSecond(bandwidth.ingress)} = ${formatBitsPerSecond(bandwidth.ingress)}`,
        },
        {
          label: "Egress",
          formula: "sum of peak QPS × response size; × 8 for bits",
          result: `${formatBytesPerSecond(bandwidth.egress)} = ${formatBitsPerSecond(bandwidth.egress)}`,
        },
      ],
    },
    {
      id: "servers",
      title: "8. Machines",
      lines: [
        {
          label: "App servers",
          formula: `${formatCount(totalPeak)} requests/s ÷ ${formatCount(appServerQps)}/s per server`,
          result: plural(servers.appServers, "server"),
        },
        {
          label: "Database primaries",
          formula: `${formatCount(writes.peak)} writes/s ÷ ${formatCount(dbPrimaryWriteQps)}/s per primary`,
          result: `${plural(servers.dbPrimaries, "primary", "primaries")} (${formatExact(servers.writeLoadOverLimit, 1)}× one primary)`,
        },
      ],
    },
  ];

  return {
    features,
    reads,
    writes,
    ratio,
    ratioText: ratioText(reads.peak, writes.peak),
    workload,
    storage,
    storageSeries,
    bandwidth,
    servers,
    justifications,
    steps,
  };
}
