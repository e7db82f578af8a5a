import { formatNumber } from "@/lib/format/number";

/**
 * A simulated run's time stamp: "0 s", "0.45 s", "61.2 s", then "30 min 0.2 s" from five
 * minutes on. Shared by the simulators that replay a protocol step by step.
 */
export function formatMs(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0) throw new Error("a time must be a whole number of ms ≥ 0");
  const seconds = (value: number) => `${formatNumber(value / 1000, { maximumFractionDigits: 3 })} s`;
  if (ms < 5 * 60_000) return seconds(ms);
  const minutes = Math.floor(ms / 60_000);
  const rest = ms - minutes * 60_000;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${seconds(rest)}`;
}
