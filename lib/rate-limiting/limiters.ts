/**
 * Five rate-limiting algorithms run over the same requests from one client.
 * Pure and deterministic: times are whole milliseconds and every comparison is
 * done in integers, so no rounding decides whether a request passes.
 *
 * The rules, stated so a learner can apply them by hand:
 * - Fixed window: time is cut into windows of `windowMs` starting at 0. A
 *   request passes while fewer than `limit` have passed in its window.
 * - Sliding log: the limiter keeps the time of every request it let through.
 *   It first forgets entries that are `windowMs` old or older, then lets the
 *   request through if fewer than `limit` remain (and logs it).
 * - Sliding window counter: two fixed-window counts of passed requests, the
 *   current window's and the previous one's. The estimate is
 *   `current + previous × (1 − elapsed / window)`, counting the new request in
 *   `current`; the request passes if the estimate is at most `limit`.
 * - Token bucket: holds at most `bucketSize` tokens and gains one every
 *   `refillEveryMs`. It is full at the first request (the client was idle).
 *   A request takes one token, or is rejected when none is left.
 * - Leaky bucket (the queue form): a request joins a queue if fewer than
 *   `queueSize` requests are in it, else it is rejected. The queue passes one
 *   request on to the server every `leakEveryMs` at most; a request stays in
 *   the queue up to and including the millisecond it is passed on.
 */
export type Algorithm = "fixed-window" | "sliding-log" | "sliding-counter" | "token-bucket" | "leaky-bucket";

export const ALGORITHMS: readonly Algorithm[] = [
  "fixed-window",
  "sliding-log",
  "sliding-counter",
  "token-bucket",
  "leaky-bucket",
];

export const ALGORITHM_NAMES: Record<Algorithm, string> = {
  "fixed-window": "Fixed window",
  "sliding-log": "Sliding log",
  "sliding-counter": "Sliding window counter",
  "token-bucket": "Token bucket",
  "leaky-bucket": "Leaky bucket",
};

/** What each algorithm keeps per client, in words (the lab shows it beside the peak it reached). */
export const STATE_KEPT: Record<Algorithm, string> = {
  "fixed-window": "one count and the window it belongs to",
  "sliding-log": "one timestamp per request let through in the last window",
  "sliding-counter": "two counts (this window and the last) and the window start",
  "token-bucket": "a token count and the time of the last refill",
  "leaky-bucket": "the queue of waiting requests",
};

export type LimiterSettings = {
  /** Fixed window, sliding log, sliding window counter: at most `limit` requests per `windowMs`. */
  limit: number;
  windowMs: number;
  /** Token bucket: at most `bucketSize` tokens, one more every `refillEveryMs`. */
  bucketSize: number;
  refillEveryMs: number;
  /** Leaky bucket: a queue of at most `queueSize`, one request passed on every `leakEveryMs`. */
  queueSize: number;
  leakEveryMs: number;
};

/** `count` requests, the first at `atMs` and each next one `everyMs` later (0: all in the same millisecond). */
export type Burst = { atMs: number; count: number; everyMs: number };

export type Decision = {
  /** Position in the whole pattern, from 0. */
  index: number;
  atMs: number;
  /** Which burst of the pattern it belongs to, from 0. */
  burst: number;
  admitted: boolean;
  /** Leaky bucket only: when an admitted request leaves the queue for the server. */
  leavesAtMs?: number;
};

export type AlgorithmRun = {
  algorithm: Algorithm;
  decisions: Decision[];
  admitted: number;
  rejected: number;
  /** The most items the limiter held for this client at once: numbers, timestamps or queued requests. */
  peakState: number;
};

export const LIMITS = {
  maxRequests: 400,
  maxBurst: 200,
  maxTimeMs: 3_600_000,
  maxSetting: 1_000,
  maxWindowMs: 3_600_000,
  maxIntervalMs: 60_000,
} as const;

const isWhole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/** Null when the settings are usable; otherwise what is wrong, in words. */
export function settingsProblem(settings: LimiterSettings): string | null {
  const { limit, windowMs, bucketSize, refillEveryMs, queueSize, leakEveryMs } = settings;
  if (!isWhole(limit, 1, LIMITS.maxSetting)) return `The limit must be a whole number from 1 to ${LIMITS.maxSetting}.`;
  if (!isWhole(windowMs, 1_000, LIMITS.maxWindowMs) || windowMs % 1_000 !== 0)
    return "The window must be a whole number of seconds, from 1 to 3,600.";
  if (!isWhole(bucketSize, 1, LIMITS.maxSetting))
    return `The token bucket's size must be a whole number from 1 to ${LIMITS.maxSetting}.`;
  if (!isWhole(refillEveryMs, 1, LIMITS.maxIntervalMs))
    return "The time between new tokens must be a whole number of milliseconds, from 1 to 60,000.";
  if (!isWhole(queueSize, 1, LIMITS.maxSetting))
    return `The leaky bucket's queue must hold a whole number from 1 to ${LIMITS.maxSetting}.`;
  if (!isWhole(leakEveryMs, 1, LIMITS.maxIntervalMs))
    return "The time between requests leaving the leaky bucket must be a whole number of milliseconds, from 1 to 60,000.";
  return null;
}

