import { describe, expect, it } from "vitest";
import {
  arrivalsWithin,
  compareProtections,
  DEPLOY_WARMUP,
  peakConcurrentRebuilds,
  STAMPEDE_SCENARIOS,
  stampede,
  stampedeInputProblem,
  WORKED_STAMPEDE,
} from "@/lib/caching/stampede";

describe("cache stampede", () => {
  it("worked figure: 5,000 QPS × 0.2 s rebuild = 1,000 database queries unprotected, 1 with a lock", () => {
    expect(arrivalsWithin(5_000, 200)).toBe(1_000);
    const all = compareProtections(WORKED_STAMPEDE);
    expect(all.none).toEqual({ dbQueries: 1_000, waited: 0, failed: 0, slow: 1_000 });
    expect(all.lock).toEqual({ dbQueries: 1, waited: 999, failed: 0, slow: 1_000 });
    expect(all.early).toEqual({ dbQueries: 1, waited: 0, failed: 0, slow: 0 });
    // Jitter on one key changes when it expires, not what happens then.
    expect(all.jitter.dbQueries).toBe(1_000);
  });

  it("scales linearly with load and rebuild time when unprotected", () => {
    expect(stampede({ qps: 10_000, rebuildMs: 200 }, "none").dbQueries).toBe(2_000);
    expect(stampede({ qps: 5_000, rebuildMs: 50 }, "none").dbQueries).toBe(250);
    // Arrivals at 0, 1/3 s, 2/3 s: three within the first second, and a partial request counts whole.
    expect(arrivalsWithin(3, 1_000)).toBe(3);
    expect(arrivalsWithin(3, 1_001)).toBe(4);
    expect(arrivalsWithin(0.5, 1_000)).toBe(1);
  });

  it("lock: waiters who stop polling before the rebuild lands get nothing (the seed's 1 s loop)", () => {
    const slow = stampede({ qps: 5_000, rebuildMs: 1_500, waitMs: 1_000 }, "lock");
    expect(slow.dbQueries).toBe(1);
    expect(slow.waited).toBe(7_499);
    // Waiters arriving in (0, 0.5 s) give up before 1.5 s: k = 1 … 2,499.
    expect(slow.failed).toBe(2_499);
    expect(stampede({ qps: 5_000, rebuildMs: 1_500, waitMs: 2_000 }, "lock").failed).toBe(0);
  });

  it("lock: a lock that expires before the rebuild lands lets a second query through", () => {
    expect(stampede({ qps: 100, rebuildMs: 25_000, lockTtlMs: 10_000, waitMs: 30_000 }, "lock").dbQueries).toBe(3);
    expect(stampede({ qps: 100, rebuildMs: 10_000, lockTtlMs: 10_000 }, "lock").dbQueries).toBe(1);
  });

  it("early refresh: one query when it starts a rebuild or more ahead; otherwise the gap stampedes", () => {
    expect(stampede({ ...WORKED_STAMPEDE, leadMs: 200 }, "early").dbQueries).toBe(1);
    expect(stampede({ ...WORKED_STAMPEDE, leadMs: 5_000 }, "early").dbQueries).toBe(1);
    expect(stampede({ ...WORKED_STAMPEDE, leadMs: 100 }, "early")).toEqual({
      dbQueries: 501,
      waited: 0,
      failed: 0,
      slow: 500,
    });
  });

  it("handles zero traffic and rejects bad input", () => {
    expect(stampede({ qps: 0, rebuildMs: 200 }, "none").dbQueries).toBe(0);
    expect(stampede({ qps: 0, rebuildMs: 200 }, "lock").dbQueries).toBe(0);
    expect(stampede({ qps: 1, rebuildMs: 200 }, "lock")).toEqual({ dbQueries: 1, waited: 0, failed: 0, slow: 1 });
    for (const bad of [
      { qps: -1, rebuildMs: 200 },
      { qps: 5_000, rebuildMs: 0 },
      { qps: Number.NaN, rebuildMs: 200 },
      { qps: 5_000, rebuildMs: 200, lockTtlMs: 0 },
      { qps: 5_000, rebuildMs: 200, leadMs: -5 },
    ]) {
      expect(stampedeInputProblem(bad)).not.toBeNull();
      expect(() => stampede(bad, "none")).toThrow(RangeError);
    }
  });

  it("jitter spreads the expiries of many keys: 10,000 keys, 200 ms rebuilds, ±10 % of an hour → 3 at once", () => {
    const window = DEPLOY_WARMUP.ttlMs * DEPLOY_WARMUP.jitterShare;
    expect(window).toBe(720_000);
    expect(peakConcurrentRebuilds(10_000, 200, 0)).toBe(10_000);
    expect(peakConcurrentRebuilds(10_000, 200, window)).toBe(3);
    expect(peakConcurrentRebuilds(10, 200, 100)).toBe(10);
    expect(peakConcurrentRebuilds(10, 200, 2_000)).toBe(1);
    expect(peakConcurrentRebuilds(0, 200, 0)).toBe(0);
    expect(() => peakConcurrentRebuilds(-1, 200, 0)).toThrow(RangeError);
    expect(() => peakConcurrentRebuilds(5, 0, 0)).toThrow(RangeError);
  });
});

describe("stampede scenarios", () => {
  it("has at least three, each answered from the model", () => {
    expect(Object.keys(STAMPEDE_SCENARIOS).length).toBeGreaterThanOrEqual(3);
    for (const scenario of Object.values(STAMPEDE_SCENARIOS)) {
      expect(scenario.options.map((option) => option.id)).toContain(scenario.answer);
      expect(scenario.why.length).toBeGreaterThan(60);
    }
    const answers = Object.fromEntries(Object.entries(STAMPEDE_SCENARIOS).map(([id, s]) => [id, s.answer]));
    expect(answers).toEqual({
      unprotected: "n1000",
      "with-lock": "n1",
      "jitter-one-key": "n1000",
      "slow-rebuild-waiters": "n2500",
      "refresh-lead-too-short": "n501",
      "deploy-warmup": "n10000",
    });
    const label = (id: string) =>
      STAMPEDE_SCENARIOS[id]!.options.find((option) => option.id === STAMPEDE_SCENARIOS[id]!.answer)!.label;
    expect(label("unprotected")).toBe("1,000 queries");
    expect(label("with-lock")).toBe("1 query");
  });
});
