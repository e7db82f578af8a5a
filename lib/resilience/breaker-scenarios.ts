import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import {
  DEFAULT_BREAKER,
  outcomePattern,
  runBreaker,
  STATE_NAMES,
  tripCall,
  type Batch,
  type BreakerState,
} from "@/lib/resilience/circuit-breaker";

/**
 * The CircuitBreakerSim's story: the order service's breaker in front of the
 * inventory service, with seed 001's settings (at or above 50 % failures over
 * at least 20 calls in a 10 s window, a 60 s cool-down, one trial call).
 * Every answer below is read off a run of the model.
 */
export type StoryBatch = {
  batch: Batch;
  /** What happens, in words, shown above the batch's questions. */
  label: string;
  /** The scored questions asked before the batch's calls are shown. */
  scenarios: readonly BreakerScenarioKey[];
};

export type BreakerScenarioKey =
  | "nineteen-failures"
  | "one-more-later"
  | "fourteen-of-twenty-five"
  | "during-cool-down"
  | "trial-reach"
  | "trial-fails"
  | "trial-succeeds"
  | "ten-of-twenty";

export const BREAKER_STORY: readonly StoryBatch[] = [
  {
    batch: { atS: 0, outcomes: outcomePattern(19, 19, "first") },
    label: "t = 0 s: 19 calls arrive and the inventory service fails every one of them.",
    scenarios: ["nineteen-failures"],
  },
  {
    batch: { atS: 12, outcomes: "F" },
    label: "t = 12 s: one more call, and it fails too.",
    scenarios: ["one-more-later"],
  },
  {
    batch: { atS: 30, outcomes: outcomePattern(25, 14, "spread") },
    label: "t = 30 s: 25 calls arrive together; 14 of them fail, spread through the batch.",
    scenarios: ["fourteen-of-twenty-five"],
  },
  {
    batch: { atS: 60, outcomes: outcomePattern(5, 0, "first") },
    label: "t = 60 s, 30 s after the breaker opened: 5 calls arrive. The inventory service would now answer them all.",
    scenarios: ["during-cool-down"],
  },
  {
    batch: { atS: 91, outcomes: outcomePattern(10, 10, "first") },
    label: "t = 91 s, 61 s after it opened: 10 calls arrive together. The inventory service is still failing.",
    scenarios: ["trial-reach", "trial-fails"],
  },
  {
    batch: { atS: 152, outcomes: outcomePattern(10, 0, "first") },
    label: "t = 152 s, 61 s after that: 10 calls arrive together, and the inventory service has recovered.",
    scenarios: ["trial-succeeds"],
  },
  {
    batch: { atS: 160, outcomes: outcomePattern(20, 10, "spread") },
    label: "t = 160 s: 20 calls arrive together and exactly 10 of them fail.",
    scenarios: ["ten-of-twenty"],
  },
];

export const STORY_BATCHES: readonly Batch[] = BREAKER_STORY.map((step) => step.batch);
/** The story run with the default settings: what the scored answers are read from. */
export const STORY_RUN = runBreaker(STORY_BATCHES, DEFAULT_BREAKER);

export const STATE_OPTIONS: readonly { id: BreakerState; label: string }[] = [
  { id: "closed", label: "CLOSED: calls go through" },
  { id: "open", label: "OPEN: calls are rejected at once" },
  { id: "half-open", label: "HALF-OPEN: one trial call goes through" },
];

const batchOf = (key: BreakerScenarioKey) => BREAKER_STORY.findIndex((step) => step.scenarios.includes(key));
const after = (key: BreakerScenarioKey) => STORY_RUN[batchOf(key)]!;
const stateAfter = (key: BreakerScenarioKey) => after(key).stateAfter;
const percent = (calls: number, failures: number) => `${Math.round((failures / calls) * 100)} %`;

const fourteen = after("fourteen-of-twenty-five");
/** Seconds since the breaker opened when the cool-down batch arrives. */
export const COOL_DOWN_ELAPSED_S =
  after("during-cool-down").atS - (STORY_RUN[batchOf("during-cool-down") - 1]!.openedAtS ?? Number.NaN);
const trial = after("trial-reach");
const question = (key: BreakerScenarioKey, text: string) => `${BREAKER_STORY[batchOf(key)]!.label} ${text}`;

