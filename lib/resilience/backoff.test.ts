import { describe, expect, it } from "vitest";
import {
  attemptAfterWait,
  backoffInputProblem,
  bucketRetries,
  expectedJitterTotalMs,
  peakBucket,
  runAllPolicies,
  runPolicy,
  waitCeilings,
  WORKED_BACKOFF,
} from "@/lib/resilience/backoff";
import { BACKOFF_SCENARIOS, THIN_RECOVERY, WORKED_FIGURES } from "@/lib/resilience/backoff-scenarios";

describe("the schedule: attempts, retries and waits", () => {
  it("100 ms doubling between 5 attempts waits 100 + 200 + 400 + 800 = 1.5 s", () => {
    const waits = waitCeilings(100, 5);
    expect(waits).toEqual([100, 200, 400, 800]);
    // 5 attempts = 1 try + 4 retries = 4 waits.
    expect(waits).toHaveLength(5 - 1);
    expect(waits.reduce((a, b) => a + b, 0)).toBe(1_500);
  });

  it("the 400 ms wait precedes the 4th attempt (the 3rd retry), not the 3rd", () => {
    expect(attemptAfterWait(100, 5, 100)).toBe(2);
    expect(attemptAfterWait(100, 5, 400)).toBe(4);
    expect(attemptAfterWait(100, 5, 1_600)).toBeNull();
  });

  it("caps every wait at the longest allowed", () => {
    expect(waitCeilings(100, 8, 1_000)).toEqual([100, 200, 400, 800, 1_000, 1_000, 1_000]);
    expect(waitCeilings(100, 1)).toEqual([]);
    expect(() => waitCeilings(0, 5)).toThrow(RangeError);
  });

  it("full jitter averages half the plain total: ≈ 0.75 s", () => {
    expect(expectedJitterTotalMs(100, 5)).toBe(750);
    const jitter = runPolicy("full-jitter", WORKED_BACKOFF);
    expect(Math.abs(jitter.meanWaitMs - 750) / 750).toBeLessThan(0.03);
    for (const client of jitter.clients) {
      expect(client.waitedMs).toBeGreaterThanOrEqual(0);
      expect(client.waitedMs).toBeLessThan(1_500);
    }
  });
});

describe("1,000 clients after an outage, the service still down", () => {
  const runs = runAllPolicies(WORKED_BACKOFF);

  it("every client makes 4 retries and gives up", () => {
    for (const run of Object.values(runs)) {
      expect(run.retries).toHaveLength(4_000);
      expect(run.gaveUp).toBe(1_000);
      expect(run.clients.every((client) => client.attemptsUsed === 5)).toBe(true);
    }
  });

  it("no backoff: all 4,000 retries in the first 100 ms, and no time waited", () => {
    const buckets = bucketRetries(runs.none.retries, 100, 1_500);
    expect(buckets[0]!.sent).toBe(4_000);
    expect(buckets.slice(1).every((bucket) => bucket.sent === 0)).toBe(true);
    expect(runs.none.maxWaitMs).toBe(0);
  });

  it("plain exponential: four waves of 1,000 at 100, 300, 700 and 1,500 ms", () => {
    const buckets = bucketRetries(runs.exponential.retries, 100, 1_500);
    expect(buckets.filter((bucket) => bucket.sent > 0).map((bucket) => [bucket.startMs, bucket.sent])).toEqual([
      [100, 1_000],
      [300, 1_000],
      [700, 1_000],
      [1_500, 1_000],
    ]);
    expect(runs.exponential.clients.every((client) => client.waitedMs === 1_500)).toBe(true);
  });

  it("full jitter: no two retries of the same wave share a millisecond, and the peak 10 ms falls far below 1,000", () => {
    const fine = bucketRetries(runs["full-jitter"].retries, 10, 1_500);
    expect(peakBucket(fine).sent).toBeLessThan(200);
    expect(peakBucket(bucketRetries(runs.exponential.retries, 10, 1_500)).sent).toBe(1_000);
    // At 100 ms the first retries still share the first slot: jitter spreads a wave over its range, no wider.
    expect(bucketRetries(runs["full-jitter"].retries, 100, 0)[0]!.sent).toBeGreaterThanOrEqual(1_000);
  });

  it("is deterministic: the same seed gives the same retries, another seed others", () => {
    expect(runPolicy("full-jitter", WORKED_BACKOFF).retries).toEqual(runs["full-jitter"].retries);
    expect(runPolicy("full-jitter", { ...WORKED_BACKOFF, seed: 2 }).retries).not.toEqual(runs["full-jitter"].retries);
  });
});

