"use client";

import { ScrollRegion } from "@/components/ui/scroll-region";
import { useId, useMemo, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { DepthTable } from "@/components/simulators/queues/depth-table";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { cn } from "@/lib/cn";
import { ALGORITHM_LABELS, serverStatus, simulate, type Algorithm } from "@/lib/load-balancing/balancer";
import { LOAD_BALANCER_SCENARIOS, PRESETS } from "@/lib/load-balancing/scenarios";

const ALGORITHMS = Object.keys(ALGORITHM_LABELS) as Algorithm[];

/**
 * A load balancer routing a fixed request stream. The learner picks a preset,
 * predicts its scenario (saved as an attempt), then steps through the stream
 * one request at a time, guessing each target, while the in-flight count of
 * every server is shown the way the balancer sees it.
 */
export function LoadBalancerSim({ id }: { id: string }) {
  const uid = useId();
  const prediction = usePrediction(id, LOAD_BALANCER_SCENARIOS);
  const [presetId, setPresetId] = useState(PRESETS[0]!.id);
  const entry = PRESETS.find((candidate) => candidate.id === presetId)!;
  const [algorithm, setAlgorithm] = useState<Algorithm>(entry.algorithm);
  const [shown, setShown] = useState(0);
  const [guess, setGuess] = useState<string | null>(null);
  const [lastGuess, setLastGuess] = useState<{ guess: string; actual: string | null } | null>(null);
  const [tally, setTally] = useState({ right: 0, total: 0 });

  const run = useMemo(
    () =>
      simulate(entry.servers, algorithm, entry.requests, {
        healthCheck: entry.healthCheck,
        ticks: entry.ticks,
      }),
    [entry, algorithm],
  );
  const unlocked = prediction.answered(entry.scenario);
  const total = run.routed.length;
  const next = run.routed[shown];
  const done = shown >= total;
  const tick = next ? next.at : Math.max(0, run.depth.length - 1);
  const inFlight = next ? next.seen : (run.depth[run.depth.length - 1] ?? entry.servers.map(() => 0));

  const reset = (nextPreset = entry, nextAlgorithm = algorithm) => {
    setPresetId(nextPreset.id);
    setAlgorithm(nextAlgorithm);
    setShown(0);
    setGuess(null);
    setLastGuess(null);
  };

  const send = () => {
    if (!next) return;
    if (guess) {
      setTally((current) => ({ right: current.right + (guess === next.server ? 1 : 0), total: current.total + 1 }));
      setLastGuess({ guess, actual: next.server });
    } else {
      setLastGuess(null);
    }
    setShown(shown + 1);
    setGuess(null);
  };

  return (
    <div className="space-y-5" data-testid="load-balancer-sim">
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="space-y-1 text-sm">
          <span className="font-medium">Preset</span>
          <select
            className={inputClasses}
            value={presetId}
            onChange={(event) => {
              const chosen = PRESETS.find((candidate) => candidate.id === event.target.value)!;
              reset(chosen, chosen.algorithm);
            }}
          >
            {PRESETS.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">Algorithm</span>
          <select
            className={inputClasses}
            value={algorithm}
            disabled={!unlocked}
            onChange={(event) => reset(entry, event.target.value as Algorithm)}
          >
            {ALGORITHMS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {ALGORITHM_LABELS[candidate]}
                {candidate === entry.algorithm ? " (preset)" : ""}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="text-sm text-muted">{entry.description}</p>

      <PredictionPrompt id={id} scenarios={LOAD_BALANCER_SCENARIOS} scenario={entry.scenario} />

      {unlocked ? (
        <section className="space-y-4" aria-label="Step through the requests">
          <ServerTable
            entry={entry}
            run={run}
            tick={tick}
            inFlight={inFlight}
            weighted={algorithm === "weighted-round-robin"}
          />

          {next ? (
            <fieldset className="space-y-2">
              <legend className="text-sm font-semibold">
                Request {shown + 1} of {total}, tick {next.at}, from {next.client}: where will it go?
              </legend>
              <div className="flex flex-wrap gap-x-5 gap-y-1">
                {entry.servers.map((server) => (
                  <label key={server.id} className="flex min-h-10 items-center gap-2 text-sm">
                    <input
                      type="radio"
                      name={`${uid}-guess`}
                      className="size-4"
                      checked={guess === server.id}
                      onChange={() => setGuess(server.id)}
                    />
                    {server.id}
                  </label>
                ))}
              </div>
              <div className="flex flex-wrap gap-3">
                <Button size="sm" onClick={send}>
                  {guess ? "Send it and check my guess" : "Send it"}
                </Button>
                <Button variant="secondary" size="sm" onClick={() => setShown(total)}>
                  Run to the end
                </Button>
              </div>
            </fieldset>
          ) : null}

          <div aria-live="polite" className="text-sm">
            {lastGuess ? (
              <p
                className={cn(
                  "rounded-md px-3 py-2",
                  lastGuess.guess === lastGuess.actual ? "bg-success-soft" : "bg-danger-soft",
                )}
              >
                {lastGuess.guess === lastGuess.actual ? "Right: " : "Not quite: "}
                you said {lastGuess.guess}; it went to {lastGuess.actual ?? "no server"}.
              </p>
            ) : null}
            {tally.total > 0 ? (
              <p className="mt-1 text-muted">
                Your guesses: {tally.right} of {tally.total} right.
              </p>
            ) : null}
          </div>

          <RequestLog run={run} shown={shown} />

          {done ? (
            <>
              <DepthTable servers={entry.servers.map((server) => server.id)} depth={run.depth} />
              <p className="text-sm">
                Requests per server: {entry.servers.map((server) => `${server.id} ${run.counts[server.id]}`).join(", ")}
                . Failed: {run.failed}.
              </p>
              <Button variant="secondary" size="sm" onClick={() => reset()}>
                Start this preset again
              </Button>
            </>
          ) : null}
        </section>
      ) : (
        <p className="text-sm text-muted">Make your prediction above to start the request stream.</p>
      )}
    </div>
  );
}

function ServerTable({
  entry,
  run,
  tick,
  inFlight,
  weighted,
}: {
  entry: (typeof PRESETS)[number];
  run: ReturnType<typeof simulate>;
  tick: number;
  inFlight: number[];
  weighted: boolean;
}) {
  const widest = Math.max(4, ...inFlight);
  return (
    <ScrollRegion label="Servers as the balancer sees them">
      <table className="w-full min-w-[22rem] text-left text-sm">
        <caption className="mb-2 text-left text-muted">Servers at tick {tick}, as the balancer sees them.</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-1 pr-3">
              Server
            </th>
            <th scope="col" className="py-1 pr-3">
              Speed
            </th>
            {weighted ? (
              <th scope="col" className="py-1 pr-3">
                Weight
              </th>
            ) : null}
            <th scope="col" className="py-1 pr-3">
              Status
            </th>
            <th scope="col" className="py-1">
              In flight
            </th>
          </tr>
        </thead>
        <tbody>
          {entry.servers.map((server, index) => {
            const status = serverStatus(server, index, tick, run);
            return (
              <tr key={server.id} className="border-b border-border">
                <th scope="row" className="py-1 pr-3 font-medium">
                  {server.id}
                </th>
                <td className="py-1 pr-3">{server.speed}/tick</td>
                {weighted ? <td className="py-1 pr-3">{server.weight ?? 1}</td> : null}
                <td className={cn("py-1 pr-3", status === "in rotation" ? "" : "text-danger")}>{status}</td>
                <td className="py-1">
                  <span className="flex items-center gap-2">
                    <span className="w-6 text-right tabular-nums">{inFlight[index]}</span>
                    <span
                      aria-hidden="true"
                      className="h-3 rounded-sm bg-accent"
                      style={{ width: `${(inFlight[index]! / widest) * 8}rem` }}
                    />
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function RequestLog({ run, shown }: { run: ReturnType<typeof simulate>; shown: number }) {
  if (shown === 0) return null;
  const routed = run.routed.slice(0, shown);
  return (
    <details className="rounded-md border border-border p-3 text-sm" open={shown <= 12}>
      <summary className="cursor-pointer font-medium">Requests sent so far ({shown})</summary>
      <ol className="mt-2 grid gap-1 sm:grid-cols-2">
        {routed.map((request) => (
          <li key={request.index} className="tabular-nums">
            #{request.index + 1} (tick {request.at}, {request.client}) → {request.server ?? "no server"}
            {request.failed ? <strong className="ml-1 text-danger">failed</strong> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
