import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatNumber } from "@/lib/format/number";

const count = (value: number) => formatNumber(Math.round(value));
/** Buckets drawn one bar each up to this many; beyond it one bar stands for all (they are equal). */
const DRAWN = 40;

/**
 * One bar per bucket, its average writes a second against the partition limit
 * (the dashed line). Over the limit is said in words and a ⚠, not colour alone.
 */
export function BucketBars({ buckets, perBucket, limit }: { buckets: number; perBucket: number; limit: number }) {
  const top = Math.max(perBucket, limit) * 1.15 || 1;
  const height = (value: number) => `${Math.min(100, (value / top) * 100)}%`;
  const over = perBucket > limit + 1e-9;
  const drawn = Math.min(buckets, DRAWN);
  return (
    <ScrollRegion label="Writes a second on each bucket" live>
      <figure className="min-w-[18rem] space-y-2" data-testid="hot-key-mitigator-bars">
        <div className="relative flex h-40 items-end gap-1 border-b border-border">
          <div
            className="absolute inset-x-0 border-t-2 border-dashed border-fg"
            style={{ bottom: height(limit) }}
            aria-hidden="true"
          />
          <span
            className="absolute right-0 -translate-y-full bg-bg px-1 text-xs text-muted"
            style={{ bottom: height(limit) }}
            aria-hidden="true"
          >
            limit {count(limit)}/s
          </span>
          {Array.from({ length: drawn }, (_, index) => (
            <div
              key={index}
              className={over ? "flex-1 rounded-t-sm bg-danger" : "flex-1 rounded-t-sm bg-accent"}
              style={{ height: height(perBucket), maxWidth: "3rem" }}
              aria-hidden="true"
            />
          ))}
        </div>
        <figcaption className="text-sm">
          {count(buckets)} {buckets === 1 ? "bucket takes" : "buckets take"} about <strong>{count(perBucket)}</strong>{" "}
          writes a second each, against a limit of {count(limit)}:{" "}
          <strong>{over ? "over the limit ⚠" : "within the limit ✓"}</strong>
          {buckets > DRAWN ? ` (the first ${DRAWN} are drawn; the rest are the same).` : "."}
        </figcaption>
      </figure>
    </ScrollRegion>
  );
}
