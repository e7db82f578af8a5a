import { numberPrediction, type PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import { fewestBuckets, hottestShardLoad, mitigate } from "@/lib/hot-spots/hot-key";
import { formatNumber } from "@/lib/format/number";

/**
 * HotKeyMitigator's worked figures and the predictions asked about them.
 * Every answer is computed by the model.
 */

/** The plan's worked figure: a viral post's comments, 10 buckets. */
export const VIRAL_POST = { writesPerSecond: 10_000, partitionLimit: 1_000, buckets: 10 } as const;
/** Readers of the post's comment count, against the same 10 buckets. */
export const VIRAL_READS = { ...VIRAL_POST, readsPerSecond: 50_000, rollupIntervalS: 1 } as const;
/** Seed 000's ×10 like-counter suffix, after the likes outgrow it. */
export const OUTGROWN_SUFFIX = { writesPerSecond: 25_000, partitionLimit: 1_000, buckets: 10 } as const;
/** Resharding instead of salting: 8 shards become 16, the post keeps one key. */
export const RESHARD = { hotWritesPerSecond: 10_000, fromShards: 8, toShards: 16 } as const;

const buckets = (value: number) => `${formatNumber(value)} ${value === 1 ? "bucket" : "buckets"}`;
const perSecond = (unit: string) => (value: number) => `${formatNumber(value)} ${unit} a second`;

const viral = mitigate(VIRAL_POST);
const viralReads = mitigate(VIRAL_READS);

export const HOT_KEY_SCENARIOS: PredictionScenarios = {
  "fewest-buckets": numberPrediction(
    "A viral post receives 10,000 comments a second, and one partition accepts 1,000 writes a second. What is the fewest number of buckets that keeps every bucket within the limit?",
    [1, 5, 10, 20],
    viral.fewestBuckets,
    "Each bucket takes W ÷ k on average, so you need k ≥ ⌈W ÷ L⌉ = ⌈10,000 ÷ 1,000⌉ = 10. Nine buckets would leave about 1,111 writes a second on each, over the limit; twenty would work but doubles the reads for nothing.",
    buckets,
  ),
  "gather-read-cost": numberPrediction(
    "With the comments spread over 10 buckets, a reader opens the post and wants its newest comments. How many partition reads does that one page view cost, with no cache?",
    [1, 2, 10, 100],
    viral.read.gather.partitionReadsPerRead,
    "Any bucket may hold the newest comment, so the reader must ask all 10 and merge the results by time. The write hot spot became a read fan-out: that is the price of salting.",
    (value) => `${formatNumber(value)} ${value === 1 ? "read" : "reads"}`,
  ),
  "more-shards-instead": numberPrediction(
    "Someone suggests skipping the buckets and doubling the cluster from 8 to 16 shards. The post keeps its single key. How many of its 10,000 comments a second land on the partition that holds it?",
    [625, 1_250, 5_000, 10_000],
    hottestShardLoad(RESHARD.hotWritesPerSecond, 0, RESHARD.toShards),
    "All of them. The hash of one key picks one partition, and every request for that key goes there, however many shards exist. More shards spread many keys; they cannot split one.",
    perSecond("writes"),
  ),
  "gather-at-read-volume": numberPrediction(
    "50,000 readers a second load the post's comment count, and each read gathers the 10 bucket counters directly. How many partition reads a second is that?",
    [5_000, 50_000, 100_000, 500_000],
    viralReads.read.gather.partitionReadsPerSecond,
    "Every read costs 10 partition reads: 50,000 × 10 = 500,000 a second. Salting cured the writes and multiplied a read hot spot by ten, so a key that is hot both ways needs something for the reads too.",
    perSecond("reads"),
  ),
  "rollup-instead": numberPrediction(
    "Instead, a background job sums the 10 buckets once a second and writes the total to a cache, and readers read only that. How many partition reads a second does the count cost now?",
    [1, 10, 50_000, 500_000],
    viralReads.read.rollup.partitionReadsPerSecond,
    "The job reads each bucket once a second: 10 reads a second, whatever the number of readers. Readers hit the cache, and the count can be up to a second old, which nobody notices on a comment counter.",
    perSecond("reads"),
  ),
  "suffix-outgrown": numberPrediction(
    "A like counter was split into 10 suffixed keys (post_123_likes_1 … _10). Likes climb to 25,000 a second and each partition still accepts 1,000 writes a second. What is the fewest number of suffixes now?",
    [10, 20, 25, 100],
    fewestBuckets(OUTGROWN_SUFFIX.writesPerSecond, OUTGROWN_SUFFIX.partitionLimit),
    "Ten suffixes leave 2,500 writes a second on each, two and a half times the limit. ⌈25,000 ÷ 1,000⌉ = 25. A fixed ×10 is a starting point, not a rule: size k from the rate, and let the readers know the new k.",
    buckets,
  ),
};