describe("a thin recovery: 100 calls per 100 ms", () => {
  it("lockstep wastes the gaps between waves; jitter fills them", () => {
    const runs = runAllPolicies(THIN_RECOVERY);
    expect(runs.none.served).toBe(100);
    expect(runs.exponential.served).toBe(400);
    expect(runs["full-jitter"].served).toBeGreaterThan(850);
    expect(runs["full-jitter"].retries.length).toBeLessThan(runs.exponential.retries.length);
    // No slot ever answers more than the capacity.
    for (const run of Object.values(runs)) {
      for (const bucket of bucketRetries(run.retries, 100, run.lastDoneMs))
        expect(bucket.answered).toBeLessThanOrEqual(100);
    }
  });

  it("enough capacity serves everyone on the first retry", () => {
    const run = runPolicy("exponential", { ...WORKED_BACKOFF, capacityPer100Ms: 1_000 });
    expect(run.served).toBe(1_000);
    expect(run.retries).toHaveLength(1_000);
    expect(run.lastDoneMs).toBe(100);
  });
});

describe("inputs", () => {
  it("refuses unusable settings with a reason", () => {
    expect(backoffInputProblem(WORKED_BACKOFF)).toBeNull();
    expect(backoffInputProblem({ ...WORKED_BACKOFF, attempts: 1 })).toMatch(/first try counts/);
    expect(backoffInputProblem({ ...WORKED_BACKOFF, attempts: 2.5 })).toMatch(/Attempts/);
    expect(backoffInputProblem({ ...WORKED_BACKOFF, baseMs: 0 })).toMatch(/base wait/);
    expect(backoffInputProblem({ ...WORKED_BACKOFF, baseMs: Number.NaN })).toMatch(/base wait/);
    expect(backoffInputProblem({ ...WORKED_BACKOFF, maxWaitMs: 50 })).toMatch(/longest wait/);
    expect(backoffInputProblem({ ...WORKED_BACKOFF, clients: 0 })).toMatch(/Clients/);
    expect(backoffInputProblem({ ...WORKED_BACKOFF, capacityPer100Ms: -1 })).toMatch(/capacity/);
    expect(() => runPolicy("exponential", { ...WORKED_BACKOFF, clients: 20_000 })).toThrow(RangeError);
    expect(() => bucketRetries([], 0, 10)).toThrow(RangeError);
  });
});

describe("the scenarios", () => {
  it("key the worked figures from the model", () => {
    expect(WORKED_FIGURES.plainTotalMs).toBe(1_500);
    expect(WORKED_FIGURES.jitterExpectedMs).toBe(750);
    expect(WORKED_FIGURES.noBackoffFirstSlot).toBe(4_000);
    expect(WORKED_FIGURES.plainPeak).toEqual({ startMs: 100, sent: 1_000, answered: 0 });
    expect(BACKOFF_SCENARIOS["plain-total-wait"]!.answer).toBe("n1500");
    expect(BACKOFF_SCENARIOS["which-attempt-waits-400"]!.answer).toBe("a4");
    expect(BACKOFF_SCENARIOS["no-backoff-first-slot"]!.answer).toBe("n4000");
    expect(BACKOFF_SCENARIOS["jitter-mean-wait"]!.answer).toBe("n750");
    expect(BACKOFF_SCENARIOS["lockstep-served"]!.answer).toBe("n400");
    expect(BACKOFF_SCENARIOS["jitter-served"]!.answer).toBe("n900");
    for (const [key, spec] of Object.entries(BACKOFF_SCENARIOS))
      expect(
        spec.options.map((option) => option.id),
        key,
      ).toContain(spec.answer);
  });
});
