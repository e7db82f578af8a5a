import {
  formatBitsPerSecond,
  formatBytes,
  formatBytesPerSecond,
  formatCount,
  formatExact,
} from "@/lib/estimation/format";
import type { FeatureResult, FunnelInputs, FunnelResult, Step, StepLine } from "@/lib/estimation/funnel-types";
import {
  horizonText,
  MONTH_CONVENTIONS,
  SECONDS_PER_DAY,
  type Horizon,
  type MonthConvention,
} from "@/lib/estimation/month";

type Computed = Omit<FunnelResult, "steps">;
type Inputs = FunnelInputs & { horizon: Horizon; month: MonthConvention };

const copies = (count: number) => `${formatExact(count, 0)} ${count === 1 ? "copy" : "copies"}`;
const label = (row: FeatureResult) => `${row.feature.name} (${row.feature.kind})`;
const count = (value: number) => formatExact(value, value < 100 ? 2 : 0);
const plural = (value: number, one: string, many = `${one}s`) => `${formatExact(value, 0)} ${value === 1 ? one : many}`;

function rateFormula(row: FeatureResult, inputs: Inputs): string {
  const { rate } = row.feature;
  const who = row.users === null ? "system-wide" : `${formatExact(row.users, 0)} users ×`;
  const month = formatExact(MONTH_CONVENTIONS[inputs.month].monthSeconds, 0);
  switch (rate.unit) {
    case "per-day":
      return `${who} ${count(rate.value)} per day`;
    case "every-seconds":
      return `${who} 86,400 s ÷ one every ${count(rate.value)} s`;
    case "per-second":
      return `${who} ${count(rate.value)}/s × 86,400 s`;
    case "per-month":
      return `${who} ${count(rate.value)} per month × 86,400 s ÷ ${month} s a month`;
  }
}

