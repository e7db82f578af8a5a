import type { CellSearch, LatLon } from "@/lib/geo/geohash-cells";
import { cn } from "@/lib/cn";

const M_PER_DEGREE = (Math.PI * 6_371_000) / 180;

/**
 * The cells around a search as an SVG map in metres around the point: every
 * cell labelled with its geohash, the cells read outlined thick and marked
 * "read", the search circle dashed. Decorative twin of the tables beside it,
 * which say the same in text.
 */
export function CellGridFigure({ search, point, radiusM }: { search: CellSearch; point: LatLon; radiusM: number }) {
  const grid = search.grid!;
  const cos = Math.cos((point.lat * Math.PI) / 180);
  const x = (lon: number) => (lon - point.lon) * M_PER_DEGREE * cos;
  const y = (lat: number) => (point.lat - lat) * M_PER_DEGREE;
  const cells = grid.flat();
  const home = cells.find((cell) => cell.home)!;
  // Place each cell by its offset from the home cell, so the antimeridian does not tear the picture.
  const positions = cells.map((cell) => ({
    cell,
    px: x(home.west) + cell.dCol * search.widthM,
    py: y(home.north) - cell.dRow * search.heightM,
    width: search.widthM,
    height: search.heightM,
  }));
  const minX = Math.min(...positions.map((p) => p.px));
  const minY = Math.min(...positions.map((p) => p.py));
  const maxX = Math.max(...positions.map((p) => p.px + p.width));
  const maxY = Math.max(...positions.map((p) => p.py + p.height));
  const font = Math.min(search.widthM, search.heightM) / 5.5;
  const read = search.read.length;
  return (
    <figure className="space-y-1">
      <svg
        viewBox={`${minX} ${minY} ${maxX - minX} ${maxY - minY}`}
        className="h-auto w-full max-w-xl rounded-md border border-border bg-surface"
        role="img"
        aria-label={`Map of ${cells.length} geohash cells around the point; the search circle overlaps ${read} of them, listed in the table below.`}
      >
        {positions.map(({ cell, px, py, width, height }) => (
          <g key={cell.hash}>
            <rect
              x={px}
              y={py}
              width={width}
              height={height}
              className={cn(cell.read ? "fill-accent-soft stroke-accent" : "fill-bg stroke-border")}
              strokeWidth={cell.read ? font / 4 : font / 12}
            />
            <text
              x={px + width / 2}
              y={py + height / 2}
              textAnchor="middle"
              className="fill-fg font-mono"
              fontSize={font}
            >
              {cell.hash}
            </text>
            <text
              x={px + width / 2}
              y={py + height / 2 + font * 1.2}
              textAnchor="middle"
              className="fill-muted"
              fontSize={font * 0.8}
            >
              {cell.home ? "point · read" : cell.read ? "read" : ""}
            </text>
          </g>
        ))}
        <circle
          cx={0}
          cy={0}
          r={radiusM}
          fill="none"
          className="stroke-fg"
          strokeWidth={font / 8}
          strokeDasharray={`${font / 2} ${font / 3}`}
        />
        <circle cx={0} cy={0} r={font / 3} className="fill-danger" />
      </svg>
      <figcaption className="text-xs text-muted">
        North is up. Dashed circle: the search radius; dot: the point. Thick outline and &ldquo;read&rdquo;: a cell the
        search must read.
      </figcaption>
    </figure>
  );
}
