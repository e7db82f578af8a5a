import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import {
  isFlat,
  longestWaitMs,
  perBurst,
  runLimiter,
  type Algorithm,
  type Burst,
  type LimiterSettings,
} from "@/lib/rate-limiting/limiters";

/**
 * The RateLimiterLab's request patterns and its scored questions. Every
 * answer is read off a run of the model, never typed in, so the key cannot
 * drift from what the lab shows.
 */

/** 100 a minute for every algorithm: the token bucket and the leaky bucket hold 100 and move one every 600 ms. */
export const PER_MINUTE: LimiterSettings = {
  limit: 100,
  windowMs: 60_000,
  bucketSize: 100,
  refillEveryMs: 600,
  queueSize: 100,
  leakEveryMs: 600,
};

/** 10 a second: windows of 1 s; a token bucket of 20 refilled at 10 a second; a leaky bucket of 20 draining 10 a second. */
export const PER_SECOND: LimiterSettings = {
  limit: 10,
  windowMs: 1_000,
  bucketSize: 20,
  refillEveryMs: 100,
  queueSize: 20,
  leakEveryMs: 100,
};

export type RequestPattern = {
  id: string;
  label: string;
  bursts: readonly Burst[];
  settings: LimiterSettings;
};

export const PATTERNS = [
  {
    id: "boundary-burst",
    label: "Boundary burst: 100 requests in the last second of a minute, 100 in the first second of the next",
    bursts: [
      { atMs: 59_000, count: 100, everyMs: 10 },
      { atMs: 60_000, count: 100, everyMs: 10 },
    ],
    settings: PER_MINUTE,
  },
  {
    id: "idle-then-steady",
    label: "An idle client sends 30 at once, then 20 a second for 3 seconds",
    bursts: [
      { atMs: 0, count: 30, everyMs: 0 },
      { atMs: 50, count: 20, everyMs: 50 },
      { atMs: 1_050, count: 20, everyMs: 50 },
      { atMs: 2_050, count: 20, everyMs: 50 },
    ],
    settings: PER_SECOND,
  },
  {
    id: "late-then-half",
    label: "100 at once at 0:59, then 100 at once at 1:30",
    bursts: [
      { atMs: 59_000, count: 100, everyMs: 0 },
      { atMs: 90_000, count: 100, everyMs: 0 },
    ],
    settings: PER_MINUTE,
  },
  {
    id: "polite",
    label: "A polite client: one request a second for 30 seconds",
    bursts: [{ atMs: 0, count: 30, everyMs: 1_000 }],
    settings: PER_MINUTE,
  },
] as const satisfies readonly RequestPattern[];

export type PatternId = (typeof PATTERNS)[number]["id"];

export function patternById(id: string): RequestPattern {
  const found = PATTERNS.find((pattern) => pattern.id === id);
  if (!found) throw new Error(`"${id}" is not a pattern of the lab`);
  return found;
}

const run = (patternId: PatternId, algorithm: Algorithm) => {
  const pattern = patternById(patternId);
  return runLimiter(algorithm, pattern.bursts, pattern.settings);
};

/** How many requests of the whole pattern the algorithm lets through. */
export function admittedIn(patternId: PatternId, algorithm: Algorithm): number {
  return run(patternId, algorithm).admitted;
}

/** How many of one burst (from 0) the algorithm lets through. */
export function admittedInBurst(patternId: PatternId, algorithm: Algorithm, burst: number): number {
  const pattern = patternById(patternId);
  return perBurst(run(patternId, algorithm), pattern.bursts.length)[burst]!.admitted;
}

/** "about-100", "about-150" or "all-200": the sliding window counter's boundary total, rounded to what matters. */
export function roughTotal(admitted: number): string {
  if (admitted === 200) return "all-200";
  if (admitted >= 100 && admitted <= 105) return "about-100";
  if (admitted >= 140 && admitted <= 160) return "about-150";
  return "other";
}

/** The token bucket's shape on the idle-then-steady pattern: what passes at once, then per second. */
export function tokenShape(): string {
  const pattern = patternById("idle-then-steady");
  const rows = perBurst(run("idle-then-steady", "token-bucket"), pattern.bursts.length);
  const later = rows.slice(1);
  const perSecond = later.reduce((sum, row) => sum + row.admitted, 0) / later.length;
  return `${rows[0]!.admitted}-then-${perSecond}`;
}

/** The leaky bucket's shape on the same pattern: is its output flat, and how many of the 30 got into the queue? */
export function leakyShape(): string {
  const result = run("idle-then-steady", "leaky-bucket");
  const flat = isFlat(result, PER_SECOND.leakEveryMs);
  return `${flat ? "flat" : "burst"}-${admittedInBurst("idle-then-steady", "leaky-bucket", 0)}`;
}

/** The longest queue wait on the boundary burst, in the buckets the question offers. */
export function waitBucket(ms: number): string {
  if (ms === 0) return "none";
  if (ms <= 2_000) return "about-1s";
  if (ms <= 20_000) return "about-10s";
  return "about-1min";
}