/** Every step of the funnel as label, formula and result, so no number appears without its working. */
export function buildSteps(inputs: Inputs, result: Computed): Step[] {
  const { features, reads, writes, storage, bandwidth, servers, horizon } = result;
  const { dau, peakMultiplier: peak, replication, limits } = inputs;
  const convention = MONTH_CONVENTIONS[inputs.month];
  const daysPerMonth = formatExact(convention.monthSeconds / SECONDS_PER_DAY, 3);
  const daysPerYear = formatExact(convention.yearSeconds / SECONDS_PER_DAY, 3);
  const byId = new Map(features.map((row) => [row.feature.id, row]));
  const direct = features.filter((row) => !row.feature.derivedFrom);
  const derived = features.filter((row) => row.feature.derivedFrom);
  const stored = features.filter((row) => row.storedPerDay > 0);
  const period = horizon.unit === "months" ? "month" : "year";
  const perPeriod = horizon.unit === "months" ? storage.perMonth : storage.perYear;

  const steps: (Step | null)[] = [
    {
      id: "users",
      title: "Users",
      lines: direct.map((row) => ({
        label: label(row),
        formula:
          row.users === null
            ? "stated for the whole system"
            : `${formatExact(dau, 0)} DAU × ${formatExact(row.feature.share * 100, 3)}%`,
        result: row.users === null ? "system-wide" : `${formatExact(row.users, 0)} users`,
      })),
    },
    {
      id: "actions",
      title: "Actions per day",
      lines: direct.map((row) => ({
        label: label(row),
        formula: rateFormula(row, inputs),
        result: `${formatCount(row.actionsPerDay)} per day`,
      })),
    },
    derived.length === 0
      ? null
      : {
          id: "derived",
          title: "Derived streams (fan-out)",
          lines: derived.map((row) => {
            const source = byId.get(row.feature.derivedFrom!.featureId);
            return {
              label: label(row),
              formula: source
                ? `${formatCount(source.actionsPerDay)} ${source.feature.name} per day × ${count(row.feature.derivedFrom!.factor)}`
                : "its source feature is missing",
              result: `${formatCount(row.actionsPerDay)} per day`,
            };
          }),
        },
    {
      id: "average",
      title: "Average QPS",
      lines: features.map((row) => ({
        label: label(row),
        formula: `${formatCount(row.actionsPerDay)} per day ÷ 86,400 s`,
        result: `${formatExact(row.averageQps)} requests/s`,
      })),
    },
    {
      id: "peak",
      title: "Peak QPS",
      lines: [
        ...features.map((row) => ({
          label: label(row),
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
      id: "monthly",
      title: "Per month",
      lines: [
        ...features.map((row) => ({
          label: label(row),
          formula: `${formatCount(row.actionsPerDay)} per day × ${daysPerMonth} days (${convention.label})`,
          result: `${formatCount(row.actionsPerMonth)} per month`,
        })),
      ],
    },
    {
      id: "ratio",
      title: "Read:write ratio",
      lines: [
        {
          label: "Workload",
          formula: `${formatCount(reads.peak)} reads/s ÷ ${formatCount(writes.peak)} writes/s`,
          result: `${result.ratioText}, ${result.workload.class}`,
        },
      ],
    },
    result.records.length === 0
      ? null
      : {
          id: "records",
          title: "Record sizes",
          lines: result.records.map(({ record, bytes, replicatedBytes }) => ({
            label: record.name,
            formula: `${[...record.fields.map((field) => `${field.name} ${formatBytes(field.bytes)}`), `overhead ${formatBytes(record.overheadBytes)}`].join(" + ")} = ${formatBytes(bytes)}; × ${copies(replication)}`,
            result: `${formatBytes(bytes)} (${formatBytes(replicatedBytes)} stored)`,
          })),
        },
    {
      id: "storage",
      title: "Storage",
      lines: [
        ...stored.map((row) => ({
          label: label(row),
          formula: `${formatCount(row.actionsPerDay)} writes/day × ${formatBytes(row.storedBytes)}`,
          result: `${formatBytes(row.storedPerDay)} per day`,
        })),
        {
          label: "Per day",
          formula: `${formatBytes(storage.rawPerDay)} × ${copies(replication)}`,
          result: formatBytes(storage.perDay),
        },
        {
          label: "Per month",
          formula: `${formatBytes(storage.perDay)} × ${daysPerMonth} days`,
          result: formatBytes(storage.perMonth),
        },
        {
          label: "Per year",
          formula: `${formatBytes(storage.perDay)} × ${daysPerYear} days`,
          result: formatBytes(storage.perYear),
        },
      ],
    },
    {
      id: "horizon",
      title: `Over ${horizonText(horizon)}`,
      lines: [
        {
          label: "Records",
          formula: `${formatCount(storage.recordsOverHorizon / horizon.value || 0)} stored writes per ${period} × ${formatExact(horizon.value, 0)}`,
          result: `${formatCount(storage.recordsOverHorizon)} records`,
        },
        {
          label: "Bytes",
          formula: `${formatBytes(perPeriod)} per ${period} × ${formatExact(horizon.value, 0)}`,
          result: formatBytes(storage.overHorizon),
        },
      ],
    },
    result.datasets.length === 0
      ? null
      : {
          id: "datasets",
          title: "Datasets",
          lines: result.datasets.flatMap((row): StepLine[] => [
            {
              label: row.dataset.name,
              formula: `${formatCount(row.dataset.entities)} × ${count(row.dataset.itemsPerEntity)} each × ${formatBytes(row.itemBytes)} × ${copies(replication)}`,
              result: formatBytes(row.bytes),
            },
            {
              label: `${row.dataset.name}, hot`,
              formula: `${formatBytes(row.rawBytes)} × ${formatExact(row.dataset.hotShare * 100, 3)}% kept in memory`,
              result: formatBytes(row.hotBytes),
            },
          ]),
        },
    {
      id: "bandwidth",
      title: "Bandwidth at peak",
      lines: [
        ...features
          .filter((row) => row.ingress > 0 || row.egress > 0)
          .map((row) => ({
            label: label(row),
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
      title: "Machines",
      lines: [
        {
          label: "App servers",
          formula: `${formatCount(reads.peak + writes.peak)} requests/s ÷ ${formatCount(limits.appServerQps)}/s per server`,
          result: plural(servers.appServers, "server"),
        },
        {
          label: "Database primaries",
          formula: `${formatCount(writes.peak)} writes/s ÷ ${formatCount(limits.dbPrimaryWriteQps)}/s per primary`,
          result: `${plural(servers.dbPrimaries, "primary", "primaries")} (${formatExact(servers.writeLoadOverLimit, 1)}× one primary)`,
        },
      ],
    },
  ];
  // Numbered after the optional steps are dropped, so the titles read 1, 2, 3… whatever is shown.
  return steps
    .filter((step): step is Step => step !== null)
    .map((step, index) => ({ ...step, title: `${index + 1}. ${step.title}` }));
}
