import { seededRandom } from "@/lib/realtime/schedule";
import { waitCeilings } from "@/lib/resilience/backoff";

/**
 * A job queue with workers, stepped one second at a time. Pure and
 * deterministic: the only randomness (flaky attempts) comes from a seeded
 * generator, so the same settings always give the same run.
 *
 * Counting, the same as the DLQ in lib/queues/dead-letter.ts and the backoff in
 * lib/resilience/backoff.ts: an ATTEMPT is one delivery of a job to a worker,
 * the first try included. "Max attempts 3" is the first try plus 2 retries;
 * after the 3rd failed attempt the job goes to the DLQ (or is dropped). A
 * crashed attempt counts too: the queue counts deliveries, it cannot tell a
 * crash from a slow worker.
 *
 * Delivery:
 * - at-most-once: the queue deletes the job when a worker receives it. Nothing
 *   is ever delivered twice, and nothing is ever retried: a crash or a failure
 *   loses the job (the retry and DLQ settings do not apply).
 * - at-least-once: receiving hides the job for the lease (visibility timeout);
 *   the worker deletes it with an ack after the side effect. A failure is
 *   retried after a backoff (base × 2^(k−2) before attempt k); a crash is
 *   noticed only when the lease runs out, and the job is delivered again.
 *
 * Every attempt takes 1 s of work. A crash fault hits a job's first attempt
 * only; the crashed worker is replaced at once.
 */
export type Delivery = "at-most-once" | "at-least-once";
export type Fault = "crash-after-effect" | "crash-before-effect" | "poison";
export type WhenExhausted = "dlq" | "drop";

export type PipelineSettings = {
  delivery: Delivery;
  workers: number;
  /** The first try included: 3 = the first try plus 2 retries. */
  maxAttempts: number;
  /** Seconds before the 2nd attempt after a failure; doubles for each later one (0 = retry at once). */
  backoffBaseS: number;
  /** The visibility timeout, in seconds. */
  leaseS: number;
  whenExhausted: WhenExhausted;
  /** The side effect records the job's key and skips itself when the key is already there. */
  idempotencyKey: boolean;
  faults: readonly Fault[];
  /** Chance, in %, that any attempt fails with a transient error (a timeout, say). */
  flakyPercent: number;
  seed: number;
};

export const JOB_IDS = ["job-1", "job-2", "job-3", "job-4", "job-5", "job-6"] as const;
/** Which job each injected fault hits. */
export const FAULT_TARGET: Record<Fault, (typeof JOB_IDS)[number]> = {
  "crash-after-effect": "job-2",
  "crash-before-effect": "job-4",
  poison: "job-6",
};
export const MAX_BACKOFF_S = 60;
const WORK_S = 1;

export const DEFAULT_PIPELINE: PipelineSettings = {
  delivery: "at-least-once",
  workers: 2,
  maxAttempts: 3,
  backoffBaseS: 2,
  leaseS: 5,
  whenExhausted: "dlq",
  idempotencyKey: false,
  faults: ["crash-after-effect"],
  flakyPercent: 0,
  seed: 1,
};

export type JobEventKind =
  | "received"
  | "effect"
  | "effect-skipped"
  | "acked"
  | "crashed"
  | "failed"
  | "lease-expired"
  | "dead-lettered"
  | "dropped"
  | "lost";

export type JobEvent = { t: number; job: string; attempt: number; kind: JobEventKind; text: string };

export type JobEnd = "done" | "dlq" | "dropped" | "lost";
export type JobResult = { job: string; attempts: number; effects: number; end: JobEnd };

export type PipelineRun = {
  events: JobEvent[];
  jobs: JobResult[];
  /** Side effect applied exactly once. */
  exactlyOnce: number;
  /** Side effect applied two or more times. */
  duplicates: number;
  /** Never applied and not in the DLQ: nobody will ever run it. */
  lost: number;
  inDlq: number;
  attempts: number;
  /** When the last job ended, in seconds. */
  finishedAtS: number;
};

