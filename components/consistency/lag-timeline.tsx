"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { arrivesAt, readAfterWrite } from "@/lib/consistency/lag";

const SCALE_MS = 2000;

/**
 * The likes example on a timeline: Alice's like is written in the US at 0 ms
 * and reaches the EU replica after the lag; Bob reads in the EU. The learner
 * predicts what Bob sees, then can switch to Alice reading her own write with
 * a version token.
 */
export function LagTimeline() {
  const id = useId();
  const [lagMs, setLagMs] = useState(300);
  const [readAt, setReadAt] = useState(150);
  const [token, setToken] = useState(false);
  const [prediction, setPrediction] = useState<"new" | "old" | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [tally, setTally] = useState({ right: 0, total: 0 });

  const result = readAfterWrite({ writeAt: 0, lagMs, readAt, versionToken: token ? { maxWaitMs: 500 } : undefined });
  const reset = () => {
    setPrediction(null);
    setRevealed(false);
  };
  const position = (ms: number) => `${Math.min(100, (ms / SCALE_MS) * 100)}%`;
  const reader = token ? "Alice (reading her own like, with a version token)" : "Bob in the EU";

  return (
    <div className="space-y-4" data-testid="lag-timeline">
      <div className="flex flex-wrap gap-6">
        <label className="space-y-1 text-sm">
          <span className="font-medium">Replication lag: {lagMs} ms</span>
          <input
            type="range"
            className="block w-56"
            min={0}
            max={SCALE_MS}
            step={50}
            value={lagMs}
            onChange={(event) => {
              setLagMs(Number(event.target.value));
              reset();
            }}
          />
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">Read at: {readAt} ms after the like</span>
          <input
            type="range"
            className="block w-56"
            min={0}
            max={SCALE_MS}
            step={50}
            value={readAt}
            onChange={(event) => {
              setReadAt(Number(event.target.value));
              reset();
            }}
          />
        </label>
        <label className="flex min-h-10 items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={token}
            onChange={(event) => {
              setToken(event.target.checked);
              reset();
            }}
          />
          Alice reads her own write with a version token
        </label>
      </div>

      <div className="relative h-20 rounded-md border border-border bg-surface" aria-hidden="true">
        <div className="absolute top-1/2 right-2 left-2 h-px bg-border" />
        <div className="absolute top-2 text-xs" style={{ left: position(0) }}>
          ▲ like written (US)
        </div>
        <div
          className="absolute top-8 -translate-x-1/2 text-xs text-success"
          style={{ left: `calc(${position(arrivesAt({ writeAt: 0, lagMs }))} + 0.5rem)` }}
        >
          ● reaches EU
        </div>
        <div
          className="absolute bottom-1 -translate-x-1/2 text-xs text-accent"
          style={{ left: `calc(${position(readAt)} + 0.5rem)` }}
        >
          ◆ read
        </div>
      </div>
      <p className="text-sm">
        The like is written at 0 ms and reaches the EU replica at {arrivesAt({ writeAt: 0, lagMs })} ms. {reader} reads
        at {readAt} ms.
      </p>

      <fieldset>
        <legend className="text-sm font-medium">What does the read return?</legend>
        <div className="mt-1 flex gap-4">
          {(
            [
              ["old", "The old count"],
              ["new", "The new count"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex min-h-10 items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-predict`}
                checked={prediction === value}
                disabled={revealed}
                onChange={() => setPrediction(value)}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <Button
        disabled={!prediction || revealed}
        onClick={() => {
          setRevealed(true);
          setTally((current) => ({
            right: current.right + (prediction === result.sees ? 1 : 0),
            total: current.total + 1,
          }));
        }}
      >
        Show the answer
      </Button>
      <div aria-live="polite" data-testid="lag-result">
        {revealed ? (
          <p
            className={cn(
              "rounded-md px-3 py-2 text-sm",
              prediction === result.sees ? "bg-success-soft" : "bg-danger-soft",
            )}
          >
            {prediction === result.sees ? "Right: " : "Not quite: "}
            the read returns the {result.sees} count
            {result.waitedMs > 0 && result.servedBy === "replica"
              ? `, after the replica waits ${result.waitedMs} ms for the version`
              : result.servedBy === "primary"
                ? `; the replica was still behind after ${result.waitedMs} ms, so the read fell back to the primary`
                : readAt >= lagMs
                  ? ", because the write arrived before the read"
                  : ", because the write had not arrived yet"}
            . ({tally.right} of {tally.total} right so far.)
          </p>
        ) : null}
      </div>
    </div>
  );
}
