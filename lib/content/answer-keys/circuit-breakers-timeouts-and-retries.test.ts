import { describe, expect, it } from "vitest";
import { keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { matchingKey, type MatchingProps } from "@/lib/lessons/blocks/matching";
import {
  attemptAfterWait,
  bucketRetries,
  expectedJitterTotalMs,
  runAllPolicies,
  waitCeilings,
  WORKED_BACKOFF,
} from "@/lib/resilience/backoff";
import { BACKOFF_SCENARIOS, THIN_RECOVERY } from "@/lib/resilience/backoff-scenarios";
import { BREAKER_SCENARIOS } from "@/lib/resilience/breaker-scenarios";
import { DEFAULT_BREAKER, runBreaker, shouldTrip, type Batch } from "@/lib/resilience/circuit-breaker";

/**
 * Answer keys of the circuit breakers, timeouts and retries chapter, recomputed
 * from the chapter's stated inputs and from the two simulators' models.
 */
const lesson = lessonBlocks("circuit-breakers-timeouts-and-retries");
const { expectSingleChoice, expectDecisions, expectNumeric, expectOrdering, expectSimulator } = keyAssertions(lesson);

/** Little's law: in flight = arrival rate × time each is held. */
const inFlight = (perSecond: number, heldS: number) => perSecond * heldS;
const CALLS_PER_S = 100;
const POOL = 200;

describe("circuit-breakers-timeouts-and-retries answer keys", () => {
  it("has the blocks the chapter is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "threads-held",
        "pool-lasts",
        "threads-with-timeout",
        "timeout-from-p99",
        "attempts-vs-retries",
        "retry-or-not",
        "backoff-jitter-plot",
        "retry-amplification",
        "bulkhead-pool",
        "breaker-vs-timeout",
        "circuit-breaker-sim",
        "fallback-choice",
        "symptom-to-pattern",
        "client-loop",
        "friday-redesign",
      ].sort(),
    );
    const scored = lesson.ids.filter((id) => lesson.block(id).name !== "Reveal");
    expect(scored.length).toBeGreaterThanOrEqual(8);
  });

  it("the cascade: 100 calls a second held 30 s is 3,000 threads (5 at 50 ms); a pool of 200 lasts 2 s", () => {
    expectNumeric("threads-held", inFlight(CALLS_PER_S, 30), "threads");
    expect(inFlight(CALLS_PER_S, 30)).toBe(3_000);
    expect(inFlight(CALLS_PER_S, 0.05)).toBe(5);
    expect(30 / 0.05).toBe(600);
    const lasts = POOL / CALLS_PER_S;
    expect(lasts).toBe(2);
    expectNumeric("pool-lasts", lasts, "s", { ms: lasts * 1000, min: lasts / 60 });
  });

  it("a 300 ms timeout caps it at 30 threads, leaving 170", () => {
    const held = inFlight(CALLS_PER_S, 0.3);
    expect(held).toBeCloseTo(30, 9);
    expectNumeric("threads-with-timeout", 30, "threads");
    expect(POOL - 30).toBe(170);
  });

  it("p99 200 ms → a timeout of 250–300 ms", () => {
    expectSingleChoice("timeout-from-p99", /^About 250–300 ms/, [/^50 ms/, /^Exactly 200 ms/, /^30 s/]);
  });

  it("5 attempts = 1 try + 4 retries, with 4 waits (inv-001 #12)", () => {
    expectSingleChoice("attempts-vs-retries", /^4 retries and 4 waits/, [
      /^5 retries and 5 waits/,
      /^5 retries and 4 waits/,
      /^4 retries and 5 waits/,
    ]);
    expect(waitCeilings(100, 5)).toHaveLength(4);
    expect(lesson.source).toMatch(/"5 attempts" therefore means 1 try plus 4 retries, separated by 4 waits/);
  });

  it("retry or not: 12 cards; reads and transient errors retry, writes need a key, the rest stop", () => {
    const expected = {
      "get-503": "retry",
      "put-reset": "retry",
      "dns-blip": "retry",
      "gateway-504": "retry",
      "charge-timeout": "key",
      "email-timeout": "key",
      "transfer-timeout": "key",
      "post-400": "stop",
      "get-404": "stop",
      "auth-401": "stop",
      "precondition-412": "stop",
      "breaker-open": "stop",
    };
    expectDecisions("retry-or-not", expected, { minimum: 12 });
  });

  it("backoff: 100 + 200 + 400 + 800 = 1.5 s; the 400 ms wait precedes the 4th attempt; full jitter ≈ 0.75 s", () => {
    const waits = waitCeilings(WORKED_BACKOFF.baseMs, WORKED_BACKOFF.attempts);
    expect(waits).toEqual([100, 200, 400, 800]);
    expect(waits.reduce((a, b) => a + b, 0)).toBe(1_500);
    expect(attemptAfterWait(100, 5, 400)).toBe(4);
    expect(expectedJitterTotalMs(100, 5)).toBe(750);
    expect(lesson.source).toMatch(/400 ms comes before the 4th attempt/);
  });

  it("the plot's figures quoted in the prose come from its model", () => {
    expectSimulator("backoff-jitter-plot", "BackoffJitterPlot", BACKOFF_SCENARIOS);
    const down = runAllPolicies(WORKED_BACKOFF);
    expect(bucketRetries(down.none.retries, 1, 0)[0]!.sent).toBe(4_000); // all in the first millisecond
    expect(down.none.gaveUp).toBe(1_000);
    const waves = bucketRetries(down.exponential.retries, 1, 1_500)
      .filter((bucket) => bucket.sent > 0)
      .map((bucket) => [bucket.startMs, bucket.sent]);
    expect(waves).toEqual([
      [100, 1_000],
      [300, 1_000],
      [700, 1_000],
      [1_500, 1_000],
    ]);
    const thin = runAllPolicies(THIN_RECOVERY);
    expect(thin.exponential.served).toBe(400);
    expect(Math.round((thin["full-jitter"].served / 1_000) * 10)).toBe(9); // "about nine clients in ten"
  });

  it("the code sample's bounds: at most 5 attempts, under 1.5 s of waiting (0.75 s on average), about 3 s in all", () => {
    expect(5 * 0.3 + 1.5).toBeCloseTo(3, 9);
    expect(lesson.source).toMatch(/baseMs \* 2 \*\* \(attempt - 1\)/);
    expect(lesson.source).toMatch(/attempts = 5, baseMs = 100, maxWaitMs = 2_000, timeoutMs = 300/);
    // The cap of 2 s never binds on 5 attempts: the largest wait is 800 ms.
    expect(Math.max(...waitCeilings(100, 5, 2_000))).toBe(800);
  });

  it("retries multiply across layers: 4 attempts at 3 layers is 4³ = 64; a 10 % budget keeps 1,000/s under 1,100/s", () => {
    expectNumeric("retry-amplification", 4 ** 3, "calls");
    expect(4 * 4 * 4).toBe(64);
    expect(1_000 * (1 + 3)).toBe(4_000);
    expect(1_000 * 1.1).toBeCloseTo(1_100, 9);
  });

  it("a bulkhead of 40 keeps 160 threads; 100 calls a second at 50 ms need 5", () => {
    expectSingleChoice("bulkhead-pool", /^Inventory calls fail fast once 40 are waiting/, [
      /^All 200 threads/,
      /^The service stops accepting requests/,
      /^Nothing changes/,
    ]);
    expect(POOL - 40).toBe(160);
    expect(inFlight(CALLS_PER_S, 0.05)).toBe(5);
  });

  it("a breaker saves the waiting and the load that a timeout still spends", () => {
    expectSingleChoice("breaker-vs-timeout", /^Every order request still spends up to 300 ms/, [
      /^Nothing: the timeout/,
      /^Memory for the retry queue/,
      /^The bulkhead's threads/,
    ]);
  });

  it("the breaker's rule as the prose states it: 19 of 19 too few, 10 of 20 opens at or above 50 %", () => {
    expectSimulator("circuit-breaker-sim", "CircuitBreakerSim", BREAKER_SCENARIOS);
    expect(shouldTrip(19, 19, DEFAULT_BREAKER)).toBe(false);
    expect(shouldTrip(20, 10, DEFAULT_BREAKER)).toBe(true);
    expect(shouldTrip(25, 14, DEFAULT_BREAKER)).toBe(true);
    // "More than 50 %" would leave 10 of 20 closed.
    expect(10 / 20 > 0.5).toBe(false);
    expect(DEFAULT_BREAKER).toEqual({ thresholdPercent: 50, windowS: 10, minimumCalls: 20, coolDownS: 60 });
  });

  it("a cached popular list is the recommendation fallback", () => {
    expectSingleChoice("fallback-choice", /^A cached, non-personal list of popular items/, [
      /^An error message/,
      /^Nothing until the breaker closes/,
      /^The whole product page fails/,
    ]);
  });

  it("each symptom has its pattern; a bigger pool is the distractor", () => {
    const block = lesson.block("symptom-to-pattern");
    expect(block.name).toBe("Matching");
    const props = block.props as unknown as MatchingProps;
    expect(props.pairs.map((pair) => pair.right)).toEqual([
      "A timeout",
      "A circuit breaker",
      "Jitter on the backoff",
      "A bulkhead",
      "Retrying at one layer, within a retry budget",
      "A fallback",
    ]);
    expect(lesson.score("symptom-to-pattern", { matches: matchingKey(props) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });

  it("the client's loop: breaker, bounded attempt, record, check budget, jittered wait, fallback", () => {
    expectOrdering("client-loop", [
      /^Ask the circuit breaker/,
      /^Make the attempt with a timeout/,
      /^On success/,
      /^On a transient failure/,
      /^Wait a backoff with full jitter/,
      /^With retries exhausted/,
    ]);
  });

  it("the redesign: 30 threads; the breaker opens about 5 s into the failures, not after 20 calls; a neutral badge", () => {
    const block = lesson.block("friday-redesign");
    expect(block.name).toBe("StepReveal");
    type Step = { predict?: { choices: string[]; answer: number } };
    const steps = block.props.steps as unknown as Step[];
    const right = steps.flatMap((step) => (step.predict ? [step.predict.choices[step.predict.answer]] : []));
    expect(right).toEqual([
      "About 30",
      expect.stringMatching(/^About 5 s: when failures make up half/),
      expect.stringMatching(/^Show 'usually ships in 2 days'/),
    ]);
    expect(inFlight(CALLS_PER_S, 0.3)).toBeCloseTo(30, 9);

    // 10 s of successes at 100 a second (10 calls every 0.1 s), then every call made from t = 10 s times out
    // 300 ms later. The breaker, with the chapter's settings, opens once failures reach half of the window.
    const tenth = (n: number) => Math.round(n * 10) / 10;
    const healthy: Batch[] = Array.from({ length: 100 }, (_, i) => ({ atS: tenth(i * 0.1), outcomes: "S".repeat(10) }));
    const failing: Batch[] = Array.from({ length: 100 }, (_, i) => ({
      atS: tenth(10.3 + i * 0.1),
      outcomes: "F".repeat(10),
    }));
    const run = runBreaker([...healthy, ...failing], DEFAULT_BREAKER);
    const opened = run.find((batch) => batch.stateAfter === "open")!;
    const afterFirstTimeout = opened.atS - 10.3;
    expect(afterFirstTimeout).toBeGreaterThan(4.5);
    expect(afterFirstTimeout).toBeLessThan(5.5);
    // Twenty failures alone would have tripped a breaker whose window held nothing else: 0.2 s.
    expect(20 / CALLS_PER_S).toBe(0.2);

    const key = steps.flatMap((step) => (step.predict ? [step.predict.answer] : []));
    expect(lesson.score("friday-redesign", { predictions: key })).toMatchObject({ score: 1, correct: true });
  });

  it("seed 001's errors stay fixed (inv-001 #4, #5, #12)", () => {
    const text = lesson.source;
    expect(text).not.toMatch(/absolutely right/i); // #4: no stray chat line
    expect(text).not.toMatch(/Of course\./);
    // #5: the breaker's state diagram is drawn, with all four transitions.
    const diagram = lesson.analysis.diagrams.find((d) => d.source.includes("stateDiagram-v2"));
    expect(diagram).toBeDefined();
    for (const edge of ["Closed --> Open", "Open --> HalfOpen", "HalfOpen --> Closed", "HalfOpen --> Open"])
      expect(diagram!.source).toContain(edge);
    // #12: the index base and the words attempts/retries are explicit.
    expect(text).toMatch(/base × 2\^\(r−1\)/);
    expect(text).toMatch(/An \*\*attempt\*\* is any call, including the first/);
  });
});
