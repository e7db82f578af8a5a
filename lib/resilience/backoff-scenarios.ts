import { formatNumber } from "@/lib/format/number";
import { nearestNumberOption, type PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import {
  attemptAfterWait,
  bucketRetries,
  expectedJitterTotalMs,
  peakBucket,
  runPolicy,
  WORKED_BACKOFF,
  type BackoffSettings,
} from "@/lib/resilience/backoff";

/**
 * BackoffJitterPlot's questions, each about a run the plot can show. Every
 * answer is computed by the model, the jitter from its fixed seed.
 */

/** The outage is over but the service answers only 100 calls per 100 ms (1,000 a second). */
export const THIN_RECOVERY: BackoffSettings = { ...WORKED_BACKOFF, capacityPer100Ms: 100 };

const seconds = (ms: number) => `${formatNumber(ms / 1000, { maximumFractionDigits: 2 })} s`;

const plain = runPolicy("exponential", WORKED_BACKOFF);
const jitter = runPolicy("full-jitter", WORKED_BACKOFF);
const none = runPolicy("none", WORKED_BACKOFF);
const lockstep = runPolicy("exponential", THIN_RECOVERY);
const spread = runPolicy("full-jitter", THIN_RECOVERY);
const firstSlot = bucketRetries(none.retries, 100, 0)[0]!.sent;
const fourHundredBefore = attemptAfterWait(WORKED_BACKOFF.baseMs, WORKED_BACKOFF.attempts, 400)!;

export const WORKED_FIGURES = {
  plainTotalMs: plain.clients[0]!.waitedMs,
  jitterMeanMs: jitter.meanWaitMs,
  jitterExpectedMs: expectedJitterTotalMs(WORKED_BACKOFF.baseMs, WORKED_BACKOFF.attempts, WORKED_BACKOFF.maxWaitMs),
  noBackoffFirstSlot: firstSlot,
  plainPeak: peakBucket(bucketRetries(plain.retries, 100, plain.lastDoneMs)),
  lockstepServed: lockstep.served,
  spreadServed: spread.served,
} as const;

export const BACKOFF_SCENARIOS: PredictionScenarios = {
  "plain-total-wait": {
    question:
      "Plain exponential backoff: the first wait is 100 ms and each wait doubles; a client makes 5 attempts in all, and every one fails. How long does it spend waiting before it gives up?",
    options: [
      { id: "n800", label: "0.8 s" },
      { id: "n1500", label: "1.5 s" },
      { id: "n3100", label: "3.1 s" },
      { id: "n6300", label: "6.3 s" },
    ],
    answer: nearestNumberOption([800, 1500, 3100, 6300], WORKED_FIGURES.plainTotalMs),
    why: `5 attempts are the first try and 4 retries, so there are 4 waits: 100 + 200 + 400 + 800 = ${formatNumber(WORKED_FIGURES.plainTotalMs)} ms. Counting 5 retries adds a 1,600 ms wait that never happens (3.1 s).`,
  },
  "which-attempt-waits-400": {
    question: "In the same schedule, which attempt does the 400 ms wait come before?",
    options: [
      { id: "a2", label: "The 2nd attempt (the 1st retry)" },
      { id: "a3", label: "The 3rd attempt (the 2nd retry)" },
      { id: "a4", label: "The 4th attempt (the 3rd retry)" },
      { id: "a5", label: "The 5th attempt (the 4th retry)" },
    ],
    answer: `a${fourHundredBefore}`,
    why: `Attempt 1 fails, then 100 ms before attempt 2, 200 ms before attempt 3 and 400 ms before attempt ${fourHundredBefore}. Written as base × 2^n, n is the retry number minus one (or the attempt number minus two): say which index you mean, because "the 3rd attempt waits 100 × 2²" is off by one.`,
  },
  "no-backoff-first-slot": {
    question:
      "1,000 clients fail at the same moment and retry with no backoff at all, 5 attempts each, while the service is still down. How many retries reach it in the first 100 ms?",
    options: [
      { id: "n400", label: "400" },
      { id: "n1000", label: "1,000" },
      { id: "n5000", label: "5,000" },
      { id: "n4000", label: "4,000" },
    ],
    answer: nearestNumberOption([400, 1000, 5000, 4000], firstSlot),
    why: `Each client burns its 4 retries at once: 1,000 × 4 = ${formatNumber(firstSlot)} retries in the same instant, on top of the 1,000 first tries that just failed. Then every client has given up, before the service had any chance to recover.`,
  },
  "jitter-mean-wait": {
    question:
      "Back to 100 ms doubling and 5 attempts, now with full jitter: each wait is a random time between 0 and its plain value. On average, how long does a client wait in total before giving up?",
    options: [
      { id: "n100", label: "About 0.1 s" },
      { id: "n375", label: "About 0.4 s" },
      { id: "n750", label: "About 0.75 s" },
      { id: "n1500", label: "About 1.5 s, as before" },
    ],
    answer: nearestNumberOption([100, 375, 750, 1500], WORKED_FIGURES.jitterMeanMs),
    why: `A uniform wait in [0, c) averages c/2, so the total averages 1,500 / 2 = ${formatNumber(WORKED_FIGURES.jitterExpectedMs)} ms. Over these 1,000 simulated clients the mean is ${seconds(WORKED_FIGURES.jitterMeanMs)}, from ${seconds(jitter.minWaitMs)} for the luckiest to ${seconds(jitter.maxWaitMs)}.`,
  },
  "lockstep-served": {
    question:
      "Now the service comes back at once but can answer only 100 calls per 100 ms. 1,000 clients retry with plain exponential backoff (100 ms doubling, 5 attempts). How many of them get an answer?",
    options: [
      { id: "n100", label: "About 100" },
      { id: "n400", label: "About 400" },
      { id: "n900", label: "About 900" },
      { id: "n1000", label: "All 1,000" },
    ],
    answer: nearestNumberOption([100, 400, 900, 1000], lockstep.served),
    why: `The clients stay in lockstep: 1,000 arrive at 100 ms, the service answers 100 and refuses 900, which all return together at 300 ms, and so on. Four waves of 100 answers: ${formatNumber(lockstep.served)} served and ${formatNumber(lockstep.gaveUp)} give up, while the service sat idle between the waves.`,
  },
  "jitter-served": {
    question:
      "Same recovery, 100 calls per 100 ms, but the clients use full jitter. How many of the 1,000 get an answer?",
    options: [
      { id: "n100", label: "About 100" },
      { id: "n400", label: "About 400" },
      { id: "n900", label: "About 900" },
      { id: "n1000", label: "All 1,000" },
    ],
    answer: nearestNumberOption([100, 400, 900, 1000], spread.served),
    why: `Jitter spreads the retries over time, so the service finds work in almost every 100 ms slot instead of four: ${formatNumber(spread.served)} served with ${formatNumber(spread.retries.length)} retries, against ${formatNumber(lockstep.served)} served with ${formatNumber(lockstep.retries.length)} in lockstep. Same capacity, same attempts: the difference is only when the clients arrive.`,
  },
};
