"use client";

import { useId, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { NumberField } from "@/components/simulators/number-field";
import { BatchCalls } from "@/components/simulators/resilience/batch-calls";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { BREAKER_SCENARIOS, BREAKER_STORY, STORY_BATCHES, STORY_RUN } from "@/lib/resilience/breaker-scenarios";
import {
  breakerInputProblem,
  DEFAULT_BREAKER,
  LIMITS,
  outcomePattern,
  runBreaker,
  STATE_NAMES,
  type Batch,
  type BreakerSettings,
} from "@/lib/resilience/circuit-breaker";

/** The learner's own run holds at most this many batches (the model takes more). */
const MAX_BATCHES = 20;

const RULE =
  "The order service's breaker guards its calls to the inventory service. It opens when at least 50 % of the calls in the last 10 s failed, once there are at least 20 of them; it stays open 60 s, then lets one trial call through. Calls in a batch arrive together, so each is let in or rejected before any answer comes back.";

/**
 * A circuit breaker replayed over batches of calls. The learner predicts the
 * state after each batch of the story, then steps through that batch's calls;
 * with the story done, they change the settings and the batches freely.
 */
export function CircuitBreakerSim({ id }: { id: string }) {
  const prediction = usePrediction(id, BREAKER_SCENARIOS);
  const predicted = (index: number) => BREAKER_STORY[index]!.scenarios.every((key) => prediction.answered(key));
  // Batches appear one at a time: the next once the one before has been predicted.
  const firstOpen = BREAKER_STORY.findIndex((_, index) => !predicted(index));
  const visible = firstOpen === -1 ? BREAKER_STORY.length : firstOpen + 1;
  const storyDone = firstOpen === -1;

  return (
    <div className="space-y-6" data-testid="circuit-breaker-sim">
      <p className="text-sm text-muted">{RULE}</p>
      <ol className="space-y-5">
        {BREAKER_STORY.slice(0, visible).map((step, index) => (
          <li key={index} className="space-y-3">
            <h4 className="font-semibold">
              Batch {index + 1}, at t = {step.batch.atS} s
            </h4>
            {step.scenarios.map((key) => (
              <PredictionPrompt key={key} id={id} scenarios={BREAKER_SCENARIOS} scenario={key} />
            ))}
            {predicted(index) ? (
              <BatchCalls
                title={`Batch ${index + 1}, call by call`}
                run={STORY_RUN[index]!}
                settings={DEFAULT_BREAKER}
              />
            ) : null}
          </li>
        ))}
      </ol>
      {storyDone ? (
        <OwnSettings />
      ) : (
        <p className="rounded-md border border-dashed border-border p-3 text-sm text-muted">
          Predict batch {visible} to see its calls one by one; the next batch appears after it. With the whole story
          predicted, you can change the settings and the calls.
        </p>
      )}
    </div>
  );
}

type Placement = "first" | "spread" | "last";

/** The settings and batches of the learner's own run, with the whole run as a table and one batch call by call. */
function OwnSettings() {
  const uid = useId();
  const [settings, setSettings] = useState<BreakerSettings>(DEFAULT_BREAKER);
  const [batches, setBatches] = useState<Batch[]>([...STORY_BATCHES]);
  const [focus, setFocus] = useState(0);
  const set = (patch: Partial<BreakerSettings>) => setSettings((current) => ({ ...current, ...patch }));
  const problem = breakerInputProblem(batches, settings);
  const run = problem ? null : runBreaker(batches, settings);
  const focused = run ? Math.min(focus, run.length - 1) : 0;

  const editBatch = (index: number, patch: Partial<Batch>) =>
    setBatches((current) => current.map((batch, at) => (at === index ? { ...batch, ...patch } : batch)));

  return (
    <section className="space-y-4" aria-labelledby={`${uid}-own`}>
      <h4 id={`${uid}-own`} className="font-semibold">
        Your own settings and calls
      </h4>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <NumberField
          label="Failure-rate threshold (%)"
          value={settings.thresholdPercent}
          min={1}
          max={100}
          step={5}
          onChange={(thresholdPercent) => set({ thresholdPercent })}
        />
        <NumberField
          label="Window (s)"
          value={settings.windowS}
          min={1}
          max={3_600}
          step={1}
          onChange={(windowS) => set({ windowS })}
        />
        <NumberField
          label="Minimum calls"
          value={settings.minimumCalls}
          min={1}
          max={1_000}
          step={1}
          onChange={(minimumCalls) => set({ minimumCalls })}
        />
        <NumberField
          label="Cool-down (s)"
          value={settings.coolDownS}
          min={1}
          max={3_600}
          step={5}
          onChange={(coolDownS) => set({ coolDownS })}
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">
          Batches: a time, and what the inventory service would answer to each call (S success, F failure)
        </legend>
        {batches.map((batch, index) => (
          <div key={index} className="grid items-end gap-3 sm:grid-cols-[8rem_1fr_auto]">
            <NumberField
              label={`Batch ${index + 1}: time (s)`}
              value={batch.atS}
              min={0}
              max={LIMITS.timeS}
              step={1}
              onChange={(atS) => editBatch(index, { atS })}
            />
            <label className="space-y-1 text-sm">
              <span className="font-medium">Batch {index + 1}: calls</span>
              <input
                className={`${inputClasses} font-mono`}
                value={batch.outcomes}
                spellCheck={false}
                onChange={(event) =>
                  editBatch(index, { outcomes: event.target.value.toUpperCase().replace(/\s+/g, "") })
                }
              />
            </label>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => setBatches((current) => current.filter((_, at) => at !== index))}
              aria-label={`Remove batch ${index + 1}`}
            >
              Remove
            </Button>
          </div>
        ))}
        <BatchMaker
          onAdd={(batch) => setBatches((current) => [...current, batch])}
          after={batches.at(-1)?.atS}
          full={batches.length >= MAX_BATCHES}
        />
        <div className="flex flex-wrap gap-3">
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              setSettings(DEFAULT_BREAKER);
              setBatches([...STORY_BATCHES]);
            }}
          >
            Back to the story
          </Button>
        </div>
      </fieldset>
      {problem ? (
        <p className="text-sm text-danger" role="alert">
          {problem}
        </p>
      ) : null}
      {run && run.length > 0 ? (
        <>
          <ScrollRegion label="The run, batch by batch" live>
            <table className="w-full min-w-[28rem] text-sm">
              <caption className="pb-2 text-left text-muted">The run, batch by batch.</caption>
              <thead>
                <tr className="text-left">
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    Batch
                  </th>
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    Time
                  </th>
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    Reached / rejected
                  </th>
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    Window after
                  </th>
                  <th scope="col" className="py-1 font-semibold">
                    State after
                  </th>
                </tr>
              </thead>
              <tbody>
                {run.map((batch) => (
                  <tr key={batch.index} className="border-t border-border">
                    <th scope="row" className="py-1 pr-3 text-left font-normal">
                      {batch.index + 1}
                    </th>
                    <td className="py-1 pr-3 tabular-nums">{batch.atS} s</td>
                    <td className="py-1 pr-3 tabular-nums">
                      {batch.reached} / {batch.rejected}
                    </td>
                    <td className="py-1 pr-3 tabular-nums">
                      {batch.windowFailures} of {batch.windowCalls} failed
                    </td>
                    <td className="py-1 font-semibold">{STATE_NAMES[batch.stateAfter]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <label className="block space-y-1 text-sm sm:max-w-xs">
            <span className="font-medium">Step through batch</span>
            <select className={inputClasses} value={focused} onChange={(event) => setFocus(Number(event.target.value))}>
              {run.map((batch) => (
                <option key={batch.index} value={batch.index}>
                  Batch {batch.index + 1} (t = {batch.atS} s)
                </option>
              ))}
            </select>
          </label>
          <BatchCalls
            key={`${focused}-${JSON.stringify(settings)}-${batches[focused]?.outcomes}`}
            title={`Your batch ${focused + 1}, call by call`}
            run={run[focused]!}
            settings={settings}
          />
        </>
      ) : null}
    </section>
  );
}

/** Adds a batch from a count of calls and failures, placed first, spread or last. */
function BatchMaker({
  onAdd,
  after,
  full,
}: {
  onAdd: (batch: Batch) => void;
  after: number | undefined;
  full: boolean;
}) {
  const uid = useId();
  const [calls, setCalls] = useState(25);
  const [failures, setFailures] = useState(14);
  const [placement, setPlacement] = useState<Placement>("spread");
  const valid = Number.isInteger(calls) && calls >= 1 && calls <= LIMITS.callsPerBatch && Number.isInteger(failures);
  const usable = valid && failures >= 0 && failures <= calls;
  return (
    <div className="grid items-end gap-3 rounded-md border border-border p-3 sm:grid-cols-4">
      <NumberField
        label="New batch: calls"
        value={calls}
        min={1}
        max={LIMITS.callsPerBatch}
        step={1}
        onChange={setCalls}
      />
      <NumberField
        label="of which fail"
        value={failures}
        min={0}
        max={LIMITS.callsPerBatch}
        step={1}
        onChange={setFailures}
      />
      <label className="space-y-1 text-sm" htmlFor={`${uid}-placement`}>
        <span className="font-medium">Failures come</span>
        <select
          id={`${uid}-placement`}
          className={inputClasses}
          value={placement}
          onChange={(event) => setPlacement(event.target.value as Placement)}
        >
          <option value="first">First</option>
          <option value="spread">Spread evenly</option>
          <option value="last">Last</option>
        </select>
      </label>
      <Button
        variant="secondary"
        size="sm"
        disabled={!usable || full}
        onClick={() => onAdd({ atS: (after ?? -10) + 10, outcomes: outcomePattern(calls, failures, placement) })}
      >
        Add it, 10 s after the last
      </Button>
    </div>
  );
}
