"use client";

import { useId, useMemo, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { inputClasses } from "@/components/ui/field-styles";
import { cn } from "@/lib/cn";
import { analyse, HOT_RATIO, type Analysis } from "@/lib/sharding/shard-key";
import { CHOOSER_START, SHARD_KEY_SCENARIOS } from "@/lib/sharding/shard-key-scenarios";
import { workload, WORKLOADS } from "@/lib/sharding/shard-key-workloads";
import { formatNumber } from "@/lib/format/number";

const times = (ratio: number) =>
  Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : "unbounded (the median shard is empty)";

/**
 * Pick a shard key for a skewed workload and see what it does: load per
 * shard, the hottest shard against the median (HOT at 10×), and how many
 * shards each query of the mix has to visit. The learner predicts first.
 */
export function ShardKeyChooser({ id }: { id: string }) {
  const uid = useId();
  const prediction = usePrediction(id, SHARD_KEY_SCENARIOS);
  const [workloadId, setWorkloadId] = useState(WORKLOADS[0]!.id);
  const entry = workload(workloadId);
  const start = CHOOSER_START[workloadId]!;
  const [keyId, setKeyId] = useState(start.key);
  const unlocked = prediction.answered(start.scenario);
  const result = useMemo(() => analyse(entry, keyId), [entry, keyId]);

  return (
    <div className="space-y-5" data-testid="shard-key-chooser">
      <label className="block space-y-1 text-sm">
        <span className="font-medium">System</span>
        <select
          className={inputClasses}
          value={workloadId}
          onChange={(event) => {
            setWorkloadId(event.target.value);
            setKeyId(CHOOSER_START[event.target.value]!.key);
          }}
        >
          {WORKLOADS.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </option>
          ))}
        </select>
      </label>
      <p className="text-sm text-muted">
        {entry.description} {entry.shards} shards, each key value hashed to one of them.
      </p>

      <PredictionPrompt id={id} scenarios={SHARD_KEY_SCENARIOS} scenario={start.scenario} />

      {unlocked ? (
        <section className="space-y-4" aria-label="Shard by a key">
          <fieldset className="space-y-1">
            <legend className="text-sm font-semibold">Shard key</legend>
            <div className="flex flex-wrap gap-x-5 gap-y-1">
              {entry.keys.map((key) => (
                <label key={key.id} className="flex min-h-10 items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name={`${uid}-key`}
                    className="size-4"
                    checked={keyId === key.id}
                    onChange={() => setKeyId(key.id)}
                  />
                  {key.label}
                </label>
              ))}
            </div>
          </fieldset>
          <Verdict result={result} />
          <LoadTable result={result} unit={entry.unit} />
          <QueryTable result={result} shards={entry.shards} />
        </section>
      ) : (
        <p className="text-sm text-muted">Make your prediction above to choose keys and see the shards.</p>
      )}
    </div>
  );
}

function Verdict({ result }: { result: Analysis }) {
  return (
    <div
      aria-live="polite"
      className={cn("rounded-md px-3 py-2 text-sm", result.hot ? "bg-danger-soft" : "bg-success-soft")}
    >
      <p>
        <strong>{result.hot ? "HOT shard. " : "No hot shard. "}</strong>
        Hottest shard: {formatNumber(result.hottest)}; median shard: {formatNumber(result.median)}; ratio{" "}
        {times(result.ratio)} (HOT at {HOT_RATIO}×).
        {result.emptyShards > 0
          ? ` ${result.emptyShards} shard${result.emptyShards === 1 ? " holds" : "s hold"} nothing.`
          : ""}
      </p>
      <p>An average query of the mix touches {result.shardsPerQuery.toFixed(2)} shards.</p>
    </div>
  );
}

function LoadTable({ result, unit }: { result: Analysis; unit: string }) {
  const widest = Math.max(1, result.hottest);
  return (
    <ScrollRegion label="Load per shard">
      <table className="w-full min-w-[22rem] text-left text-sm">
        <caption className="mb-2 text-left text-muted">
          Load per shard with {result.key.label} as the key (in {unit}, weighted by traffic).
        </caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-1 pr-3">
              Shard
            </th>
            <th scope="col" className="py-1 pr-3">
              Load
            </th>
            <th scope="col" className="py-1">
              Against the median
            </th>
          </tr>
        </thead>
        <tbody>
          {result.load.map((load, shard) => {
            const ratio = result.median === 0 ? (load === 0 ? 0 : Infinity) : load / result.median;
            const hot = ratio >= HOT_RATIO;
            return (
              <tr key={shard} className="border-b border-border">
                <th scope="row" className="py-1 pr-3 font-medium">
                  {shard}
                </th>
                <td className="py-1 pr-3">
                  <span className="flex items-center gap-2">
                    <span className="w-16 text-right tabular-nums">{formatNumber(load)}</span>
                    <span
                      aria-hidden="true"
                      className={cn("h-3 rounded-sm", hot ? "bg-danger" : "bg-accent")}
                      style={{ width: `${(load / widest) * 10}rem` }}
                    />
                  </span>
                </td>
                <td className={cn("py-1 tabular-nums", hot ? "font-semibold text-danger" : "")}>
                  {load === 0 ? "empty" : Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : "∞"}
                  {hot ? " HOT" : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function QueryTable({ result, shards }: { result: Analysis; shards: number }) {
  return (
    <ScrollRegion label="Shards touched per query">
      <table className="w-full min-w-[22rem] text-left text-sm">
        <caption className="mb-2 text-left text-muted">
          How many of the {shards} shards each query has to visit.
        </caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-1 pr-3">
              Query
            </th>
            <th scope="col" className="py-1 pr-3">
              Share of traffic
            </th>
            <th scope="col" className="py-1 pr-3">
              Shards, on average
            </th>
            <th scope="col" className="py-1">
              Shards, at worst
            </th>
          </tr>
        </thead>
        <tbody>
          {result.queries.map((query) => (
            <tr key={query.id} className="border-b border-border">
              <th scope="row" className="py-1 pr-3 font-medium">
                {query.label}
              </th>
              <td className="py-1 pr-3 tabular-nums">{Math.round(query.share * 100)}%</td>
              <td className={cn("py-1 pr-3 tabular-nums", query.averageShards > 1 ? "text-danger" : "text-success")}>
                {query.averageShards.toFixed(2)}
                {query.averageShards > 1 ? " (scatter-gather)" : " (one shard)"}
              </td>
              <td className="py-1 tabular-nums">{query.maxShards}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
