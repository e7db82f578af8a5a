"use client";

import { useId, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { BucketBars } from "@/components/simulators/hot-spots/bucket-bars";
import { Button } from "@/components/ui/button";
import { NumberField } from "@/components/simulators/number-field";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatNumber } from "@/lib/format/number";
import {
  hotKeyInputProblem,
  mitigate,
  READ_STRATEGIES,
  READ_STRATEGY_NAMES,
  suffixKeys,
  type HotKeyInput,
} from "@/lib/hot-spots/hot-key";
import { HOT_KEY_SCENARIOS, VIRAL_READS } from "@/lib/hot-spots/scenarios";

const SCENARIO_KEYS = Object.keys(HOT_KEY_SCENARIOS);
const count = (value: number) =>
  formatNumber(value, { maximumFractionDigits: value < 10 && !Number.isInteger(value) ? 1 : 0 });

const START: Required<HotKeyInput> = { ...VIRAL_READS, buckets: 1 };

/**
 * One hot key, a per-partition write limit and a number of buckets. The
 * learner predicts the scenarios first; then looks for the fewest buckets that
 * fit, and sees what a read costs when it gathers every bucket or reads a
 * cached rollup.
 */
export function HotKeyMitigator({ id }: { id: string }) {
  const uid = useId();
  const prediction = usePrediction(id, HOT_KEY_SCENARIOS);
  const unlocked = SCENARIO_KEYS.some((key) => prediction.answered(key));
  const [input, setInput] = useState<Required<HotKeyInput>>(START);
  const set = (patch: Partial<HotKeyInput>) => setInput((current) => ({ ...current, ...patch }));
  const problem = hotKeyInputProblem(input);
  const result = problem ? null : mitigate(input);
  const shown = result ? suffixKeys("post_123", Math.min(input.buckets, 3)) : [];

  return (
    <div className="space-y-6" data-testid="hot-key-mitigator">
      <section className="space-y-3" aria-label="Predict first">
        <p className="text-sm text-muted">
          One key takes all the writes below; each bucket is its own key on its own partition. Predict each scenario
          first; answering one opens the workbench.
        </p>
        {SCENARIO_KEYS.map((key) => (
          <PredictionPrompt key={key} id={id} scenarios={HOT_KEY_SCENARIOS} scenario={key} />
        ))}
      </section>

      {unlocked ? (
        <section className="space-y-4" aria-labelledby={`${uid}-bench`}>
          <h4 id={`${uid}-bench`} className="font-semibold">
            Split the key: find the fewest buckets that fit
          </h4>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <NumberField
              label="Writes a second on the hot key (W)"
              value={input.writesPerSecond}
              min={0}
              max={100_000_000}
              step={500}
              onChange={(writesPerSecond) => set({ writesPerSecond })}
            />
            <NumberField
              label="Writes a second one partition accepts (L)"
              value={input.partitionLimit}
              min={1}
              max={100_000_000}
              step={100}
              onChange={(partitionLimit) => set({ partitionLimit })}
            />
            <NumberField
              label="Buckets (k)"
              value={input.buckets}
              min={1}
              max={1_000}
              step={1}
              onChange={(buckets) => set({ buckets })}
            />
            <NumberField
              label="Reads a second that need the whole key"
              value={input.readsPerSecond}
              min={0}
              max={100_000_000}
              step={1_000}
              onChange={(readsPerSecond) => set({ readsPerSecond })}
            />
            <NumberField
              label="Rollup rebuilt every (s)"
              value={input.rollupIntervalS}
              min={0.1}
              max={86_400}
              step={1}
              onChange={(rollupIntervalS) => set({ rollupIntervalS })}
            />
          </div>
          <Button variant="secondary" size="sm" onClick={() => setInput(START)}>
            Back to one key, 10,000 writes a second
          </Button>
          {problem ? (
            <p className="text-sm text-danger" role="alert">
              {problem}
            </p>
          ) : null}
          {result ? (
            <>
              <BucketBars buckets={input.buckets} perBucket={result.perBucketWrites} limit={input.partitionLimit} />
              <p className="text-sm" aria-live="polite">
                {result.fits
                  ? input.buckets === result.fewestBuckets
                    ? "This is the fewest buckets that fit: one fewer would push each bucket over the limit."
                    : `It fits, but ${count(result.fewestBuckets)} would do: every extra bucket is one more read to gather.`
                  : "Not yet: raise k until each bucket is within the limit."}{" "}
                Keys written: <code>{shown.join(", ")}</code>
                {input.buckets > 3 ? ` … post_123_${input.buckets}` : ""}.
              </p>
              <ScrollRegion label="What reading the whole key costs" live>
                <table className="w-full min-w-[26rem] text-sm" data-testid="hot-key-read-table">
                  <caption className="pb-2 text-left text-muted">
                    What reading the whole key costs, at {count(input.readsPerSecond)} reads a second.
                  </caption>
                  <thead>
                    <tr className="text-left">
                      <th scope="col" className="py-1 pr-3 font-semibold">
                        Read path
                      </th>
                      <th scope="col" className="py-1 pr-3 font-semibold">
                        Partition reads per read
                      </th>
                      <th scope="col" className="py-1 pr-3 font-semibold">
                        Partition reads a second
                      </th>
                      <th scope="col" className="py-1 font-semibold">
                        Oldest answer
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {READ_STRATEGIES.map((strategy) => {
                      const cost = result.read[strategy];
                      return (
                        <tr key={strategy} className="border-t border-border" data-strategy={strategy}>
                          <th scope="row" className="py-2 pr-3 text-left font-normal">
                            {READ_STRATEGY_NAMES[strategy]}
                          </th>
                          <td className="py-2 pr-3 font-mono">
                            {strategy === "rollup" ? "0 (1 cache read)" : count(cost.partitionReadsPerRead)}
                          </td>
                          <td className="py-2 pr-3 font-mono">{count(cost.partitionReadsPerSecond)}</td>
                          <td className="py-2 font-mono">
                            {cost.maxStalenessS === 0 ? "fresh" : `up to ${count(cost.maxStalenessS)} s`}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                <p className="mt-2 text-xs text-muted">
                  The model: random bucket choice spreads writes evenly on average (real traffic wobbles, so leave
                  headroom). The rollup job reads each bucket once per interval, however many readers there are; readers
                  then see a total up to one interval old.
                </p>
              </ScrollRegion>
            </>
          ) : null}
        </section>
      ) : (
        <div className="rounded-md border border-dashed border-border p-3 text-sm text-muted">
          <p>Predict above first: answering any scenario opens the workbench.</p>
        </div>
      )}
    </div>
  );
}