export const BREAKER_SCENARIOS: PredictionScenarios = {
  "nineteen-failures": {
    question: question("nineteen-failures", "Which state is the breaker in after this batch?"),
    options: STATE_OPTIONS,
    answer: stateAfter("nineteen-failures"),
    why: `The window holds ${after("nineteen-failures").windowCalls} calls, all failed: a 100 % failure rate, but below the minimum of ${DEFAULT_BREAKER.minimumCalls} calls, so the breaker does not judge yet. The minimum stops a handful of unlucky calls at a quiet hour from tripping it.`,
  },
  "one-more-later": {
    question: question("one-more-later", "Which state is the breaker in after it?"),
    options: STATE_OPTIONS,
    answer: stateAfter("one-more-later"),
    why: `It would be the 20th failure, but the window is ${DEFAULT_BREAKER.windowS} s long: at t = 12 s it keeps only calls made after t = 2 s, so the ${after("one-more-later").agedOut} failures from t = 0 have left it. The window holds ${after("one-more-later").windowCalls} call, far below the minimum.`,
  },
  "fourteen-of-twenty-five": {
    question: question("fourteen-of-twenty-five", "Which state is the breaker in after the batch?"),
    options: STATE_OPTIONS,
    answer: stateAfter("fourteen-of-twenty-five"),
    why: `The window ends with ${fourteen.windowCalls} calls and ${fourteen.windowFailures} failures, ${percent(fourteen.windowCalls, fourteen.windowFailures)}: at least ${DEFAULT_BREAKER.minimumCalls} calls and at or above ${DEFAULT_BREAKER.thresholdPercent} %. In fact it trips at call ${tripCall(fourteen)}, the first moment the window holds ${DEFAULT_BREAKER.minimumCalls} calls, because ${fourteen.steps[tripCall(fourteen)! - 1]!.windowFailures} of those ${DEFAULT_BREAKER.minimumCalls} had failed. The rest of the batch was already in flight and still reached the service.`,
  },
  "during-cool-down": {
    question: question("during-cool-down", "Which state is the breaker in after these calls?"),
    options: STATE_OPTIONS,
    answer: stateAfter("during-cool-down"),
    why: `Only ${COOL_DOWN_ELAPSED_S} of the ${DEFAULT_BREAKER.coolDownS} s cool-down have passed, so all ${after("during-cool-down").rejected} calls are rejected at once and the service never sees them. The breaker cannot know the service has recovered: it learns that only from a trial call after the cool-down.`,
  },
  "trial-reach": {
    question: question("trial-reach", "How many of the 10 calls reach the inventory service?"),
    options: [
      { id: "n0", label: "None" },
      { id: "n1", label: "1" },
      { id: "n5", label: "5" },
      { id: "n10", label: "All 10" },
    ],
    answer: `n${trial.reached}`,
    why: `The cool-down is over, so the breaker turns HALF-OPEN and lets exactly ${trial.reached} trial call through; the other ${trial.rejected} are rejected at once. Letting all 10 through would hit a service that may still be sick with a burst, the very herd the breaker exists to prevent.`,
  },
  "trial-fails": {
    question: question("trial-fails", "Which state is the breaker in after the batch?"),
    options: STATE_OPTIONS,
    answer: stateAfter("trial-fails"),
    why: `The trial call fails, so the breaker opens again and starts a fresh ${DEFAULT_BREAKER.coolDownS} s cool-down from t = ${trial.atS} s. HALF-OPEN never lasts: the one trial settles it either way.`,
  },
  "trial-succeeds": {
    question: question("trial-succeeds", "Which state is the breaker in after the batch?"),
    options: STATE_OPTIONS,
    answer: stateAfter("trial-succeeds"),
    why: `The trial call succeeds, so the breaker closes and empties its window. The other ${after("trial-succeeds").rejected} calls of this batch were already rejected when they arrived; from the next batch on, everything goes through again.`,
  },
  "ten-of-twenty": {
    question: question(
      "ten-of-twenty",
      `Which state is the breaker in after the batch? (The rule is "at or above 50 %".)`,
    ),
    options: STATE_OPTIONS,
    answer: stateAfter("ten-of-twenty"),
    why: `The window was emptied when the breaker closed, so it holds just these ${after("ten-of-twenty").windowCalls} calls with ${after("ten-of-twenty").windowFailures} failures: exactly 50 %. At or above the threshold trips it, as in Resilience4j. Under a "more than 50 %" rule the same batch would leave it ${STATE_NAMES.closed}: know which one your library uses.`,
  },
};