/** Null when the settings can be run; otherwise what is wrong, in words. */
export function pipelineProblem(settings: PipelineSettings): string | null {
  const { workers, maxAttempts, backoffBaseS, leaseS, flakyPercent, seed } = settings;
  if (!Number.isInteger(workers) || workers < 1 || workers > 4) return "Workers must be a whole number from 1 to 4.";
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 6)
    return "Max attempts must be a whole number from 1 to 6 (the first try counts as one).";
  if (!Number.isInteger(backoffBaseS) || backoffBaseS < 0 || backoffBaseS > 30)
    return "The backoff must be a whole number of seconds from 0 to 30.";
  if (!Number.isInteger(leaseS) || leaseS < 2 || leaseS > 60)
    return "The lease must be a whole number of seconds from 2 to 60 (a job takes 1 s of work).";
  if (!(flakyPercent >= 0 && flakyPercent <= 50)) return "The flaky chance must be from 0 to 50 %.";
  if (!Number.isInteger(seed)) return "The seed must be a whole number.";
  return null;
}

/** Seconds to wait after failed attempt `attempt` (1-based) before the next one. */
export function backoffAfter(attempt: number, settings: Pick<PipelineSettings, "backoffBaseS" | "maxAttempts">) {
  if (settings.backoffBaseS === 0) return 0;
  return waitCeilings(settings.backoffBaseS, settings.maxAttempts, MAX_BACKOFF_S)[attempt - 1] ?? 0;
}

/** "attempt 2 of 3 (retry 1)": the one way attempts are named everywhere. */
export function attemptLabel(attempt: number, maxAttempts: number | null) {
  const of = maxAttempts === null ? "" : ` of ${maxAttempts}`;
  return `attempt ${attempt}${of} (${attempt === 1 ? "first try" : `retry ${attempt - 1}`})`;
}

type Job = {
  id: string;
  order: number;
  attempts: number;
  effects: number;
  visibleAt: number;
  leaseEndsAt: number | null;
  state: "queued" | "working" | "leased" | JobEnd;
};

