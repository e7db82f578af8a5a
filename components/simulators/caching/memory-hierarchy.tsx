"use client";

import { ScrollRegion } from "@/components/ui/scroll-region";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { MEMORY_HIERARCHY_SCENARIOS, MEMORY_RUNGS } from "@/lib/caching/memory-hierarchy";
import { formatNanoseconds } from "@/lib/estimation/format";
import { LATENCY_TABLES } from "@/lib/estimation/reference-numbers";

// Log-scale bars from 0.1 ns to 1 s: each tenfold step gets the same width.
const MIN_EXP = -1;
const MAX_EXP = 9;
const width = (ns: number) => `${Math.max(2, ((Math.log10(ns) - MIN_EXP) / (MAX_EXP - MIN_EXP)) * 100)}%`;
const SCENARIO_KEYS = Object.keys(MEMORY_HIERARCHY_SCENARIOS);
const CLASSIC = LATENCY_TABLES.find((table) => table.id === "classic")!;

/**
 * Where a value can come from, costed with the classic latency table. The
 * learner predicts the ratios first; the ladder opens after one prediction.
 */
export function MemoryHierarchy({ id }: { id: string }) {
  const prediction = usePrediction(id, MEMORY_HIERARCHY_SCENARIOS);
  const unlocked = SCENARIO_KEYS.some((key) => prediction.answered(key));
  return (
    <div className="space-y-6" data-testid="memory-hierarchy">
      <section className="space-y-3" aria-label="Predict first">
        {SCENARIO_KEYS.map((key) => (
          <PredictionPrompt key={key} id={id} scenarios={MEMORY_HIERARCHY_SCENARIOS} scenario={key} />
        ))}
      </section>
      {unlocked ? (
        <section className="space-y-3" aria-label="The ladder">
          <ScrollRegion label="Latency ladder">
            <table className="w-full min-w-[20rem] text-sm">
              <caption className="pb-2 text-left text-muted">
                Where a read is answered, nearest first, on a logarithmic scale. Each bar adds up rows of the{" "}
                {CLASSIC.title.toLowerCase()} latency table.
              </caption>
              <thead>
                <tr className="text-left">
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    Answered by
                  </th>
                  <th scope="col" className="py-1 font-semibold">
                    Cost
                  </th>
                </tr>
              </thead>
              <tbody>
                {MEMORY_RUNGS.map((rung) => (
                  <tr key={rung.id} className="border-t border-border align-top">
                    <th scope="row" className="w-[45%] py-2 pr-3 text-left font-normal">
                      <span className="font-medium">{rung.layer}</span>
                      <span className="block text-xs text-muted">{rung.note}</span>
                    </th>
                    <td className="py-2">
                      <div className="flex items-center gap-2">
                        <div
                          className="h-3 rounded-sm bg-accent"
                          style={{ width: width(rung.ns) }}
                          aria-hidden="true"
                        />
                        <span className="font-mono whitespace-nowrap">{formatNanoseconds(rung.ns)}</span>
                      </div>
                      <span className="block text-xs text-muted">{rung.operations.join(" + ")}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="text-xs text-muted">
            Source: {CLASSIC.source} {CLASSIC.note}
          </p>
        </section>
      ) : (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-dashed border-border p-3 text-sm text-muted">
          <p>Predict above first: answering any question shows the ladder.</p>
        </div>
      )}
    </div>
  );
}
