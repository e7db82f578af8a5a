/**
 * One hot key split into buckets (key salting), and what that does to writes
 * and reads. Pure and deterministic.
 *
 * The model: a single key takes W writes a second; one partition accepts at
 * most L writes a second. Writing to one of k bucket keys chosen at random
 * (post_123#1 … post_123#k) sends W/k to each bucket on average, and each bucket
 * key is assumed to sit on its own partition. A read that needs the whole key
 * (every comment, the total of a counter) must then gather all k buckets, or
 * read a rollup that a background job rebuilds from the k buckets every T seconds.
 * Adding shards does not change a single key's load: hashing places the key,
 * and all its traffic, on one partition.
 */

export type HotKeyInput = {
  /** Writes a second aimed at the hot key. */
  writesPerSecond: number;
  /** Writes a second one partition accepts. */
  partitionLimit: number;
  /** Bucket keys the writes are spread over (1 = no salting). */
  buckets: number;
  /** Reads a second that need the whole key (default 0). */
  readsPerSecond?: number;
  /** How often a background job rebuilds the cached rollup, in seconds (default 1). */
  rollupIntervalS?: number;
};

export type ReadStrategy = "gather" | "rollup";
export const READ_STRATEGIES: readonly ReadStrategy[] = ["gather", "rollup"];
export const READ_STRATEGY_NAMES: Record<ReadStrategy, string> = {
  gather: "Gather every bucket on each read",
  rollup: "Read a cached rollup",
};

export type ReadCost = {
  /** Partition (database) reads one user read costs. */
  partitionReadsPerRead: number;
  /** Cache reads one user read costs. */
  cacheReadsPerRead: number;
  /** Partition reads a second, from users and from the rollup job together. */
  partitionReadsPerSecond: number;
  /** How old the answer can be, in seconds (0 = as fresh as the buckets). */
  maxStalenessS: number;
};

export type HotKeyResult = {
  /** Average writes a second each bucket takes: W / k. */
  perBucketWrites: number;
  /** Whether each bucket fits under the partition limit. */
  fits: boolean;
  /** The fewest buckets that fit: ⌈W / L⌉, and at least 1. */
  fewestBuckets: number;
  /** Each bucket's load as a share of the limit (1 = exactly at the limit). */
  utilisation: number;
  read: Record<ReadStrategy, ReadCost>;
};

export const MAX_BUCKETS = 1_000;
export const MAX_RATE = 100_000_000;

export function hotKeyInputProblem(input: HotKeyInput): string | null {
  const { writesPerSecond, partitionLimit, buckets, readsPerSecond = 0, rollupIntervalS = 1 } = input;
  if (!Number.isFinite(writesPerSecond) || writesPerSecond < 0) return "Writes per second must be zero or more.";
  if (writesPerSecond > MAX_RATE) return "Keep writes per second at or below 100 million.";
  if (!Number.isFinite(partitionLimit) || partitionLimit <= 0) return "The partition limit must be more than 0.";
  if (partitionLimit > MAX_RATE) return "Keep the partition limit at or below 100 million.";
  if (!Number.isInteger(buckets) || buckets < 1) return "Buckets must be a whole number, 1 or more.";
  if (buckets > MAX_BUCKETS) return "Keep the buckets at or below 1,000.";
  if (!Number.isFinite(readsPerSecond) || readsPerSecond < 0) return "Reads per second must be zero or more.";
  if (readsPerSecond > MAX_RATE) return "Keep reads per second at or below 100 million.";
  if (!Number.isFinite(rollupIntervalS) || rollupIntervalS <= 0) return "The rollup interval must be more than 0 s.";
  if (rollupIntervalS > 86_400) return "Keep the rollup interval at or below a day.";
  return null;
}

function check(input: HotKeyInput) {
  const problem = hotKeyInputProblem(input);
  if (problem) throw new RangeError(problem);
}

/** The fewest buckets that keep each one at or under the limit: ⌈W / L⌉, never below 1. */
export function fewestBuckets(writesPerSecond: number, partitionLimit: number): number {
  check({ writesPerSecond, partitionLimit, buckets: 1 });
  // The small guard keeps 10,000 / 1,000 at exactly 10 despite floating point.
  return Math.max(1, Math.ceil(writesPerSecond / partitionLimit - 1e-9));
}

/** What one key costs when its writes are spread over `buckets` keys. */
export function mitigate(input: HotKeyInput): HotKeyResult {
  check(input);
  const { writesPerSecond, partitionLimit, buckets, readsPerSecond = 0, rollupIntervalS = 1 } = input;
  const perBucketWrites = writesPerSecond / buckets;
  return {
    perBucketWrites,
    fits: perBucketWrites <= partitionLimit + 1e-9,
    fewestBuckets: fewestBuckets(writesPerSecond, partitionLimit),
    utilisation: perBucketWrites / partitionLimit,
    read: {
      gather: {
        partitionReadsPerRead: buckets,
        cacheReadsPerRead: 0,
        partitionReadsPerSecond: readsPerSecond * buckets,
        maxStalenessS: 0,
      },
      rollup: {
        partitionReadsPerRead: 0,
        cacheReadsPerRead: 1,
        // The job reads every bucket once per interval, however many users read.
        partitionReadsPerSecond: buckets / rollupIntervalS,
        maxStalenessS: rollupIntervalS,
      },
    },
  };
}

/**
 * The load on the partition that holds one hot key when the cluster has
 * `shards` shards and the key is not salted: all of it, whatever `shards` is.
 * The rest of the traffic (`otherWritesPerSecond`, spread evenly by the hash)
 * adds its share.
 */
export function hottestShardLoad(hotWritesPerSecond: number, otherWritesPerSecond: number, shards: number): number {
  if (!Number.isInteger(shards) || shards < 1) throw new RangeError("Shards must be a whole number, 1 or more.");
  if (!(hotWritesPerSecond >= 0) || !(otherWritesPerSecond >= 0)) throw new RangeError("Rates must be zero or more.");
  return hotWritesPerSecond + otherWritesPerSecond / shards;
}

/** Seed 000's suffixed keys: post_123_likes_1 … post_123_likes_k. */
export function suffixKeys(base: string, buckets: number): string[] {
  if (!Number.isInteger(buckets) || buckets < 1 || buckets > MAX_BUCKETS)
    throw new RangeError("Buckets must be a whole number from 1 to 1,000.");
  return Array.from({ length: buckets }, (_, index) => `${base}_${index + 1}`);
}
