import { describe, expect, it } from "vitest";
import {
  attemptLabel,
  backoffAfter,
  DEFAULT_PIPELINE,
  FAULT_TARGET,
  pipelineProblem,
  runPipeline,
  type PipelineSettings,
} from "@/lib/jobs/pipeline";
import {
  AT_MOST_ONCE_CRASHES,
  CRASH_AFTER_NO_KEY,
  JOB_PIPELINE_SCENARIOS,
  POISON_WITH_DLQ,
} from "@/lib/jobs/scenarios";
import { runPipe } from "@/lib/queues/dead-letter";

const run = (patch: Partial<PipelineSettings>) => runPipeline({ ...DEFAULT_PIPELINE, ...patch });
const job = (result: ReturnType<typeof runPipeline>, id: string) => result.jobs.find((entry) => entry.job === id)!;

describe("runPipeline without faults", () => {
  it("does every job exactly once in one attempt, under either delivery", () => {
    for (const delivery of ["at-most-once", "at-least-once"] as const) {
      const result = run({ delivery, faults: [] });
      expect(result).toMatchObject({ exactlyOnce: 6, duplicates: 0, lost: 0, inDlq: 0, attempts: 6 });
    }
  });

  it("shares the jobs between the workers: 6 one-second jobs on 2 workers end at 3 s", () => {
    expect(run({ faults: [] }).finishedAtS).toBe(3);
    expect(run({ faults: [], workers: 1 }).finishedAtS).toBe(6);
  });
});

describe("crash after the side effect, before the ack", () => {
  it("duplicates the effect under at-least-once without a key, once the lease runs out", () => {
    const result = runPipeline(CRASH_AFTER_NO_KEY);
    expect(result).toMatchObject({ duplicates: 1, lost: 0, exactlyOnce: 5 });
    expect(job(result, "job-2")).toEqual({ job: "job-2", attempts: 2, effects: 2, end: "done" });
    const redelivery = result.events.find((event) => event.job === "job-2" && event.kind === "lease-expired")!;
    expect(redelivery.t).toBe(CRASH_AFTER_NO_KEY.leaseS);
  });

  it("applies it once with an idempotency key: the second run finds the key and skips", () => {
    const result = run({ ...CRASH_AFTER_NO_KEY, idempotencyKey: true });
    expect(result).toMatchObject({ duplicates: 0, exactlyOnce: 6, attempts: 7 });
    expect(result.events.some((event) => event.job === "job-2" && event.kind === "effect-skipped")).toBe(true);
  });

  it("is harmless under at-most-once: the work was done and nothing redelivers it", () => {
    const result = run({ delivery: "at-most-once", faults: ["crash-after-effect"] });
    expect(job(result, "job-2")).toMatchObject({ attempts: 1, effects: 1 });
    expect(result.duplicates).toBe(0);
  });

  it("a longer lease delays the duplicate but does not prevent it", () => {
    const result = run({ ...CRASH_AFTER_NO_KEY, leaseS: 30 });
    expect(result.duplicates).toBe(1);
    expect(result.finishedAtS).toBe(31);
  });
});

describe("crash before the side effect", () => {
  it("loses the job under at-most-once and redelivers it under at-least-once", () => {
    expect(job(run({ delivery: "at-most-once", faults: ["crash-before-effect"] }), "job-4")).toMatchObject({
      effects: 0,
      end: "lost",
    });
    const redelivered = run({ faults: ["crash-before-effect"] });
    expect(job(redelivered, "job-4")).toMatchObject({ attempts: 2, effects: 1, end: "done" });
    expect(redelivered.lost).toBe(0);
  });

  it("with max attempts 1, the crashed attempt was the only one: the job goes to the DLQ, or is lost if dropped", () => {
    expect(run({ faults: ["crash-before-effect"], maxAttempts: 1 })).toMatchObject({ inDlq: 1, lost: 0 });
    expect(run({ faults: ["crash-before-effect"], maxAttempts: 1, whenExhausted: "drop" })).toMatchObject({
      inDlq: 0,
      lost: 1,
    });
  });
});

