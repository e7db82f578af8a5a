// Readable numbers for estimates, from a handful to 10^15 and beyond: counts
// in K/M/B/T, bytes in decimal units (KB = 1,000 B, as estimates use), bit
// rates in bps…Tbps and durations in the largest unit that reads naturally.

import { formatNumber } from "@/lib/format/number";

function scaled(value: number, units: readonly string[], step: number, digits: number, space = true): string {
  if (!Number.isFinite(value)) return "—";
  let index = 0;
  let scaledValue = Math.abs(value);
  while (scaledValue >= step && index < units.length - 1) {
    scaledValue /= step;
    index += 1;
  }
  const sign = value < 0 ? "-" : "";
  const number = formatNumber(scaledValue, { maximumSignificantDigits: digits });
  return `${sign}${number}${space && units[index] ? " " : ""}${units[index]}`;
}

/** 150000 → "150K", 5e9 → "5B", 1e12 → "1T". Below 1,000, up to 4 significant digits. */
export function formatCount(value: number): string {
  return scaled(value, ["", "K", "M", "B", "T"], 1000, 4, false);
}

/** 38400000 → "38.4 MB", 3.65e12 → "3.65 TB". */
export function formatBytes(bytes: number): string {
  return scaled(bytes, ["B", "KB", "MB", "GB", "TB", "PB", "EB"], 1000, 4);
}

export function formatBytesPerSecond(bytesPerSecond: number): string {
  return `${formatBytes(bytesPerSecond)}/s`;
}

/** Bits per second from bytes per second: 1.2e9 B/s → "9.6 Gbps". */
export function formatBitsPerSecond(bytesPerSecond: number): string {
  return scaled(bytesPerSecond * 8, ["bps", "Kbps", "Mbps", "Gbps", "Tbps", "Pbps"], 1000, 4);
}

/** A number with separators and at most `decimals` decimals: 57870.37 → "57,870.4". */
export function formatExact(value: number, decimals = 1): string {
  return Number.isFinite(value) ? formatNumber(value, { maximumFractionDigits: decimals }) : "—";
}

/** 3155.76 s → "52.6 min", 31557.6 s → "8.77 h", 315576 s → "3.65 days". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "—";
  const format = (value: number, unit: string) => `${formatNumber(value, { maximumSignificantDigits: 3 })} ${unit}`;
  if (seconds === 0) return "0 s";
  if (seconds < 1) return format(seconds * 1000, "ms");
  if (seconds < 60) return format(seconds, "s");
  if (seconds < 3600) return format(seconds / 60, "min");
  if (seconds < 86_400) return format(seconds / 3600, "h");
  return format(seconds / 86_400, "days");
}

/** A latency in nanoseconds in the unit engineers say it in: 150000000 → "150 ms". */
export function formatNanoseconds(ns: number): string {
  const format = (value: number, unit: string) => `${formatNumber(value, { maximumSignificantDigits: 3 })} ${unit}`;
  if (ns < 1000) return format(ns, "ns");
  if (ns < 1e6) return format(ns / 1e3, "µs");
  if (ns < 1e9) return format(ns / 1e6, "ms");
  return format(ns / 1e9, "s");
}

/**
 * An availability as a percentage with as many decimals as its nines need,
 * never rounded up to 100%: 0.9999 → "99.99%", 0.999999999 → "99.9999999%".
 */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return "—";
  if (fraction >= 1) return "100%";
  const decimals = Math.min(12, Math.max(0, Math.ceil(-Math.log10(1 - fraction))));
  const text = (fraction * 100).toFixed(decimals);
  return `${decimals > 0 ? text.replace(/\.?0+$/, "") : text}%`;
}
