import { formatBitsPerSecond, formatBytes, formatBytesPerSecond, formatCount } from "@/lib/estimation/format";
import { estimateFunnel, type FunnelInputs } from "@/lib/estimation/funnel";

/** The headline figures of an attached estimate, for the worksheet and its Markdown export. */
export function estimateLines(inputs: FunnelInputs): { label: string; value: string }[] {
  const result = estimateFunnel(inputs);
  return [
    { label: "Daily active users", value: formatCount(inputs.dau) },
    { label: "Peak reads", value: `${formatCount(result.reads.peak)}/s` },
    { label: "Peak writes", value: `${formatCount(result.writes.peak)}/s` },
    { label: "Read:write", value: `${result.ratioText} (${result.workload.class})` },
    { label: "Storage per year", value: formatBytes(result.storage.perYear) },
    { label: `Storage over ${inputs.years} years`, value: formatBytes(result.storage.overHorizon) },
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
