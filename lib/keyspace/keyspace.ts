import { MONTH_CONVENTIONS } from "@/lib/estimation/month";

/**
 * How long a short-link key space lasts and how often random keys collide.
 * Pure. A month is taken as 30 days and a year as 365, the round figures an
 * estimate uses (so 100M links a month is about 39 a second).
 */
// The estimator's calendar convention, so the two tools never disagree on a month.
export const SECONDS_PER_MONTH = MONTH_CONVENTIONS.calendar.monthSeconds;
export const SECONDS_PER_YEAR = MONTH_CONVENTIONS.calendar.yearSeconds;
/** Longer keys than this are not short links, and 62^40 is still far from overflowing a double. */
export const MAX_LENGTH = 40;

export const ALPHABETS = [
  { id: "base62", size: 62, label: "base62 (0-9, a-z, A-Z)" },
  { id: "base58", size: 58, label: "base58 (base62 without 0, O, I and l)" },
  { id: "base36", size: 36, label: "base36 (0-9, a-z: case-insensitive)" },
  { id: "hex", size: 16, label: "hex (0-9, a-f)" },
] as const;

/** What is wrong with an alphabet size and key length, or null. */
export function keyspaceProblem(alphabet: number, length: number): string | null {
  if (!Number.isInteger(alphabet) || alphabet < 2) return "The alphabet needs a whole number of at least 2 symbols.";
  if (!Number.isInteger(length) || length < 1 || length > MAX_LENGTH)
    return `The key length must be a whole number from 1 to ${MAX_LENGTH}.`;
  return null;
}

function assertCount(name: string, value: number) {
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a finite number ≥ 0`);
}

/** Every key of `length` symbols: alphabet^length. */
export function totalKeys(alphabet: number, length: number): number {
  const problem = keyspaceProblem(alphabet, length);
  if (problem) throw new Error(problem);
  return alphabet ** length;
}

export const perSecondFromMonthly = (perMonth: number) => perMonth / SECONDS_PER_MONTH;
export const idsPerYear = (perSecond: number) => perSecond * SECONDS_PER_YEAR;

/** Years until every key is issued, at a steady rate; Infinity when nothing is issued. */
export function yearsToExhaust(keys: number, perSecond: number): number {
  assertCount("the key count", keys);
  assertCount("the rate", perSecond);
  return perSecond > 0 ? keys / idsPerYear(perSecond) : Number.POSITIVE_INFINITY;
}

/** The shortest key length whose space lasts at least `years` at `perSecond`; null when none up to MAX_LENGTH does. */
export function shortestLengthLasting(alphabet: number, perSecond: number, years: number): number | null {
  assertCount("the rate", perSecond);
  assertCount("the years", years);
  const needed = idsPerYear(perSecond) * years;
  for (let length = 1; length <= MAX_LENGTH; length++) if (totalKeys(alphabet, length) >= needed) return length;
  return null;
}

/** The largest double below 1. */
const ALMOST_ONE = 1 - Number.EPSILON / 2;

/** Pairs among n ids: n(n − 1)/2, the number of chances two of them have to be the same. */
const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * The birthday bound: the chance that at least two of n random keys drawn from
 * k are equal, ≈ 1 − exp(−n(n − 1)/(2k)). Written as −expm1(−x) so that tiny
 * odds keep their digits (1 − exp(−x) rounds to 0 below x ≈ 1e-16).
 */
export function collisionProbability(n: number, keys: number): number {
  assertCount("the number of ids", n);
  if (!(keys > 0) || !Number.isFinite(keys)) throw new Error("the key count must be a finite number > 0");
  if (n < 2) return 0;
  // More ids than keys must collide (pigeonhole); fewer never quite must, so the
  // answer stays below 1 even where exp() underflows, and reads "more than 99.99 %".
  if (n > keys) return 1;
  return Math.min(-Math.expm1(-pairs(n) / keys), ALMOST_ONE);
}

/**
 * Expected colliding pairs among n random keys: n(n − 1)/(2k) ≈ n²/(2k). It is
 * also about how many retries a "random, then check it is free" generator makes
 * in issuing n keys, while n is far below k.
 */
export function expectedCollisions(n: number, keys: number): number {
  assertCount("the number of ids", n);
  if (!(keys > 0)) throw new Error("the key count must be > 0");
  return n < 2 ? 0 : pairs(n) / keys;
}

/** The chance that the next random key is already taken once n are issued: n/k. */
export function nextKeyTakenProbability(n: number, keys: number): number {
  assertCount("the number of ids", n);
  if (!(keys > 0)) throw new Error("the key count must be > 0");
  return Math.min(1, n / keys);
}

/** How many random keys make a collision as likely as p: n ≈ √(2k · ln(1/(1 − p))). */
export function idsForCollisionProbability(p: number, keys: number): number {
  if (!(p > 0 && p < 1)) throw new Error("the probability must be between 0 and 1");
  if (!(keys > 0)) throw new Error("the key count must be > 0");
  return Math.sqrt(2 * keys * -Math.log1p(-p));
}
