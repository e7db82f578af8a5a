/**
 * A circuit breaker in front of one dependency, replayed over batches of calls.
 * Pure and deterministic: the same settings and batches always give the same
 * states, call by call.
 *
 * The rules, stated so a learner can apply them by hand:
 * - CLOSED lets every call through and records its outcome in a sliding time
 *   window: a call made at t counts while it is younger than the window, so at
 *   time t the window holds the calls made in (t − window, t].
 * - After each recorded outcome the breaker checks the window. It trips to OPEN
 *   when the window holds at least the minimum number of calls AND the share of
 *   failures is AT OR ABOVE the threshold (failures ≥ threshold × calls; the
 *   comparison Resilience4j uses). At 50 %, 10 failures in 20 calls trip it.
 * - OPEN rejects every call at once, without calling the dependency. The first
 *   call that arrives once the cool-down has passed (now − opened ≥ cool-down)
 *   turns it HALF-OPEN.
 * - HALF-OPEN lets exactly one trial call through and rejects the others. A
 *   successful trial closes the breaker with an empty window (the counters are
 *   reset); a failed one opens it again with a fresh cool-down.
 * - Calls in a batch arrive at the same moment, so the breaker admits or
 *   rejects each of them before any answer comes back. If it trips halfway
 *   through a batch, the calls already admitted still finish and are recorded;
 *   they change nothing, because the breaker is already OPEN.
 * - Rejected calls are never recorded: the dependency never saw them.
 */
export type BreakerState = "closed" | "open" | "half-open";
export const BREAKER_STATES: readonly BreakerState[] = ["closed", "open", "half-open"];
export const STATE_NAMES: Record<BreakerState, string> = {
  closed: "CLOSED",
  open: "OPEN",
  "half-open": "HALF-OPEN",
};

export type BreakerSettings = {
  /** Trip when the failure share reaches this many per cent (1–100), with ≥ minimumCalls in the window. */
  thresholdPercent: number;
  /** The sliding window's length, in seconds. */
  windowS: number;
  /** Fewer recorded calls than this in the window never trip the breaker. */
  minimumCalls: number;
  /** How long OPEN lasts before a trial call is allowed, in seconds. */
  coolDownS: number;
};

/** Seed 001 §8.1's settings: 50 % over at least 20 calls in a 10 s window, a 60 s cool-down. */
export const DEFAULT_BREAKER: BreakerSettings = { thresholdPercent: 50, windowS: 10, minimumCalls: 20, coolDownS: 60 };

/** What the dependency would answer to each call of a batch, in order: S = success, F = failure. */
export type Batch = { atS: number; outcomes: string };

export const LIMITS = { batches: 5_000, callsPerBatch: 200, timeS: 86_400 } as const;

export type CallFate = "success" | "failure" | "rejected" | "trial-success" | "trial-failure";

export type CallStep = {
  /** 1-based position in its batch. */
  call: number;
  fate: CallFate;
  /** The breaker's state once this call's outcome (or rejection) is handled. */
  state: BreakerState;
  /** The window after this call: recorded calls and failures in it. */
  windowCalls: number;
  windowFailures: number;
  /** Set when this call moved the breaker to another state. */
  transition: { from: BreakerState; to: BreakerState } | null;
};

export type BatchRun = {
  /** 0-based position of the batch. */
  index: number;
  atS: number;
  /** The state when the last batch ended (CLOSED before the first). */
  stateBefore: BreakerState;
  /** The state the batch met on arrival: HALF-OPEN if the cool-down has just run out. */
  stateOnArrival: BreakerState;
  /** Calls recorded earlier that aged out of the window by this batch's time. */
  agedOut: number;
  steps: CallStep[];
  /** Calls the dependency received (admitted), and calls rejected at once. */
  reached: number;
  rejected: number;
  stateAfter: BreakerState;
  windowCalls: number;
  windowFailures: number;
  /** When the breaker last opened, if it is OPEN after this batch. */
  openedAtS: number | null;
};

/** Null when a batch list and settings are usable; otherwise what is wrong, in words. */
export function breakerInputProblem(batches: readonly Batch[], settings: BreakerSettings): string | null {
  const { thresholdPercent, windowS, minimumCalls, coolDownS } = settings;
  if (!(thresholdPercent >= 1 && thresholdPercent <= 100)) return "The threshold must be between 1 and 100 %.";
  if (!(windowS > 0 && windowS <= 3_600)) return "The window must be more than 0 s and at most 3,600 s.";
  if (!Number.isInteger(minimumCalls) || minimumCalls < 1 || minimumCalls > 1_000)
    return "The minimum number of calls must be a whole number from 1 to 1,000.";
  if (!(coolDownS > 0 && coolDownS <= 3_600)) return "The cool-down must be more than 0 s and at most 3,600 s.";
  if (batches.length > LIMITS.batches) return `A run holds at most ${LIMITS.batches} batches.`;
  for (const [index, batch] of batches.entries()) {
    const name = `Batch ${index + 1}`;
    if (!(batch.atS >= 0 && batch.atS <= LIMITS.timeS)) return `${name}: its time must be from 0 to 86,400 s.`;
    if (index > 0 && !(batch.atS > batches[index - 1]!.atS))
      return `${name}: each batch must come later than the one before it.`;
    if (!/^[SF]+$/.test(batch.outcomes)) return `${name}: write its calls as S (success) and F (failure) only.`;
    if (batch.outcomes.length > LIMITS.callsPerBatch)
      return `${name}: a batch holds at most ${LIMITS.callsPerBatch} calls.`;
  }
  return null;
}

