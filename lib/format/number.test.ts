import { describe, expect, it } from "vitest";
import { formatNumber } from "@/lib/format/number";

describe("formatNumber", () => {
  it("gives what toLocaleString gives for the same options", () => {
    const cases: [number, Intl.NumberFormatOptions][] = [
      [57870.37, { maximumFractionDigits: 1 }],
      [0.000123456, { maximumFractionDigits: 10 }],
      [1234567.891, { maximumSignificantDigits: 3 }],
      [1234567.891, { maximumSignificantDigits: 4 }],
      [-42.5, {}],
    ];
    for (const [value, options] of cases)
      expect(formatNumber(value, options)).toBe(value.toLocaleString("en-US", options));
  });

  it("keeps one format per set of options apart from another", () => {
    expect(formatNumber(2.345, { maximumFractionDigits: 1 })).toBe("2.3");
    expect(formatNumber(2.345, { maximumFractionDigits: 2 })).toBe("2.35");
    expect(formatNumber(2.345, { maximumFractionDigits: 1 })).toBe("2.3");
  });
});
