import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";

/**
 * Three eviction policies replayed over one request stream, step by step.
 * Pure and deterministic: the same stream and capacity always give the same
 * hits, misses and evictions.
 *
 * The rules, stated so a learner can apply them by hand:
 * - LRU evicts the key whose last use is the oldest.
 * - LFU evicts the key with the fewest uses since it entered the cache. Ties
 *   go to the key among them whose last use is the oldest (LRU among the
 *   tied). A key's count starts again at 1 when it comes back after eviction.
 * - FIFO evicts the key that entered the cache first; hits do not reorder it.
 */
export type Policy = "lru" | "lfu" | "fifo";
export const POLICIES: readonly Policy[] = ["lru", "lfu", "fifo"];
export const POLICY_NAMES: Record<Policy, string> = {
  lru: "LRU (least recently used)",
  lfu: "LFU (least frequently used)",
  fifo: "FIFO (first in, first out)",
};

/** One resident key: when it entered, when it was last used, how often it has been used since it entered. */
export type Entry = { key: string; insertedAt: number; lastUsedAt: number; uses: number };

export type EvictionStep = {
  /** 1-based position in the stream. */
  time: number;
  key: string;
  hit: boolean;
  /** The key pushed out to make room, or null. */
  evicted: string | null;
  /** The cache after this request, in the order the policy would evict them (next victim first). */
  contents: Entry[];
};

export const MAX_CAPACITY = 12;
export const MAX_STREAM = 60;

/** Null when the inputs are usable; otherwise what is wrong, in words. */
export function evictionInputProblem(stream: readonly string[], capacity: number): string | null {
  if (!Number.isInteger(capacity) || capacity < 1) return "The capacity must be a whole number of at least 1.";
  if (capacity > MAX_CAPACITY) return `The capacity can be at most ${MAX_CAPACITY}.`;
  if (stream.length > MAX_STREAM) return `The stream can hold at most ${MAX_STREAM} requests.`;
  if (stream.some((key) => !/^[A-Za-z0-9]{1,8}$/.test(key)))
    return "Each key must be 1 to 8 letters or digits, with no spaces.";
  return null;
}

/** "A, a,B  c" → ["A", "A", "B", "C"]: keys split on commas or spaces, upper-cased. */
export function parseStream(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((key) => key.trim().toUpperCase())
    .filter((key) => key.length > 0);
}

/** Orders resident keys by who goes first under the policy. */
function victimOrder(policy: Policy) {
  return (a: Entry, b: Entry): number => {
    switch (policy) {
      case "lru":
        return a.lastUsedAt - b.lastUsedAt;
      case "fifo":
        return a.insertedAt - b.insertedAt;
      case "lfu":
        return a.uses - b.uses || a.lastUsedAt - b.lastUsedAt;
    }
  };
}

export function simulateEviction(stream: readonly string[], capacity: number, policy: Policy): EvictionStep[] {
  const problem = evictionInputProblem(stream, capacity);
  if (problem) throw new RangeError(problem);
  const order = victimOrder(policy);
  let cache: Entry[] = [];
  return stream.map((key, index) => {
    const time = index + 1;
    const resident = cache.find((entry) => entry.key === key);
    let evicted: string | null = null;
    if (resident) {
      cache = cache.map((entry) => (entry.key === key ? { ...entry, lastUsedAt: time, uses: entry.uses + 1 } : entry));
    } else {
      if (cache.length === capacity) {
        const victim = [...cache].sort(order)[0]!;
        evicted = victim.key;
        cache = cache.filter((entry) => entry.key !== victim.key);
      }
      cache = [...cache, { key, insertedAt: time, lastUsedAt: time, uses: 1 }];
    }
    return { time, key, hit: Boolean(resident), evicted, contents: [...cache].sort(order) };
  });
}

/** The key evicted by the last request of the stream, or null when it evicts nothing. */
export function evictedByLast(stream: readonly string[], capacity: number, policy: Policy): string | null {
  const steps = simulateEviction(stream, capacity, policy);
  return steps.at(-1)?.evicted ?? null;
}

export function hitCount(steps: readonly EvictionStep[]): number {
  return steps.filter((step) => step.hit).length;
}

/** The plan's worked figure: capacity 3, then D arrives. */
export const WORKED_STREAM = ["A", "A", "A", "B", "C", "C", "D"] as const;
export const WORKED_CAPACITY = 3;

/** A preset the lab can load: the stream, the capacity, and the scenario that asks about its last request. */
export type EvictionPreset = { id: string; label: string; stream: readonly string[]; capacity: number; policy: Policy };

export const EVICTION_PRESETS: readonly EvictionPreset[] = [
  { id: "worked-lru", label: "Worked figure, LRU", stream: WORKED_STREAM, capacity: 3, policy: "lru" },
  { id: "worked-lfu", label: "Worked figure, LFU", stream: WORKED_STREAM, capacity: 3, policy: "lfu" },
  {
    id: "lfu-tie",
    label: "An LFU tie",
    stream: ["A", "B", "B", "A", "C", "C", "D"],
    capacity: 3,
    policy: "lfu",
  },
  {
    id: "fifo-ignores-hits",
    label: "FIFO after a hit",
    stream: ["A", "B", "C", "A", "D"],
    capacity: 3,
    policy: "fifo",
  },
];

const keyOptions = (stream: readonly string[]) => [
  ...[...new Set(stream.slice(0, -1))].map((key) => ({ id: key.toLowerCase(), label: `${key} is evicted` })),
  { id: "none", label: "Nothing is evicted" },
];

function scenario(preset: EvictionPreset, question: string, why: string) {
  const evicted = evictedByLast(preset.stream, preset.capacity, preset.policy);
  return { question, options: keyOptions(preset.stream), answer: evicted ? evicted.toLowerCase() : "none", why };
}

const preset = (id: string) => EVICTION_PRESETS.find((candidate) => candidate.id === id)!;

/** The lab's predictions: each answer is what the model evicts, never typed by hand. */
export const CACHE_EVICTION_SCENARIOS: PredictionScenarios = {
  "worked-lru": scenario(
    preset("worked-lru"),
    "Capacity 3, requests A, A, A, B, C, C. Now D arrives and the cache is full. Which key does LRU evict?",
    "LRU looks only at the last use: A was last touched at request 3, B at 4 and C at 6. A has gone unused longest, so it goes, even though it is the most popular key.",
  ),
  "worked-lfu": scenario(
    preset("worked-lfu"),
    "Same stream, same capacity, but the cache runs LFU. Which key does D push out?",
    "LFU counts uses: A has 3, B has 1 and C has 2. B has the fewest, so B goes and the popular A survives. This is why LFU suits a few keys that stay hot for a long time.",
  ),
  "lfu-tie": scenario(
    preset("lfu-tie"),
    "Capacity 3, LFU, requests A, B, B, A, C, C: every key has been used twice. D arrives. Which key goes, under this lab's tie-break rule?",
    "All three counts are 2, so the tie-break decides: among the tied keys, evict the one whose last use is oldest. B was last used at request 3, A at 4, C at 6, so B goes. A rule that broke ties by arrival order would have evicted A instead.",
  ),
  "fifo-ignores-hits": scenario(
    preset("fifo-ignores-hits"),
    "Capacity 3, FIFO, requests A, B, C, then A again (a hit). D arrives. Which key does FIFO evict?",
    "FIFO evicts in arrival order and ignores hits, so A, the first to arrive, goes even though it was just used. LRU would have evicted B here.",
  ),
};
