"use client";

import { useId, useMemo, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { LagChart } from "@/components/simulators/queues/lag-chart";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { formatExact } from "@/lib/estimation/format";
import { runPipe, type Attempt, type Pipe } from "@/lib/queues/dead-letter";
import { consumerLag, drainSeconds, lagOverTime, lagSeconds } from "@/lib/queues/lag";
import {
  CONSUMER_LAG_SCENARIOS,
  LAG_EXAMPLE,
  POISON_PARTITION,
  SLOW_CONSUMER,
  STEP_LIMIT,
  TRANSIENT_PARTITION,
} from "@/lib/queues/scenarios";

const LAG_KEYS = ["lag-value", "drain-time", "slower-consumer"] as const;
const DLQ_KEYS = ["poison-no-dlq", "poison-dlq-attempts", "transient-failure", "poison-in-a-queue"] as const;
const POLICIES = [
  { value: "none", label: "No DLQ: retry for ever" },
  { value: "0", label: "DLQ after 0 retries (1 attempt)" },
  { value: "1", label: "DLQ after 1 retry (2 attempts)" },
  { value: "3", label: "DLQ after 3 retries (4 attempts)" },
  { value: "5", label: "DLQ after 5 retries (6 attempts)" },
] as const;
const STREAMS = { poison: POISON_PARTITION, transient: TRANSIENT_PARTITION } as const;

/**
 * Two halves of running a pipe. Lag: offsets and rates give the lag, the
 * delay it means and the time to drain, with a chart. Poison: step one
 * partition (or queue) through delivery attempts under a DLQ policy. Each half
 * opens once its predictions are made; they are saved as attempts.
 */
export function ConsumerLagDLQ({ id }: { id: string }) {
  const prediction = usePrediction(id, CONSUMER_LAG_SCENARIOS);
  const lagOpen = LAG_KEYS.every((key) => prediction.answered(key));
  const dlqOpen = DLQ_KEYS.every((key) => prediction.answered(key));
  return (
    <div className="space-y-8" data-testid="consumer-lag-dlq">
      <section className="space-y-3" aria-label="Consumer lag">
        <h4 className="font-semibold">1. Lag and drain time</h4>
        {LAG_KEYS.map((key) => (
          <PredictionPrompt key={key} id={id} scenarios={CONSUMER_LAG_SCENARIOS} scenario={key} />
        ))}
        {lagOpen ? (
          <LagPanel />
        ) : (
          <p className="text-sm text-muted">Make the three predictions above to open the lag calculator.</p>
        )}
      </section>
      <section className="space-y-3" aria-label="Poison messages and the dead-letter queue">
        <h4 className="font-semibold">2. A poison message and the DLQ</h4>
        <p className="text-sm text-muted">
          Counting used here: an attempt is one delivery the consumer tries to process; the first attempt is not a
          retry, so &ldquo;DLQ after 3 retries&rdquo; allows 4 attempts.
        </p>
        {DLQ_KEYS.map((key) => (
          <PredictionPrompt key={key} id={id} scenarios={CONSUMER_LAG_SCENARIOS} scenario={key} />
        ))}
        {dlqOpen ? (
          <PoisonPanel />
        ) : (
          <p className="text-sm text-muted">Make the four predictions above to open the stepper.</p>
        )}
      </section>
    </div>
  );
}

function NumberField({ label, value, onChange }: { label: string; value: number; onChange: (value: number) => void }) {
  return (
    <label className="space-y-1 text-sm">
      <span className="font-medium">{label}</span>
      <input
        type="number"
        min={0}
        step={1000}
        inputMode="numeric"
        className={inputClasses}
        value={Number.isFinite(value) ? value : 0}
        onChange={(event) => onChange(Math.max(0, Math.round(Number(event.target.value) || 0)))}
      />
    </label>
  );
}

function LagPanel() {
  const [inputs, setInputs] = useState({ ...LAG_EXAMPLE });
  const set = (patch: Partial<typeof inputs>) => setInputs((current) => ({ ...current, ...patch }));
  let lag: number | null = null;
  try {
    lag = consumerLag(inputs.producerOffset, inputs.consumerOffset);
  } catch {
    lag = null;
  }
  const drain = lag === null ? null : drainSeconds(lag, inputs.produceRate, inputs.consumeRate);
  const horizon = drain !== null && Number.isFinite(drain) && drain > 0 ? Math.min(600, Math.ceil(drain * 1.25)) : 120;
  const series = lag === null ? [] : lagOverTime(lag, inputs.produceRate, inputs.consumeRate, horizon);
  const growth = inputs.produceRate - inputs.consumeRate;

  return (
    <div className="space-y-4 rounded-md border border-border p-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberField
          label="Producer offset"
          value={inputs.producerOffset}
          onChange={(v) => set({ producerOffset: v })}
        />
        <NumberField
          label="Consumer group's offset"
          value={inputs.consumerOffset}
          onChange={(v) => set({ consumerOffset: v })}
        />
        <NumberField label="Produced per second" value={inputs.produceRate} onChange={(v) => set({ produceRate: v })} />
        <NumberField label="Consumed per second" value={inputs.consumeRate} onChange={(v) => set({ consumeRate: v })} />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" size="sm" onClick={() => setInputs({ ...LAG_EXAMPLE })}>
          Worked example (5,000 in, 6,000 out)
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setInputs({ ...LAG_EXAMPLE, ...SLOW_CONSUMER })}>
          Slower consumer (6,000 in, 5,000 out)
        </Button>
      </div>
      <div aria-live="polite" className="space-y-1 text-sm">
        {lag === null ? (
          <p className="text-danger">The consumer&apos;s offset cannot be ahead of the producer&apos;s.</p>
        ) : (
          <>
            <p>
              Lag: {formatExact(inputs.producerOffset)} − {formatExact(inputs.consumerOffset)} ={" "}
              <strong>{formatExact(lag)} messages</strong>
              {inputs.consumeRate > 0 && lag > 0
                ? `, about ${formatExact(lagSeconds(lag, inputs.consumeRate))} s of delay for a new message`
                : ""}
              .
            </p>
            <p>
              Drain time:{" "}
              {drain === 0 ? (
                <strong>none needed, the group is caught up</strong>
              ) : Number.isFinite(drain) ? (
                <strong>
                  {formatExact(lag)} / ({formatExact(inputs.consumeRate)} − {formatExact(inputs.produceRate)}) ={" "}
                  {formatExact(drain!)} s
                </strong>
              ) : (
                <strong>
                  never: the consumers are not faster than the producers
                  {growth > 0 ? `, so the lag grows by ${formatExact(growth)} a second` : ""}
                </strong>
              )}
            </p>
          </>
        )}
      </div>
      {series.length > 0 ? <LagChart series={series} /> : null}
    </div>
  );
}

