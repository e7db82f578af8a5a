import { describe, expect, it } from "vitest";
import { keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import {
  CACHE_EVICTION_SCENARIOS,
  evictedByLast,
  hitCount,
  parseStream,
  simulateEviction,
} from "@/lib/caching/eviction";
import { MEMORY_HIERARCHY_SCENARIOS, ratio } from "@/lib/caching/memory-hierarchy";
import {
  arrivalsWithin,
  peakConcurrentRebuilds,
  STAMPEDE_SCENARIOS,
  stampede,
  WORKED_STAMPEDE,
} from "@/lib/caching/stampede";
import { matchingOptions, type MatchingProps } from "@/lib/lessons/blocks/matching";
import { tableBlanks, type TableChoiceCell, type TableFillProps } from "@/lib/lessons/blocks/table-fill";

/**
 * Answer keys of the caching chapter, recomputed here from the chapter's
 * stated inputs and from the simulators' models, never read back from the MDX.
 */
const lesson = lessonBlocks("caching");
const { expectSingleChoice, expectMultipleChoice, expectDecisions, expectNumeric, expectSimulator } =
  keyAssertions(lesson);

describe("caching answer keys", () => {
  it("has the blocks the chapter is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "memory-hierarchy",
        "miss-ratio-db-load",
        "cache-layer-placement",
        "negative-cache-load",
        "negative-cache-limits",
        "display-name-write",
        "low-ttl-cost",
        "write-through-breaks",
        "delete-on-write-race",
        "write-strategy",
        "cache-eviction-lab",
        "redis-full",
        "stampede-simulator",
        "jitter-peak",
        "hourly-spike-diagnosis",
      ].sort(),
    );
    const scored = lesson.ids.filter((id) => lesson.block(id).name !== "Reveal");
    expect(scored.length).toBeGreaterThanOrEqual(8);
  });

  it("leaves 20,000 × (1 − 0.95) = 1,000 reads a second for the database", () => {
    expectNumeric("miss-ratio-db-load", 20_000 * (1 - 0.95), "reads/s");
    // The worked solution: 99 % leaves 200 (five times fewer), 90 % leaves 2,000 (twice as many).
    expect(Math.round(20_000 * (1 - 0.99))).toBe(200);
    expect(Math.round(20_000 * (1 - 0.9))).toBe(2_000);
  });

  it("places each piece of data at its layer", () => {
    const block = lesson.block("cache-layer-placement");
    expect(block.name).toBe("Matching");
    const props = block.props as unknown as MatchingProps;
    const layerOf = (pattern: RegExp) => props.pairs.find((pair) => pattern.test(pair.left))!.right;
    expect(layerOf(/logo and CSS/)).toMatch(/browser/i);
    expect(layerOf(/photos and videos/)).toMatch(/CDN/);
    expect(layerOf(/celebrity/)).toMatch(/Redis/);
    expect(layerOf(/configuration value/)).toMatch(/in-process/i);
    expect(layerOf(/pages the database touched/)).toMatch(/buffer pool/);
    const options = matchingOptions(props);
    const key = props.pairs.map((pair) => options.indexOf(pair.right));
    expect(lesson.score("cache-layer-placement", { matches: key })).toMatchObject({ score: 1, correct: true });
  });

  it("negative caching: 50,000 missing ids at one query per 300 s ≈ 166.7 queries a second, none saved for unique ids", () => {
    expectNumeric("negative-cache-load", 50_000 / 300, "queries/s");
    // Each id comes back every 50,000 ÷ 2,000 = 25 s, so about 12 requests share each query.
    expect(50_000 / 2_000).toBe(25);
    expect(300 / 25).toBe(12);
    expectSingleChoice("negative-cache-limits", /^Almost nothing/, [/one query per 300 s/, /tiny/, /created later/]);
  });

  it("a 5 s TTL on the hot key costs 5,000 × 0.2 ÷ 5 = 200 queries a second (vs ≈ 0.28 at one hour)", () => {
    const perExpiry = stampede(WORKED_STAMPEDE, "none").dbQueries;
    expect(perExpiry).toBe(5_000 * 0.2);
    expectNumeric("low-ttl-cost", perExpiry / 5, "queries/s");
    expect(perExpiry / 3_600).toBeCloseTo(0.28, 2);
  });

  it("write-through can leave an old value after a crash between writes or a race between writers", () => {
    expectMultipleChoice(
      "write-through-breaks",
      [/process crashes before setting the cache/, /Two price changes race/],
      [/a millisecond after/, /evicts the key/],
    );
  });

  it("walks the delete-on-write race: the cache ends with the old $20, until a write or the TTL", () => {
    const block = lesson.block("delete-on-write-race");
    expect(block.name).toBe("StepReveal");
    type Step = { predict?: { choices: string[]; answer: number } };
    const steps = block.props.steps as unknown as Step[];
    const answers = steps.flatMap((step) => (step.predict ? [step.predict.choices[step.predict.answer]] : []));
    expect(answers).toEqual([expect.stringMatching(/^\$20/), expect.stringMatching(/next write.*TTL/)]);
    const key = steps.flatMap((step) => (step.predict ? [step.predict.answer] : []));
    expect(lesson.score("delete-on-write-race", { predictions: key })).toMatchObject({ score: 1, correct: true });
  });

  it("write-strategy deck: 12 cards, three per strategy, each with a trap", () => {
    const expected = {
      "view-counter": "back",
      "audit-log": "around",
      "exchange-rates": "ttl",
      "price-on-hot-page": "through",
      "nightly-import": "around",
      "shipping-address": "through",
      "trending-list": "ttl",
      "game-positions": "back",
      "order-history": "around",
      "feature-flags": "through",
      "like-counts": "back",
      "partner-recommendations": "ttl",
    };
    expectDecisions("write-strategy", expected, { minimum: 12, traps: true });
    const perChoice = Object.values(expected).reduce<Record<string, number>>(
      (counts, choice) => ({ ...counts, [choice]: (counts[choice] ?? 0) + 1 }),
      {},
    );
    expect(perChoice).toEqual({ through: 3, around: 3, back: 3, ttl: 3 });
    // Not guessable from the order: no two neighbouring cards share an answer.
    const order = (lesson.block("write-strategy").props.cards as unknown as { answer: string }[]).map((c) => c.answer);
    for (let i = 1; i < order.length; i += 1) expect(order[i]).not.toBe(order[i - 1]);
  });

  it("eviction: the worked figure and the lab's LFU example come from the model", () => {
    const stream = parseStream("A A A B C C D");
    expect(evictedByLast(stream, 3, "lru")).toBe("A");
    expect(evictedByLast(stream, 3, "lfu")).toBe("B");
    // The prose: A A A B C B C B C with capacity 2 gives LFU 2 hits and LRU 6.
    const favourite = parseStream("A A A B C B C B C");
    expect(hitCount(simulateEviction(favourite, 2, "lfu"))).toBe(2);
    expect(hitCount(simulateEviction(favourite, 2, "lru"))).toBe(6);
    expectSimulator("cache-eviction-lab", "CacheEvictionLab", CACHE_EVICTION_SCENARIOS);
    expect(lesson.score("cache-eviction-lab", { scenario: "worked-lfu", choice: "b" }).correct).toBe(true);
  });

  it("Redis refuses writes when full under its default noeviction policy", () => {
    expectSingleChoice("redis-full", /noeviction/, [/only keys that have a TTL/, /LRU cannot run/, /LFU's counters/]);
  });

  it("memory hierarchy: ratios from the shared latency table", () => {
    expect(ratio("network", "ram")).toBe(5_000);
    expect(ratio("ocean", "network")).toBe(300);
    expectSimulator("memory-hierarchy", "MemoryHierarchy", MEMORY_HIERARCHY_SCENARIOS);
  });

  it("stampede: 1,000 queries unprotected, 1 with a lock; jitter spreads 10,000 keys to 3 at once", () => {
    expect(arrivalsWithin(5_000, 200)).toBe(1_000);
    expect(stampede(WORKED_STAMPEDE, "lock").dbQueries).toBe(1);
    expectSimulator("stampede-simulator", "StampedeSimulator", STAMPEDE_SCENARIOS);
    // ±10 % of 3,600 s is a 720 s window; expiries 72 ms apart; ⌈200 ÷ 72⌉ = 3.
    const windowMs = 3_600_000 * 0.2;
    expect(windowMs / 10_000).toBe(72);
    expectNumeric("jitter-peak", peakConcurrentRebuilds(10_000, 200, windowMs), "rebuilds");
    expect(peakConcurrentRebuilds(10_000, 200, 0)).toBe(10_000);
  });

  it("final synthesis: stampede, missing invalidation, and the cost of a 5 s TTL", () => {
    const block = lesson.block("hourly-spike-diagnosis");
    expect(block.name).toBe("TableFill");
    const props = block.props as unknown as TableFillProps;
    const blanks = tableBlanks(props).map(({ cell }) => cell as TableChoiceCell);
    const chosen = blanks.map((cell) => cell.choices[cell.answer]!);
    expect(chosen).toEqual([
      expect.stringMatching(/expires and about 1,000 requests rebuild/),
      expect.stringMatching(/^A lock or stale-while-refresh/),
      expect.stringMatching(/never touched the cache/),
      expect.stringMatching(/^Write-through for the price, keeping a TTL/),
      expect.stringMatching(/about 200 queries a second/),
    ]);
    expect(stampede(WORKED_STAMPEDE, "none").dbQueries).toBe(1_000);
    expect(lesson.score("hourly-spike-diagnosis", { blanks: blanks.map((cell) => cell.answer) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });
});
