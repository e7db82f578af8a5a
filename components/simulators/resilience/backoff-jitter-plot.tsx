"use client";

import { useId, useMemo, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { NumberField } from "@/components/simulators/number-field";
import { RetryBars } from "@/components/simulators/resilience/retry-bars";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { ScrollRegion } from "@/components/ui/scroll-region";
import {
  backoffInputProblem,
  bucketRetries,
  peakBucket,
  POLICIES,
  POLICY_NAMES,
  runAllPolicies,
  waitCeilings,
  WORKED_BACKOFF,
  type BackoffSettings,
} from "@/lib/resilience/backoff";
import { BACKOFF_SCENARIOS, THIN_RECOVERY } from "@/lib/resilience/backoff-scenarios";
import { formatNumber } from "@/lib/format/number";

const SCENARIO_KEYS = Object.keys(BACKOFF_SCENARIOS);
const count = (value: number) => formatNumber(Math.round(value));
/** A chart holds at most this many buckets; a longer run widens them tenfold until it fits. */
const MAX_BUCKETS = 400;

/**
 * Clients retrying after an outage with no backoff, plain exponential backoff
 * and full jitter. The learner predicts first; then sees the retries per
 * bucket of time, side by side on one scale, with the numbers as a table.
 */
export function BackoffJitterPlot({ id }: { id: string }) {
  const uid = useId();
  const prediction = usePrediction(id, BACKOFF_SCENARIOS);
  const unlocked = SCENARIO_KEYS.some((key) => prediction.answered(key));
  const [settings, setSettings] = useState<BackoffSettings>(WORKED_BACKOFF);
  const [bucketChoice, setBucketChoice] = useState(100);
  const set = (patch: Partial<BackoffSettings>) => setSettings((current) => ({ ...current, ...patch }));
  const problem = backoffInputProblem(settings);
  const runs = useMemo(() => (problem ? null : runAllPolicies(settings)), [problem, settings]);

  const lastMs = runs ? Math.max(...POLICIES.map((policy) => runs[policy].lastDoneMs)) : 0;
  let bucketMs = bucketChoice;
  while (lastMs / bucketMs + 1 > MAX_BUCKETS) bucketMs *= 10;
  const buckets = runs
    ? Object.fromEntries(POLICIES.map((policy) => [policy, bucketRetries(runs[policy].retries, bucketMs, lastMs)]))
    : null;
  const top = buckets ? Math.max(1, ...POLICIES.map((policy) => peakBucket(buckets[policy]!).sent)) : 1;
  const waits = problem ? [] : waitCeilings(settings.baseMs, settings.attempts, settings.maxWaitMs);

  return (
    <div className="space-y-6" data-testid="backoff-jitter-plot">
      <section className="space-y-3" aria-label="Predict first">
        <p className="text-sm text-muted">
          Every client&apos;s first attempt fails at t = 0, when the outage hits; then each retries on its schedule.
          Predict each scenario first; answering one opens the plot.
        </p>
        {SCENARIO_KEYS.map((key) => (
          <PredictionPrompt key={key} id={id} scenarios={BACKOFF_SCENARIOS} scenario={key} />
        ))}
      </section>

      {unlocked ? (
        <section className="space-y-4" aria-labelledby={`${uid}-plot`}>
          <h4 id={`${uid}-plot`} className="font-semibold">
            Retries per bucket of time
          </h4>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <NumberField
              label="First wait (ms)"
              value={settings.baseMs}
              min={1}
              max={10_000}
              step={50}
              onChange={(baseMs) => set({ baseMs })}
            />
            <NumberField
              label="Attempts per client (the first try included)"
              value={settings.attempts}
              min={2}
              max={10}
              step={1}
              onChange={(attempts) => set({ attempts })}
            />
            <NumberField
              label="Longest single wait (ms)"
              value={settings.maxWaitMs}
              min={1}
              max={600_000}
              step={500}
              onChange={(maxWaitMs) => set({ maxWaitMs })}
            />
            <NumberField
              label="Clients"
              value={settings.clients}
              min={1}
              max={10_000}
              step={100}
              onChange={(clients) => set({ clients })}
            />
            <NumberField
              label="Calls the service answers per 100 ms (0: still down)"
              value={settings.capacityPer100Ms}
              min={0}
              max={100_000}
              step={50}
              onChange={(capacityPer100Ms) => set({ capacityPer100Ms })}
            />
            <label className="space-y-1 text-sm">
              <span className="font-medium">Bucket width</span>
              <select
                className={inputClasses}
                value={bucketChoice}
                onChange={(event) => setBucketChoice(Number(event.target.value))}
              >
                <option value={100}>100 ms</option>
                <option value={10}>10 ms</option>
              </select>
            </label>
          </div>
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" size="sm" onClick={() => setSettings(WORKED_BACKOFF)}>
              Worked example: the service stays down
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setSettings(THIN_RECOVERY)}>
              Thin recovery: 100 answers per 100 ms
            </Button>
            <Button
              variant="secondary"
              size="sm"
              disabled={Boolean(problem)}
              onClick={() => set({ seed: settings.seed + 1 })}
            >
              Draw the jitter again
            </Button>
          </div>
          {problem ? (
            <p className="text-sm text-danger" role="alert">
              {problem}
            </p>
          ) : null}
          {runs && buckets ? (
            <>
              <p className="text-sm" aria-live="polite">
                {settings.attempts} attempts = 1 try + {settings.attempts - 1}{" "}
                {settings.attempts - 1 === 1 ? "retry" : "retries"}. Plain waits before attempts 2 to{" "}
                {settings.attempts}: {waits.map(count).join(", ")} ms, {count(waits.reduce((a, b) => a + b, 0))} ms in
                all. Full jitter waits a random time below each of them (draw {settings.seed}).
              </p>
              <div className="grid gap-4 lg:grid-cols-3">
                {POLICIES.map((policy) => (
                  <RetryBars
                    key={policy}
                    title={POLICY_NAMES[policy]}
                    buckets={buckets[policy]!}
                    bucketMs={bucketMs}
                    top={top}
                  />
                ))}
              </div>
              <p className="text-xs text-muted">
                One scale for all three charts, up to {count(top)} retries in a {count(bucketMs)} ms bucket
                {bucketMs !== bucketChoice ? " (buckets widened to fit this long run)" : ""}. The lower, darker part of
                a bar is the retries the service answered. In 100 ms buckets the first retries of full jitter still
                share the first bucket, as plain backoff&apos;s share one instant; 10 ms buckets show the difference
                inside it.
              </p>
              <ScrollRegion label="What each policy cost" live>
                <table className="w-full min-w-[34rem] text-sm">
                  <caption className="pb-2 text-left text-muted">
                    What each policy cost, for {count(settings.clients)} clients.
                  </caption>
                  <thead>
                    <tr className="text-left">
                      <th scope="col" className="py-1 pr-3 font-semibold">
                        Policy
                      </th>
                      <th scope="col" className="py-1 pr-3 font-semibold">
                        Retries sent
                      </th>
                      <th scope="col" className="py-1 pr-3 font-semibold">
                        Answered / gave up
                      </th>
                      <th scope="col" className="py-1 pr-3 font-semibold">
                        Wait per client: mean (least–most)
                      </th>
                      <th scope="col" className="py-1 font-semibold">
                        Last client done
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {POLICIES.map((policy) => {
                      const run = runs[policy];
                      return (
                        <tr key={policy} className="border-t border-border" data-policy={policy}>
                          <th scope="row" className="py-1 pr-3 text-left font-normal">
                            {POLICY_NAMES[policy]}
                          </th>
                          <td className="py-1 pr-3 tabular-nums">{count(run.retries.length)}</td>
                          <td className="py-1 pr-3 tabular-nums">
                            {count(run.served)} / {count(run.gaveUp)}
                          </td>
                          <td className="py-1 pr-3 tabular-nums">
                            {count(run.meanWaitMs)} ms ({count(run.minWaitMs)}–{count(run.maxWaitMs)})
                          </td>
                          <td className="py-1 tabular-nums">{count(run.lastDoneMs)} ms</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollRegion>
              <details className="rounded-md border border-border p-3 text-sm">
                <summary className="cursor-pointer font-medium">The charts as a table (buckets with retries)</summary>
                <ScrollRegion label="Retries per bucket, as a table" className="mt-2 max-h-80 overflow-y-auto">
                  <table className="w-full min-w-[24rem]">
                    <thead>
                      <tr className="text-left">
                        <th scope="col" className="py-1 pr-3 font-semibold">
                          Bucket from (ms)
                        </th>
                        {POLICIES.map((policy) => (
                          <th key={policy} scope="col" className="py-1 pr-3 font-semibold">
                            {POLICY_NAMES[policy]}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {buckets.none!.map((bucket, index) =>
                        POLICIES.every((policy) => buckets[policy]![index]!.sent === 0) ? null : (
                          <tr key={bucket.startMs} className="border-t border-border">
                            <th scope="row" className="py-1 pr-3 text-left font-normal tabular-nums">
                              {count(bucket.startMs)}
                            </th>
                            {POLICIES.map((policy) => {
                              const cell = buckets[policy]![index]!;
                              return (
                                <td key={policy} className="py-1 pr-3 tabular-nums">
                                  {count(cell.sent)}
                                  {cell.answered > 0 ? ` (${count(cell.answered)} answered)` : ""}
                                </td>
                              );
                            })}
                          </tr>
                        ),
                      )}
                    </tbody>
                  </table>
                </ScrollRegion>
              </details>
            </>
          ) : null}
        </section>
      ) : (
        <p className="rounded-md border border-dashed border-border p-3 text-sm text-muted">
          Predict above first: answering any scenario opens the plot.
        </p>
      )}
    </div>
  );
}
