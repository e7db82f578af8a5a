"use client";

import { NumberField } from "@/components/simulators/number-field";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { useId, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { Button } from "@/components/ui/button";
import {
  compareProtections,
  DEFAULT_WAIT_MS,
  peakConcurrentRebuilds,
  PROTECTION_NAMES,
  PROTECTIONS,
  STAMPEDE_SCENARIOS,
  stampedeInputProblem,
  WORKED_STAMPEDE,
  type StampedeInput,
} from "@/lib/caching/stampede";
import { formatNumber } from "@/lib/format/number";

const SCENARIO_KEYS = Object.keys(STAMPEDE_SCENARIOS);
// Bars on a log scale up to 1,000,000 queries, so 1 and 1,000 both show.
const barWidth = (value: number) => (value <= 0 ? "0%" : `${Math.max(2, (Math.log10(value + 1) / 6) * 100)}%`);

/**
 * A hot key expires under load. The learner predicts the scenarios first; then
 * compares the protections on their own numbers, and the effect of jitter on
 * many keys that were cached at the same moment.
 */
export function StampedeSimulator({ id }: { id: string }) {
  const uid = useId();
  const prediction = usePrediction(id, STAMPEDE_SCENARIOS);
  const unlocked = SCENARIO_KEYS.some((key) => prediction.answered(key));
  const [input, setInput] = useState<Required<StampedeInput>>({
    ...WORKED_STAMPEDE,
    lockTtlMs: 10_000,
    waitMs: DEFAULT_WAIT_MS,
    leadMs: WORKED_STAMPEDE.rebuildMs,
  });
  const [keys, setKeys] = useState(10_000);
  const [ttlS, setTtlS] = useState(3_600);
  const [jitterPercent, setJitterPercent] = useState(10);

  const set = (patch: Partial<StampedeInput>) => setInput((current) => ({ ...current, ...patch }));
  const problem = stampedeInputProblem(input);
  const results = problem ? null : compareProtections(input);

  const keysProblem =
    !Number.isInteger(keys) || keys < 0 || keys > 10_000_000
      ? "Keys must be a whole number from 0 to 10 million."
      : !(ttlS > 0) || !(jitterPercent >= 0) || jitterPercent > 50
        ? "The TTL must be more than 0 s and the jitter between 0 and 50 %."
        : !(input.rebuildMs > 0)
          ? "Set a rebuild time above first."
          : null;
  const windowMs = ttlS * 1000 * ((2 * jitterPercent) / 100);
  const together = keysProblem ? null : peakConcurrentRebuilds(keys, input.rebuildMs, 0);
  const spread = keysProblem ? null : peakConcurrentRebuilds(keys, input.rebuildMs, windowMs);

  return (
    <div className="space-y-6" data-testid="stampede-simulator">
      <section className="space-y-3" aria-label="Predict first">
        <p className="text-sm text-muted">
          The key expires at time 0; requests keep arriving evenly; a rebuild takes the time shown. Predict each
          scenario first; answering one opens the comparison below.
        </p>
        {SCENARIO_KEYS.map((key) => (
          <PredictionPrompt key={key} id={id} scenarios={STAMPEDE_SCENARIOS} scenario={key} />
        ))}
      </section>

      {unlocked ? (
        <>
          <section className="space-y-4" aria-labelledby={`${uid}-one`}>
            <h4 id={`${uid}-one`} className="font-semibold">
              One hot key expires
            </h4>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              <NumberField
                label="Requests per second for the key"
                value={input.qps}
                min={0}
                max={10_000_000}
                step={100}
                onChange={(qps) => set({ qps })}
              />
              <NumberField
                label="Rebuild time (ms)"
                value={input.rebuildMs}
                min={1}
                max={600_000}
                step={50}
                onChange={(rebuildMs) => set({ rebuildMs })}
              />
              <NumberField
                label="Lock: waiters give up after (ms)"
                value={input.waitMs}
                min={0}
                max={600_000}
                step={100}
                onChange={(waitMs) => set({ waitMs })}
              />
              <NumberField
                label="Lock: the lock expires after (ms)"
                value={input.lockTtlMs}
                min={1}
                max={600_000}
                step={1000}
                onChange={(lockTtlMs) => set({ lockTtlMs })}
              />
              <NumberField
                label="Early refresh: starts this long before expiry (ms)"
                value={input.leadMs}
                min={0}
                max={600_000}
                step={50}
                onChange={(leadMs) => set({ leadMs })}
              />
            </div>
            <Button
              variant="secondary"
              size="sm"
              onClick={() =>
                setInput({
                  ...WORKED_STAMPEDE,
                  lockTtlMs: 10_000,
                  waitMs: DEFAULT_WAIT_MS,
                  leadMs: WORKED_STAMPEDE.rebuildMs,
                })
              }
            >
              Back to 5,000 requests a second and 200 ms
            </Button>
            {problem ? (
              <p className="text-sm text-danger" role="alert">
                {problem}
              </p>
            ) : null}
            {results ? (
              <ScrollRegion label="What one expiry costs" live>
                <table className="w-full min-w-[24rem] text-sm" data-testid="stampede-table">
                  <caption className="pb-2 text-left text-muted">
                    What one expiry costs under each protection (bars on a logarithmic scale).
                  </caption>
                  <thead>
                    <tr className="text-left">
                      <th scope="col" className="py-1 pr-3 font-semibold">
                        Protection
                      </th>
                      <th scope="col" className="py-1 pr-3 font-semibold">
                        Database queries
                      </th>
                      <th scope="col" className="py-1 pr-3 font-semibold">
                        Waited
                      </th>
                      <th scope="col" className="py-1 font-semibold">
                        Got nothing
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {PROTECTIONS.map((protection) => {
                      const result = results[protection];
                      return (
                        <tr key={protection} className="border-t border-border" data-protection={protection}>
                          <th scope="row" className="py-2 pr-3 text-left font-normal">
                            {PROTECTION_NAMES[protection]}
                          </th>
                          <td className="py-2 pr-3">
                            <div className="flex items-center gap-2">
                              <div
                                className="h-3 rounded-sm bg-accent"
                                style={{ width: barWidth(result.dbQueries) }}
                                aria-hidden="true"
                              />
                              <span className="font-mono whitespace-nowrap">{formatNumber(result.dbQueries)}</span>
                            </div>
                          </td>
                          <td className="py-2 pr-3 font-mono">{formatNumber(result.waited)}</td>
                          <td className={result.failed > 0 ? "py-2 font-mono text-danger" : "py-2 font-mono"}>
                            {formatNumber(result.failed)}
                            {result.failed > 0 ? " ⚠" : ""}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                <p className="mt-2 text-xs text-muted">
                  The model: arrivals one every 1/QPS seconds from the moment of expiry; with no protection every
                  arrival before the first rebuild lands queries the database. Jitter on one key changes only when it
                  expires, so its row matches no protection. Serving the stale value while one request rebuilds would
                  show the lock&apos;s single query with nobody waiting.
                </p>
              </ScrollRegion>
            ) : null}
          </section>

          <section className="space-y-4" aria-labelledby={`${uid}-many`}>
            <h4 id={`${uid}-many`} className="font-semibold">
              Many keys cached at the same moment
            </h4>
            <div className="grid gap-4 sm:grid-cols-3">
              <NumberField
                label="Keys written together"
                value={keys}
                min={0}
                max={10_000_000}
                step={1000}
                onChange={setKeys}
              />
              <NumberField label="TTL (s)" value={ttlS} min={1} max={604_800} step={60} onChange={setTtlS} />
              <NumberField
                label="Jitter (± % of the TTL)"
                value={jitterPercent}
                min={0}
                max={50}
                step={1}
                onChange={setJitterPercent}
              />
            </div>
            {keysProblem ? (
              <p className="text-sm text-danger" role="alert">
                {keysProblem}
              </p>
            ) : (
              <p className="text-sm" aria-live="polite">
                Without jitter, <strong>{formatNumber(together!)}</strong> rebuilds start at the same instant. With ±
                {jitterPercent} % the expiries spread over {formatNumber(windowMs / 1000)} s and at most{" "}
                <strong>{formatNumber(spread!)}</strong> run at once (each rebuild takes {formatNumber(input.rebuildMs)}{" "}
                ms, one per key behind a lock).
              </p>
            )}
          </section>
        </>
      ) : (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-dashed border-border p-3 text-sm text-muted">
          <p>Predict above first: answering any scenario opens the comparison.</p>
        </div>
      )}
    </div>
  );
}
