import { numberPrediction, type PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import { formatNumber } from "@/lib/format/number";

/**
 * A hot key expiring under load, and what each protection does to the
 * database. Pure and deterministic.
 *
 * Time 0 is the moment the key expires. Requests for it arrive evenly, one
 * every 1/qps seconds, the first at time 0. Rebuilding the value (the
 * database query plus writing it back) takes `rebuildMs`. A request that finds
 * no value and no protection queries the database itself; once the first
 * rebuild lands, at `rebuildMs`, every later request is a hit.
 */
export type Protection = "none" | "lock" | "early" | "jitter";
export const PROTECTIONS: readonly Protection[] = ["none", "lock", "early", "jitter"];
export const PROTECTION_NAMES: Record<Protection, string> = {
  none: "No protection",
  lock: "Lock (single flight)",
  early: "Early refresh",
  jitter: "Jittered TTL",
};

export type StampedeInput = {
  /** Requests per second for the hot key. */
  qps: number;
  /** Time to rebuild the value, in milliseconds. */
  rebuildMs: number;
  /** Lock: how long the lock lives before it expires on its own (the seed's 10 s). */
  lockTtlMs?: number;
  /** Lock: how long a waiter keeps polling before it gives up (the seed's 100 × 10 ms). */
  waitMs?: number;
  /** Early refresh: how long before expiry a background refresh starts (default: one rebuild time). */
  leadMs?: number;
};

export type StampedeResult = {
  /** Queries that reached the database for this key. */
  dbQueries: number;
  /** Requests that waited for someone else's rebuild. */
  waited: number;
  /** Requests that gave up waiting and got no value. */
  failed: number;
  /** Requests that saw an empty cache and had to wait on their own query or someone else's. */
  slow: number;
};

export const DEFAULT_LOCK_TTL_MS = 10_000;
export const DEFAULT_WAIT_MS = 1_000;

/** Requests that arrive in [0, durationMs): arrivals at k/qps for k = 0, 1, 2… */
export function arrivalsWithin(qps: number, durationMs: number): number {
  if (durationMs <= 0 || qps <= 0) return 0;
  // k/qps < d  ⇔  k < qps·d; the rounding guard keeps 5,000 × 0.2 s at exactly 1,000.
  const exact = (qps * durationMs) / 1000;
  return Math.ceil(exact - 1e-9);
}

export function stampedeInputProblem(input: StampedeInput): string | null {
  const { qps, rebuildMs, lockTtlMs = DEFAULT_LOCK_TTL_MS, waitMs = DEFAULT_WAIT_MS, leadMs = 0 } = input;
  if (!Number.isFinite(qps) || qps < 0) return "Requests per second must be zero or more.";
  if (qps > 10_000_000) return "Keep requests per second at or below 10 million.";
  if (!Number.isFinite(rebuildMs) || rebuildMs <= 0) return "The rebuild time must be more than 0 ms.";
  if (rebuildMs > 600_000) return "Keep the rebuild time at or below 10 minutes.";
  if (!Number.isFinite(lockTtlMs) || lockTtlMs <= 0) return "The lock's lifetime must be more than 0 ms.";
  if (!Number.isFinite(waitMs) || waitMs < 0) return "The waiting time must be zero or more.";
  if (!Number.isFinite(leadMs) || leadMs < 0) return "The refresh lead must be zero or more.";
  return null;
}

function check(input: StampedeInput) {
  const problem = stampedeInputProblem(input);
  if (problem) throw new RangeError(problem);
}

export function stampede(input: StampedeInput, protection: Protection): StampedeResult {
  check(input);
  const { qps, rebuildMs, lockTtlMs = DEFAULT_LOCK_TTL_MS, waitMs = DEFAULT_WAIT_MS, leadMs = rebuildMs } = input;
  const inWindow = arrivalsWithin(qps, rebuildMs);
  switch (protection) {
    // Jitter spreads the expiry times of many keys; one hot key still expires
    // once, and with nothing else in place it stampedes exactly as before.
    case "none":
    case "jitter":
      return { dbQueries: inWindow, waited: 0, failed: 0, slow: inWindow };
    case "lock": {
      if (inWindow === 0) return { dbQueries: 0, waited: 0, failed: 0, slow: 0 };
      // The first request takes the lock. If the lock expires before the
      // rebuild lands, the next request takes it again and queries again.
      const dbQueries = Math.ceil(rebuildMs / lockTtlMs - 1e-9);
      const waiters = inWindow - 1;
      // A waiter arriving at t gives up if the value is not back by t + waitMs.
      const failed = Math.max(0, arrivalsWithin(qps, rebuildMs - waitMs) - 1);
      return { dbQueries, waited: waiters, failed, slow: inWindow };
    }
    case "early": {
      // A background refresh starts leadMs before expiry. If it lands before
      // the old value expires, no request ever sees a miss. If not, the
      // requests between the expiry and its landing miss unprotected.
      const gap = Math.max(0, rebuildMs - leadMs);
      const missed = qps > 0 ? arrivalsWithin(qps, gap) : 0;
      return { dbQueries: 1 + missed, waited: 0, failed: 0, slow: missed };
    }
  }
}

export function compareProtections(input: StampedeInput): Record<Protection, StampedeResult> {
  return {
    none: stampede(input, "none"),
    lock: stampede(input, "lock"),
    early: stampede(input, "early"),
    jitter: stampede(input, "jitter"),
  };
}

/**
 * Many keys written at the same moment with the same TTL (a deploy warming the
 * cache, say) expire together. Jitter spreads their expiries evenly over a
 * window of `jitterWindowMs`; each key is rebuilt once (say, behind a lock).
 * Returns the most rebuilds running at the same moment.
 */
export function peakConcurrentRebuilds(keys: number, rebuildMs: number, jitterWindowMs: number): number {
  if (!Number.isInteger(keys) || keys < 0)
    throw new RangeError("The number of keys must be a whole number, 0 or more.");
  if (!(rebuildMs > 0)) throw new RangeError("The rebuild time must be more than 0 ms.");
  if (!(jitterWindowMs >= 0)) throw new RangeError("The jitter window must be 0 ms or more.");
  if (keys === 0) return 0;
  if (jitterWindowMs === 0) return keys;
  // Expiries at i·W/K: the rebuilds overlapping one that starts at e_i are those
  // with (j − i)·W/K < rebuild, so the peak is ceil(K·rebuild/W), at most K.
  return Math.min(keys, Math.ceil((keys * rebuildMs) / jitterWindowMs - 1e-9));
}

/** The plan's worked figure. */
export const WORKED_STAMPEDE = { qps: 5_000, rebuildMs: 200 } as const satisfies StampedeInput;

const queries = (value: number) => `${formatNumber(value)} ${value === 1 ? "query" : "queries"}`;

const SLOW_REBUILD = { ...WORKED_STAMPEDE, rebuildMs: 1_500, waitMs: 1_000 } as const;
const SHORT_LEAD = { ...WORKED_STAMPEDE, leadMs: 100 } as const;
export const DEPLOY_WARMUP = { keys: 10_000, rebuildMs: 200, ttlMs: 3_600_000, jitterShare: 0.2 } as const;

/** The simulator's predictions: each answer comes from the model. */
export const STAMPEDE_SCENARIOS: PredictionScenarios = {
  unprotected: numberPrediction(
    "A hot key serves 5,000 requests a second and takes 200 ms to rebuild. It expires with no protection. How many queries reach the database before the first rebuild lands?",
    [1, 200, 1_000, 5_000],
    stampede(WORKED_STAMPEDE, "none").dbQueries,
    "Every request in the 200 ms window finds the cache empty and runs the query itself: 5,000 per second × 0.2 s = 1,000 identical queries, all for one value.",
    queries,
  ),
  "with-lock": numberPrediction(
    "Same key, same load, but a miss must first take a lock (SET NX with a 10 s expiry) before querying. How many queries reach the database?",
    [1, 2, 200, 1_000],
    stampede(WORKED_STAMPEDE, "lock").dbQueries,
    "One request wins the lock and rebuilds; the other 999 wait and re-read the cache. The 200 ms rebuild finishes long before the 10 s lock expires, so nobody takes it a second time.",
    queries,
  ),
  "jitter-one-key": numberPrediction(
    "Instead of a lock, the team adds ±10% random jitter to this key's one-hour TTL. When it expires, how many queries reach the database?",
    [1, 100, 1_000, 5_000],
    stampede(WORKED_STAMPEDE, "jitter").dbQueries,
    "Jitter moves the moment of expiry; it does not change what happens at that moment. One key still expires once, under the same 5,000 requests a second, so about 1,000 queries pile in. Jitter helps when many keys would otherwise expire together.",
    queries,
  ),
  "slow-rebuild-waiters": numberPrediction(
    "With the lock, the rebuild now takes 1.5 s, but waiters poll 100 times, 10 ms apart (1 s in all), then give up and return nothing. Roughly how many requests get no value at all?",
    [0, 2_500, 5_000, 7_500],
    stampede(SLOW_REBUILD, "lock").failed,
    "A waiter that arrives before 0.5 s gives up at its own 1 s mark, before the value lands at 1.5 s: 5,000 × 0.5 ≈ 2,500 requests come back empty. Serving the stale value while one request rebuilds avoids that.",
    (value) => (value === 0 ? "None" : `About ${formatNumber(value)}`),
  ),
  "refresh-lead-too-short": numberPrediction(
    "A background job refreshes the key 100 ms before it expires, but the rebuild takes 200 ms. How many database queries does this expiry cost?",
    [1, 501, 1_000, 1_001],
    stampede(SHORT_LEAD, "early").dbQueries,
    "The refresh lands 100 ms after the old value expired. For those 100 ms requests miss with no protection: 5,000 × 0.1 = 500 queries, plus the refresh itself, 501. Start the refresh at least one rebuild time before expiry, or keep serving the old value until the new one lands.",
    queries,
  ),
  "deploy-warmup": numberPrediction(
    "A deploy writes 10,000 keys at once, all with a one-hour TTL; each rebuild takes 200 ms and is locked per key. An hour later, how many rebuilds run at the same moment without jitter?",
    [1, 3, 1_000, 10_000],
    peakConcurrentRebuilds(DEPLOY_WARMUP.keys, DEPLOY_WARMUP.rebuildMs, 0),
    "Same write time plus same TTL means the same expiry time: all 10,000 keys expire together and 10,000 rebuilds hit the database at once. Random jitter on each TTL spreads those expiries out, so only a few rebuilds overlap.",
    (value) => `${formatNumber(value)} at once`,
  ),
};
