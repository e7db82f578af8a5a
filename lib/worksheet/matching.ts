import { munkres } from "munkres";

/**
 * The best one-to-one assignment between two lists: each row gets at most one
 * column and each column at most one row. `weights[row][col]` is the strength
 * of a possible pair, or null where the two do not match. The assignment pairs
 * as many rows as possible (maximum cardinality) and, among the assignments
 * that pair that many, takes the one whose strengths add up most.
 *
 * A first-match greedy pass is not enough: it can give a learner item to the
 * first reference item it mentions and leave a later reference item, which
 * only that learner item covers, unmatched. The Hungarian method (munkres)
 * finds the optimum; the lists are a worksheet's (at most 50 items), so its O(n³) is nothing.
 *
 * Returns, for each row, its column or null.
 */
export function bestAssignment(weights: (number | null)[][]): (number | null)[] {
  const rows = weights.length;
  const cols = Math.max(0, ...weights.map((row) => row.length));
  if (rows === 0 || cols === 0) return weights.map(() => null);
  // Each pair is worth more than all strengths together, so one more pair always beats stronger pairs.
  const strongest = Math.max(0, ...weights.flat().map((weight) => weight ?? 0));
  const pairValue = (strongest + 1) * (Math.min(rows, cols) + 1);
  const value = (row: number, col: number) => {
    const weight = weights[row]?.[col];
    return weight === null || weight === undefined ? 0 : pairValue + weight;
  };
  const pairs = munkres(weights.map((row, r) => Array.from({ length: cols }, (_, c) => -value(r, c))));
  const result: (number | null)[] = weights.map(() => null);
  for (const [row, col] of pairs) if (value(row, col) > 0) result[row] = col;
  return result;
}
