import { describe, expect, it } from "vitest";
import {
  findStaleRead,
  overlapGuaranteed,
  playRound,
  QUORUM_PRESETS,
  tolerates,
  validateQuorum,
  type QuorumConfig,
} from "@/lib/consistency/quorum";

const config = (n: number, w: number, r: number, failed: number[] = []): QuorumConfig => ({ n, w, r, failed });

/** Every way of choosing k of the indexes 0..n-1. */
function subsets(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  if (n < k) return [];
  return [...subsets(n - 1, k - 1).map((set) => [...set, n - 1]), ...subsets(n - 1, k)];
}

describe("quorums", () => {
  it("R + W > N: every read meets the write, whichever replicas answer (checked exhaustively)", () => {
    for (const [n, w, r] of [
      [3, 2, 2],
      [3, 3, 1],
      [3, 1, 3],
      [5, 3, 3],
      [5, 4, 2],
    ] as const) {
      const c = config(n, w, r);
      expect(overlapGuaranteed(c)).toBe(true);
      expect(findStaleRead(c)).toBeNull();
      for (const writeTo of subsets(n, w))
        for (const readFrom of subsets(n, r)) expect(playRound(c, writeTo, readFrom).result).toBe("new");
    }
  });

  it("R + W ≤ N: a stale read exists, and the explorer finds one", () => {
    for (const [n, w, r] of [
      [3, 1, 1],
      [5, 2, 2],
      [5, 3, 2],
      [4, 2, 2],
    ] as const) {
      const c = config(n, w, r);
      expect(overlapGuaranteed(c)).toBe(false);
      const stale = findStaleRead(c)!;
      expect(stale.writeTo.filter((index) => stale.readFrom.includes(index))).toEqual([]);
      expect(playRound(c, stale.writeTo, stale.readFrom)).toMatchObject({ writeOk: true, readOk: true, result: "old" });
    }
  });

  it("writes survive N − W failures and reads N − R", () => {
    expect(tolerates(config(5, 3, 3))).toEqual({ writes: 2, reads: 2 });
    expect(tolerates(config(3, 3, 1))).toEqual({ writes: 0, reads: 2 });
    const twoDown = config(5, 3, 3, [0, 1]);
    expect(playRound(twoDown, [0, 1, 2, 3, 4], [4, 3, 2])).toMatchObject({
      writeOk: true,
      written: [2, 3, 4],
      result: "new",
    });
    const threeDown = config(5, 3, 3, [0, 1, 2]);
    expect(playRound(threeDown, [0, 1, 2, 3, 4], [3, 4])).toMatchObject({
      writeOk: false,
      readOk: false,
      result: "error",
    });
  });

  it("with replicas down, a stale read needs W + R healthy replicas that miss each other", () => {
    expect(findStaleRead(config(5, 2, 2, [0, 1]))).toBeNull();
    expect(findStaleRead(config(5, 2, 2, [0]))).toEqual({ writeTo: [1, 2], readFrom: [3, 4] });
  });

  it("presets are valid and labelled by their overlap", () => {
    for (const preset of QUORUM_PRESETS) {
      expect(validateQuorum(preset.config)).toBeNull();
      expect(preset.title.includes("overlap not guaranteed") || preset.title.includes("may be stale")).toBe(
        !overlapGuaranteed(preset.config),
      );
    }
    expect(validateQuorum(config(3, 4, 1))).toBe("W must be between 1 and N.");
  });
});
