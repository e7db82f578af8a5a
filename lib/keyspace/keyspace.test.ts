import { describe, expect, it } from "vitest";
import { formatCount, formatProbability, formatYears, power, scientific } from "@/lib/keyspace/format";
import {
  ALPHABETS,
  collisionProbability,
  expectedCollisions,
  idsForCollisionProbability,
  keyspaceProblem,
  nextKeyTakenProbability,
  perSecondFromMonthly,
  shortestLengthLasting,
  totalKeys,
  yearsToExhaust,
} from "@/lib/keyspace/keyspace";
import { KEYSPACE_SCENARIOS, probabilityBand } from "@/lib/keyspace/scenarios";

const K7 = 62 ** 7;

describe("the key space", () => {
  it("is alphabet^length: 62⁶ ≈ 5.7 × 10¹⁰ and 62⁷ ≈ 3.5 × 10¹², the plan's figures", () => {
    expect(totalKeys(62, 6)).toBe(56_800_235_584);
    expect(totalKeys(62, 7)).toBe(3_521_614_606_208);
    expect(scientific(totalKeys(62, 6))).toBe("5.68 × 10¹⁰");
    expect(scientific(totalKeys(62, 7))).toBe("3.52 × 10¹²");
    expect(totalKeys(16, 8)).toBe(2 ** 32);
    expect(ALPHABETS.map((alphabet) => alphabet.size)).toEqual([62, 58, 36, 16]);
  });

  it("refuses alphabets and lengths it cannot use", () => {
    expect(keyspaceProblem(62, 7)).toBeNull();
    expect(keyspaceProblem(1, 7)).toMatch(/at least 2/);
    expect(keyspaceProblem(62.5, 7)).toMatch(/whole number/);
    expect(keyspaceProblem(62, 0)).toMatch(/1 to 40/);
    expect(keyspaceProblem(62, 41)).toMatch(/1 to 40/);
    expect(() => totalKeys(62, Number.NaN)).toThrow();
  });
});

