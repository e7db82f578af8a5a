import * as z from "@/lib/validations/zod";
import { formatNumber } from "@/lib/format/number";

// PostgreSQL stores neither the NUL character in text or JSON nor an integer
// past 2^31 − 1 in an Int column: either one, let through, turns bad input into
// a server error. Every free-text field and every version number in the app is
// read with these.

const NUL = "\u0000";
export const NUL_MESSAGE = "Remove the invisible NUL character from this text.";
export const MAX_INT = 2_147_483_647;

/** Free text as people type it: at most `max` characters, and never a NUL. `missing` is said when there is no text at all. */
export function text(
  max: number,
  tooLong = `Keep this under ${formatNumber(max)} characters.`,
  missing = "Enter some text.",
) {
  return z
    .string({ error: missing })
    .max(max, { error: tooLong })
    .refine((value) => !value.includes(NUL), { error: NUL_MESSAGE });
}

/** The version a save was based on: a positive integer a PostgreSQL Int column holds. */
export const baseVersion = z
  .int({ error: "baseVersion must be a whole number." })
  .min(1, { error: "baseVersion must be at least 1." })
  .max(MAX_INT, { error: `baseVersion must be at most ${MAX_INT}.` });

/** Whether a NUL hides in any string of a JSON value (an exercise answer is typed loosely). */
export function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes(NUL);
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === "object") {
    return Object.entries(value).some(([key, inner]) => key.includes(NUL) || containsNul(inner));
  }
  return false;
}
