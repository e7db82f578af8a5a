import { describe, expect, it } from "vitest";
import { featureRow, keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { formatExact } from "@/lib/estimation/format";
import { estimateFunnel } from "@/lib/estimation/funnel";
import { DEFAULT_LIMITS } from "@/lib/estimation/preset-parts";
import { getPreset } from "@/lib/estimation/presets";
import { attemptLabel, backoffAfter, FAULT_TARGET, runPipeline } from "@/lib/jobs/pipeline";
import { JOB_PIPELINE_SCENARIOS, POISON_WITH_DLQ } from "@/lib/jobs/scenarios";
import type { StepRevealProps } from "@/lib/lessons/blocks/step-reveal";
import { reference } from "@/lib/prompts/references/task-scheduler";
import { runPipe } from "@/lib/queues/dead-letter";
import { expectedJitterTotalMs, waitCeilings } from "@/lib/resilience/backoff";

/**
 * Answer keys of case study D, the task scheduler, and every figure of its
 * reference answer and preset, recomputed from the preset's inputs, the job
 * pipeline model and the backoff model, never read back from the MDX.
 */
const lesson = lessonBlocks("case-study-task-scheduler");
const { expectSingleChoice, expectDecisions, expectNumeric, expectOrdering, expectSimulator } = keyAssertions(lesson);

const preset = getPreset("task-scheduler")!;
const estimate = estimateFunnel(preset.inputs);
const row = (id: string) => featureRow(estimate, id);
const submit = row("submit");
const attempt = row("attempt");
const status = row("status");
const { dbPrimaryWriteQps } = DEFAULT_LIMITS;

/** "14,931": a count the way the lesson writes it. */
const n = (value: number) => formatExact(value, 0);

// The lesson's one counting rule, as numbers.
const MAX_ATTEMPTS = 4; // a DLQ after 3 retries
const RETRIES = MAX_ATTEMPTS - 1;
const JOB_BACKOFF_BASE_S = 10; // our choice for jobs
const JOB_BACKOFF_CAP_S = 600;
const ceilings = waitCeilings(JOB_BACKOFF_BASE_S, MAX_ATTEMPTS, JOB_BACKOFF_CAP_S);
// Each attempt inserts an attempt row and updates the job row twice (claim, result).
const peakRowWrites = submit.peakQps + attempt.peakQps * 3;
const ROWS_PER_POLL = 500;
const MIDNIGHT_JOBS = 5_000_000; // our assumption
const START_TARGET_S = 5;
const answer = reference.answer!;
const referenceText = JSON.stringify(answer);

describe("case-study-task-scheduler answer keys", () => {
  it("has the scored blocks the case study is built around, at least 8", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "exactly-once-reply",
        "scheduler-scope",
        "row-writes-at-peak",
        "midnight-spike-drain",
        "job-lifecycle",
        "two-dispatchers-without-skip",
        "dispatchers-needed",
        "lease-expires-mid-job",
        "job-pipeline-sim",
        "two-cron-leaders",
        "jitter-average-wait",
        "sim-poison-dlq-time",
        "dispatch-limiter",
        "sms-drain-time",
        "scheduler-follow-ups",
      ].sort(),
    );
    // The worksheet, estimator and whiteboard are practice tools, not scored blocks; every block listed here is scored.
    expect(lesson.ids.filter((id) => lesson.block(id).name !== "Reveal").length).toBeGreaterThanOrEqual(8);
  });

  it("turns 'exactly once' into at-least-once delivery with effects keyed by the job id", () => {
    expectSingleChoice("exactly-once-reply", /^Jobs are delivered at least once/, [
      /deletes each job as soon as/,
      /distributed transaction/,
      /SQS FIFO/,
    ]);
  });

  it("sorts the scope cards as the reference scope does", () => {
    expectDecisions(
      "scheduler-scope",
      {
        "progress-bar": "park",
        "no-loss": "nfr",
        dag: "park",
        "start-delay": "nfr",
        cancel: "v1",
        "gold-tier": "park",
        "retry-then-aside": "v1",
        "once-effect": "nfr",
      },
      { minimum: 8 },
    );
    // The cards agree with the reference: DAGs and tenant priorities are parked, cancel and retries are V1.
    const parked = reference.referenceParkingLot.map((item) => item.feature).join(" ");
    expect(parked).toMatch(/dependencies/);
    expect(parked).toMatch(/priorities/);
    expect(reference.referenceRequirements.map((item) => item.id)).toEqual(
      expect.arrayContaining(["cancel", "retry", "status"]),
    );
    expect(reference.referenceNfrs.map((item) => item.text).join(" ")).toContain("within 5 s at p99");
  });

  it("estimate: 100M jobs ≈ 1,160/s, 3,472 and 3,819 at peak, 347 status reads, 21 writes per read", () => {
    expect(submit.actionsPerDay).toBe(1e8);
    expect(Math.round(submit.averageQps / 10) * 10).toBe(1_160);
    expect(n(submit.peakQps)).toBe("3,472");
    expect(n(attempt.peakQps)).toBe("3,819");
    expect(attempt.actionsPerDay).toBeCloseTo(1.1e8, 0);
    expect(n(status.peakQps)).toBe("347");
    expect(estimate.ratioText).toBe("1:21");
    expect(estimate.workload.class).toBe("write-heavy");
    for (const figure of [
      "1,160 submissions",
      "3,472 at peak",
      "3,819 a second",
      "347 a second",
      "21 writes for every read",
    ])
      expect(lesson.source).toContain(figure);
    // "You keep 9 billion jobs": 100M a day over the 3-month (90-day) history.
    expect(submit.actionsPerDay * 90).toBe(9e9);
    expect(lesson.source).toContain("9 billion jobs");
  });

  it("row writes at peak: 3,472 + 3,819 × 3 ≈ 14,931/s, so 3 shards where inserts alone need 2", () => {
    expect(n(peakRowWrites)).toBe("14,931");
    expectNumeric("row-writes-at-peak", peakRowWrites, "writes/s", { "thousand writes/s": peakRowWrites / 1000 });
    expect(lesson.source).toContain("3,472 + 3,819 × 3 = 3,472 + 11,458 ≈ 14,931");
    expect(n(attempt.peakQps * 3)).toBe("11,458");
    expect(Math.ceil(peakRowWrites / dbPrimaryWriteQps)).toBe(3);
    expect(estimate.servers.dbPrimaries).toBe(2);
    expect(n(estimate.writes.peak)).toBe("7,292");
  });

  it("midnight spike: 5M jobs at 3,819 starts/s take ≈ 1,309 s ≈ 21.8 minutes, ≈ 260 times the 5 s target", () => {
    const seconds = MIDNIGHT_JOBS / attempt.peakQps;
    expect(n(seconds)).toBe("1,309");
    expect((seconds / 60).toFixed(1)).toBe("21.8");
    expectNumeric("midnight-spike-drain", seconds / 60, "min", { s: seconds, h: seconds / 3600 });
    expect(Math.round(seconds / START_TARGET_S / 10) * 10).toBe(260);
    expect(lesson.source).toContain("about 22 minutes");
    // The recap rounds the peak inserts and the row writes.
    expect(Math.round(estimate.writes.peak / 100) * 100).toBe(7_300);
    expect(lesson.source).toContain("about 7,300 inserts a second at peak, about 14,900 row writes");
    expect(lesson.source).toContain("8 polls of 500 a second at peak");
  });

  it("orders a job's life so that a crash between steps repeats work rather than losing it", () => {
    expectOrdering("job-lifecycle", [
      /submit key/,
      /commits the job row, then answers 202/,
      /SKIP LOCKED/,
      /raises the attempt number/,
      /idempotency key/,
      /records the result/,
      /acknowledges/,
    ]);
  });

  it("without SKIP LOCKED, FOR UPDATE makes the dispatchers take turns", () => {
    expectSingleChoice("two-dispatchers-without-skip", /^The second waits for the first to commit/, [
      /^Both read the same 500 rows/,
      /^The second fails at once/,
      /^PostgreSQL splits/,
    ]);
  });

  it("dispatchers: 3,819 attempts/s over 500 rows a poll = 7.6, so 8", () => {
    const polls = attempt.peakQps / ROWS_PER_POLL;
    expect(polls.toFixed(1)).toBe("7.6");
    expect(Math.ceil(polls)).toBe(8);
    expectNumeric("dispatchers-needed", Math.ceil(polls), "dispatchers");
    expect(lesson.score("dispatchers-needed", { value: 7, unit: "dispatchers" }).correct).toBe(false);
    expect(lesson.source).toContain("3,819 / 500 = 7.6, rounded up to 8");
  });

  it("a lease that expires mid-job: back at 80 s, the key stops a second charge, fencing stops the stale write", () => {
    const LEASE_S = 60;
    const HEARTBEAT_AT_S = 20;
    expect(HEARTBEAT_AT_S + LEASE_S).toBe(80);
    expect(lesson.source).toContain("At 80 s the job is visible again");
    expectSingleChoice("lease-expires-mid-job", /^At 80 s the job is visible again/, [
      /^Nothing changes/,
      /^The job is lost/,
      /^The customer is charged twice/,
      /^W2 runs it correctly, but W1's late/,
    ]);
  });

  it("the job pipeline simulator's predictions are the model's, and it counts attempts as the lesson does", () => {
    expectSimulator("job-pipeline-sim", "JobPipelineSim", JOB_PIPELINE_SCENARIOS);
    // Attempt 1 is the first try; retry n is attempt n + 1; a DLQ after 3 retries means 4 attempts.
    expect(attemptLabel(1, MAX_ATTEMPTS)).toBe("attempt 1 of 4 (first try)");
    expect(attemptLabel(MAX_ATTEMPTS, MAX_ATTEMPTS)).toBe(`attempt 4 of 4 (retry ${RETRIES})`);
    const queue = runPipe([{ id: "p", failures: "always" }], { maxRetries: RETRIES }, { pipe: "queue" });
    expect(queue.attemptsPerMessage.p).toBe(MAX_ATTEMPTS);
    const poison = runPipeline({ ...POISON_WITH_DLQ, maxAttempts: MAX_ATTEMPTS });
    expect(poison.jobs.find((job) => job.job === FAULT_TARGET.poison)).toMatchObject({ attempts: 4, end: "dlq" });
  });

  it("two cron leaders: etcd cannot stop A, the unique run id absorbs its insert, the store refuses token 33", () => {
    const props = lesson.block("two-cron-leaders").props as unknown as StepRevealProps;
    const asked = props.steps.flatMap((step) => (step.predict ? [step.predict] : []));
    expect(asked.map((predict) => predict.choices[predict.answer])).toEqual([
      expect.stringMatching(/^Nothing: A is frozen/),
      expect.stringMatching(/^It does nothing: the run already exists/),
      expect.stringMatching(/^Refuse it/),
    ]);
    const key = asked.map((predict) => predict.answer);
    expect(lesson.score("two-cron-leaders", { predictions: key })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score("two-cron-leaders", { predictions: key.map((k) => (k + 1) % 3) }).score).toBe(0);
    // A's revision is older than B's: a fencing store keeps the higher one.
    expect(Math.max(33, 34)).toBe(34);
  });

  it("full jitter over 4 attempts: 3 waits with ceilings 10, 20, 40 s, 35 s on average, 70 s at worst", () => {
    expect(ceilings).toEqual([10, 20, 40]);
    expect(ceilings).toHaveLength(RETRIES);
    expect(expectedJitterTotalMs(JOB_BACKOFF_BASE_S, MAX_ATTEMPTS, JOB_BACKOFF_CAP_S)).toBe(35);
    expect(ceilings.reduce((sum, wait) => sum + wait, 0)).toBe(70);
    expect(waitCeilings(JOB_BACKOFF_BASE_S, MAX_ATTEMPTS + 1)[3]).toBe(80); // the off-by-one's extra wait
    expectNumeric("jitter-average-wait", 35, "s", { min: 35 / 60 });
    expect(lesson.source).toContain("(10 + 20 + 40) / 2 = 35 s");
  });

  it("in the simulator, max attempts 4 moves the poison job to the DLQ at 20 s, after waits of 2, 4 and 8 s", () => {
    const settings = { ...POISON_WITH_DLQ, maxAttempts: MAX_ATTEMPTS };
    const run = runPipeline(settings);
    const events = run.events.filter((event) => event.job === FAULT_TARGET.poison);
    expect(events.filter((event) => event.kind === "received").map((event) => event.t)).toEqual([2, 5, 10, 19]);
    expect([1, 2, 3].map((k) => backoffAfter(k, settings))).toEqual([2, 4, 8]);
    const dlq = events.find((event) => event.kind === "dead-lettered")!;
    expect(dlq).toMatchObject({ t: 20, attempt: 4 });
    expectNumeric("sim-poison-dlq-time", dlq.t, "s");
    expect(POISON_WITH_DLQ).toMatchObject({ workers: 2, backoffBaseS: 2 });
  });

  it("a fixed-rate downstream takes a leaky bucket; 30,000 reminders at 100/s leave over 5 minutes", () => {
    expectSingleChoice("dispatch-limiter", /^Through a leaky bucket/, [
      /^Through a token bucket/,
      /^All at once/,
      /^Through a fixed window/,
    ]);
    expect(1_000 - 100).toBe(900); // the token bucket's burst over what the gateway takes in that second
    expectNumeric("sms-drain-time", 30_000 / 100 / 60, "min", { s: 300 });
    // The newsletter card: 50,000 at 200/s is 250 s, "about four minutes".
    expect(Math.round(50_000 / 200 / 60)).toBe(4);
  });

  it("the follow-up deck maps each problem to the mechanism that answers it", () => {
    expectDecisions(
      "scheduler-follow-ups",
      {
        "payout-twice": "key",
        "transcode-twice": "heartbeat",
        "stale-overwrite": "fence",
        "split-brain-cron": "det-id",
        "recovery-herd": "jitter",
        malformed: "dlq",
        "newsletter-burst": "leaky",
        "account-order": "fifo",
        "lost-after-202": "durable",
        "double-submit": "key",
        "republished-batch": "key",
        "bad-request": "dlq",
      },
      { minimum: 12 },
    );
  });
});

