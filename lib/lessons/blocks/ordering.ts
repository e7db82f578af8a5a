import { seededOrder } from "@/lib/lessons/blocks/shuffle";
import { isIndexList, isRecord, type Score } from "@/lib/lessons/blocks/score";

/**
 * `items` are the steps in their correct order; learners see them shuffled.
 * `groups`, parallel to `items` and never decreasing, gives each step a group
 * number: steps sharing a group may come in any order among themselves.
 */
export type OrderingProps = { id: string; prompt: string; items: string[]; groups?: number[] };
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

/** Each item's rank in the correct order: its group, or its own position when there are no groups. */
export function orderingRanks(props: OrderingProps): number[] {
  return props.items.map((_, index) => props.groups?.[index] ?? index);
}

/** Whether the steps at `a` and `b` (indexes into the author's order) may swap places. */
export function sameGroup(props: OrderingProps, a: number, b: number): boolean {
  return a === b || (props.groups !== undefined && props.groups[a] === props.groups[b]);
}

/** Length of the longest run of values that never decreases (ties count: steps of a group may swap). */
function longestNonDecreasingSubsequence(values: number[]): number {
  const tails: number[] = [];
  for (const value of values) {
    // The first tail strictly greater than value: equal values extend a run.
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! <= value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
  }
  return tails.length;
}

/**
 * Partial credit counts how many items are already in the right relative
 * order (moving one step to the wrong end costs one item, not all of them).
 * With groups, each item's rank is its group, so steps of one group may come
 * in any order among themselves; without them every rank is distinct and this
 * is the longest increasing subsequence.
 */
export function scoreOrdering(props: OrderingProps, answer: OrderingAnswer): Score {
  const n = props.items.length;
  const ranks = orderingRanks(props);
  const inOrder = longestNonDecreasingSubsequence(answer.order.map((index) => ranks[index]!));
  const correct = inOrder === n;
  return {
    score: inOrder / n,
    correct,
    feedback: correct ? "Correct order." : `${inOrder} of ${n} steps are in the right order relative to each other.`,
  };
}

/**
 * Where the learner starts: the fixed shuffle, and never an order that is
 * already right (with groups a shuffle can be; moving its first step, of the
 * lowest group, to the end breaks it, since there are at least two groups).
 */
export function startingOrder(props: OrderingProps): number[] {
  const order = shuffledIndexes(props.items.length, props.id);
  if (scoreOrdering(props, { order }).correct) order.push(order.shift()!);
  return order;
}

/** A fixed shuffle per block id, so the server-rendered and hydrated orders agree. */
export function shuffledIndexes(n: number, seed: string): number[] {
  const order = seededOrder(n, seed);
  // Never hand out the solution as the starting point.
  if (order.every((value, index) => value === index)) order.push(order.shift()!);
  return order;
}
