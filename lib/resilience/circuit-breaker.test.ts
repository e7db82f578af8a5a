import { describe, expect, it } from "vitest";
import {
  BREAKER_SCENARIOS,
  BREAKER_STORY,
  COOL_DOWN_ELAPSED_S,
  STATE_OPTIONS,
  STORY_RUN,
} from "@/lib/resilience/breaker-scenarios";
import {
  breakerInputProblem,
  DEFAULT_BREAKER,
  failureRatePercent,
  outcomePattern,
  runBreaker,
  shouldTrip,
  tripCall,
  type Batch,
} from "@/lib/resilience/circuit-breaker";

const last = (batches: Batch[], settings = DEFAULT_BREAKER) => runBreaker(batches, settings).at(-1)!;

describe("the trip rule: at or above the threshold, over at least the minimum number of calls", () => {
  it("14 failures in 25 calls trips a breaker set to 50 % over at least 20 calls", () => {
    expect(failureRatePercent(25, 14)).toBeCloseTo(56, 9);
    expect(shouldTrip(25, 14, DEFAULT_BREAKER)).toBe(true);
    expect(last([{ atS: 0, outcomes: outcomePattern(25, 14, "spread") }]).stateAfter).toBe("open");
  });

  it("19 failures in 19 calls leave it CLOSED: too few calls to judge", () => {
    expect(failureRatePercent(19, 19)).toBe(100);
    expect(shouldTrip(19, 19, DEFAULT_BREAKER)).toBe(false);
    expect(last([{ atS: 0, outcomes: "F".repeat(19) }]).stateAfter).toBe("closed");
  });

  it("the boundary: 10 of 20 (exactly 50 %) trips it; 9 of 20 does not; a strict 'more than' rule would not", () => {
    expect(shouldTrip(20, 10, DEFAULT_BREAKER)).toBe(true);
    expect(shouldTrip(20, 9, DEFAULT_BREAKER)).toBe(false);
    expect(last([{ atS: 0, outcomes: outcomePattern(20, 10, "spread") }]).stateAfter).toBe("open");
    expect(last([{ atS: 0, outcomes: outcomePattern(20, 9, "spread") }]).stateAfter).toBe("closed");
    // "More than 50 %" is the same as "at or above" any threshold a hair above 50.
    expect(shouldTrip(20, 10, { ...DEFAULT_BREAKER, thresholdPercent: 50.0001 })).toBe(false);
    expect(shouldTrip(20, 11, { ...DEFAULT_BREAKER, thresholdPercent: 50.0001 })).toBe(true);
  });

  it("the 20th failure trips it when the window still holds the first 19", () => {
    const run = runBreaker([
      { atS: 0, outcomes: "F".repeat(19) },
      { atS: 5, outcomes: "F" },
    ]);
    expect(run[1]!.stateAfter).toBe("open");
    expect(run[1]!.windowCalls).toBe(20);
  });

  it("calls older than the window leave it: a call exactly window seconds old is gone", () => {
    const run = runBreaker([
      { atS: 0, outcomes: "F".repeat(19) },
      { atS: 10, outcomes: "F" },
    ]);
    expect(run[1]!.agedOut).toBe(19);
    expect(run[1]!.windowCalls).toBe(1);
    expect(run[1]!.stateAfter).toBe("closed");
    const justInside = runBreaker([
      { atS: 0, outcomes: "F".repeat(19) },
      { atS: 9.999, outcomes: "F" },
    ]);
    expect(justInside[1]!.stateAfter).toBe("open");
  });

  it("it checks after every call: failures first trip it at the 20th call, and the rest of the batch still lands", () => {
    const run = last([{ atS: 0, outcomes: outcomePattern(30, 12, "first") }]);
    expect(tripCall(run)).toBe(20);
    expect(run.reached).toBe(30);
    expect(run.stateAfter).toBe("open");
    // Failures last: 12 of 30 is 40 % and no prefix of 20+ calls reaches 50 %.
    expect(last([{ atS: 0, outcomes: outcomePattern(30, 12, "last") }]).stateAfter).toBe("closed");
  });
});

