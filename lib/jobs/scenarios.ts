import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import { DEFAULT_PIPELINE, FAULT_TARGET, runPipeline, type PipelineSettings } from "@/lib/jobs/pipeline";

/**
 * The JobPipelineSim's worked runs and the predictions asked about them.
 * Every answer is computed by the model.
 */
export const CRASH_AFTER_NO_KEY: PipelineSettings = { ...DEFAULT_PIPELINE, faults: ["crash-after-effect"] };
export const AT_MOST_ONCE_CRASHES: PipelineSettings = {
  ...DEFAULT_PIPELINE,
  delivery: "at-most-once",
  faults: ["crash-after-effect", "crash-before-effect"],
};
export const POISON_WITH_DLQ: PipelineSettings = { ...DEFAULT_PIPELINE, faults: ["poison"] };

const crashAfter = runPipeline(CRASH_AFTER_NO_KEY);
const atMostOnce = runPipeline(AT_MOST_ONCE_CRASHES);
const poison = runPipeline(POISON_WITH_DLQ);
const poisonJob = poison.jobs.find((job) => job.job === FAULT_TARGET.poison)!;

const COUNT_OPTIONS = [
  { id: "0", label: "0" },
  { id: "1", label: "1" },
  { id: "2", label: "2" },
];

export const JOB_PIPELINE_SCENARIOS: PredictionScenarios = {
  "crash-after-duplicates": {
    question: `Six jobs, at-least-once delivery with a ${CRASH_AFTER_NO_KEY.leaseS} s lease, no idempotency key. The worker running ${FAULT_TARGET["crash-after-effect"]} crashes after its side effect (say, sending an email) but before the ack. How many jobs end up with their side effect applied twice?`,
    options: COUNT_OPTIONS,
    answer: String(crashAfter.duplicates),
    why: `The queue never got the ack, so when the lease runs out it delivers ${FAULT_TARGET["crash-after-effect"]} again and the next worker sends the email a second time: ${crashAfter.duplicates} duplicate. At-least-once means at least once; an idempotency key on the side effect turns the second run into a no-op.`,
  },
  "at-most-once-lost": {
    question: `Same six jobs, now at-most-once (the queue deletes a job when a worker receives it). Two crashes: ${FAULT_TARGET["crash-after-effect"]}'s worker after its side effect, ${FAULT_TARGET["crash-before-effect"]}'s before. How many jobs are lost (their side effect never happens)?`,
    options: COUNT_OPTIONS,
    answer: String(atMostOnce.lost),
    why: `Only ${FAULT_TARGET["crash-before-effect"]} is lost: its worker died before doing anything and the queue had already deleted it, so no one will ever run it. ${FAULT_TARGET["crash-after-effect"]} had already done its work. ${atMostOnce.lost} lost, ${atMostOnce.duplicates} duplicates: at-most-once trades duplicates for losses.`,
  },
  "poison-attempts": {
    question: `At-least-once, max attempts ${POISON_WITH_DLQ.maxAttempts}, a ${POISON_WITH_DLQ.backoffBaseS} s backoff that doubles, DLQ on. ${FAULT_TARGET.poison} is a poison job: it fails every time. Where does it end, and after how many attempts?`,
    options: [
      { id: "dlq-3", label: "In the DLQ after 3 attempts" },
      { id: "dlq-4", label: "In the DLQ after 4 attempts" },
      { id: "queued-forever", label: "Still being retried: it never leaves the queue" },
    ],
    answer: `${poisonJob.end}-${poisonJob.attempts}`,
    why: `Max attempts ${POISON_WITH_DLQ.maxAttempts} is the first try plus ${POISON_WITH_DLQ.maxAttempts - 1} retries. It fails at once, waits ${POISON_WITH_DLQ.backoffBaseS} s, fails again, waits ${POISON_WITH_DLQ.backoffBaseS * 2} s, fails a 3rd time, and goes to the DLQ, where a person can look at it; the other five jobs are done meanwhile.`,
  },
};
