import { formatNumber } from "@/lib/format/number";

/** Lag over time as a plain SVG line, with its axes labelled in text. */
export function LagChart({ series }: { series: number[] }) {
  const width = 320;
  const height = 140;
  const pad = { left: 8, right: 8, top: 10, bottom: 10 };
  const peak = Math.max(1, ...series);
  const last = Math.max(1, series.length - 1);
  const x = (second: number) => pad.left + (second / last) * (width - pad.left - pad.right);
  const y = (value: number) => pad.top + (1 - value / peak) * (height - pad.top - pad.bottom);
  const points = series.map((value, second) => `${x(second).toFixed(1)},${y(value).toFixed(1)}`).join(" ");
  return (
    <figure className="space-y-1">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full max-w-md rounded-md border border-border bg-surface"
        role="img"
        aria-label={`Lag from ${formatNumber(series[0] ?? 0)} to ${formatNumber(series.at(-1) ?? 0)} messages over ${last} seconds`}
      >
        <line x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} className="stroke-border" strokeWidth={1} />
        <polyline points={points} fill="none" className="stroke-accent" strokeWidth={2.5} />
      </svg>
      <figcaption className="text-xs text-muted">
        Vertical: lag, 0 to {formatNumber(peak)} messages. Horizontal: 0 to {last} s.
      </figcaption>
    </figure>
  );
}
