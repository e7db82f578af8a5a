import { describe, expect, it } from "vitest";
import { fewestBuckets, hotKeyInputProblem, hottestShardLoad, mitigate, suffixKeys } from "@/lib/hot-spots/hot-key";
import { HOT_KEY_SCENARIOS, OUTGROWN_SUFFIX, VIRAL_POST, VIRAL_READS } from "@/lib/hot-spots/scenarios";

describe("hot-key model", () => {
  it("worked figure: 10,000 comments a second over 10 buckets is 1,000 each and 10 reads to gather", () => {
    const result = mitigate(VIRAL_POST);
    expect(result.perBucketWrites).toBe(1_000);
    expect(result.fits).toBe(true);
    expect(result.fewestBuckets).toBe(10);
    expect(result.utilisation).toBe(1);
    expect(result.read.gather.partitionReadsPerRead).toBe(10);
    expect(result.read.rollup.partitionReadsPerRead).toBe(0);
    expect(result.read.rollup.cacheReadsPerRead).toBe(1);
  });

  it("k ≥ ⌈W / L⌉: one bucket fewer does not fit", () => {
    expect(fewestBuckets(10_000, 1_000)).toBe(10);
    expect(fewestBuckets(10_001, 1_000)).toBe(11);
    expect(fewestBuckets(9_999, 1_000)).toBe(10);
    expect(fewestBuckets(4_500, 1_000)).toBe(5);
    const nine = mitigate({ ...VIRAL_POST, buckets: 9 });
    expect(nine.fits).toBe(false);
    expect(nine.perBucketWrites).toBeCloseTo(1_111.1, 1);
  });

  it("zero writes, or writes under the limit, need one bucket", () => {
    expect(fewestBuckets(0, 1_000)).toBe(1);
    expect(fewestBuckets(999, 1_000)).toBe(1);
    expect(mitigate({ writesPerSecond: 0, partitionLimit: 1, buckets: 1 }).perBucketWrites).toBe(0);
  });

  it("a limit of 1 write a second needs one bucket per write a second", () => {
    expect(fewestBuckets(7, 1)).toBe(7);
  });

  it("reads: gathering multiplies by k, a rollup costs k per interval however many read", () => {
    const result = mitigate(VIRAL_READS);
    expect(result.read.gather.partitionReadsPerSecond).toBe(500_000);
    expect(result.read.gather.maxStalenessS).toBe(0);
    expect(result.read.rollup.partitionReadsPerSecond).toBe(10);
    expect(result.read.rollup.maxStalenessS).toBe(1);
    const slower = mitigate({ ...VIRAL_READS, rollupIntervalS: 5 });
    expect(slower.read.rollup.partitionReadsPerSecond).toBe(2);
    expect(slower.read.rollup.maxStalenessS).toBe(5);
    expect(mitigate(VIRAL_POST).read.gather.partitionReadsPerSecond).toBe(0);
  });

  it("more shards never split one key", () => {
    expect(hottestShardLoad(10_000, 0, 8)).toBe(10_000);
    expect(hottestShardLoad(10_000, 0, 16)).toBe(10_000);
    expect(hottestShardLoad(10_000, 80_000, 16)).toBe(15_000);
    expect(() => hottestShardLoad(1, 0, 0)).toThrow(RangeError);
    expect(() => hottestShardLoad(-1, 0, 2)).toThrow(RangeError);
  });

  it("seed 000's ×10 suffix, and when it is outgrown", () => {
    expect(suffixKeys("post_123_likes", 10)).toEqual([
      "post_123_likes_1",
      "post_123_likes_2",
      "post_123_likes_3",
      "post_123_likes_4",
      "post_123_likes_5",
      "post_123_likes_6",
      "post_123_likes_7",
      "post_123_likes_8",
      "post_123_likes_9",
      "post_123_likes_10",
    ]);
    const outgrown = mitigate(OUTGROWN_SUFFIX);
    expect(outgrown.perBucketWrites).toBe(2_500);
    expect(outgrown.fits).toBe(false);
    expect(outgrown.fewestBuckets).toBe(25);
    expect(() => suffixKeys("k", 0)).toThrow(RangeError);
  });

  it("rejects invalid input", () => {
    expect(hotKeyInputProblem(VIRAL_POST)).toBeNull();
    expect(hotKeyInputProblem({ ...VIRAL_POST, writesPerSecond: -1 })).toMatch(/zero or more/);
    expect(hotKeyInputProblem({ ...VIRAL_POST, partitionLimit: 0 })).toMatch(/more than 0/);
    expect(hotKeyInputProblem({ ...VIRAL_POST, buckets: 0 })).toMatch(/1 or more/);
    expect(hotKeyInputProblem({ ...VIRAL_POST, buckets: 2.5 })).toMatch(/whole number/);
    expect(hotKeyInputProblem({ ...VIRAL_POST, buckets: 1_001 })).toMatch(/1,000/);
    expect(hotKeyInputProblem({ ...VIRAL_POST, readsPerSecond: Number.NaN })).toMatch(/Reads/);
    expect(hotKeyInputProblem({ ...VIRAL_POST, rollupIntervalS: 0 })).toMatch(/interval/);
    expect(() => mitigate({ ...VIRAL_POST, buckets: 0 })).toThrow(RangeError);
    expect(() => fewestBuckets(10, 0)).toThrow(RangeError);
  });

  it("scenarios: at least three, each answer one of its options and computed by the model", () => {
    const keys = Object.keys(HOT_KEY_SCENARIOS);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    for (const spec of Object.values(HOT_KEY_SCENARIOS)) {
      expect(spec.options.map((option) => option.id)).toContain(spec.answer);
      expect(new Set(spec.options.map((option) => option.id)).size).toBe(spec.options.length);
    }
    expect(HOT_KEY_SCENARIOS["fewest-buckets"]!.answer).toBe("n10");
    expect(HOT_KEY_SCENARIOS["gather-read-cost"]!.answer).toBe("n10");
    expect(HOT_KEY_SCENARIOS["more-shards-instead"]!.answer).toBe("n10000");
    expect(HOT_KEY_SCENARIOS["gather-at-read-volume"]!.answer).toBe("n500000");
    expect(HOT_KEY_SCENARIOS["rollup-instead"]!.answer).toBe("n10");
    expect(HOT_KEY_SCENARIOS["suffix-outgrown"]!.answer).toBe("n25");
  });
});
