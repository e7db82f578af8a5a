import { describe, expect, it } from "vitest";
import { formatInputNumber, parseNumber } from "@/lib/estimation/parse-number";
import { scoreEstimate } from "@/lib/estimation/score-estimate";

describe("scoreEstimate", () => {
  it("gives full credit within ±10 % and says so", () => {
    expect(scoreEstimate(11_574, 11_574)).toMatchObject({ score: 1, correct: true, band: "within-tolerance" });
    expect(scoreEstimate(12_700, 11_574).score).toBe(1); // +9.7 %
    expect(scoreEstimate(10_500, 11_574).score).toBe(1); // −9.3 %
  });

  it("gives half credit within a factor of two, saying high or low", () => {
    expect(scoreEstimate(20_000, 11_574)).toMatchObject({ score: 0.5, correct: false, band: "within-2x" });
    expect(scoreEstimate(20_000, 11_574).feedback).toMatch(/high/);
    expect(scoreEstimate(6_000, 11_574).feedback).toMatch(/low/);
  });

  it("calls out an order-of-magnitude miss in either direction", () => {
    expect(scoreEstimate(115_740, 11_574)).toMatchObject({ score: 0, band: "order-of-magnitude" });
    expect(scoreEstimate(1_157, 11_574).feedback).toMatch(/order of magnitude \(too low/);
  });

  it("scores the space between 2× and 10× as off, with the factor", () => {
    expect(scoreEstimate(50_000, 11_574)).toMatchObject({ score: 0, band: "off" });
    expect(scoreEstimate(50_000, 11_574).feedback).toMatch(/4\.3×/);
  });

  it("honours a custom tolerance", () => {
    expect(scoreEstimate(13_000, 11_574, 0.15).score).toBe(1);
    expect(scoreEstimate(13_000, 11_574, 0.05).score).toBe(0.5);
  });

  it("refuses zero, negative and non-finite estimates", () => {
    for (const value of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(scoreEstimate(value, 100)).toMatchObject({ score: 0, correct: false });
    }
  });
});

describe("formatInputNumber", () => {
  it.each([
    [1_000_000, "1,000,000"],
    [0.25, "0.25"],
    [0.1 + 0.2, "0.3"],
    [Number.NaN, ""],
  ])("shows %d as %j", (value, text) => {
    expect(formatInputNumber(value)).toBe(text);
  });
});

describe("parseNumber", () => {
  it.each([
    ["1157", 1157],
    ["1,157", 1157],
    ["86 400", 86400],
    ["86_400", 86400],
    ["1.2e6", 1_200_000],
    [" -3.5 ", -3.5],
    [".5", 0.5],
    ["10M", 10_000_000],
    ["50m", 50_000_000],
    ["1.5k", 1_500],
    ["2e6", 2_000_000],
    ["1,000,000", 1_000_000],
    ["2.5 bn", 2_500_000_000],
    ["1.1M", 1_100_000],
    ["3T", 3e12],
  ])("reads %j as %d", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([[""], ["abc"], ["12abc"], ["1..2"], ["1e"], ["Infinity"], ["0x10"], ["10X"], ["M"], ["1e5k5"]])(
    "rejects %j",
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );
});
