import { formatNumber } from "@/lib/format/number";

/**
 * Numbers that span many powers of ten, said the way an estimate says them:
 * grouped digits while they are readable, "3.52 × 10¹²" beyond that.
 */
const SUPERSCRIPTS: Record<string, string> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

/** An exponent in superscript digits ("⁷"), read as a power in plain text. */
export const superscript = (exponent: number) =>
  [...String(exponent)].map((char) => SUPERSCRIPTS[char] ?? char).join("");

/** A power in plain text: "62⁷". */
export const power = (base: number, exponent: number) => `${base}${superscript(exponent)}`;

/** "3.52 × 10¹²": three significant figures and a power of ten. */
export function scientific(value: number): string {
  if (value === 0) return "0";
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  let mantissa = Number.parseFloat((value / 10 ** exponent).toPrecision(3));
  let power = exponent;
  // 9.996 rounds to 10.0: carry into the exponent.
  if (Math.abs(mantissa) >= 10) {
    mantissa /= 10;
    power += 1;
  }
  return `${mantissa} × 10${superscript(power)}`;
}

/** A count: grouped below a billion ("56,800,235,584" reads poorly; "5.68 × 10¹⁰" does not). */
export function formatCount(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return value > 0 ? "unlimited" : "—";
  if (Math.abs(value) >= 1e9) return scientific(value);
  return formatNumber(value, { maximumFractionDigits: Math.abs(value) < 10 ? Math.max(digits, 2) : digits });
}

/** A probability as a percentage, keeping the digits of tiny odds and not rounding near-certainty to 100 %. */
export function formatProbability(p: number): string {
  if (p === 0) return "0 %";
  if (p === 1) return "100 %";
  const percent = p * 100;
  if (percent < 0.001) return `${scientific(percent)} %`;
  if (p > 0.9999) return "more than 99.99 %";
  return `${formatNumber(Number.parseFloat(percent.toPrecision(3)), { maximumFractionDigits: 6 })} %`;
}

/** Years, or "never" when nothing is issued. */
export function formatYears(years: number): string {
  if (!Number.isFinite(years)) return "never (nothing is issued)";
  if (years < 1 / 12) return `${formatCount(years * 365, 1)} days`;
  if (years < 2) return `${formatCount(years * 12, 1)} months`;
  return `${formatCount(years, years < 100 ? 1 : 0)} years`;
}