describe("a poison job", () => {
  it("fails max attempts times, with doubling backoff between, then moves to the DLQ", () => {
    const result = runPipeline(POISON_WITH_DLQ);
    expect(job(result, FAULT_TARGET.poison)).toEqual({ job: "job-6", attempts: 3, effects: 0, end: "dlq" });
    const receives = result.events
      .filter((event) => event.job === "job-6" && event.kind === "received")
      .map((e) => e.t);
    // Received at 2 s, fails at 3 s, back after 2 s; fails at 6 s, back after 4 s.
    expect(receives).toEqual([2, 5, 10]);
    expect(result).toMatchObject({ inDlq: 1, lost: 0, exactlyOnce: 5 });
  });

  it("counts attempts as the DLQ of lib/queues does: max attempts N = DLQ after N − 1 retries", () => {
    for (const maxAttempts of [1, 3, 5]) {
      const queue = runPipe([{ id: "p", failures: "always" }], { maxRetries: maxAttempts - 1 }, { pipe: "queue" });
      expect(queue.deadLettered).toEqual(["p"]);
      expect(job(run({ faults: ["poison"], maxAttempts }), "job-6").attempts).toBe(queue.attemptsPerMessage.p);
    }
  });

  it("is lost under at-most-once and dropped (lost) when the DLQ is off", () => {
    expect(run({ delivery: "at-most-once", faults: ["poison"] })).toMatchObject({ lost: 1, inDlq: 0, attempts: 6 });
    expect(run({ faults: ["poison"], whenExhausted: "drop" })).toMatchObject({ lost: 1, inDlq: 0, attempts: 8 });
  });
});

describe("flaky attempts", () => {
  it("are deterministic for a seed and retried under at-least-once", () => {
    const a = run({ faults: [], flakyPercent: 30, seed: 7 });
    expect(run({ faults: [], flakyPercent: 30, seed: 7 })).toEqual(a);
    expect(a.attempts).toBeGreaterThan(6);
    expect(a.exactlyOnce).toBe(6);
    expect(run({ faults: [], flakyPercent: 30, seed: 8 }).events).not.toEqual(a.events);
  });
});

describe("settings and naming", () => {
  it("refuses settings it cannot run, in words", () => {
    expect(pipelineProblem({ ...DEFAULT_PIPELINE, maxAttempts: 0 })).toMatch(/first try counts/);
    expect(pipelineProblem({ ...DEFAULT_PIPELINE, leaseS: 1 })).toMatch(/lease/);
    expect(pipelineProblem({ ...DEFAULT_PIPELINE, workers: Number.NaN })).toMatch(/Workers/);
    expect(() => run({ backoffBaseS: -1 })).toThrow(RangeError);
  });

  it("names attempts one way and doubles the backoff, capped at 60 s", () => {
    expect(attemptLabel(1, 3)).toBe("attempt 1 of 3 (first try)");
    expect(attemptLabel(3, 3)).toBe("attempt 3 of 3 (retry 2)");
    expect([1, 2, 3, 4, 5].map((k) => backoffAfter(k, { backoffBaseS: 20, maxAttempts: 6 }))).toEqual([
      20, 40, 60, 60, 60,
    ]);
    expect(backoffAfter(1, { backoffBaseS: 0, maxAttempts: 3 })).toBe(0);
  });
});

describe("JOB_PIPELINE_SCENARIOS answer keys", () => {
  it("come from the model", () => {
    expect(JOB_PIPELINE_SCENARIOS["crash-after-duplicates"]!.answer).toBe("1");
    expect(JOB_PIPELINE_SCENARIOS["at-most-once-lost"]!.answer).toBe("1");
    expect(runPipeline(AT_MOST_ONCE_CRASHES).duplicates).toBe(0);
    expect(JOB_PIPELINE_SCENARIOS["poison-attempts"]!.answer).toBe("dlq-3");
    for (const scenario of Object.values(JOB_PIPELINE_SCENARIOS))
      expect(scenario.options.map((option) => option.id)).toContain(scenario.answer);
  });
});
