import { describe, expect, it } from "vitest";
import { scorePrediction } from "@/lib/lessons/blocks/prediction";
import {
  ALGORITHMS,
  departures,
  describeBurst,
  expandPattern,
  formatClock,
  isFlat,
  longestWaitMs,
  mostInAnySpan,
  patternProblem,
  perBurst,
  runAll,
  runLimiter,
  settingsProblem,
  slidingEstimate,
  type Burst,
} from "@/lib/rate-limiting/limiters";
import {
  PATTERNS,
  PER_MINUTE,
  PER_SECOND,
  RATE_LIMITER_SCENARIOS,
  SCENARIO_PATTERN,
  patternById,
} from "@/lib/rate-limiting/scenarios";

const boundary = patternById("boundary-burst");
const idle = patternById("idle-then-steady");
const late = patternById("late-then-half");

describe("the boundary burst: 100 during 0:59 and 100 during 1:00, limit 100 a minute", () => {
  const runs = runAll(boundary.bursts, PER_MINUTE);

  it("a fixed window admits all 200, inside about 2 s", () => {
    expect(runs["fixed-window"].admitted).toBe(200);
    expect(perBurst(runs["fixed-window"], 2)).toEqual([
      { admitted: 100, rejected: 0 },
      { admitted: 100, rejected: 0 },
    ]);
    // Twice the limit inside any 2-second span, and inside one rolling minute.
    expect(mostInAnySpan(runs["fixed-window"], 2_000)).toBe(200);
    expect(mostInAnySpan(runs["fixed-window"], 60_000)).toBe(2 * PER_MINUTE.limit);
  });

  it("a sliding log admits only the first 100", () => {
    expect(runs["sliding-log"].admitted).toBe(100);
    expect(perBurst(runs["sliding-log"], 2)[1]).toEqual({ admitted: 0, rejected: 100 });
    // It held one timestamp per admitted request.
    expect(runs["sliding-log"].peakState).toBe(100);
  });

  it("a sliding window counter admits what its formula gives: 100 + 1", () => {
    expect(runs["sliding-counter"].admitted).toBe(101);
    const second = runs["sliding-counter"].decisions.filter((d) => d.burst === 1 && d.admitted);
    expect(second.map((d) => d.atMs)).toEqual([60_600]);
    // At 1:00.600 the previous 100 weigh 99; with the new request the estimate is exactly 100.
    expect(slidingEstimate(100, 1, 600, 60_000)).toBeCloseTo(100, 9);
    // One more would need an estimate of 2 + 100 × (1 − e/60 s) ≤ 100: e ≥ 1.2 s, after the batch ends at 0.99 s.
    expect(slidingEstimate(100, 2, 990, 60_000)).toBeGreaterThan(100);
    expect(slidingEstimate(100, 2, 1_200, 60_000)).toBeCloseTo(100, 9);
  });

  it("a token bucket of 100 (one token per 600 ms) spends its 100, then lives on the refill", () => {
    // 1.99 s of refill at one token per 0.6 s is 3.3 tokens: 3 more requests.
    expect(runs["token-bucket"].admitted).toBe(100 + Math.floor(1_990 / 600));
  });

  it("a leaky bucket queues about 100, passes them on one every 600 ms, and the last waits about a minute", () => {
    const leaky = runs["leaky-bucket"];
    expect(leaky.admitted).toBe(104);
    expect(isFlat(leaky, 600)).toBe(true);
    expect(leaky.peakState).toBe(100);
    expect(longestWaitMs(leaky)).toBe(59_990);
    expect(formatClock(departures(leaky).at(-1)!)).toBe("2:00.800");
  });

  it("the state each keeps: 2 or 3 numbers, except the log's timestamps and the leaky queue", () => {
    expect(ALGORITHMS.map((a) => runs[a].peakState)).toEqual([2, 100, 3, 2, 100]);
  });
});

