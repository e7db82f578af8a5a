import { describe, expect, it } from "vitest";
import { scorePrediction } from "@/lib/lessons/blocks/prediction";
import {
  CACHE_EVICTION_SCENARIOS,
  EVICTION_PRESETS,
  evictedByLast,
  evictionInputProblem,
  hitCount,
  parseStream,
  POLICIES,
  simulateEviction,
  WORKED_CAPACITY,
  WORKED_STREAM,
} from "@/lib/caching/eviction";

const keys = (text: string) => parseStream(text);

describe("eviction policies", () => {
  it("worked figure: A,A,A,B,C,C,D with capacity 3: LRU evicts A, LFU evicts B, FIFO evicts A", () => {
    expect(evictedByLast(WORKED_STREAM, WORKED_CAPACITY, "lru")).toBe("A");
    expect(evictedByLast(WORKED_STREAM, WORKED_CAPACITY, "lfu")).toBe("B");
    expect(evictedByLast(WORKED_STREAM, WORKED_CAPACITY, "fifo")).toBe("A");
  });

  it("records hits, misses and the evicted key at each step of the worked figure", () => {
    const steps = simulateEviction(WORKED_STREAM, 3, "lfu");
    expect(steps.map((step) => step.hit)).toEqual([false, true, true, false, false, true, false]);
    expect(steps.map((step) => step.evicted)).toEqual([null, null, null, null, null, null, "B"]);
    expect(hitCount(steps)).toBe(3);
    // After D the LFU cache holds D (1 use), C (2) and A (3), next victim first.
    expect(steps.at(-1)!.contents.map((entry) => [entry.key, entry.uses])).toEqual([
      ["D", 1],
      ["C", 2],
      ["A", 3],
    ]);
    const lru = simulateEviction(WORKED_STREAM, 3, "lru").at(-1)!;
    expect(lru.contents.map((entry) => entry.key)).toEqual(["B", "C", "D"]);
  });

  it("breaks LFU ties by the oldest last use, not by arrival order", () => {
    // Every count is 2; B was last used at 3, A at 4, C at 6.
    expect(evictedByLast(keys("A B B A C C D"), 3, "lfu")).toBe("B");
    // Two keys with one use each: the one used longer ago goes.
    expect(evictedByLast(keys("A B C C D"), 3, "lfu")).toBe("A");
    // Arrival order would have said A in the first case: the rule is not FIFO.
    expect(evictedByLast(keys("A B B A C C D"), 3, "fifo")).toBe("A");
  });

  it("restarts a key's LFU count when it comes back after eviction", () => {
    // A is used 3 times, evicted by capacity 1, then returns with a count of 1.
    const steps = simulateEviction(keys("A A A B A"), 1, "lfu");
    expect(steps.map((step) => step.evicted)).toEqual([null, null, null, "A", "B"]);
    expect(steps.at(-1)!.contents).toEqual([{ key: "A", insertedAt: 5, lastUsedAt: 5, uses: 1 }]);
  });

  it("FIFO ignores hits; LRU does not", () => {
    expect(evictedByLast(keys("A B C A D"), 3, "fifo")).toBe("A");
    expect(evictedByLast(keys("A B C A D"), 3, "lru")).toBe("B");
  });

  it("shows LFU keeping an old favourite while two newer keys push each other out", () => {
    const steps = simulateEviction(keys("A A A B C B C B C"), 2, "lfu");
    expect(steps.slice(4).map((step) => step.evicted)).toEqual(["B", "C", "B", "C", "B"]);
    expect(hitCount(steps)).toBe(2);
    // LRU lets A go once it stops being asked for, and then hits B and C every time.
    expect(hitCount(simulateEviction(keys("A A A B C B C B C"), 2, "lru"))).toBe(6);
  });

  it("handles the edges: empty stream, capacity 1, all hits", () => {
    for (const policy of POLICIES) {
      expect(simulateEviction([], 3, policy)).toEqual([]);
      expect(evictedByLast([], 3, policy)).toBeNull();
      expect(simulateEviction(keys("A B C"), 1, policy).map((step) => step.evicted)).toEqual([null, "A", "B"]);
      expect(hitCount(simulateEviction(keys("A A A A"), 1, policy))).toBe(3);
    }
  });

  it("rejects a capacity that is not a whole number of at least 1, and malformed keys", () => {
    for (const capacity of [0, -1, 1.5, Number.NaN, 13]) {
      expect(evictionInputProblem(["A"], capacity)).not.toBeNull();
      expect(() => simulateEviction(["A"], capacity, "lru")).toThrow(RangeError);
    }
    expect(evictionInputProblem(["A B"], 3)).toMatch(/letters or digits/);
    expect(
      evictionInputProblem(
        Array.from({ length: 61 }, () => "A"),
        3,
      ),
    ).toMatch(/at most 60/);
    expect(parseStream(" a, b ,c  d ")).toEqual(["A", "B", "C", "D"]);
    expect(parseStream("")).toEqual([]);
  });

  it("is deterministic", () => {
    const stream = keys("A B C A B D A E C B");
    for (const policy of POLICIES)
      expect(simulateEviction(stream, 3, policy)).toEqual(simulateEviction(stream, 3, policy));
  });
});

describe("eviction scenarios", () => {
  it("has at least three, each answered by the model and offering its answer", () => {
    const ids = Object.keys(CACHE_EVICTION_SCENARIOS);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) {
      const scenario = CACHE_EVICTION_SCENARIOS[id]!;
      expect(scenario.options.map((option) => option.id)).toContain(scenario.answer);
      expect(new Set(scenario.options.map((option) => option.id)).size).toBe(scenario.options.length);
      expect(scenario.why.length).toBeGreaterThan(60);
      const preset = EVICTION_PRESETS.find((candidate) => candidate.id === id)!;
      expect(scenario.answer).toBe(evictedByLast(preset.stream, preset.capacity, preset.policy)!.toLowerCase());
    }
  });

  it("keys the worked figure and the tie: LRU → A, LFU → B, LFU tie → B, FIFO after a hit → A", () => {
    const answers = Object.fromEntries(Object.entries(CACHE_EVICTION_SCENARIOS).map(([id, s]) => [id, s.answer]));
    expect(answers).toEqual({ "worked-lru": "a", "worked-lfu": "b", "lfu-tie": "b", "fifo-ignores-hits": "a" });
    expect(scorePrediction(CACHE_EVICTION_SCENARIOS, { scenario: "worked-lfu", choice: "b" }).correct).toBe(true);
    expect(scorePrediction(CACHE_EVICTION_SCENARIOS, { scenario: "worked-lfu", choice: "a" })).toMatchObject({
      score: 0,
      feedback: "The model says: B is evicted.",
    });
  });
});
