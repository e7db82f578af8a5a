import type { Cell, CellSearch } from "@/lib/geo/geohash-cells";
import { formatNumber } from "@/lib/format/number";

const LISTED = 40;

/** "2 north, 1 west" from a cell's offset to the home cell. */
export function offsetLabel(cell: Pick<Cell, "dRow" | "dCol" | "home">): string {
  if (cell.home) return "the point's own cell";
  const parts = [
    cell.dRow !== 0 ? `${Math.abs(cell.dRow)} ${cell.dRow > 0 ? "north" : "south"}` : "",
    cell.dCol !== 0 ? `${Math.abs(cell.dCol)} ${cell.dCol > 0 ? "east" : "west"}` : "",
  ];
  return parts.filter(Boolean).join(", ");
}

/** The text twin of the map: the grid as a table, and the cells read with their distance from the point. */
export function CellTables({ search }: { search: CellSearch }) {
  return (
    <div className="space-y-3 text-sm">
      {search.grid ? (
        <details>
          <summary className="cursor-pointer font-medium">The grid as a table (north at the top)</summary>
          <div className="mt-2 overflow-x-auto">
            <table className="border-collapse font-mono text-xs">
              <caption className="sr-only">Geohash cells around the point, north at the top, west on the left</caption>
              <tbody>
                {search.grid.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell) => (
                      <td
                        key={cell.hash}
                        className={`border px-2 py-1 ${cell.read ? "border-accent bg-accent-soft font-semibold" : "border-border"}`}
                      >
                        {cell.hash}
                        {cell.home ? " (point, read)" : cell.read ? " (read)" : ""}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
      <details open={search.read.length <= 9}>
        <summary className="cursor-pointer font-medium">The {formatNumber(search.read.length)} cells read</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full max-w-lg border-collapse text-left">
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-1 pr-3 font-medium">
                  Geohash
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Where
                </th>
                <th scope="col" className="py-1 font-medium">
                  Nearest edge from the point
                </th>
              </tr>
            </thead>
            <tbody>
              {search.read.slice(0, LISTED).map((cell) => (
                <tr key={cell.hash} className="border-b border-border">
                  <td className="py-1 pr-3 font-mono">{cell.hash}</td>
                  <td className="py-1 pr-3">{offsetLabel(cell)}</td>
                  <td className="py-1">{cell.home ? "inside" : `${formatNumber(Math.round(cell.nearestM))} m`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {search.read.length > LISTED ? (
            <p className="mt-1 text-muted">
              The first {LISTED} of {formatNumber(search.read.length)} are listed.
            </p>
          ) : null}
        </div>
      </details>
    </div>
  );
}
