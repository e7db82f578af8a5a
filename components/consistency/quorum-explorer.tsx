"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { cn } from "@/lib/cn";
import {
  findStaleRead,
  overlapGuaranteed,
  playRound,
  QUORUM_PRESETS,
  tolerates,
  validateQuorum,
  type QuorumConfig,
} from "@/lib/consistency/quorum";

const first = (count: number, from = 0) => Array.from({ length: count }, (_, index) => index + from);

/**
 * N replicas, W and R, failed replicas, and the learner's choice of which
 * replicas a write reaches and a read asks. Replicas the write missed lag
 * behind; the read returns the newest value among those it asked.
 */
export function QuorumExplorer() {
  const id = useId();
  const [config, setConfig] = useState<QuorumConfig>({ ...QUORUM_PRESETS[0].config, failed: [] });
  const [writeTo, setWriteTo] = useState<number[]>(first(2));
  const [readFrom, setReadFrom] = useState<number[]>(first(2, 1));
  const [message, setMessage] = useState<string | null>(null);
  const problem = validateQuorum(config);

  const apply = (next: QuorumConfig) => {
    setConfig(next);
    setWriteTo(first(Math.min(next.w, next.n)));
    setReadFrom(first(Math.min(next.r, next.n), Math.max(0, next.n - next.r)));
    setMessage(null);
  };
  const toggle = (list: number[], index: number, limit: number) =>
    list.includes(index) ? list.filter((other) => other !== index) : [...list, index].slice(-limit);

  const round = problem ? null : playRound(config, writeTo, readFrom);
  const overlap = overlapGuaranteed(config);
  const survive = tolerates(config);

  return (
    <div className="space-y-5" data-testid="quorum-explorer">
      <div className="flex flex-wrap items-end gap-3">
        <label className="space-y-1 text-sm">
          <span className="font-medium">Preset</span>
          <select
            className={inputClasses}
            defaultValue=""
            onChange={(event) => {
              const preset = QUORUM_PRESETS.find((candidate) => candidate.id === event.target.value);
              if (preset) apply({ ...preset.config, failed: [] });
            }}
          >
            <option value="" disabled>
              Choose a preset…
            </option>
            {QUORUM_PRESETS.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.title}
              </option>
            ))}
          </select>
        </label>
        {(
          [
            ["n", "Replicas (N)", 1, 9],
            ["w", "Write quorum (W)", 1, config.n],
            ["r", "Read quorum (R)", 1, config.n],
          ] as const
        ).map(([key, label, min, max]) => (
          <label key={key} className="space-y-1 text-sm">
            <span className="font-medium">
              {label}: {config[key]}
            </span>
            <input
              type="range"
              className="block w-36"
              min={min}
              max={max}
              value={config[key]}
              onChange={(event) => {
                const value = Number(event.target.value);
                const next = { ...config, [key]: value };
                if (key === "n") {
                  next.w = Math.min(next.w, value);
                  next.r = Math.min(next.r, value);
                  next.failed = next.failed.filter((index) => index < value);
                }
                apply(next);
              }}
            />
          </label>
        ))}
      </div>

      {problem ? (
        <p role="alert" className="text-sm text-danger">
          {problem}
        </p>
      ) : (
        <div
          aria-live="polite"
          className="space-y-1 rounded-md border border-border bg-surface p-3 text-sm"
          data-testid="quorum-facts"
        >
          <p>
            <strong>
              R + W = {config.r + config.w} {overlap ? ">" : "≤"} N = {config.n}:
            </strong>{" "}
            {overlap
              ? "every read set shares at least one replica with every write set, so a read always sees the latest write."
              : "a read can ask only replicas the write never reached: a stale read is possible."}
          </p>
          <p>
            Writes survive {survive.writes} failed {survive.writes === 1 ? "replica" : "replicas"}; reads survive{" "}
            {survive.reads}.
          </p>
        </div>
      )}

      <div className="overflow-x-auto">
        <table className="text-sm">
          <caption className="sr-only">Each replica: failed or not, in the write set, in the read set</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">
                Replica
              </th>
              <th scope="col" className="pr-4 text-left">
                Failed
              </th>
              <th scope="col" className="pr-4 text-left">
                Write reaches it
              </th>
              <th scope="col" className="pr-4 text-left">
                Read asks it
              </th>
              <th scope="col" className="text-left">
                Holds
              </th>
            </tr>
          </thead>
          <tbody>
            {first(config.n).map((index) => {
              const failed = config.failed.includes(index);
              const fresh = round?.written.includes(index);
              return (
                <tr key={index} className="border-t border-border" data-replica={index + 1}>
                  <th scope="row" className="py-1 pr-4 text-left">
                    Replica {index + 1}
                  </th>
                  <td className="pr-4">
                    <input
                      type="checkbox"
                      aria-label={`Replica ${index + 1} has failed`}
                      checked={failed}
                      onChange={() =>
                        setConfig({
                          ...config,
                          failed: failed ? config.failed.filter((other) => other !== index) : [...config.failed, index],
                        })
                      }
                    />
                  </td>
                  <td className="pr-4">
                    <input
                      type="checkbox"
                      aria-label={`The write reaches replica ${index + 1}`}
                      checked={writeTo.includes(index)}
                      onChange={() => setWriteTo(toggle(writeTo, index, config.w))}
                    />
                  </td>
                  <td className="pr-4">
                    <input
                      type="checkbox"
                      aria-label={`The read asks replica ${index + 1}`}
                      checked={readFrom.includes(index)}
                      onChange={() => setReadFrom(toggle(readFrom, index, config.r))}
                    />
                  </td>
                  <td className={cn("font-mono", failed ? "text-muted" : fresh ? "text-success" : "")}>
                    {failed ? "down" : fresh ? "new value (v2)" : "old value (v1), lagging"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className="flex flex-wrap gap-3">
        <Button
          variant="secondary"
          onClick={() => {
            const stale = findStaleRead(config);
            if (stale) {
              setWriteTo(stale.writeTo);
              setReadFrom(stale.readFrom);
              setMessage("Found one: the read asks only replicas the write never reached.");
            } else {
              setMessage(
                overlap
                  ? `None exists: with R + W > N, any ${config.r} replicas include at least one of any ${config.w}.`
                  : "Not with these replicas down: there are too few healthy replicas for both quorums to miss each other.",
              );
            }
          }}
        >
          Find a stale read
        </Button>
      </div>

      <div aria-live="polite" className="space-y-1 text-sm" data-testid="quorum-result">
        {message ? <p>{message}</p> : null}
        {round ? (
          <p className={cn("rounded-md px-3 py-2", round.result === "new" ? "bg-success-soft" : "bg-danger-soft")}>
            {!round.writeOk
              ? `The write fails: fewer than ${config.w} healthy replicas acknowledged it.`
              : `The write is acknowledged by ${round.written.map((index) => index + 1).join(", ")}.`}{" "}
            {!round.readOk
              ? `The read fails: fewer than ${config.r} of the replicas it asked answered.`
              : round.result === "new"
                ? "The read sees the new value (v2)."
                : `The read returns the old value (v1): a stale read, from replicas ${round.readFrom.map((index) => index + 1).join(", ")}.`}
          </p>
        ) : null}
        <p className="text-xs text-muted" id={`${id}-hint`}>
          Tick which replicas the write reaches (at most W) and which the read asks (at most R). Last-write-wins with
          clock skew and “sloppy” quorums that accept writes on stand-in replicas can still lose updates even when R + W
          &gt; N.
        </p>
      </div>
    </div>
  );
}
