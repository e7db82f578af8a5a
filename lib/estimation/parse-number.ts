// Estimates are spoken in shorthand ("10M writes a month", "1.5k QPS"), so every
// number field reads the suffix a person would write. "m" is a million here, as
// it is in every back-of-envelope estimate; nobody sizes a system in milli-users.
import { formatNumber } from "@/lib/format/number";

const SUFFIXES: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mm: 1e6,
  b: 1e9,
  bn: 1e9,
  g: 1e9,
  t: 1e12,
  tn: 1e12,
};

/** What a number field says when its text is not a number. */
export const NOT_A_NUMBER = "Enter a number, like 10M, 1.5k, 2e6 or 1,000,000.";

/**
 * Reads what people type for numbers: "1,200", "1.2e6", "3 600", "86_400",
 * "10M", "1.5k", "2.5 bn". Anything else is null.
 */
export function parseNumber(text: string): number | null {
  const match = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)([a-z]*)$/i.exec(text.trim().replace(/[,\s_]/g, ""));
  if (!match) return null;
  const [, digits = "", suffix = ""] = match;
  const scale = suffix ? SUFFIXES[suffix.toLowerCase()] : 1;
  if (scale === undefined) return null;
  // toPrecision drops the float noise of the multiplication (1.1 × 1e6 is 1100000.0000000002).
  const value = Number.parseFloat((Number(digits) * scale).toPrecision(15));
  return Number.isFinite(value) ? value : null;
}

/** A number as the fields show it back: grouped, without float noise ("1,000,000", "0.25"). */
export function formatInputNumber(value: number): string {
  return Number.isFinite(value)
    ? formatNumber(Number.parseFloat(value.toPrecision(12)), { maximumFractionDigits: 10 })
    : "";
}