describe("OPEN, the cool-down and HALF-OPEN", () => {
  const opened: Batch = { atS: 0, outcomes: "F".repeat(20) };

  it("OPEN rejects every call during the cool-down, and rejected calls are not recorded", () => {
    const run = runBreaker([opened, { atS: 30, outcomes: "SSSSS" }]);
    expect(run[0]!.stateAfter).toBe("open");
    expect(run[1]!.stateOnArrival).toBe("open");
    expect(run[1]!.rejected).toBe(5);
    expect(run[1]!.reached).toBe(0);
    expect(run[1]!.steps.every((step) => step.fate === "rejected")).toBe(true);
    expect(run[1]!.stateAfter).toBe("open");
  });

  it("after the cool-down one trial call goes through: success closes the breaker with an empty window", () => {
    const run = runBreaker([opened, { atS: 60, outcomes: "S".repeat(10) }]);
    expect(run[1]!.stateOnArrival).toBe("half-open");
    expect(run[1]!.reached).toBe(1);
    expect(run[1]!.rejected).toBe(9);
    expect(run[1]!.steps[0]!.fate).toBe("trial-success");
    expect(run[1]!.stateAfter).toBe("closed");
    expect(run[1]!.windowCalls).toBe(0);
  });

  it("a failed trial reopens it with a fresh cool-down", () => {
    const run = runBreaker([
      opened,
      { atS: 61, outcomes: "F" },
      { atS: 100, outcomes: "S" },
      { atS: 121, outcomes: "S" },
    ]);
    expect(run[1]!.steps[0]!.fate).toBe("trial-failure");
    expect(run[1]!.stateAfter).toBe("open");
    expect(run[1]!.openedAtS).toBe(61);
    // 100 − 61 = 39 s: still cooling down, although 100 s have passed since the first trip.
    expect(run[2]!.stateAfter).toBe("open");
    expect(run[2]!.reached).toBe(0);
    // 121 − 61 = 60 s: the cool-down is over (≥), and this trial succeeds.
    expect(run[3]!.stateOnArrival).toBe("half-open");
    expect(run[3]!.stateAfter).toBe("closed");
  });

  it("one second short of the cool-down is still OPEN", () => {
    expect(last([opened, { atS: 59, outcomes: "S" }]).stateAfter).toBe("open");
  });

  it("settings change the verdict: a 60 % threshold lets 14 of 25 through, a minimum of 10 trips on 19 failures", () => {
    const fourteen: Batch = { atS: 0, outcomes: outcomePattern(25, 14, "spread") };
    expect(last([fourteen], { ...DEFAULT_BREAKER, thresholdPercent: 60 }).stateAfter).toBe("closed");
    expect(last([{ atS: 0, outcomes: "F".repeat(19) }], { ...DEFAULT_BREAKER, minimumCalls: 10 }).stateAfter).toBe(
      "open",
    );
  });
});

