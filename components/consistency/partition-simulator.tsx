"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { cn } from "@/lib/cn";
import {
  createCluster,
  cut,
  hasConflict,
  heal,
  OUTCOME_LABELS,
  predictionScore,
  read,
  readOutcome,
  REPLICAS,
  resolve,
  sideOf,
  write,
  type Cluster,
  type Mode,
  type Outcome,
  type ReplicaId,
  type Resolution,
} from "@/lib/consistency/partition";

const OUTCOMES = Object.keys(OUTCOME_LABELS) as Outcome[];

/**
 * Five replicas, a network the learner cuts in two, and CP or AP behaviour.
 * Before each request's answer is shown the learner predicts it; the
 * timeline keeps what happened and how the predictions went.
 */
export function PartitionSimulator() {
  const id = useId();
  const [mode, setMode] = useState<Mode>("CP");
  const [resolution, setResolution] = useState<Resolution>("last-write-wins");
  const [cluster, setCluster] = useState<Cluster>(() => createCluster("CP"));
  const [sideB, setSideB] = useState<ReplicaId[]>(["R4", "R5"]);
  const [replica, setReplica] = useState<ReplicaId>("R1");
  const [operation, setOperation] = useState<"read" | "write">("write");
  const [value, setValue] = useState("balance: 90");
  const [prediction, setPrediction] = useState<Outcome | null>(null);
  const [merged, setMerged] = useState("");

  const restart = (nextMode: Mode, nextResolution: Resolution) => {
    setMode(nextMode);
    setResolution(nextResolution);
    setCluster(createCluster(nextMode, nextResolution));
    setPrediction(null);
  };
  const partitioned = cluster.sideB !== null;
  const conflicted = cluster.copies.R1.length > 1;
  const score = predictionScore(cluster);
  const last = cluster.timeline.at(-1);

  const send = () => {
    if (!prediction) return;
    setCluster(
      operation === "write"
        ? write(cluster, replica, value.trim() || "x", prediction)
        : read(cluster, replica, prediction),
    );
    setPrediction(null);
  };

  return (
    <div className="space-y-5" data-testid="partition-simulator">
      <div className="flex flex-wrap gap-6">
        <fieldset>
          <legend className="text-sm font-semibold">During a partition, the system stays</legend>
          <div className="mt-1 flex gap-4">
            {(["CP", "AP"] as const).map((option) => (
              <label key={option} className="flex min-h-10 items-center gap-2">
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={mode === option}
                  onChange={() => restart(option, resolution)}
                />
                {option === "CP" ? "Consistent (CP)" : "Available (AP)"}
              </label>
            ))}
          </div>
        </fieldset>
        {mode === "AP" ? (
          <fieldset>
            <legend className="text-sm font-semibold">On healing, conflicting writes</legend>
            <div className="mt-1 flex gap-4">
              {(
                [
                  ["last-write-wins", "Last write wins"],
                  ["keep-both", "Keep both"],
                ] as const
              ).map(([option, label]) => (
                <label key={option} className="flex min-h-10 items-center gap-2">
                  <input
                    type="radio"
                    name={`${id}-resolution`}
                    checked={resolution === option}
                    onChange={() => restart(mode, option)}
                  />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
      </div>

      <div className="grid gap-3 sm:grid-cols-5" aria-label="Replicas" role="list">
        {REPLICAS.map((name) => {
          const side = sideOf(cluster, name);
          const { outcome, values } = readOutcome(cluster, name);
          return (
            <div
              key={name}
              role="listitem"
              data-replica={name}
              className={cn(
                "rounded-md border-2 p-3 text-sm",
                side === "B"
                  ? "border-danger bg-danger-soft"
                  : side === "A"
                    ? "border-accent bg-accent-soft"
                    : "border-border",
              )}
            >
              <p className="font-semibold">
                {name} {side === "all" ? "" : `· side ${side}`}
              </p>
              <p className="font-mono text-xs">{cluster.copies[name].map((version) => version.value).join(" | ")}</p>
              <p className="text-xs text-muted">
                {outcome === "error"
                  ? "no majority: refuses requests"
                  : outcome === "stale"
                    ? "behind"
                    : values.length > 1
                      ? "two versions"
                      : "up to date"}
              </p>
            </div>
          );
        })}
      </div>

      <fieldset className="space-y-2 rounded-md border border-border p-3">
        <legend className="px-1 text-sm font-semibold">The network</legend>
        {partitioned ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm">
              Cut: {REPLICAS.filter((name) => sideOf(cluster, name) === "A").join(", ")} | {cluster.sideB!.join(", ")}
              {hasConflict(cluster) ? " — both sides have accepted writes" : ""}
            </p>
            <Button variant="secondary" onClick={() => setCluster(heal(cluster))}>
              Heal the partition
            </Button>
          </div>
        ) : (
          <div className="flex flex-wrap items-end gap-3">
            <div className="flex flex-wrap gap-3" role="group" aria-label="Replicas on side B">
              {REPLICAS.map((name) => (
                <label key={name} className="flex min-h-10 items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={sideB.includes(name)}
                    onChange={(event) =>
                      setSideB((current) =>
                        event.target.checked ? [...current, name] : current.filter((other) => other !== name),
                      )
                    }
                  />
                  {name} on side B
                </label>
              ))}
            </div>
            <Button
              variant="secondary"
              disabled={sideB.length === 0 || sideB.length === REPLICAS.length}
              onClick={() => setCluster(cut(cluster, sideB))}
            >
              Cut the network
            </Button>
          </div>
        )}
        {conflicted ? (
          <div className="flex flex-wrap items-end gap-2">
            <label className="space-y-1 text-sm">
              <span className="font-medium">Merged value</span>
              <input className={inputClasses} value={merged} onChange={(event) => setMerged(event.target.value)} />
            </label>
            <Button
              variant="secondary"
              disabled={!merged.trim()}
              onClick={() => setCluster(resolve(cluster, merged.trim()))}
            >
              Save the merge
            </Button>
          </div>
        ) : null}
      </fieldset>

      <fieldset className="space-y-3 rounded-md border border-border p-3">
        <legend className="px-1 text-sm font-semibold">Send a request</legend>
        <div className="flex flex-wrap items-end gap-3">
          <label className="space-y-1 text-sm">
            <span className="font-medium">Operation</span>
            <select
              className={inputClasses}
              value={operation}
              onChange={(event) => setOperation(event.target.value as "read" | "write")}
            >
              <option value="write">Write</option>
              <option value="read">Read</option>
            </select>
          </label>
          <label className="space-y-1 text-sm">
            <span className="font-medium">To replica</span>
            <select
              className={inputClasses}
              value={replica}
              onChange={(event) => setReplica(event.target.value as ReplicaId)}
            >
              {REPLICAS.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          {operation === "write" ? (
            <label className="space-y-1 text-sm">
              <span className="font-medium">Value</span>
              <input
                className={inputClasses}
                value={value}
                maxLength={40}
                onChange={(event) => setValue(event.target.value)}
              />
            </label>
          ) : null}
        </div>
        <fieldset>
          <legend className="text-sm font-medium">Predict the answer first</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {OUTCOMES.map((outcome) => (
              <label key={outcome} className="flex min-h-10 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={`${id}-prediction`}
                  checked={prediction === outcome}
                  onChange={() => setPrediction(outcome)}
                />
                {OUTCOME_LABELS[outcome]}
              </label>
            ))}
          </div>
        </fieldset>
        <Button onClick={send} disabled={!prediction}>
          Send the {operation}
        </Button>
        <p className="text-xs text-muted">A write that is accepted counts as “the latest value”.</p>
      </fieldset>

      <div aria-live="polite" className="space-y-2" data-testid="partition-result">
        {last?.outcome ? (
          <p
            className={cn(
              "rounded-md px-3 py-2 text-sm",
              last.prediction === last.outcome ? "bg-success-soft" : "bg-danger-soft",
            )}
          >
            {last.text}. You predicted {last.prediction ? OUTCOME_LABELS[last.prediction].toLowerCase() : "nothing"}:{" "}
            {last.prediction === last.outcome ? "right." : `it was ${OUTCOME_LABELS[last.outcome].toLowerCase()}.`}
          </p>
        ) : last ? (
          <p className="text-sm">{last.text}.</p>
        ) : null}
      </div>

      <section aria-labelledby={`${id}-timeline`} className="space-y-2">
        <h3 id={`${id}-timeline`} className="font-semibold">
          Timeline {score.total ? `· ${score.right} of ${score.total} predictions right` : ""}
        </h3>
        {cluster.timeline.length === 0 ? (
          <p className="text-sm text-muted">
            Nothing has happened yet. Cut the network, then send requests to either side.
          </p>
        ) : (
          <ol className="space-y-1 text-sm" data-testid="timeline">
            {cluster.timeline.map((event) => (
              <li key={event.step} data-outcome={event.outcome}>
                <span className="font-mono text-muted">{event.step}.</span> {event.text}
                {event.prediction ? (event.prediction === event.outcome ? " ✓" : " ✗") : ""}
              </li>
            ))}
          </ol>
        )}
        <Button variant="ghost" onClick={() => restart(mode, resolution)}>
          Start over
        </Button>
      </section>
    </div>
  );
}