/** The trip rule on its own: enough calls, and failures at or above the threshold share. */
export function shouldTrip(calls: number, failures: number, settings: BreakerSettings): boolean {
  // failures / calls ≥ threshold / 100, kept in integers where the inputs are.
  return calls >= settings.minimumCalls && failures * 100 >= settings.thresholdPercent * calls;
}

/** The failure share of a window in per cent, or null for an empty window. */
export function failureRatePercent(calls: number, failures: number): number | null {
  return calls === 0 ? null : (failures / calls) * 100;
}

/**
 * A batch's outcome string with `failures` of `calls` failing, placed first,
 * last, or spread evenly (each failure at the end of its share of the batch).
 */
export function outcomePattern(calls: number, failures: number, placement: "first" | "spread" | "last"): string {
  if (!Number.isInteger(calls) || calls < 1 || calls > LIMITS.callsPerBatch)
    throw new RangeError(`A batch holds 1 to ${LIMITS.callsPerBatch} calls.`);
  if (!Number.isInteger(failures) || failures < 0 || failures > calls)
    throw new RangeError("The failures must be a whole number from 0 to the number of calls.");
  if (placement === "first") return "F".repeat(failures) + "S".repeat(calls - failures);
  if (placement === "last") return "S".repeat(calls - failures) + "F".repeat(failures);
  return Array.from({ length: calls }, (_, index) =>
    Math.floor(((index + 1) * failures) / calls) > Math.floor((index * failures) / calls) ? "F" : "S",
  ).join("");
}

export function runBreaker(batches: readonly Batch[], settings: BreakerSettings = DEFAULT_BREAKER): BatchRun[] {
  const problem = breakerInputProblem(batches, settings);
  if (problem) throw new RangeError(problem);
  let state: BreakerState = "closed";
  let openedAtS: number | null = null;
  let window: { atS: number; failed: boolean }[] = [];
  const counts = () => ({ windowCalls: window.length, windowFailures: window.filter((entry) => entry.failed).length });

  return batches.map((batch, index) => {
    const stateBefore = state;
    if (state === "open" && batch.atS - openedAtS! >= settings.coolDownS) state = "half-open";
    const stateOnArrival = state;
    const before = window.length;
    window = window.filter((entry) => entry.atS > batch.atS - settings.windowS);
    const agedOut = before - window.length;

    // Admission happens on arrival, for every call of the batch at once.
    const admitted = [...batch.outcomes].map((_, call) =>
      stateOnArrival === "closed" ? true : stateOnArrival === "half-open" ? call === 0 : false,
    );
    const steps = [...batch.outcomes].map((outcome, call): CallStep => {
      const failed = outcome === "F";
      const from = state;
      let fate: CallFate;
      if (!admitted[call]) {
        fate = "rejected";
      } else if (stateOnArrival === "half-open") {
        fate = failed ? "trial-failure" : "trial-success";
        if (failed) {
          state = "open";
          openedAtS = batch.atS;
        } else {
          state = "closed";
          openedAtS = null;
          window = [];
        }
      } else {
        fate = failed ? "failure" : "success";
        window.push({ atS: batch.atS, failed });
        const { windowCalls, windowFailures } = counts();
        if (state === "closed" && shouldTrip(windowCalls, windowFailures, settings)) {
          state = "open";
          openedAtS = batch.atS;
        }
      }
      return { call: call + 1, fate, state, ...counts(), transition: from === state ? null : { from, to: state } };
    });
    const reached = admitted.filter(Boolean).length;
    return {
      index,
      atS: batch.atS,
      stateBefore,
      stateOnArrival,
      agedOut,
      steps,
      reached,
      rejected: batch.outcomes.length - reached,
      stateAfter: state,
      ...counts(),
      openedAtS: state === "open" ? openedAtS : null,
    };
  });
}

/** The call of a batch that tripped the breaker (1-based), or null if none did. */
export function tripCall(run: BatchRun): number | null {
  return run.steps.find((step) => step.transition?.to === "open")?.call ?? null;
}
