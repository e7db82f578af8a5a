import { ScrollRegion } from "@/components/ui/scroll-region";

/** Queue depth per server at the end of every tick, as numbers with a shade behind them (the number carries the meaning). */
export function DepthTable({ servers, depth }: { servers: string[]; depth: number[][] }) {
  const peak = Math.max(1, ...depth.flat());
  return (
    <ScrollRegion label="Queue depth per tick">
      <table className="text-center text-sm tabular-nums">
        <caption className="mb-2 text-left text-muted">In-flight requests at the end of each tick.</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-2 text-left">
              Tick
            </th>
            {depth.map((_, tick) => (
              <th key={tick} scope="col" className="min-w-8 px-1 font-normal text-muted">
                {tick}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {servers.map((server, index) => (
            <tr key={server}>
              <th scope="row" className="pr-2 text-left font-medium">
                {server}
              </th>
              {depth.map((row, tick) => (
                <td key={tick} className="relative px-1 py-1">
                  <span
                    aria-hidden="true"
                    className="absolute inset-0.5 rounded-sm bg-accent"
                    style={{ opacity: (row[index]! / peak) * 0.35 }}
                  />
                  <span className="relative">{row[index]}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
