import { isIndexList, isRecord, type Score } from "@/lib/lessons/blocks/score";

/** `items` are the steps in their correct order; learners see them shuffled. */
export type OrderingProps = { id: string; prompt: string; items: string[] };
/** The learner's order, as indexes into the author's (correct) order. */
export type OrderingAnswer = { order: number[] };

export function asOrderingAnswer(value: unknown): OrderingAnswer | null {
  return isRecord(value) && isIndexList(value.order) ? { order: value.order } : null;
}

export function orderingAnswerProblem(props: OrderingProps, answer: OrderingAnswer): string | null {
  const n = props.items.length;
  const valid = answer.order.length === n && new Set(answer.order).size === n && answer.order.every((i) => i < n);
  return valid ? null : `the order must list each of the ${n} items exactly once`;
}

/** Length of the longest run of items already in the right relative order. */
function longestIncreasingSubsequence(values: number[]): number {
  const tails: number[] = [];
  for (const value of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
  }
  return tails.length;
}

/**
 * Partial credit counts how many items are already in the right relative
 * order (moving one step to the wrong end costs one item, not all of them).
 */
export function scoreOrdering(props: OrderingProps, answer: OrderingAnswer): Score {
  const n = props.items.length;
  const inOrder = longestIncreasingSubsequence(answer.order);
  const correct = inOrder === n;
  return {
    score: inOrder / n,
    correct,
    feedback: correct ? "Correct order." : `${inOrder} of ${n} steps are in the right order relative to each other.`,
  };
}

/** A fixed shuffle per block id, so the server-rendered and hydrated orders agree. */
export function shuffledIndexes(n: number, seed: string): number[] {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // Never hand out the solution as the starting point.
  if (order.every((value, index) => value === index)) order.push(order.shift()!);
  return order;
}
