import { describe, expect, it } from "vitest";
import { formatNumber, type NumberOptions } from "@/lib/format/number";

// Intl is the reference: formatNumber exists only to skip ICU's start-up cost
// in the browser, so it must write every number exactly as Intl would.
const OPTIONS: NumberOptions[] = [
  {},
  ...[0, 1, 2, 3, 6, 10].map((maximumFractionDigits) => ({ maximumFractionDigits })),
  ...[1, 3, 4].map((maximumSignificantDigits) => ({ maximumSignificantDigits })),
];

/** A small seeded generator (mulberry32), so a failure names a value that fails again. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("formatNumber", () => {
  it("writes the edge cases as Intl does: halves, carries, float noise, huge and tiny values, signs", () => {
    const values = [
      ...[0, -0, 0.5, 1.5, 2.5, -0.5, 1.005, 2.345, 9.995, 0.9999, 999.9996, 0.1 + 0.2, 57870.37, -42.5],
      ...[2 ** 53 + 2, 2 ** 60, 1e21, 123456789012345680000, Number.MAX_VALUE, Number.MIN_VALUE, -0.0004, 0.0005],
      ...[NaN, Infinity, -Infinity],
    ];
    for (const value of values)
      for (const options of OPTIONS)
        expect(formatNumber(value, options), `${value} ${JSON.stringify(options)}`).toBe(
          value.toLocaleString("en-US", options),
        );
  });

  it("agrees with Intl on 5,000 random values across 30 orders of magnitude", () => {
    const random = seeded(20261203);
    for (let i = 0; i < 5000; i++) {
      let value = random() * 10 ** Math.floor(random() * 30 - 12);
      if (random() < 0.3) value = Math.round(value * 1000) / 1000;
      if (random() < 0.2) value = -value;
      for (const options of OPTIONS)
        expect(formatNumber(value, options), `${value} ${JSON.stringify(options)}`).toBe(
          value.toLocaleString("en-US", options),
        );
    }
  });

  it("groups thousands and drops trailing zeros", () => {
    expect(formatNumber(1234567.891, { maximumSignificantDigits: 3 })).toBe("1,230,000");
    expect(formatNumber(1_000_000)).toBe("1,000,000");
    expect(formatNumber(2.5, { maximumFractionDigits: 3 })).toBe("2.5");
    expect(formatNumber(0.000123456, { maximumFractionDigits: 10 })).toBe("0.000123456");
  });
});
