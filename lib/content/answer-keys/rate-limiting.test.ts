import { describe, expect, it } from "vitest";
import { keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { matchingKey, type MatchingProps } from "@/lib/lessons/blocks/matching";
import { tableBlanks, type TableChoiceCell, type TableFillProps } from "@/lib/lessons/blocks/table-fill";
import {
  longestWaitMs,
  mostInAnySpan,
  perBurst,
  runAll,
  runLimiter,
  slidingEstimate,
  type Burst,
} from "@/lib/rate-limiting/limiters";
import { PER_MINUTE, PER_SECOND, RATE_LIMITER_SCENARIOS, patternById } from "@/lib/rate-limiting/scenarios";

/**
 * Answer keys of the rate-limiting chapter, recomputed from the chapter's
 * stated inputs and from the RateLimiterLab's model.
 */
const lesson = lessonBlocks("rate-limiting");
const { expectSingleChoice, expectMultipleChoice, expectDecisions, expectNumeric, expectOrdering, expectSimulator } =
  keyAssertions(lesson);

const countBy = (answers: Record<string, string>) =>
  Object.values(answers).reduce<Record<string, number>>((acc, a) => ({ ...acc, [a]: (acc[a] ?? 0) + 1 }), {});

describe("rate-limiting answer keys", () => {
  it("has the blocks the chapter is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "who-protects-whom",
        "failed-login-limit",
        "fixed-window-boundary",
        "sliding-counter-estimate",
        "rate-limiter-lab",
        "state-per-client",
        "pick-the-algorithm",
        "get-then-set-race",
        "sliding-log-script",
        "over-limit-response",
        "retry-after-seconds",
        "per-ip-problems",
        "photohub-fixes",
      ].sort(),
    );
    const scored = lesson.ids.filter((id) => lesson.block(id).name !== "Reveal");
    expect(scored.length).toBeGreaterThanOrEqual(8);
  });

  it("who protects whom: limiter, breaker, backoff, shedding", () => {
    const block = lesson.block("who-protects-whom");
    expect(block.name).toBe("Matching");
    const props = block.props as unknown as MatchingProps;
    expect(props.pairs.map((p) => [p.left, p.right.split(",")[0]])).toEqual([
      ["Rate limiter", "Your service"],
      ["Circuit breaker", "A caller"],
      ["Timeouts with backoff and jitter", "Everyone else"],
      ["Load shedding", "Your service"],
    ]);
    expect(lesson.score("who-protects-whom", { matches: matchingKey(props) })).toMatchObject({ correct: true });
  });

  it("a failed-login limit belongs in the login service", () => {
    expectSingleChoice("failed-login-limit", /^In the login service/, [
      /^In the API gateway/,
      /^In the client app/,
      /^In the database/,
    ]);
  });

  it("fixed window of 100 a minute: 200 in about 2 s across the boundary (the model agrees)", () => {
    const boundary = patternById("boundary-burst");
    const fixed = runLimiter("fixed-window", boundary.bursts, PER_MINUTE);
    expect(mostInAnySpan(fixed, 2_000)).toBe(200);
    expectNumeric("fixed-window-boundary", 2 * PER_MINUTE.limit, "requests");
    expect(lesson.score("fixed-window-boundary", { value: 100, unit: "requests" }).correct).toBe(false);
  });

  it("sliding log memory: a million keys × 100 timestamps × 8 B = 800 MB, against 16 MB for two numbers", () => {
    const keys = 1_000_000;
    expect(keys * PER_MINUTE.limit * 8).toBe(800e6);
    expect(keys * 2 * 8).toBe(16e6);
  });

  it("sliding window counter: 30 + 80 × (1 − 15/60) = 90, and the next request (91) passes", () => {
    const estimate = slidingEstimate(80, 30, 15_000, 60_000);
    expect(estimate).toBe(90);
    expectNumeric("sliding-counter-estimate", estimate, "requests");
    expect(slidingEstimate(80, 31, 15_000, 60_000)).toBeLessThanOrEqual(100);
  });

  it("the misconception: a token bucket of 100 refilled at 100 a minute passes about 200 in one rolling minute", () => {
    const bursts: Burst[] = [
      { atMs: 0, count: 100, everyMs: 0 },
      { atMs: 600, count: 99, everyMs: 600 },
    ];
    const bucket = runLimiter("token-bucket", bursts, PER_MINUTE);
    expect(bucket.rejected).toBe(0);
    expect(mostInAnySpan(bucket, 60_000)).toBe(199);
    // The deck's trap card: a bucket of 600 refilled at 10 a second: 600 + 599 in [0, 60 s).
    expect(600 + Math.floor((60_000 - 1) / 100)).toBe(1_199);
    // The fix: capacity plus a minute of refill within 100, e.g. 20 refilled at 80 a minute (one per 750 ms).
    expect(20 + 60_000 / 750).toBe(100);
    const eager: Burst[] = [
      { atMs: 0, count: 200, everyMs: 150 },
      { atMs: 30_000, count: 200, everyMs: 150 },
    ];
    const small = runLimiter("token-bucket", eager, { ...PER_MINUTE, bucketSize: 20, refillEveryMs: 750 });
    expect(mostInAnySpan(small, 60_000)).toBeLessThanOrEqual(100);
  });

  it("the simulator scores every scenario from its model", () => {
    expectSimulator("rate-limiter-lab", "RateLimiterLab", RATE_LIMITER_SCENARIOS);
    expect(RATE_LIMITER_SCENARIOS["fixed-boundary"]!.answer).toBe("n200");
    expect(RATE_LIMITER_SCENARIOS["log-boundary"]!.answer).toBe("n100");
    expect(RATE_LIMITER_SCENARIOS["token-idle-burst"]!.answer).toBe("20-then-10");
  });

  it("the lab's rules in the prose match the model", () => {
    const late = patternById("late-then-half");
    const counter = runLimiter("sliding-counter", late.bursts, PER_MINUTE);
    expect(mostInAnySpan(counter, 31_001)).toBe(150); // 0:59.000 to 1:30.000 inclusive: within 31 s
    const idle = runAll(patternById("idle-then-steady").bursts, PER_SECOND);
    expect(perBurst(idle["token-bucket"], 4)[0]!.admitted).toBe(20);
    expect(perBurst(idle["leaky-bucket"], 4)[0]!.admitted).toBe(20);
    expect(mostInAnySpan(idle["token-bucket"], 1)).toBe(20); // 20 in the same millisecond
    const leaky = runLimiter("leaky-bucket", patternById("boundary-burst").bursts, PER_MINUTE);
    expect(Math.round(longestWaitMs(leaky) / 60_000)).toBe(1); // about a minute
  });

  it("state per client: count, timestamps, two counts, tokens and time, the queue", () => {
    const block = lesson.block("state-per-client");
    const props = block.props as unknown as MatchingProps;
    expect(props.pairs.map((p) => p.left)).toEqual([
      "Fixed window",
      "Sliding log",
      "Sliding window counter",
      "Token bucket",
      "Leaky bucket, queue form",
    ]);
    expect(props.pairs[3]!.right).toBe("A token count and the time of the last refill");
    expect(lesson.score("state-per-client", { matches: matchingKey(props) })).toMatchObject({ correct: true });
  });

  it("algorithm deck: 12 cards, 3 token, 3 leaky, 2 each of the others, answers spread over the deck", () => {
    const expected = {
      "edge-per-ip": "counter",
      "partner-sdk": "token",
      "calendar-quota": "fixed",
      "payment-provider": "leaky",
      "sms-verification": "log",
      autocomplete: "token",
      "contract-per-minute": "counter",
      "webhook-delivery": "leaky",
      "admin-export": "fixed",
      "order-cap": "log",
      "llm-api": "token",
      "telemetry-flush": "leaky",
    };
    expectDecisions("pick-the-algorithm", expected, { minimum: 12 });
    expect(countBy(expected)).toEqual({ token: 3, leaky: 3, counter: 2, fixed: 2, log: 2 });
    // No two neighbouring cards share an answer, so the order gives nothing away.
    const order = Object.values(expected);
    expect(order.every((answer, index) => index === 0 || answer !== order[index - 1])).toBe(true);
  });

  it("GET-then-SET: ten gateways read 95, all ten pass, and the counter ends at 96", () => {
    const limit = 100;
    let counter = 95;
    const reads = Array.from({ length: 10 }, () => counter); // every GET before any SET
    const admitted = reads.filter((value) => value < limit).length;
    for (const value of reads) counter = value + 1;
    expect(admitted).toBe(10);
    expect(counter).toBe(96);
    expect(admitted - (limit - 95)).toBe(5); // five over the limit
    expectNumeric("get-then-set-race", admitted, "requests");
    // With INCR each gateway gets its own number back: 96..105, and only 96..100 pass.
    const incremented = Array.from({ length: 10 }, (_, i) => 95 + i + 1);
    expect(incremented.filter((value) => value <= limit)).toHaveLength(5);
  });

  it("sliding-log script: time, prune, count, add, expire", () => {
    expectOrdering("sliding-log-script", [/TIME/, /ZREMRANGEBYSCORE/, /ZCARD/, /ZADD/, /PEXPIRE/]);
  });

  it("over the limit: 429 with Retry-After", () => {
    expectSingleChoice("over-limit-response", /^429 Too Many Requests, with a Retry-After header/, [
      /^503 Service Unavailable/,
      /^403 Forbidden/,
      /^200 OK/,
    ]);
  });

  it("Retry-After at 0:42.300 in a minute window: 17.7 s, rounded up to 18; a token bucket at 0.4 tokens: 1", () => {
    const wait = 60 - 42.3;
    expect(wait).toBeCloseTo(17.7, 9);
    const props = expectNumeric("retry-after-seconds", Math.ceil(wait), "s");
    expect(props.answer).toBe(18);
    expect(lesson.score("retry-after-seconds", { value: 17, unit: "s" }).correct).toBe(false);
    const tokenWait = (1 - 0.4) / 10;
    expect(tokenWait).toBeCloseTo(0.06, 9);
    expect(Math.ceil(tokenWait)).toBe(1);
  });

  it("per-IP limits hurt shared addresses and miss botnets", () => {
    expectMultipleChoice(
      "per-ip-problems",
      [/university network/, /carrier-grade NAT/, /botnet/],
      [/home connection/, /single cloud server/],
    );
  });

  it("PhotoHub: the boundary reset, one atomic shared count, per-account logins, Retry-After", () => {
    expect(8 * 100).toBe(800); // eight gateways counting separately
    const block = lesson.block("photohub-fixes");
    expect(block.name).toBe("TableFill");
    const blanks = tableBlanks(block.props as unknown as TableFillProps).map(({ cell }) => cell as TableChoiceCell);
    expect(blanks.map((cell) => cell.choices[cell.answer])).toEqual([
      "Each window's count resets to zero at the minute",
      expect.stringMatching(/^One shared count in Redis, updated atomically/),
      expect.stringMatching(/^Count failed attempts per account/),
      "The response carries no Retry-After header",
    ]);
    expect(lesson.score("photohub-fixes", { blanks: blanks.map((cell) => cell.answer) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });

  it("seed errors stay fixed in the prose (inv-001 #13, #29)", () => {
    const text = lesson.source;
    // #13: a token bucket stores two numbers; a sliding log never passes the boundary doubling.
    expect(text).toMatch(/\| Token bucket \| Token count and last refill time: two numbers \|/);
    expect(text).toMatch(/never more than the limit in any rolling window/);
    expect(text).not.toMatch(/\| Token bucket \| [^|]*medium/i);
    // #29: the bouncer who ignores identity is the global limit; a per-client limiter must know whose tally.
    expect(text).toMatch(/A bouncer who counts heads/);
    expect(text).toMatch(/whose\* line each arrival counts against/);
    // The weighting formula, stated the right way round.
    expect(text).toContain("estimate = current + previous × (1 − elapsed / window)");
  });
});