export function runPipeline(settings: PipelineSettings): PipelineRun {
  const problem = pipelineProblem(settings);
  if (problem) throw new RangeError(problem);
  const atLeastOnce = settings.delivery === "at-least-once";
  const maxAttempts = atLeastOnce ? settings.maxAttempts : 1;
  const random = seededRandom(settings.seed);
  const jobs: Job[] = JOB_IDS.map((id, order) => ({
    id,
    order,
    attempts: 0,
    effects: 0,
    visibleAt: 0,
    leaseEndsAt: null,
    state: "queued",
  }));
  const keys = new Set<string>();
  // One slot per worker, so W1 stays W1 for the whole run.
  const slots: ({ job: Job; endsAt: number } | null)[] = Array.from({ length: settings.workers }, () => null);
  const events: JobEvent[] = [];
  const hit = (fault: Fault, job: Job) => settings.faults.includes(fault) && FAULT_TARGET[fault] === job.id;
  const log = (t: number, job: Job, kind: JobEventKind, text: string) =>
    events.push({ t, job: job.id, attempt: job.attempts, kind, text });
  const label = (job: Job) => attemptLabel(job.attempts, atLeastOnce ? maxAttempts : null);

  const applyEffect = (t: number, job: Job) => {
    if (settings.idempotencyKey && keys.has(job.id)) {
      log(t, job, "effect-skipped", `${job.id}: its key is already recorded, so the side effect is skipped`);
      return;
    }
    keys.add(job.id);
    job.effects++;
    log(
      t,
      job,
      "effect",
      `${job.id}: side effect applied (${job.effects === 1 ? "once" : `${job.effects} times now`})`,
    );
  };
  const exhaust = (t: number, job: Job, why: string) => {
    job.leaseEndsAt = null;
    job.state = settings.whenExhausted === "dlq" ? "dlq" : "dropped";
    if (job.state === "dlq")
      log(
        t,
        job,
        "dead-lettered",
        `${job.id}: ${why} after ${job.attempts} of ${maxAttempts} attempts, so it moves to the DLQ`,
      );
    else log(t, job, "dropped", `${job.id}: ${why} after ${job.attempts} of ${maxAttempts} attempts, so it is dropped`);
  };

  const finish = (t: number, job: Job) => {
    const crashAfter = job.attempts === 1 && hit("crash-after-effect", job);
    const crashBefore = job.attempts === 1 && hit("crash-before-effect", job);
    const fails = !crashAfter && !crashBefore && (hit("poison", job) || random() * 100 < settings.flakyPercent);
    if (crashBefore || crashAfter) {
      if (crashAfter) applyEffect(t, job);
      const when = crashAfter ? "after its side effect, before the ack" : "before its side effect";
      if (!atLeastOnce) {
        log(
          t,
          job,
          crashAfter ? "crashed" : "lost",
          `${job.id}: the worker crashes ${when}; the queue deleted the job on receive${crashAfter ? ", so nothing more happens" : ", so it is lost"}`,
        );
        job.state = crashAfter ? "done" : "lost";
      } else {
        log(
          t,
          job,
          "crashed",
          `${job.id}: the worker crashes ${when}; the job stays hidden until its lease ends at ${job.leaseEndsAt} s`,
        );
        job.state = "leased";
      }
      return;
    }
    if (fails) {
      const what = hit("poison", job) ? "fails (poison: it always will)" : "fails (a transient error)";
      if (!atLeastOnce) {
        log(t, job, "lost", `${job.id}: ${what}; the queue deleted it on receive, so nothing retries it: lost`);
        job.state = "lost";
      } else if (job.attempts >= maxAttempts) {
        log(t, job, "failed", `${job.id}: ${label(job)} ${what}`);
        exhaust(t, job, "it failed");
      } else {
        const wait = backoffAfter(job.attempts, settings);
        job.visibleAt = t + wait;
        job.leaseEndsAt = null;
        job.state = "queued";
        log(t, job, "failed", `${job.id}: ${label(job)} ${what}; the worker releases it for a retry in ${wait} s`);
      }
      return;
    }
    applyEffect(t, job);
    job.leaseEndsAt = null;
    job.state = "done";
    if (atLeastOnce) log(t, job, "acked", `${job.id}: acknowledged, so the queue deletes it`);
  };

  let t = 0;
  for (; t <= 10_000; t++) {
    slots.forEach((slot, index) => {
      if (slot?.endsAt !== t) return;
      slots[index] = null;
      finish(t, slot.job);
    });
    for (const job of jobs) {
      if (job.state !== "leased" || job.leaseEndsAt !== t) continue;
      if (job.attempts >= maxAttempts) {
        exhaust(t, job, "its lease ran out");
        continue;
      }
      job.state = "queued";
      job.visibleAt = t;
      job.leaseEndsAt = null;
      log(t, job, "lease-expired", `${job.id}: its lease ran out without an ack, so the queue delivers it again`);
    }
    const ready = jobs
      .filter((job) => job.state === "queued" && job.visibleAt <= t)
      .sort((a, b) => a.visibleAt - b.visibleAt || a.order - b.order);
    for (let slot = 0; slot < slots.length && ready.length > 0; slot++) {
      if (slots[slot]) continue;
      const job = ready.shift()!;
      const worker = `W${slot + 1}`;
      job.attempts++;
      job.state = "working";
      slots[slot] = { job, endsAt: t + WORK_S };
      if (atLeastOnce) {
        job.leaseEndsAt = t + settings.leaseS;
        log(
          t,
          job,
          "received",
          `${worker} receives ${job.id}, ${label(job)}; it is hidden until ${job.leaseEndsAt} s (the lease)`,
        );
      } else log(t, job, "received", `${worker} receives ${job.id}; the queue deletes it on receive`);
    }
    if (slots.every((slot) => slot === null) && jobs.every((job) => job.state !== "queued" && job.state !== "leased"))
      break;
  }

  const results: JobResult[] = jobs.map((job) => ({
    job: job.id,
    attempts: job.attempts,
    effects: job.effects,
    end: job.state === "dlq" || job.state === "dropped" || job.state === "lost" ? job.state : "done",
  }));
  return {
    events,
    jobs: results,
    exactlyOnce: results.filter((job) => job.effects === 1).length,
    duplicates: results.filter((job) => job.effects >= 2).length,
    lost: results.filter((job) => job.effects === 0 && job.end !== "dlq").length,
    inDlq: results.filter((job) => job.end === "dlq").length,
    attempts: results.reduce((sum, job) => sum + job.attempts, 0),
    finishedAtS: t,
  };
}
