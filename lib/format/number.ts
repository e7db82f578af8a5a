// Numbers as en-US writes them ("1,234,567.89"), without Intl. A page's first
// Intl.NumberFormat loads ICU's number data: 15–19 ms of main thread in
// Chromium on this machine, four times that on the phone Lighthouse models,
// all of it inside the estimator's hydration. The rounding and grouping en-US
// needs fit in a few lines, and the tests hold them to Intl's output.

export type NumberOptions = {
  /** Digits after the point, at most (trailing zeros dropped). Intl's default: 3. */
  maximumFractionDigits?: number;
  /** Significant digits, at most; when set, fraction digits are not limited. */
  maximumSignificantDigits?: number;
};

/**
 * Rounds the shortest decimal that reads back as `abs` (what Intl rounds, so
 * 1.005 to two places is 1.01, not toFixed's 1.00) half away from zero,
 * keeping `keep(pointAt)` digits, where `pointAt` is how many of the digits
 * come before the point.
 */
function roundedDigits(abs: number, keep: (pointAt: number) => number): { digits: string; pointAt: number } {
  const [mantissa = "0", exponent = "0"] = abs.toExponential().split("e");
  let digits = mantissa.replace(".", "");
  let pointAt = Number(exponent) + 1;
  const kept = keep(pointAt);
  if (kept < digits.length) {
    const roundUp = kept >= 0 && digits.charCodeAt(kept) >= 53; // "5"
    digits = kept > 0 ? digits.slice(0, kept) : "";
    if (roundUp) {
      // Carry from the last kept digit: 0.999 → 1.00, and 9.99 → 10.0 gains a digit before the point.
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === "9") i--;
      if (i < 0) {
        digits = "1" + "0".repeat(digits.length);
        pointAt += 1;
      } else digits = digits.slice(0, i) + String(Number(digits[i]) + 1) + "0".repeat(digits.length - i - 1);
    }
    if (!digits) return { digits: "0", pointAt: 1 };
  }
  return { digits, pointAt };
}

/** `value.toLocaleString("en-US", options)` for the options above. */
export function formatNumber(value: number, options: NumberOptions = {}): string {
  if (Number.isNaN(value)) return "NaN";
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  if (!Number.isFinite(value)) return `${sign}∞`;
  const abs = Math.abs(value);
  const significant = options.maximumSignificantDigits;
  const fraction = options.maximumFractionDigits ?? 3;
  const { digits, pointAt } =
    abs === 0
      ? { digits: "0", pointAt: 1 }
      : roundedDigits(abs, (at) => (significant === undefined ? at + fraction : significant));
  const whole = pointAt > 0 ? digits.slice(0, pointAt).padEnd(pointAt, "0") : "0";
  const decimals = (pointAt < 0 ? "0".repeat(-pointAt) + digits : digits.slice(Math.max(pointAt, 0))).replace(
    /0+$/,
    "",
  );
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return `${sign}${grouped}${decimals ? `.${decimals}` : ""}`;
}
