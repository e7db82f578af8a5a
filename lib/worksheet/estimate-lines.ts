import { formatBitsPerSecond, formatBytes, formatBytesPerSecond, formatCount } from "@/lib/estimation/format";
import { estimateFunnel, type FunnelInputs } from "@/lib/estimation/funnel";
import { MONTH_CONVENTIONS } from "@/lib/estimation/month";

/**
 * The headline figures of an attached estimate, for the worksheet and its
 * Markdown export. Labels are anchors for mentors' comments ("estimate:<label>"),
 * so v1's labels are kept word for word and new figures only add lines.
 */
export function estimateLines(inputs: FunnelInputs): { label: string; value: string }[] {
  const result = estimateFunnel(inputs);
  const { horizon } = result;
  // "years" even for 1, as v1 wrote it, so comments anchored then still find their line.
  const over = `over ${horizon.value} ${horizon.unit}`;
  return [
    { label: "Daily active users", value: formatCount(inputs.dau) },
    { label: "Average reads", value: `${formatCount(result.reads.average)}/s` },
    { label: "Peak reads", value: `${formatCount(result.reads.peak)}/s` },
    { label: "Average writes", value: `${formatCount(result.writes.average)}/s` },
    { label: "Peak writes", value: `${formatCount(result.writes.peak)}/s` },
    {
      label: "Per month",
      value: `${formatCount(result.reads.perMonth)} reads, ${formatCount(result.writes.perMonth)} writes (${MONTH_CONVENTIONS[result.month].short})`,
    },
    { label: "Read:write", value: `${result.ratioText} (${result.workload.class})` },
    { label: "Storage per year", value: formatBytes(result.storage.perYear) },
    { label: `Storage ${over}`, value: formatBytes(result.storage.overHorizon) },
    { label: `Records ${over}`, value: formatCount(result.storage.recordsOverHorizon) },
    ...(result.datasets.length > 0
      ? [
          { label: "Datasets", value: formatBytes(result.dataset.bytes) },
          { label: "Hot data in memory", value: formatBytes(result.dataset.hotBytes) },
        ]
      : []),
    {
      label: "Ingress at peak",
      value: `${formatBytesPerSecond(result.bandwidth.ingress)} (${formatBitsPerSecond(result.bandwidth.ingress)})`,
    },
    {
      label: "Egress at peak",
      value: `${formatBytesPerSecond(result.bandwidth.egress)} (${formatBitsPerSecond(result.bandwidth.egress)})`,
    },
    { label: "App servers", value: String(result.servers.appServers) },
    { label: "Database primaries", value: String(result.servers.dbPrimaries) },
  ];
}