describe("rates and exhaustion", () => {
  it("100M links a month is about 39 a second (30-day months)", () => {
    expect(perSecondFromMonthly(100_000_000)).toBeCloseTo(38.58, 2);
    expect(Math.round(perSecondFromMonthly(100_000_000))).toBe(39);
  });

  it("7 base62 characters last about 2,894 years at 100M a month; 6 last about 46.7 (plan: 5.7 × 10¹⁰ keys)", () => {
    const perSecond = perSecondFromMonthly(100_000_000);
    expect(yearsToExhaust(K7, perSecond)).toBeCloseTo(2_894.5, 1);
    expect(yearsToExhaust(62 ** 6, perSecond)).toBeCloseTo(46.69, 2);
    expect(yearsToExhaust(K7, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(() => yearsToExhaust(K7, -1)).toThrow();
  });

  it("finds the shortest length that lasts: 100 years at 100M a month needs 7 base62 characters or 10 hex ones", () => {
    const perSecond = perSecondFromMonthly(100_000_000);
    expect(shortestLengthLasting(62, perSecond, 10)).toBe(6);
    expect(shortestLengthLasting(62, perSecond, 100)).toBe(7);
    expect(shortestLengthLasting(62, perSecond, 3_000)).toBe(8);
    // 100 years is 1.22 × 10¹¹ ids: 16¹⁰ ≈ 1.1 × 10¹² covers it, 16⁹ ≈ 6.9 × 10¹⁰ does not.
    expect(shortestLengthLasting(16, perSecond, 100)).toBe(10);
    expect(shortestLengthLasting(62, 0, 100)).toBe(1);
    expect(shortestLengthLasting(2, 1e30, 1e30)).toBeNull();
    expect(() => shortestLengthLasting(62, -1, 1)).toThrow();
  });
});

describe("birthday collisions", () => {
  it("after 1 billion random 7-character ids are practically certain, with about 142,000 expected", () => {
    expect(collisionProbability(1e9, K7)).toBeGreaterThan(0.9999);
    expect(collisionProbability(1e9, K7)).toBeLessThan(1);
    expect(formatProbability(collisionProbability(1e9, K7))).toBe("more than 99.99 %");
    expect(expectedCollisions(1e9, K7)).toBeCloseTo(141_980, -1);
    expect(nextKeyTakenProbability(1e9, K7)).toBeCloseTo(2.84e-4, 6);
  });

  it("keeps the digits of tiny odds: 1,000 ids in 62⁷ is about 1.42 × 10⁻⁷, and 2 ids is 1/k", () => {
    const x = (1_000 * 999) / 2 / K7;
    // 1 − e^−x = x − x²/2 + …, to the last digits.
    expect(collisionProbability(1_000, K7) / (x - (x * x) / 2)).toBeCloseTo(1, 12);
    expect(collisionProbability(1_000, K7)).toBeCloseTo(1.41838e-7, 11);
    expect(collisionProbability(2, K7)).toBeGreaterThan(0);
    expect(collisionProbability(2, K7) * K7).toBeCloseTo(1, 9);
    // The naive 1 − exp(−x) loses it entirely.
    expect(1 - Math.exp(-1 / 1e17)).toBe(0);
    expect(collisionProbability(2, 1e17)).toBeCloseTo(1e-17, 25);
  });

  it("is 0 for fewer than two ids and rises to 1 for many", () => {
    expect(collisionProbability(0, K7)).toBe(0);
    expect(collisionProbability(1, K7)).toBe(0);
    expect(collisionProbability(K7 + 1, K7)).toBe(1);
    expect(collisionProbability(366, 365)).toBe(1);
    expect(() => collisionProbability(-1, K7)).toThrow();
    expect(() => collisionProbability(10, 0)).toThrow();
  });

  it("matches the classic birthday problem: 23 people, 365 days, about 50 %", () => {
    expect(collisionProbability(23, 365)).toBeCloseTo(0.5, 1);
  });

  it("reaches 50 % at √(2k ln 2): about 2.2 million ids in 62⁷", () => {
    const n = idsForCollisionProbability(0.5, K7);
    expect(n).toBeCloseTo(2_209_500, -3);
    expect(collisionProbability(n, K7)).toBeCloseTo(0.5, 5);
    expect(() => idsForCollisionProbability(1, K7)).toThrow();
  });
});

describe("formatting", () => {
  it("says counts, odds and years readably", () => {
    expect(formatCount(38.58)).toBe("38.6");
    expect(formatCount(2.5)).toBe("2.5");
    expect(formatCount(1_216_666_667, 0)).toBe("1.22 × 10⁹");
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe("unlimited");
    expect(scientific(9.996e11)).toBe("1 × 10¹²");
    expect(power(62, 7)).toBe("62⁷");
    expect(scientific(1.5e-7)).toBe("1.5 × 10⁻⁷");
    expect(formatProbability(1.42e-7)).toBe("1.42 × 10⁻⁵ %");
    expect(formatProbability(0.5)).toBe("50 %");
    expect(formatProbability(0.999999)).toBe("more than 99.99 %");
    expect(formatProbability(1)).toBe("100 %");
    expect(formatYears(2_894.5)).toBe("2,895 years");
    expect(formatYears(0.5)).toBe("6 months");
    expect(formatYears(1 / 365)).toBe("1 days");
    expect(formatYears(Number.POSITIVE_INFINITY)).toMatch(/never/);
  });
});

describe("the scenarios", () => {
  it("are computed by the model", () => {
    expect(KEYSPACE_SCENARIOS["years-seven-chars"]!.answer).toBe("2900");
    expect(KEYSPACE_SCENARIOS["collision-one-billion"]!.answer).toBe("certain");
    expect(KEYSPACE_SCENARIOS["coin-flip"]!.answer).toBe("2200000");
    expect(KEYSPACE_SCENARIOS["collision-one-billion"]!.why).toContain("5 × 10¹⁷ pairs");
    expect(KEYSPACE_SCENARIOS["years-seven-chars"]!.why).toContain("≈ 2,894 years");
    expect(probabilityBand(0.005)).toBe("tiny");
    expect(probabilityBand(0.2)).toBe("possible");
    expect(probabilityBand(0.9)).toBe("likely");
  });

  it("each answer is among its options", () => {
    for (const [key, scenario] of Object.entries(KEYSPACE_SCENARIOS))
      expect(
        scenario.options.map((o) => o.id),
        key,
      ).toContain(scenario.answer);
  });
});
