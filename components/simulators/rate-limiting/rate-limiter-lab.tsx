"use client";

import { useId, useMemo, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { GuessedStepper, useGuessedStepper, type GuessLane } from "@/components/simulators/guessed-stepper";
import { NumberField } from "@/components/simulators/number-field";
import { Button } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import {
  ALGORITHM_NAMES,
  ALGORITHMS,
  describeBurst,
  longestWaitMs,
  mostInAnySpan,
  perBurst,
  runAll,
  settingsProblem,
  STATE_KEPT,
  type Algorithm,
  type AlgorithmRun,
  type LimiterSettings,
} from "@/lib/rate-limiting/limiters";
import {
  PATTERNS,
  patternById,
  RATE_LIMITER_SCENARIOS,
  SCENARIO_PATTERN,
  type PatternId,
} from "@/lib/rate-limiting/scenarios";

const SCENARIO_KEYS = Object.keys(RATE_LIMITER_SCENARIOS);
const SHORT: Record<Algorithm, string> = {
  "fixed-window": "Fixed",
  "sliding-log": "Log",
  "sliding-counter": "Counter",
  "token-bucket": "Token",
  "leaky-bucket": "Leaky",
};
const STATE_UNIT: Record<Algorithm, string> = {
  "fixed-window": "numbers",
  "sliding-log": "timestamps",
  "sliding-counter": "numbers",
  "token-bucket": "numbers",
  "leaky-bucket": "queued requests",
};

type Guess = "all" | "some" | "none";
const GUESSES: readonly { id: Guess; label: string }[] = [
  { id: "all", label: "All pass" },
  { id: "some", label: "Some pass" },
  { id: "none", label: "None pass" },
];

function outcome(admitted: number, count: number): Guess {
  if (admitted === count) return "all";
  return admitted === 0 ? "none" : "some";
}

function seconds(ms: number): string {
  if (ms < 1_000) return `${ms} ms`;
  const value = ms / 1_000;
  return `${Number.isInteger(value) ? value : value.toFixed(2)} s`;
}

/** What one algorithm did with the instants played so far. */
function AlgorithmCard({ run, settings }: { run: AlgorithmRun; settings: LimiterSettings }) {
  const algorithm = run.algorithm;
  return (
    <div className="min-w-0 rounded-md border border-border bg-surface p-3 text-sm" data-algorithm={algorithm}>
      <h4 className="font-semibold">{ALGORITHM_NAMES[algorithm]}</h4>
      <p>
        <span className="text-success" aria-hidden="true">
          ✓
        </span>{" "}
        {run.admitted} passed,{" "}
        <span className="text-danger" aria-hidden="true">
          ✗
        </span>{" "}
        {run.rejected} refused
      </p>
      <p className="text-muted">
        Most passed in any {seconds(settings.windowMs)}: {mostInAnySpan(run, settings.windowMs)}
      </p>
      <p className="text-muted">
        Keeps {STATE_KEPT[algorithm]}: at most {run.peakState} {STATE_UNIT[algorithm]}.
      </p>
      {algorithm === "leaky-bucket" ? (
        <p className="text-muted">
          Reaches the server at most one per {seconds(settings.leakEveryMs)}; longest wait in the queue{" "}
          {seconds(longestWaitMs(run))}.
        </p>
      ) : null}
    </div>
  );
}

/**
 * One request pattern through five rate limiters side by side: fixed window,
 * sliding log, sliding window counter, token bucket and leaky bucket. The
 * scored predictions come first; then the learner plays the pattern instant
 * by instant and, if they like, guesses before each one which limiters let
 * its requests through.
 */
export function RateLimiterLab({ id }: { id: string }) {
  const uid = useId();
  const prediction = usePrediction(id, RATE_LIMITER_SCENARIOS);
  const unlocked = SCENARIO_KEYS.some((key) => prediction.answered(key));
  const [patternId, setPatternId] = useState<PatternId>("boundary-burst");
  const [settings, setSettings] = useState<LimiterSettings>(patternById("boundary-burst").settings);
  const stepper = useGuessedStepper();
  const shown = stepper.shown;

  const pattern = patternById(patternId);
  const bursts = pattern.bursts;
  const problem = settingsProblem(settings);
  const rows = useMemo(() => {
    if (problem) return null;
    const runs = runAll(bursts, settings);
    return Object.fromEntries(ALGORITHMS.map((a) => [a, perBurst(runs[a], bursts.length)])) as Record<
      Algorithm,
      { admitted: number; rejected: number }[]
    >;
  }, [bursts, settings, problem]);
  // The algorithms never look ahead, so the run of the instants played so far is the start of the whole run.
  const soFar = useMemo(
    () => (problem || shown === 0 ? null : runAll(bursts.slice(0, shown), settings)),
    [bursts, settings, problem, shown],
  );

  const restart = stepper.restart;
  const load = (next: PatternId) => {
    setPatternId(next);
    setSettings(patternById(next).settings);
    restart();
  };
  const change = (key: keyof LimiterSettings, value: number) => {
    setSettings((current) => ({ ...current, [key]: value }));
    stepper.forget();
  };

  const next = rows && shown < bursts.length ? shown : null;
  // Before each instant: does each limiter pass all, some or none of its requests?
  const lanes: GuessLane[] =
    next === null || !rows
      ? []
      : ALGORITHMS.map((algorithm) => {
          const { count } = bursts[next]!;
          const { admitted } = rows[algorithm][next]!;
          return {
            id: algorithm,
            name: SHORT[algorithm],
            legend: `${ALGORITHM_NAMES[algorithm]}: how many pass?`,
            options: GUESSES,
            answer: outcome(admitted, count),
            result: `${admitted} of ${count} pass`,
          };
        });

  const field = (key: keyof LimiterSettings, label: string, max: number, scale = 1) => (
    <NumberField
      label={label}
      value={settings[key] / scale}
      min={1}
      max={max}
      step={1}
      onChange={(value) => change(key, value * scale)}
    />
  );

  return (
    <div className="space-y-6" data-testid="rate-limiter-lab">
      <section className="space-y-3" aria-label="Predict first">
        <p className="text-sm text-muted">
          All five limiters guard one client. Times are minutes:seconds.milliseconds. Predict each scenario first;
          answering one opens the lab below.
        </p>
        {SCENARIO_KEYS.map((key) => (
          <div key={key} className="space-y-2">
            <PredictionPrompt id={id} scenarios={RATE_LIMITER_SCENARIOS} scenario={key} />
            {prediction.answered(key) ? (
              <Button variant="secondary" size="sm" onClick={() => load(SCENARIO_PATTERN[key]!)}>
                Load this pattern into the lab
              </Button>
            ) : null}
          </div>
        ))}
      </section>

      {unlocked ? (
        <section className="space-y-4" aria-label="Play a pattern through all five">
          <fieldset>
            <legend className="text-sm font-medium">Request pattern</legend>
            <div className="mt-1 flex flex-col gap-1">
              {PATTERNS.map((option) => (
                <label key={option.id} className="flex min-h-10 items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name={`${uid}-pattern`}
                    className="size-4 shrink-0"
                    checked={patternId === option.id}
                    onChange={() => load(option.id)}
                  />
                  {option.label}
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Settings</legend>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {field("limit", "Window limit (requests)", 1_000)}
              {field("windowMs", "Window (seconds)", 3_600, 1_000)}
              {field("bucketSize", "Token bucket size (tokens)", 1_000)}
              {field("refillEveryMs", "One new token every (ms)", 60_000)}
              {field("queueSize", "Leaky bucket queue (requests)", 1_000)}
              {field("leakEveryMs", "Leaky bucket passes one on every (ms)", 60_000)}
            </div>
            <Button variant="secondary" size="sm" onClick={() => load(patternId)}>
              Reset this pattern&apos;s settings
            </Button>
          </fieldset>
          {problem ? (
            <p className="text-sm text-danger" role="alert">
              {problem}
            </p>
          ) : null}

          {rows ? (
            <>
              <GuessedStepper
                stepper={stepper}
                total={bursts.length}
                status={
                  next === null
                    ? `All ${bursts.length} instants played.`
                    : `Next: instant ${next + 1} of ${bursts.length}, ${describeBurst(bursts[next]!)}.`
                }
                lanes={lanes}
                askLabel="Ask me to predict before each instant"
                noun="instant"
                verdictLabel={`Instant ${(next ?? 0) + 1}`}
              />

              <ScrollRegion label="Admitted and rejected per instant">
                <table className="w-full min-w-[34rem] text-sm" data-testid="rate-limiter-table">
                  <caption className="pb-2 text-left text-muted">
                    Admitted and rejected, instant by instant: ✓ passed, ✗ refused.
                  </caption>
                  <thead>
                    <tr className="text-left">
                      <th scope="col" className="py-1 pr-3 font-semibold">
                        Instant
                      </th>
                      {ALGORITHMS.map((algorithm) => (
                        <th key={algorithm} scope="col" className="py-1 pr-3 font-semibold">
                          <abbr title={ALGORITHM_NAMES[algorithm]}>{SHORT[algorithm]}</abbr>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {bursts.slice(0, shown).map((burst, index) => (
                      <tr key={index} className="border-t border-border" data-instant={index + 1}>
                        <th scope="row" className="py-1 pr-3 text-left font-normal">
                          {index + 1}. {describeBurst(burst)}
                        </th>
                        {ALGORITHMS.map((algorithm) => {
                          const row = rows[algorithm][index]!;
                          return (
                            <td key={algorithm} className="py-1 pr-3 whitespace-nowrap tabular-nums">
                              <span aria-hidden="true">
                                <span className="text-success">✓ {row.admitted}</span>{" "}
                                <span className="text-danger">✗ {row.rejected}</span>
                              </span>
                              <span className="sr-only">
                                {row.admitted} passed, {row.rejected} refused
                              </span>
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                    {shown === 0 ? (
                      <tr className="border-t border-border">
                        <td colSpan={ALGORITHMS.length + 1} className="py-2 text-muted">
                          Nothing played yet.
                        </td>
                      </tr>
                    ) : null}
                  </tbody>
                </table>
              </ScrollRegion>

              {soFar ? (
                <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                  {ALGORITHMS.map((algorithm) => (
                    <AlgorithmCard key={algorithm} run={soFar[algorithm]} settings={settings} />
                  ))}
                </div>
              ) : null}
            </>
          ) : null}
        </section>
      ) : (
        <div className="rounded-md border border-dashed border-border p-3 text-sm text-muted">
          <p>Predict above first: answering any scenario opens the lab.</p>
        </div>
      )}
    </div>
  );
}
