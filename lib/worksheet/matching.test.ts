import { describe, expect, it } from "vitest";
import { bestAssignment } from "@/lib/worksheet/matching";

const x = null;

/** Every one-to-one assignment, tried: the count of pairs, then their summed strength. */
function bruteForce(weights: (number | null)[][]): { pairs: number; strength: number } {
  const cols = Math.max(0, ...weights.map((row) => row.length));
  let best = { pairs: 0, strength: 0 };
  const walk = (row: number, taken: Set<number>, pairs: number, strength: number) => {
    if (row === weights.length) {
      if (pairs > best.pairs || (pairs === best.pairs && strength > best.strength)) best = { pairs, strength };
      return;
    }
    walk(row + 1, taken, pairs, strength);
    for (let col = 0; col < cols; col++) {
      const weight = weights[row]![col];
      if (weight === null || weight === undefined || taken.has(col)) continue;
      taken.add(col);
      walk(row + 1, taken, pairs + 1, strength + weight);
      taken.delete(col);
    }
  };
  walk(0, new Set(), 0, 0);
  return best;
}

function score(weights: (number | null)[][], assignment: (number | null)[]) {
  const pairs = assignment.filter((col) => col !== null);
  return {
    pairs: pairs.length,
    strength: assignment.reduce<number>((sum, col, row) => sum + (col === null ? 0 : weights[row]![col]!), 0),
  };
}

describe("bestAssignment", () => {
  it("never gives one column to two rows, nor pairs a row with a column it does not match", () => {
    const weights = [
      [1, x],
      [1, x],
      [1, x],
    ];
    const assignment = bestAssignment(weights);
    expect(assignment.filter((col) => col === 0)).toHaveLength(1);
    expect(assignment).not.toContain(1);
  });

  it("pairs more than first-match greedy does when a row's first match is the only match of another row", () => {
    // Row 0 matches both columns; row 1 matches only column 0. Greedy gives column 0 to row 0 and leaves row 1 out.
    const weights = [
      [5, 1],
      [1, x],
    ];
    expect(bestAssignment(weights)).toEqual([1, 0]);
  });

  it("among assignments with as many pairs, takes the stronger pairs", () => {
    expect(
      bestAssignment([
        [1, 3],
        [3, 1],
      ]),
    ).toEqual([1, 0]);
    expect(
      bestAssignment([
        [3, 1],
        [1, 3],
      ]),
    ).toEqual([0, 1]);
  });

  it("handles more rows than columns, more columns than rows, and empty lists", () => {
    expect(bestAssignment([])).toEqual([]);
    expect(bestAssignment([[], []])).toEqual([null, null]);
    expect(bestAssignment([[2], [4], [x]])).toEqual([null, 0, null]);
    expect(bestAssignment([[x, 1, 2, x]])).toEqual([2]);
  });

  it("agrees with trying every assignment on random small cases", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 300; round++) {
      const rows = Math.floor(random() * 6);
      const cols = Math.floor(random() * 6);
      const weights = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (random() < 0.45 ? 1 + Math.floor(random() * 4) : null)),
      );
      const assignment = bestAssignment(weights);
      const used = assignment.filter((col) => col !== null);
      expect(new Set(used).size, JSON.stringify(weights)).toBe(used.length);
      assignment.forEach((col, row) => {
        if (col !== null) expect(weights[row]![col], JSON.stringify(weights)).not.toBeNull();
      });
      expect(score(weights, assignment), JSON.stringify(weights)).toEqual(bruteForce(weights));
    }
  });
});
