import { formatInputNumber, NOT_A_NUMBER, parseNumber } from "@/lib/estimation/parse-number";

export type NumberBounds = { min?: number; max?: number };

/**
 * What a number field of the worksheet stores for the text typed in it: the
 * number (shorthand welcome: "10M", "1.5k", "2e6", "1,000,000"), null when
 * empty, or an error, with null stored, when the text is not a number or is
 * out of bounds, so a saved worksheet never holds a number it cannot accept.
 */
export function readNumberField(
  text: string,
  { min, max }: NumberBounds = {},
): { value: number | null; error: string | null } {
  if (!text.trim()) return { value: null, error: null };
  const value = parseNumber(text);
  if (value === null) return { value: null, error: NOT_A_NUMBER };
  const between = min !== undefined && max !== undefined && min !== 0;
  const range = between ? `Must be between ${formatInputNumber(min)} and ${formatInputNumber(max)}.` : null;
  if (min !== undefined && value < min)
    return {
      value: null,
      error: min === 0 ? "Must not be negative." : (range ?? `Must be at least ${formatInputNumber(min)}.`),
    };
  if (max !== undefined && value > max)
    return { value: null, error: range ?? `Must be at most ${formatInputNumber(max)}.` };
  return { value, error: null };
}
