/**
 * Deterministic shuffles, so that an order can be dealt again exactly: a
 * learner who reloads sees the same order, the server and the browser agree,
 * and a new seed (another learner, another round) deals a new one.
 */

/** The indexes 0..n-1 in an order fixed by `seed` (Fisher–Yates over a seeded generator). */
export function seededOrder(n: number, seed: string): number[] {
  let state = 2166136261; // FNV-1a hash of the seed…
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0; // …drives a linear congruential generator
    return state / 2 ** 32;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * The order one learner is dealt a block's options or cards in, for one
 * round. Stored answers keep naming the authored options, so changing how
 * they are dealt never invalidates an attempt.
 */
export function dealOrder(n: number, deal: { learner: string; block: string; round: number }): number[] {
  return seededOrder(n, `${deal.learner}|${deal.block}|${deal.round}`);
}

/** `items` in a dealt order. */
export const inOrder = <T>(items: readonly T[], order: readonly number[]): T[] => order.map((index) => items[index]!);