describe("an idle client: 30 at once, then 20 a second for 3 s (10 a second limits)", () => {
  const runs = runAll(idle.bursts, PER_SECOND);

  it("a token bucket of 10/s with capacity 20 admits 20 at once, then 10 a second", () => {
    const rows = perBurst(runs["token-bucket"], 4);
    expect(rows.map((row) => row.admitted)).toEqual([20, 10, 10, 10]);
    expect(runs["token-bucket"].admitted).toBe(20 + 10 * 3);
    // After the burst, admitted requests are exactly 100 ms apart (one token each).
    const after = runs["token-bucket"].decisions.filter((d) => d.admitted && d.atMs > 0).map((d) => d.atMs);
    expect(after.slice(0, 3)).toEqual([100, 200, 300]);
    expect(after.every((t, i) => i === 0 || t - after[i - 1]! === 100)).toBe(true);
  });

  it("a leaky bucket (queue 20, one out every 100 ms) has a flat output: 20 queued, 10 refused, then 10 a second", () => {
    const leaky = runs["leaky-bucket"];
    expect(perBurst(leaky, 4).map((row) => row.admitted)).toEqual([20, 10, 10, 10]);
    const out = departures(leaky);
    expect(out.slice(0, 3)).toEqual([0, 100, 200]);
    expect(out.every((t, i) => i === 0 || t - out[i - 1]! === 100)).toBe(true);
    expect(isFlat(leaky, 100)).toBe(true);
    expect(leaky.peakState).toBe(PER_SECOND.queueSize);
    expect(longestWaitMs(leaky)).toBe(1_950);
    // Same count as the token bucket, different timing: the token bucket passes 20 in the first millisecond.
    expect(mostInAnySpan(runs["token-bucket"], 1)).toBe(20);
    expect(
      mostInAnySpan({ ...leaky, decisions: out.map((atMs, index) => ({ index, atMs, burst: 0, admitted: true })) }, 1),
    ).toBe(1);
  });

  it("the window algorithms allow 10 per second at most", () => {
    expect(runs["fixed-window"].admitted).toBe(31);
    expect(runs["sliding-log"].admitted).toBe(31);
    expect(runs["sliding-counter"].admitted).toBe(29);
    expect(mostInAnySpan(runs["sliding-log"], 1_000)).toBe(10);
  });
});

describe("the counter's assumption: 100 at 0:59, 100 at 1:30", () => {
  const runs = runAll(late.bursts, PER_MINUTE);
  it("weighs the previous window at 1 − 30/60 = 0.5, so 50 pass; the log refuses all 100", () => {
    expect(slidingEstimate(100, 0, 30_000, 60_000)).toBe(50);
    expect(perBurst(runs["sliding-counter"], 2)[1]!.admitted).toBe(50);
    expect(perBurst(runs["sliding-log"], 2)[1]!.admitted).toBe(0);
    expect(perBurst(runs["fixed-window"], 2)[1]!.admitted).toBe(100);
    // 150 requests within 31 s: the counter overshoots a true rolling minute by half.
    expect(mostInAnySpan(runs["sliding-counter"], 60_000)).toBe(150);
  });
});

describe("rules at the edges", () => {
  it("the sliding log forgets an entry exactly one window old", () => {
    const settings = { ...PER_MINUTE, limit: 1 };
    const bursts: Burst[] = [
      { atMs: 0, count: 1, everyMs: 0 },
      { atMs: 59_999, count: 1, everyMs: 0 },
      { atMs: 60_000, count: 1, everyMs: 0 },
    ];
    expect(runLimiter("sliding-log", bursts, settings).decisions.map((d) => d.admitted)).toEqual([true, false, true]);
  });

  it("a fixed window resets at the boundary millisecond", () => {
    const bursts: Burst[] = [{ atMs: 59_999, count: 2, everyMs: 1 }];
    const result = runLimiter("fixed-window", bursts, { ...PER_MINUTE, limit: 1 });
    expect(result.decisions.map((d) => d.admitted)).toEqual([true, true]);
  });

  it("a token bucket never holds more than its capacity, however long the client was idle", () => {
    const bursts: Burst[] = [
      { atMs: 0, count: 1, everyMs: 0 },
      { atMs: 3_000_000, count: 30, everyMs: 0 },
    ];
    expect(perBurst(runLimiter("token-bucket", bursts, PER_SECOND), 2)[1]!.admitted).toBe(PER_SECOND.bucketSize);
  });

  it("a polite client passes every algorithm", () => {
    const polite = patternById("polite");
    const runs = runAll(polite.bursts, polite.settings);
    expect(ALGORITHMS.every((a) => runs[a].rejected === 0)).toBe(true);
    expect(runs["leaky-bucket"].peakState).toBe(1);
  });

  it("expands bursts in time order and describes them", () => {
    expect(expandPattern([{ atMs: 5, count: 3, everyMs: 2 }])).toEqual([
      { atMs: 5, burst: 0 },
      { atMs: 7, burst: 0 },
      { atMs: 9, burst: 0 },
    ]);
    expect(describeBurst(boundary.bursts[0]!)).toBe("0:59.000 to 0:59.990, 100 requests, one every 10 ms");
    expect(describeBurst(idle.bursts[0]!)).toBe("0:00.000, 30 requests at once");
    expect(formatClock(90_000)).toBe("1:30.000");
  });
});

