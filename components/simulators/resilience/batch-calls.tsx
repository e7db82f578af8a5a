"use client";

import { useState } from "react";
import { TimedSteps, type TimedStep } from "@/components/simulators/timed-steps";
import { Button } from "@/components/ui/button";
import {
  failureRatePercent,
  STATE_NAMES,
  type BatchRun,
  type BreakerSettings,
  type CallStep,
} from "@/lib/resilience/circuit-breaker";

const rate = (calls: number, failures: number) => {
  const value = failureRatePercent(calls, failures);
  return value === null ? "no calls" : `${failures} of ${calls} failed (${Math.round(value)} %)`;
};

/** What the window says after a recorded call, and whether that was enough to judge. */
function windowNote(step: CallStep, settings: BreakerSettings): string {
  const counts = `window: ${rate(step.windowCalls, step.windowFailures)}`;
  if (step.transition?.to === "open") return `${counts}, at or above ${settings.thresholdPercent} %: it trips to OPEN.`;
  if (step.state === "open") return `${counts}; the breaker is already OPEN, so this changes nothing.`;
  if (step.windowCalls < settings.minimumCalls)
    return `${counts}; fewer than ${settings.minimumCalls} calls, no verdict.`;
  return `${counts}, below ${settings.thresholdPercent} %: it stays CLOSED.`;
}

function callStep(step: CallStep, run: BatchRun, settings: BreakerSettings): TimedStep {
  const actor = `Call ${step.call}`;
  switch (step.fate) {
    case "success":
      return { kind: "ok", at: null, actor, text: `succeeded; ${windowNote(step, settings)}` };
    case "failure":
      return { kind: "fail", at: null, actor, text: `failed; ${windowNote(step, settings)}` };
    case "trial-success":
      return { kind: "ok", at: null, actor, text: "the trial call succeeded: CLOSED, and the window starts empty." };
    case "trial-failure":
      return {
        kind: "fail",
        at: null,
        actor,
        text: `the trial call failed: OPEN again, for another ${settings.coolDownS} s.`,
      };
    case "rejected":
      return {
        kind: "info",
        at: null,
        actor,
        text:
          run.stateOnArrival === "half-open"
            ? "rejected at once: HALF-OPEN lets only the trial call through."
            : "rejected at once: the breaker is OPEN, and the inventory service never sees it.",
      };
  }
}

/** How the batch found the breaker: its state, a cool-down that just ran out, calls that aged out of the window. */
function arrival(run: BatchRun, settings: BreakerSettings): string {
  const parts = [`At t = ${run.atS} s the breaker is ${STATE_NAMES[run.stateBefore]}`];
  if (run.stateOnArrival !== run.stateBefore)
    parts.push(`; its ${settings.coolDownS} s cool-down is over, so it turns HALF-OPEN`);
  if (run.agedOut > 0)
    parts.push(
      `. ${run.agedOut} earlier ${run.agedOut === 1 ? "call has" : "calls have"} left the ${settings.windowS} s window`,
    );
  return `${parts.join("")}. ${run.steps.length === 1 ? "1 call arrives" : `${run.steps.length} calls arrive together`}.`;
}

/** One batch of a breaker run, shown a call at a time, then what it came to. */
export function BatchCalls({ title, run, settings }: { title: string; run: BatchRun; settings: BreakerSettings }) {
  const [shown, setShown] = useState(1);
  const total = run.steps.length;
  const done = shown >= total;
  return (
    <div className="space-y-2">
      <p className="text-sm">{arrival(run, settings)}</p>
      <TimedSteps
        title={title}
        steps={run.steps.slice(0, shown).map((step) => callStep(step, run, settings))}
        outcome={
          done ? (
            <p>
              <strong>After this batch: {STATE_NAMES[run.stateAfter]}.</strong> {run.reached} reached the inventory
              service, {run.rejected} {run.rejected === 1 ? "was" : "were"} rejected at once; window:{" "}
              {rate(run.windowCalls, run.windowFailures)}.
            </p>
          ) : null
        }
      />
      {total > 1 ? (
        <>
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" size="sm" onClick={() => setShown((value) => value + 1)} disabled={done}>
              Next call
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setShown(total)} disabled={done}>
              All {total} calls
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setShown(1)} disabled={shown === 1}>
              Back to the first call
            </Button>
          </div>
          <p className="sr-only" aria-live="polite">
            {done ? `All ${total} calls shown.` : `Call ${shown} of ${total} shown.`}
          </p>
        </>
      ) : null}
    </div>
  );
}