describe("inputs", () => {
  it("refuses unusable settings and batches with a reason", () => {
    expect(breakerInputProblem([], DEFAULT_BREAKER)).toBeNull();
    expect(breakerInputProblem([], { ...DEFAULT_BREAKER, thresholdPercent: 0 })).toMatch(/threshold/);
    expect(breakerInputProblem([], { ...DEFAULT_BREAKER, thresholdPercent: Number.NaN })).toMatch(/threshold/);
    expect(breakerInputProblem([], { ...DEFAULT_BREAKER, windowS: 0 })).toMatch(/window/);
    expect(breakerInputProblem([], { ...DEFAULT_BREAKER, minimumCalls: 2.5 })).toMatch(/minimum/);
    expect(breakerInputProblem([], { ...DEFAULT_BREAKER, coolDownS: -1 })).toMatch(/cool-down/);
    expect(breakerInputProblem([{ atS: 0, outcomes: "SXF" }], DEFAULT_BREAKER)).toMatch(/S \(success\) and F/);
    expect(breakerInputProblem([{ atS: 0, outcomes: "" }], DEFAULT_BREAKER)).toMatch(/S \(success\) and F/);
    expect(
      breakerInputProblem(
        [
          { atS: 5, outcomes: "S" },
          { atS: 5, outcomes: "S" },
        ],
        DEFAULT_BREAKER,
      ),
    ).toMatch(/later than the one before/);
    expect(breakerInputProblem([{ atS: 0, outcomes: "S".repeat(201) }], DEFAULT_BREAKER)).toMatch(/at most 200/);
    expect(() => runBreaker([{ atS: -1, outcomes: "S" }])).toThrow(RangeError);
  });

  it("builds outcome patterns: first, last, spread evenly", () => {
    expect(outcomePattern(5, 2, "first")).toBe("FFSSS");
    expect(outcomePattern(5, 2, "last")).toBe("SSSFF");
    expect(outcomePattern(5, 2, "spread")).toBe("SSFSF");
    expect(outcomePattern(25, 14, "spread").replace(/S/g, "")).toHaveLength(14);
    expect(outcomePattern(3, 0, "spread")).toBe("SSS");
    expect(() => outcomePattern(3, 4, "first")).toThrow(RangeError);
    expect(() => outcomePattern(0, 0, "first")).toThrow(RangeError);
  });
});

describe("the story the simulator tells", () => {
  it("runs CLOSED, CLOSED, OPEN, OPEN, OPEN, CLOSED, OPEN with the default settings", () => {
    expect(STORY_RUN.map((batch) => batch.stateAfter)).toEqual([
      "closed",
      "closed",
      "open",
      "open",
      "open",
      "closed",
      "open",
    ]);
  });

  it("its labels state the times the model runs on", () => {
    expect(BREAKER_STORY.map((step) => step.batch.atS)).toEqual([0, 12, 30, 60, 91, 152, 160]);
    for (const step of BREAKER_STORY) expect(step.label).toContain(`t = ${step.batch.atS} s`);
    expect(COOL_DOWN_ELAPSED_S).toBe(30);
    expect(BREAKER_STORY[3]!.label).toContain("30 s after the breaker opened");
    expect(STORY_RUN[4]!.atS - STORY_RUN[2]!.openedAtS!).toBe(61);
    expect(STORY_RUN[5]!.atS - STORY_RUN[4]!.openedAtS!).toBe(61);
    expect(BREAKER_STORY[2]!.batch.outcomes.replace(/S/g, "")).toHaveLength(14);
    expect(BREAKER_STORY[2]!.batch.outcomes).toHaveLength(25);
  });

  it("every scenario belongs to exactly one batch and every answer is one of its options", () => {
    const keys = BREAKER_STORY.flatMap((step) => step.scenarios);
    expect([...keys].sort()).toEqual(Object.keys(BREAKER_SCENARIOS).sort());
    for (const [key, spec] of Object.entries(BREAKER_SCENARIOS)) {
      expect(
        spec.options.map((option) => option.id),
        key,
      ).toContain(spec.answer);
    }
  });

  it("keys the worked figures", () => {
    expect(BREAKER_SCENARIOS["nineteen-failures"]!.answer).toBe("closed");
    expect(BREAKER_SCENARIOS["one-more-later"]!.answer).toBe("closed");
    expect(BREAKER_SCENARIOS["fourteen-of-twenty-five"]!.answer).toBe("open");
    expect(BREAKER_SCENARIOS["during-cool-down"]!.answer).toBe("open");
    expect(BREAKER_SCENARIOS["trial-reach"]!.answer).toBe("n1");
    expect(BREAKER_SCENARIOS["trial-fails"]!.answer).toBe("open");
    expect(BREAKER_SCENARIOS["trial-succeeds"]!.answer).toBe("closed");
    expect(BREAKER_SCENARIOS["ten-of-twenty"]!.answer).toBe("open");
    expect(STATE_OPTIONS.find((option) => option.id === "open")!.label).toBe("OPEN: calls are rejected at once");
    expect(BREAKER_SCENARIOS["fourteen-of-twenty-five"]!.why).toMatch(/25 calls and 14 failures, 56 %/);
  });
});