export const RATE_LIMITER_SCENARIOS: PredictionScenarios = {
  "fixed-boundary": {
    question:
      "Fixed window, 100 requests a minute. A client sends 100 requests during 0:59 (one every 10 ms) and 100 more during 1:00. How many of the 200 get through?",
    options: [
      { id: "n100", label: "100: the second batch is refused" },
      { id: "n150", label: "About 150" },
      { id: "n200", label: "All 200" },
      { id: "n0", label: "None: 200 is over the limit" },
    ],
    answer: `n${admittedIn("boundary-burst", "fixed-window")}`,
    why: "The first 100 fill the window 0:00–0:59.999. At 1:00.000 a new window starts with a count of zero, so the next 100 pass too: 200 requests inside 2 seconds, twice the limit, and no rule was broken.",
  },
  "log-boundary": {
    question: "Same 200 requests, but a sliding log of 100 a minute. How many get through?",
    options: [
      { id: "n100", label: "100: only the first batch" },
      { id: "n150", label: "About 150" },
      { id: "n200", label: "All 200" },
      { id: "n50", label: "50 from each batch" },
    ],
    answer: `n${admittedIn("boundary-burst", "sliding-log")}`,
    why: "At 1:00.000 the log still holds 100 timestamps from the last 60 seconds (0:59.000 to 0:59.990), so every request of the second batch is refused. They only start leaving the log at 1:59.000.",
  },
  "counter-boundary": {
    question:
      "Same 200 requests, sliding window counter of 100 a minute: estimate = current + previous × (1 − elapsed/60 s). Roughly how many get through?",
    options: [
      { id: "about-100", label: "About 100: one or two of the second batch at most" },
      { id: "about-150", label: "About 150: half of the second batch" },
      { id: "all-200", label: "All 200, like the fixed window" },
    ],
    answer: roughTotal(admittedIn("boundary-burst", "sliding-counter")),
    why: "At 1:00.600 the previous window's 100 still weigh 100 × (1 − 0.6/60) = 99, so one request fits (99 + 1 = 100). The next would need the weight to fall to 98, which takes until 1:01.200, after the batch ends. Total: 101.",
  },
  "token-idle-burst": {
    question:
      "Token bucket, capacity 20, refilled at 10 tokens a second, full after a quiet spell. The client sends 30 requests at once, then 20 a second for 3 seconds. What gets through?",
    options: [
      { id: "10-then-10", label: "10 at once, then 10 a second" },
      { id: "20-then-10", label: "20 at once, then 10 a second" },
      { id: "20-then-20", label: "20 at once, then 20 a second" },
      { id: "30-then-10", label: "All 30 at once, then 10 a second" },
    ],
    answer: tokenShape(),
    why: "The saved-up tokens pay for a burst of 20; the other 10 are refused. After that only the refill, one token every 100 ms, pays for requests: 10 a second of the 20 sent.",
  },
  "leaky-idle-burst": {
    question:
      "Same traffic through a leaky bucket that queues up to 20 requests and passes one on every 100 ms. What reaches the server?",
    options: [
      {
        id: "flat-20",
        label: "One request every 100 ms from the start; 20 of the 30 wait in the queue, 10 are refused",
      },
      { id: "burst-20", label: "20 at once, then one every 100 ms" },
      { id: "flat-30", label: "One request every 100 ms; all 30 wait in the queue" },
      { id: "burst-30", label: "All 30 at once" },
    ],
    answer: leakyShape(),
    why: "The leaky bucket admits as many as the token bucket did, 20 of the burst, but it does not let them through together: the server sees one every 100 ms, and the 20th queued request waits almost 2 seconds.",
  },
  "counter-late-half": {
    question:
      "100 requests arrive at once at 0:59, then 100 more at once at 1:30. Sliding window counter, 100 a minute. How many of the second batch pass?",
    options: [
      { id: "n0", label: "None" },
      { id: "n25", label: "25" },
      { id: "n50", label: "50" },
      { id: "n100", label: "All 100" },
    ],
    answer: `n${admittedInBurst("late-then-half", "sliding-counter", 1)}`,
    why: "Half of the current window has passed, so the previous window's 100 count as 50, leaving room for 50. The counter assumes those 100 were spread across 0:00–0:59; they all came at 0:59, so 150 requests pass within 31 s. A sliding log would have refused all 100.",
  },
  "leaky-boundary-wait": {
    question:
      "Boundary burst again, through a leaky bucket that queues up to 100 and passes one on every 600 ms (100 a minute). How long does the last request it admits wait in the queue?",
    options: [
      { id: "none", label: "No wait: it passes at once" },
      { id: "about-1s", label: "About a second" },
      { id: "about-10s", label: "About 10 seconds" },
      { id: "about-1min", label: "About a minute" },
    ],
    answer: waitBucket(longestWaitMs(run("boundary-burst", "leaky-bucket"))),
    why: "The queue fills with about 100 requests and drains one every 600 ms, so the last one waits about 100 × 0.6 s = 60 s. The output is perfectly flat, and far too slow for someone waiting on a page: leaky buckets in front of interactive traffic need short queues.",
  },
};

/** The pattern each question is about, so the lab can load it. */
export const SCENARIO_PATTERN: Record<string, PatternId> = {
  "fixed-boundary": "boundary-burst",
  "log-boundary": "boundary-burst",
  "counter-boundary": "boundary-burst",
  "token-idle-burst": "idle-then-steady",
  "leaky-idle-burst": "idle-then-steady",
  "counter-late-half": "late-then-half",
  "leaky-boundary-wait": "boundary-burst",
};