/** Null when the pattern is usable; otherwise what is wrong, in words. */
export function patternProblem(bursts: readonly Burst[]): string | null {
  if (bursts.length === 0) return "The pattern needs at least one burst of requests.";
  let total = 0;
  let previousEnd = -1;
  for (const [index, burst] of bursts.entries()) {
    const name = `Burst ${index + 1}`;
    if (!isWhole(burst.atMs, 0, LIMITS.maxTimeMs)) return `${name} must start at a whole millisecond within an hour.`;
    if (!isWhole(burst.count, 1, LIMITS.maxBurst)) return `${name} must hold 1 to ${LIMITS.maxBurst} requests.`;
    if (!isWhole(burst.everyMs, 0, LIMITS.maxIntervalMs))
      return `${name}'s spacing must be a whole number of milliseconds, from 0 to 60,000.`;
    if (burst.atMs < previousEnd) return `${name} starts before the burst before it has ended.`;
    previousEnd = burst.atMs + (burst.count - 1) * burst.everyMs;
    total += burst.count;
  }
  if (total > LIMITS.maxRequests) return `A pattern can hold at most ${LIMITS.maxRequests} requests.`;
  return null;
}

/** The requests of a pattern, in time order, each with the burst it came in. */
export function expandPattern(bursts: readonly Burst[]): { atMs: number; burst: number }[] {
  const problem = patternProblem(bursts);
  if (problem) throw new RangeError(problem);
  return bursts.flatMap((burst, index) =>
    Array.from({ length: burst.count }, (_, k) => ({ atMs: burst.atMs + k * burst.everyMs, burst: index })),
  );
}

/**
 * The sliding window counter's estimate of how many requests the last window
 * held: current + previous × (1 − elapsed / window). Exact for whole inputs up
 * to floating point; the limiter itself compares in integers.
 */
export function slidingEstimate(previous: number, current: number, elapsedMs: number, windowMs: number): number {
  return current + previous * (1 - elapsedMs / windowMs);
}

type Request = { atMs: number; burst: number };

function fixedWindow(requests: readonly Request[], { limit, windowMs }: LimiterSettings) {
  let window = -1;
  let count = 0;
  const decisions = requests.map((request, index) => {
    const current = Math.floor(request.atMs / windowMs);
    if (current !== window) {
      window = current;
      count = 0;
    }
    const admitted = count < limit;
    if (admitted) count += 1;
    return { index, ...request, admitted };
  });
  return { decisions, peakState: 2 };
}

function slidingLog(requests: readonly Request[], { limit, windowMs }: LimiterSettings) {
  let log: number[] = [];
  let peak = 0;
  const decisions = requests.map((request, index) => {
    log = log.filter((at) => at > request.atMs - windowMs);
    const admitted = log.length < limit;
    if (admitted) log.push(request.atMs);
    peak = Math.max(peak, log.length);
    return { index, ...request, admitted };
  });
  return { decisions, peakState: peak };
}

function slidingCounter(requests: readonly Request[], { limit, windowMs }: LimiterSettings) {
  const passed = new Map<number, number>();
  const decisions = requests.map((request, index) => {
    const window = Math.floor(request.atMs / windowMs);
    const elapsed = request.atMs - window * windowMs;
    const previous = passed.get(window - 1) ?? 0;
    const current = passed.get(window) ?? 0;
    // (current + 1) + previous × (window − elapsed) / window ≤ limit, multiplied through by the window.
    const admitted = (current + 1) * windowMs + previous * (windowMs - elapsed) <= limit * windowMs;
    if (admitted) passed.set(window, current + 1);
    return { index, ...request, admitted };
  });
  return { decisions, peakState: 3 };
}

function tokenBucket(requests: readonly Request[], { bucketSize, refillEveryMs }: LimiterSettings) {
  // One token is `refillEveryMs` units and the bucket gains one unit a millisecond: integers throughout.
  const capacity = bucketSize * refillEveryMs;
  let level = capacity;
  let last = requests[0]?.atMs ?? 0;
  const decisions = requests.map((request, index) => {
    level = Math.min(capacity, level + (request.atMs - last));
    last = request.atMs;
    const admitted = level >= refillEveryMs;
    if (admitted) level -= refillEveryMs;
    return { index, ...request, admitted };
  });
  return { decisions, peakState: 2 };
}

