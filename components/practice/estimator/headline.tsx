import { formatBitsPerSecond, formatBytes, formatBytesPerSecond, formatCount } from "@/lib/estimation/format";
import type { FunnelResult, Traffic } from "@/lib/estimation/funnel";
import { horizonText, MONTH_CONVENTIONS } from "@/lib/estimation/month";

const rate = (value: number) => `${formatCount(value)}/s`;

/** The figures an interviewer asks for first: averages and peaks, per second, day and month, storage and memory. */
export function Headline({ result }: { result: FunnelResult }) {
  const over = horizonText(result.horizon);
  const traffic = (what: string, figures: Traffic): [string, string][] => [
    [`Average ${what}`, rate(figures.average)],
    [`Peak ${what}`, rate(figures.peak)],
    [`${what.charAt(0).toUpperCase()}${what.slice(1)} per day`, formatCount(figures.perDay)],
    [`${what.charAt(0).toUpperCase()}${what.slice(1)} per month`, formatCount(figures.perMonth)],
  ];
  const cards: [string, string][] = [
    ...traffic("reads", result.reads),
    ...traffic("writes", result.writes),
    ["Read:write", `${result.ratioText}, ${result.workload.class}`],
    ["Storage per day", formatBytes(result.storage.perDay)],
    ["Storage per month", formatBytes(result.storage.perMonth)],
    ["Storage per year", formatBytes(result.storage.perYear)],
    [`Records over ${over}`, formatCount(result.storage.recordsOverHorizon)],
    [`Storage over ${over}`, formatBytes(result.storage.overHorizon)],
    ...(result.datasets.length > 0
      ? ([
          ["Datasets", formatBytes(result.dataset.bytes)],
          ["Hot data in memory", formatBytes(result.dataset.hotBytes)],
        ] as [string, string][])
      : []),
    [
      "Ingress at peak",
      `${formatBytesPerSecond(result.bandwidth.ingress)} (${formatBitsPerSecond(result.bandwidth.ingress)})`,
    ],
    [
      "Egress at peak",
      `${formatBytesPerSecond(result.bandwidth.egress)} (${formatBitsPerSecond(result.bandwidth.egress)})`,
    ],
  ];
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">
        Months are a {MONTH_CONVENTIONS[result.month].short}; storage includes replication.
      </p>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="headline">
        {cards.map(([label, value]) => (
          <div key={label} className="rounded-md border border-border bg-surface p-3" data-figure={label}>
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
