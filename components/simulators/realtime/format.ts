import { formatNumber } from "@/lib/format/number";

/** Seconds as a short label: "50 ms", "1.2 s", "15 s". */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return "–";
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  return seconds < 10 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds)} s`;
}

/** A count with thousands separators and at most one decimal. */
export function formatCount(value: number): string {
  return formatNumber(value, { maximumFractionDigits: value < 10 ? 1 : 0 });
}

/** A window length in words: "10 minutes", "1 hour", "90 s". */
export function formatWindow(seconds: number): string {
  if (seconds % 3600 === 0) return seconds === 3600 ? "1 hour" : `${seconds / 3600} hours`;
  if (seconds % 60 === 0) return seconds === 60 ? "1 minute" : `${seconds / 60} minutes`;
  return `${seconds} s`;
}