function leakyBucket(requests: readonly Request[], { queueSize, leakEveryMs }: LimiterSettings) {
  const leaving: number[] = [];
  let peak = 0;
  const decisions = requests.map((request, index) => {
    const waiting = leaving.filter((at) => at >= request.atMs).length;
    if (waiting >= queueSize) return { index, ...request, admitted: false };
    const previous = leaving.at(-1);
    const leavesAtMs = previous === undefined ? request.atMs : Math.max(request.atMs, previous + leakEveryMs);
    leaving.push(leavesAtMs);
    peak = Math.max(peak, waiting + 1);
    return { index, ...request, admitted: true, leavesAtMs };
  });
  return { decisions, peakState: peak };
}

const RUNNERS = {
  "fixed-window": fixedWindow,
  "sliding-log": slidingLog,
  "sliding-counter": slidingCounter,
  "token-bucket": tokenBucket,
  "leaky-bucket": leakyBucket,
} satisfies Record<Algorithm, (requests: readonly Request[], settings: LimiterSettings) => unknown>;

/** One algorithm over a whole pattern. Throws a RangeError for unusable settings or patterns. */
export function runLimiter(algorithm: Algorithm, bursts: readonly Burst[], settings: LimiterSettings): AlgorithmRun {
  const problem = settingsProblem(settings);
  if (problem) throw new RangeError(problem);
  const { decisions, peakState } = RUNNERS[algorithm](expandPattern(bursts), settings);
  const admitted = decisions.filter((decision) => decision.admitted).length;
  return { algorithm, decisions, admitted, rejected: decisions.length - admitted, peakState };
}

/** All five algorithms over the same pattern, side by side. */
export function runAll(bursts: readonly Burst[], settings: LimiterSettings): Record<Algorithm, AlgorithmRun> {
  return Object.fromEntries(
    ALGORITHMS.map((algorithm) => [algorithm, runLimiter(algorithm, bursts, settings)]),
  ) as Record<Algorithm, AlgorithmRun>;
}

/** Admitted and rejected requests of each burst ("instant") of the pattern. */
export function perBurst(run: AlgorithmRun, burstCount: number): { admitted: number; rejected: number }[] {
  const rows = Array.from({ length: burstCount }, () => ({ admitted: 0, rejected: 0 }));
  for (const decision of run.decisions) {
    const row = rows[decision.burst]!;
    if (decision.admitted) row.admitted += 1;
    else row.rejected += 1;
  }
  return rows;
}

/** The most admitted requests inside any span of `spanMs` (a half-open interval [s, s + spanMs)). */
export function mostInAnySpan(run: AlgorithmRun, spanMs: number): number {
  const times = run.decisions.filter((decision) => decision.admitted).map((decision) => decision.atMs);
  let best = 0;
  let start = 0;
  for (let end = 0; end < times.length; end += 1) {
    while (times[end]! - times[start]! >= spanMs) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/** Leaky bucket: when admitted requests reach the server, in order. Empty for the other algorithms. */
export function departures(run: AlgorithmRun): number[] {
  return run.decisions.flatMap((decision) => (decision.leavesAtMs === undefined ? [] : [decision.leavesAtMs]));
}

/** Leaky bucket: the longest any admitted request waited in the queue, in ms. */
export function longestWaitMs(run: AlgorithmRun): number {
  return run.decisions.reduce(
    (longest, decision) =>
      decision.leavesAtMs === undefined ? longest : Math.max(longest, decision.leavesAtMs - decision.atMs),
    0,
  );
}

/** True when requests reach the server no closer together than one per `leakEveryMs`. */
export function isFlat(run: AlgorithmRun, leakEveryMs: number): boolean {
  const out = departures(run);
  return out.every((at, index) => index === 0 || at - out[index - 1]! >= leakEveryMs);
}

/** "0:59.000", "1:00.990", "12:00.000": minutes, seconds and milliseconds. */
export function formatClock(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1_000);
  const millis = ms % 1_000;
  return `${minutes}:${String(seconds).padStart(2, "0")}.${String(millis).padStart(3, "0")}`;
}

/** How a burst reads in words: "0:59.000 to 0:59.990, 100 requests, one every 10 ms". */
export function describeBurst(burst: Burst): string {
  if (burst.count === 1) return `${formatClock(burst.atMs)}, 1 request`;
  if (burst.everyMs === 0) return `${formatClock(burst.atMs)}, ${burst.count} requests at once`;
  const end = burst.atMs + (burst.count - 1) * burst.everyMs;
  return `${formatClock(burst.atMs)} to ${formatClock(end)}, ${burst.count} requests, one every ${burst.everyMs} ms`;
}