describe("the task-scheduler reference answer and preset agree with the estimate", () => {
  it("names its preset and states the estimate's figures", () => {
    expect(answer.estimatePreset).toBe("task-scheduler");
    const design = answer.design.join(" ");
    expect(design).toContain(`${n(submit.peakQps)} submissions/s plus ${n(attempt.peakQps)} attempt records/s`);
    expect(design).toContain(`make ${n(estimate.writes.peak)} inserts/s`);
    expect(design).toContain(`one primary's ${n(dbPrimaryWriteQps)}`);
    expect(Math.floor(peakRowWrites / 100) * 100).toBe(14_900);
    expect(design).toContain("about 14,900 row writes/s, so 3 shards");
    expect(design).toContain(`${ROWS_PER_POLL} at a time`);
    expect(design).toContain(`${Math.ceil(attempt.peakQps / ROWS_PER_POLL)} in all at peak`);
  });

  it("keeps one counting rule: 4 attempts, 3 retries, ceilings 10, 20 and 40 s", () => {
    expect(referenceText).toContain("attempt 1 is the first try and retry n is attempt n + 1");
    expect(referenceText).toContain("ceilings 10, 20 and 40 s before retries 1, 2 and 3");
    expect(referenceText).toContain("when attempt 4 fails");
    expect(referenceText).toContain("At most 4 attempts (the first try and 3 retries)");
    expect(referenceText).toContain("70 s of waiting in the worst case (35 s on average with full jitter)");
    expect(referenceText).not.toMatch(/after 3 attempts|5 attempts|4 retries/);
  });

  it("sizes the dispatchers and the midnight spike from the preset", () => {
    expect(referenceText).toContain(
      `${n(attempt.peakQps)} attempts/s at peak over ${ROWS_PER_POLL} rows a poll is ${Math.ceil(attempt.peakQps / ROWS_PER_POLL)} polls a second`,
    );
    const minutes = Math.round(MIDNIGHT_JOBS / attempt.peakQps / 60);
    expect(referenceText).toContain(
      `5M jobs due at midnight take about ${minutes} minutes to start at the ${n(attempt.peakQps)}/s`,
    );
  });

  it("the preset's reference lines are what the funnel computes", () => {
    const [jobs, attempts, peak, reads, storage] = preset.reference;
    expect(jobs).toContain(`${n(Math.round(submit.averageQps / 10) * 10)}/s on average, write-heavy`);
    expect(attempts).toContain(
      `${n(attempt.actionsPerDay / 1e6)}M attempts a day ≈ ${n(Math.round(attempt.averageQps / 10) * 10)}/s`,
    );
    expect(peak).toContain(
      `${n(submit.peakQps)} submissions/s + ${n(attempt.peakQps)} attempts/s = ${n(estimate.writes.peak)} writes/s`,
    );
    expect(peak).toContain(`at least ${estimate.servers.dbPrimaries} shards`);
    expect(reads).toContain(`≈ ${n(status.averageQps)}/s (${n(status.peakQps)}/s at peak)`);
    expect(reads).toContain("21:1");
    expect(Math.round(estimate.writes.peak / estimate.reads.peak)).toBe(21);
    expect(storage).toContain(
      `3 copies of ${n(estimate.storage.rawPerDay / 1e9)} GB a day ≈ ${n(estimate.storage.perDay / 1e9)} GB a day`,
    );
    expect(storage).toContain(`≈ ${(estimate.storage.overHorizon / 1e12).toFixed(1)} TB over 3 months`);
  });
});
