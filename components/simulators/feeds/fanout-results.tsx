import { ScrollRegion } from "@/components/ui/scroll-region";
import { describeThreshold, SECONDS_PER_DAY, type FanoutCosts, type FeedModel } from "@/lib/feeds/fanout";
import { formatNumber } from "@/lib/format/number";

const fmt = (value: number, digits = 0) =>
  formatNumber(value, { maximumFractionDigits: value !== 0 && Math.abs(value) < 10 ? 3 : digits });

type Costs = { write: FanoutCosts; read: FanoutCosts; hybrid: FanoutCosts };

const ROWS: readonly { label: string; value: (costs: FanoutCosts) => number }[] = [
  { label: "Timeline writes a second", value: (costs) => costs.timelineWritesPerSecond },
  { label: "Reads per timeline load", value: (costs) => costs.readsPerLoad },
  { label: "Of which pulled accounts", value: (costs) => costs.extraReadsPerLoad },
  { label: "Timeline reads a second", value: (costs) => costs.readsPerSecond },
  { label: "Writes from the biggest single post", value: (costs) => costs.worstPostFanout },
];

/** The three strategies side by side, then the hybrid's figures worked tier by tier. */
export function FanoutResults({ model, costs }: { model: FeedModel; costs: Costs }) {
  const { write, read, hybrid } = costs;
  const columns = [
    { key: "write", heading: "Fan-out on write", costs: write },
    { key: "read", heading: "Fan-out on read", costs: read },
    { key: "hybrid", heading: "Hybrid at this threshold", costs: hybrid },
  ] as const;
  const pulled = hybrid.tiers.filter((cost) => cost.pulled);
  return (
    <div className="space-y-3 text-sm">
      <ScrollRegion label="Costs of the three strategies">
        <table className="w-full min-w-[32rem]">
          <caption className="pb-2 text-left text-muted">
            The costs of each strategy for {fmt(hybrid.postsPerSecond, 1)} posts and {fmt(model.timelineLoadsPerSecond)}{" "}
            timeline loads a second.
          </caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-1 pr-3 font-semibold">
                Cost
              </th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className="py-1 pr-3 font-semibold">
                  {column.heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.label} className="border-t border-border">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {row.label}
                </th>
                {columns.map((column) => (
                  <td key={column.key} className="py-1 pr-3 tabular-nums">
                    {fmt(row.value(column.costs), 1)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      <h5 className="font-semibold">How the hybrid&apos;s figures are worked out</h5>
      <p>Threshold: accounts with {describeThreshold(hybrid.threshold)}.</p>
      <ul className="list-disc space-y-1 pl-5">
        {hybrid.tiers.map((cost) => (
          <li key={cost.tier.name} data-tier={cost.tier.name}>
            <span className="font-medium">{cost.tier.name}</span> ({cost.pulled ? "pulled on read" : "fanned out"}):{" "}
            {fmt(cost.tier.accounts)} × {fmt(cost.tier.postsPerDay)} posts ÷ {fmt(SECONDS_PER_DAY)} s ={" "}
            {fmt(cost.postsPerSecond, 2)} posts/s
            {cost.pulled
              ? `; no timeline writes, but the average reader follows ${fmt(cost.followedPerReader, 2)} of them (${fmt(cost.tier.accounts)} × ${fmt(cost.tier.followers)} follows ÷ ${fmt(hybrid.tiers.reduce((sum, c) => sum + c.tier.accounts, 0))} accounts), each read at every load.`
              : ` × ${fmt(cost.tier.followers)} followers = ${fmt(cost.timelineWritesPerSecond)} timeline writes/s.`}
          </li>
        ))}
      </ul>
      <p>
        Timeline writes a second: <strong>{fmt(hybrid.timelineWritesPerSecond)}</strong> (posts/s × followers, summed
        over the tiers fanned out). Under pure fan-out on write that is {fmt(write.postsPerSecond, 1)} posts/s ×{" "}
        {fmt(write.meanFollowersPerPost, 1)} followers per post = {fmt(write.timelineWritesPerSecond)}.
      </p>
      <p>
        Reads per timeline load: <strong>{fmt(hybrid.readsPerLoad, 2)}</strong> ={" "}
        {hybrid.tiers.some((cost) => !cost.pulled) ? "1 precomputed timeline" : "no precomputed timeline"}
        {pulled.length > 0 ? ` + ${fmt(hybrid.extraReadsPerLoad, 2)} pulled accounts followed` : ""}; ×{" "}
        {fmt(model.timelineLoadsPerSecond)} loads/s = <strong>{fmt(hybrid.readsPerSecond)}</strong> reads a second.
      </p>
      <p>
        Biggest single post: <strong>{fmt(hybrid.worstPostFanout)} timeline writes</strong>
        {hybrid.worstPostFanout < write.worstPostFanout
          ? `, against ${fmt(write.worstPostFanout)} if every account were fanned out (the fan-out storm of one post from the most-followed account).`
          : hybrid.worstPostFanout > 0
            ? ": one post from the most-followed account queues this many inserts at once (the fan-out storm)."
            : ": nothing is fanned out."}
      </p>
    </div>
  );
}
