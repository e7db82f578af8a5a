import { formatNumber } from "@/lib/format/number";

export type RetryBucket = { startMs: number; sent: number; answered: number };

/**
 * Retries per time bucket for one policy, as plain SVG bars on a scale shared
 * with the other policies (`top`). The answered part of a bar is drawn darker
 * at its foot; the numbers themselves are in the caption and in the table.
 */
export function RetryBars({
  title,
  buckets,
  bucketMs,
  top,
}: {
  title: string;
  buckets: readonly RetryBucket[];
  bucketMs: number;
  top: number;
}) {
  const width = 320;
  const height = 96;
  const slot = width / Math.max(1, buckets.length);
  const scale = (value: number) => (top > 0 ? (value / top) * (height - 4) : 0);
  const peak = buckets.reduce((best, bucket) => (bucket.sent > best.sent ? bucket : best), buckets[0]!);
  const total = buckets.reduce((sum, bucket) => sum + bucket.sent, 0);
  const answered = buckets.reduce((sum, bucket) => sum + bucket.answered, 0);
  const end = buckets.length * bucketMs;
  const summary = `${title}: ${formatNumber(total)} retries over ${formatNumber(end)} ms; the busiest ${formatNumber(bucketMs)} ms bucket, from ${formatNumber(peak.startMs)} ms, holds ${formatNumber(peak.sent)}${answered > 0 ? `; ${formatNumber(answered)} answered in all` : ""}.`;
  return (
    <figure className="min-w-0 space-y-1">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full rounded-md border border-border bg-surface"
        role="img"
        aria-label={summary}
      >
        {buckets.map((bucket, index) => {
          const sent = scale(bucket.sent);
          const ok = scale(bucket.answered);
          const x = index * slot + (slot > 3 ? slot * 0.1 : 0);
          const w = Math.max(0.6, slot > 3 ? slot * 0.8 : slot);
          return bucket.sent === 0 ? null : (
            <g key={bucket.startMs}>
              <rect x={x} y={height - sent} width={w} height={sent} className="fill-accent" />
              {ok > 0 ? <rect x={x} y={height - ok} width={w} height={ok} className="fill-success" /> : null}
            </g>
          );
        })}
        <line x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} className="stroke-border" strokeWidth={1} />
      </svg>
      <figcaption className="text-xs">
        <span className="font-semibold">{title}.</span> {summary.slice(title.length + 2)} Time runs left to right, 0 to{" "}
        {formatNumber(end)} ms.
      </figcaption>
    </figure>
  );
}
