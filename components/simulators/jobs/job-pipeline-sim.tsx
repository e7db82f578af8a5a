"use client";

import { useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { JobTable, runSummary } from "@/components/simulators/jobs/job-log";
import { NumberField } from "@/components/simulators/number-field";
import { RadioGroup } from "@/components/simulators/radio-group";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import {
  DEFAULT_PIPELINE,
  FAULT_TARGET,
  JOB_IDS,
  pipelineProblem,
  runPipeline,
  type Fault,
  type PipelineSettings,
} from "@/lib/jobs/pipeline";
import {
  AT_MOST_ONCE_CRASHES,
  CRASH_AFTER_NO_KEY,
  JOB_PIPELINE_SCENARIOS,
  POISON_WITH_DLQ,
} from "@/lib/jobs/scenarios";

const KEYS = ["crash-after-duplicates", "at-most-once-lost", "poison-attempts"] as const;
const FAULTS: readonly { fault: Fault; label: string }[] = [
  {
    fault: "crash-after-effect",
    label: `Crash after the side effect, before the ack (${FAULT_TARGET["crash-after-effect"]})`,
  },
  { fault: "crash-before-effect", label: `Crash before the side effect (${FAULT_TARGET["crash-before-effect"]})` },
  { fault: "poison", label: `Poison job: always fails (${FAULT_TARGET.poison})` },
];
const PRESETS = [
  { label: "Crash after the side effect", settings: CRASH_AFTER_NO_KEY },
  { label: "At-most-once, two crashes", settings: AT_MOST_ONCE_CRASHES },
  { label: "Poison job with a DLQ", settings: POISON_WITH_DLQ },
] as const;

/**
 * Six jobs through a queue with workers, step by step. The learner predicts
 * three runs first (each saved as an attempt); then sets the delivery, the
 * retry policy, the DLQ and the idempotency key, injects faults, and steps
 * through the event log.
 */
export function JobPipelineSim({ id }: { id: string }) {
  const prediction = usePrediction(id, JOB_PIPELINE_SCENARIOS);
  const open = KEYS.every((key) => prediction.answered(key));
  return (
    <div className="space-y-4" data-testid="job-pipeline-sim">
      <p className="text-sm text-muted">
        Counting used throughout: an attempt is one delivery of a job to a worker, the first try included.{" "}
        <strong>Max attempts 3 = the first try plus 2 retries</strong>; a crashed attempt counts too.
      </p>
      {KEYS.map((key) => (
        <PredictionPrompt key={key} id={id} scenarios={JOB_PIPELINE_SCENARIOS} scenario={key} />
      ))}
      {open ? (
        <Pipeline />
      ) : (
        <p className="text-sm text-muted">Make the three predictions above to open the simulator.</p>
      )}
    </div>
  );
}

function Pipeline() {
  const [settings, setSettings] = useState<PipelineSettings>(DEFAULT_PIPELINE);
  const [steps, setSteps] = useState(0);
  const [only, setOnly] = useState("all");
  const change = (patch: Partial<PipelineSettings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    setSteps(0);
  };
  const problem = pipelineProblem(settings);
  const run = problem ? null : runPipeline(settings);
  const atMostOnce = settings.delivery === "at-most-once";
  const total = run?.events.length ?? 0;
  const shown = run ? run.events.slice(0, steps) : [];
  const finished = run !== null && steps >= total;
  const listed = shown.filter((event) => only === "all" || event.job === only);
  const latest = shown[shown.length - 1];

  return (
    <div className="space-y-4 rounded-md border border-border p-4">
      <div className="flex flex-wrap gap-3">
        {PRESETS.map((preset) => (
          <Button key={preset.label} variant="secondary" size="sm" onClick={() => change(preset.settings)}>
            {preset.label}
          </Button>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <RadioGroup
          legend="Delivery"
          value={settings.delivery}
          options={[
            { value: "at-most-once", label: "At-most-once: the queue deletes a job when a worker receives it" },
            { value: "at-least-once", label: "At-least-once: a lease hides it; the worker deletes it with an ack" },
          ]}
          onChange={(delivery) => change({ delivery })}
        />
        <RadioGroup
          legend="When a job has used its last attempt"
          value={settings.whenExhausted}
          options={[
            { value: "dlq", label: "Move it to the dead-letter queue (DLQ)", disabled: atMostOnce },
            { value: "drop", label: "Drop it", disabled: atMostOnce },
          ]}
          onChange={(whenExhausted) => change({ whenExhausted })}
        />
        <NumberField
          label="Workers"
          value={settings.workers}
          min={1}
          max={4}
          step={1}
          onChange={(workers) => change({ workers })}
        />
        <NumberField
          label="Max attempts (the first try plus retries)"
          value={settings.maxAttempts}
          min={1}
          max={6}
          step={1}
          onChange={(maxAttempts) => change({ maxAttempts })}
        />
        <NumberField
          label="Backoff before the 2nd attempt (s, doubles after)"
          value={settings.backoffBaseS}
          min={0}
          max={30}
          step={1}
          onChange={(backoffBaseS) => change({ backoffBaseS })}
        />
        <NumberField
          label="Lease (visibility timeout, s)"
          value={settings.leaseS}
          min={2}
          max={60}
          step={1}
          onChange={(leaseS) => change({ leaseS })}
        />
        <NumberField
          label="Flaky attempts (% that fail by chance)"
          value={settings.flakyPercent}
          min={0}
          max={50}
          step={5}
          onChange={(flakyPercent) => change({ flakyPercent })}
        />
        <NumberField
          label="Seed"
          value={settings.seed}
          min={0}
          max={9999}
          step={1}
          onChange={(seed) => change({ seed })}
        />
      </div>
      {atMostOnce ? (
        <p className="text-sm text-muted">
          At-most-once: each job gets exactly one attempt, because the queue forgets it on receive; the retry, lease and
          DLQ settings do not apply.
        </p>
      ) : null}
      <fieldset>
        <legend className="text-sm font-medium">Injected faults and the side effect</legend>
        <div className="mt-1 flex flex-col gap-1">
          {FAULTS.map(({ fault, label }) => (
            <label key={fault} className="flex min-h-10 items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4"
                checked={settings.faults.includes(fault)}
                onChange={(event) =>
                  change({
                    faults: event.target.checked
                      ? [...settings.faults, fault]
                      : settings.faults.filter((entry) => entry !== fault),
                  })
                }
              />
              {label}
            </label>
          ))}
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4"
              checked={settings.idempotencyKey}
              onChange={(event) => change({ idempotencyKey: event.target.checked })}
            />
            Idempotency key on the side effect (a repeat with the same key is skipped)
          </label>
        </div>
      </fieldset>

      {problem ? (
        <p className="text-sm text-danger" role="alert">
          {problem}
        </p>
      ) : null}
      {run ? (
        <>
          <div className="flex flex-wrap gap-3">
            <Button size="sm" disabled={finished} onClick={() => setSteps(steps + 1)}>
              Next event
            </Button>
            <Button variant="secondary" size="sm" disabled={finished} onClick={() => setSteps(total)}>
              Run to the end
            </Button>
            <Button variant="secondary" size="sm" disabled={steps === 0} onClick={() => setSteps(0)}>
              Start again
            </Button>
          </div>
          <div aria-live="polite" className="space-y-1 text-sm">
            {latest ? (
              <p>
                Event {steps} of {total}, at {latest.t} s: {latest.text}.
              </p>
            ) : (
              <p className="text-muted">Six jobs are queued. No events yet.</p>
            )}
            {finished ? <p className="font-medium">{runSummary(run)}</p> : null}
          </div>
          <JobTable shown={shown} />
          <label className="block max-w-xs space-y-1 text-sm">
            <span className="font-medium">Show the log of</span>
            <select className={inputClasses} value={only} onChange={(event) => setOnly(event.target.value)}>
              <option value="all">every job</option>
              {JOB_IDS.map((job) => (
                <option key={job} value={job}>
                  {job}
                </option>
              ))}
            </select>
          </label>
          {listed.length > 0 ? (
            <ol className="list-decimal space-y-0.5 pl-6 text-sm" aria-label="Event log">
              {listed.map((event, index) => (
                <li key={index}>
                  {event.t} s: {event.text}
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-muted">No events for this job yet.</p>
          )}
        </>
      ) : null}
    </div>
  );
}