function describeAttempt(attempt: Attempt): string {
  const which = attempt.attempt === 1 ? "first try" : `retry ${attempt.attempt - 1}`;
  const outcome =
    attempt.outcome === "processed"
      ? "processed and acknowledged"
      : attempt.outcome === "failed"
        ? "failed"
        : "failed, published to the DLQ, then acknowledged";
  return `${attempt.message}, attempt ${attempt.attempt} (${which}): ${outcome}`;
}

function PoisonPanel() {
  const uid = useId();
  const [stream, setStream] = useState<keyof typeof STREAMS>("poison");
  const [pipe, setPipe] = useState<Pipe>("partition");
  const [policy, setPolicy] = useState<(typeof POLICIES)[number]["value"]>("none");
  const [steps, setSteps] = useState(0);
  const run = useMemo(
    () =>
      runPipe(
        STREAMS[stream],
        { maxRetries: policy === "none" ? null : Number(policy) },
        { pipe, stepLimit: STEP_LIMIT },
      ),
    [stream, pipe, policy],
  );
  const shown = run.attempts.slice(0, steps);
  const finished = steps >= run.attempts.length;
  const state = (message: string) => {
    const mine = shown.filter((attempt) => attempt.message === message);
    const last = mine[mine.length - 1];
    if (last?.outcome === "processed") return "processed";
    if (last?.outcome === "dead-lettered") return "in the DLQ";
    return mine.length > 0
      ? `waiting (${mine.length} failed ${mine.length === 1 ? "attempt" : "attempts"})`
      : "waiting";
  };
  const change = (apply: () => void) => {
    apply();
    setSteps(0);
  };

  return (
    <div className="space-y-4 rounded-md border border-border p-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="space-y-1 text-sm">
          <span className="font-medium">Messages</span>
          <select
            className={inputClasses}
            value={stream}
            onChange={(event) => change(() => setStream(event.target.value as keyof typeof STREAMS))}
          >
            <option value="poison">order-101 … order-104, order-102 malformed</option>
            <option value="transient">order-201 fails twice then succeeds, then order-202</option>
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">Policy</span>
          <select
            className={inputClasses}
            value={policy}
            onChange={(event) => change(() => setPolicy(event.target.value as typeof policy))}
          >
            {POLICIES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Pipe</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {(
            [
              ["partition", "Log partition (read in order)"],
              ["queue", "Work queue (a failed message returns later)"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex min-h-10 items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${uid}-pipe`}
                className="size-4"
                checked={pipe === value}
                onChange={() => change(() => setPipe(value))}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <Button size="sm" disabled={finished} onClick={() => setSteps(steps + 1)}>
          Next delivery attempt
        </Button>
        <Button variant="secondary" size="sm" disabled={finished} onClick={() => setSteps(run.attempts.length)}>
          Run {STEP_LIMIT} attempts
        </Button>
        <Button variant="secondary" size="sm" disabled={steps === 0} onClick={() => setSteps(0)}>
          Reset
        </Button>
      </div>

      <ul className="grid gap-1 text-sm sm:grid-cols-2" aria-label="Messages">
        {STREAMS[stream].map((message) => (
          <li key={message.id} className="rounded-md border border-border bg-bg px-2 py-1">
            <span className="font-medium">{message.id}</span>: {state(message.id)}
          </li>
        ))}
      </ul>

      <div aria-live="polite" className="text-sm">
        {shown.length > 0 ? (
          <p>
            Attempt {shown.length}: {describeAttempt(shown[shown.length - 1]!)}.
          </p>
        ) : (
          <p className="text-muted">No attempts yet.</p>
        )}
        {finished ? (
          <p className="mt-1 font-medium">
            {run.stuck
              ? `After ${run.attempts.length} attempts, ${run.waiting.join(", ")} ${run.waiting.length === 1 ? "is" : "are"} still waiting: without a limit this never ends.`
              : `Done in ${run.attempts.length} attempts. Processed: ${run.processed.join(", ") || "none"}. In the DLQ: ${run.deadLettered.join(", ") || "none"}.`}
          </p>
        ) : null}
      </div>

      {shown.length > 0 ? (
        <details className="text-sm" open={shown.length <= 8}>
          <summary className="cursor-pointer font-medium">Every attempt so far</summary>
          <ol className="mt-2 list-decimal space-y-0.5 pl-6">
            {shown.map((attempt) => (
              <li key={attempt.step}>{describeAttempt(attempt)}</li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