describe("bad input is refused with a sentence", () => {
  it("rejects unusable settings", () => {
    expect(settingsProblem(PER_MINUTE)).toBeNull();
    expect(settingsProblem({ ...PER_MINUTE, limit: 0 })).toMatch(/limit/);
    expect(settingsProblem({ ...PER_MINUTE, limit: 2.5 })).toMatch(/whole number/);
    expect(settingsProblem({ ...PER_MINUTE, windowMs: 1_500 })).toMatch(/whole number of seconds/);
    expect(settingsProblem({ ...PER_MINUTE, refillEveryMs: Number.NaN })).toMatch(/new tokens/);
    expect(settingsProblem({ ...PER_MINUTE, queueSize: -1 })).toMatch(/queue/);
    expect(settingsProblem({ ...PER_MINUTE, leakEveryMs: 0 })).toMatch(/leaving the leaky bucket/);
    expect(() => runLimiter("token-bucket", boundary.bursts, { ...PER_MINUTE, bucketSize: 0 })).toThrow(RangeError);
  });

  it("rejects unusable patterns", () => {
    expect(patternProblem([])).toMatch(/at least one burst/);
    expect(patternProblem([{ atMs: -1, count: 1, everyMs: 0 }])).toMatch(/whole millisecond/);
    expect(patternProblem([{ atMs: 0, count: 0, everyMs: 0 }])).toMatch(/1 to 200/);
    expect(
      patternProblem([
        { atMs: 0, count: 10, everyMs: 10 },
        { atMs: 50, count: 1, everyMs: 0 },
      ]),
    ).toMatch(/before the burst before it has ended/);
    expect(
      patternProblem([
        { atMs: 0, count: 200, everyMs: 1 },
        { atMs: 1_000, count: 200, everyMs: 1 },
        { atMs: 2_000, count: 1, everyMs: 0 },
      ]),
    ).toMatch(/at most 400/);
    expect(() => expandPattern([{ atMs: 0, count: 1.5, everyMs: 0 }])).toThrow(RangeError);
  });
});

describe("the lab's scored predictions", () => {
  it("each answer is one of its options, computed from the model", () => {
    for (const [key, spec] of Object.entries(RATE_LIMITER_SCENARIOS)) {
      expect(
        spec.options.map((o) => o.id),
        key,
      ).toContain(spec.answer);
      expect(scorePrediction(RATE_LIMITER_SCENARIOS, { scenario: key, choice: spec.answer }).correct).toBe(true);
      expect(Object.keys(SCENARIO_PATTERN)).toContain(key);
    }
  });

  it("the keys are the worked figures", () => {
    const answers = Object.fromEntries(Object.entries(RATE_LIMITER_SCENARIOS).map(([key, spec]) => [key, spec.answer]));
    expect(answers).toEqual({
      "fixed-boundary": "n200",
      "log-boundary": "n100",
      "counter-boundary": "about-100",
      "token-idle-burst": "20-then-10",
      "leaky-idle-burst": "flat-20",
      "counter-late-half": "n50",
      "leaky-boundary-wait": "about-1min",
    });
  });

  it("every preset pattern is valid with its own settings", () => {
    for (const pattern of PATTERNS) {
      expect(patternProblem(pattern.bursts)).toBeNull();
      expect(settingsProblem(pattern.settings)).toBeNull();
    }
  });
});
