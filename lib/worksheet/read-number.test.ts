import { describe, expect, it } from "vitest";
import { readNumberField } from "@/lib/worksheet/read-number";

describe("readNumberField", () => {
  it("reads the estimator's shorthand", () => {
    expect(readNumberField("10M")).toEqual({ value: 10_000_000, error: null });
    expect(readNumberField("1.5k")).toEqual({ value: 1500, error: null });
    expect(readNumberField("2e6")).toEqual({ value: 2_000_000, error: null });
    expect(readNumberField("1,000,000")).toEqual({ value: 1_000_000, error: null });
    expect(readNumberField("1.5")).toEqual({ value: 1.5, error: null });
  });
  it("stores nothing for an empty field, without an error", () => {
    expect(readNumberField("  ")).toEqual({ value: null, error: null });
  });
  it("stores nothing and says why for unreadable or out-of-bounds text", () => {
    expect(readNumberField("many")).toEqual({
      value: null,
      error: "Enter a number, like 10M, 1.5k, 2e6 or 1,000,000.",
    });
    expect(readNumberField("-5", { min: 0 })).toEqual({ value: null, error: "Must not be negative." });
    expect(readNumberField("7", { min: 2, max: 5 })).toEqual({ value: null, error: "Must be between 2 and 5." });
    expect(readNumberField("-5", { min: 0, max: 1e12 })).toEqual({ value: null, error: "Must not be negative." });
    expect(readNumberField("2T", { min: 0, max: 1e12 })).toEqual({
      value: null,
      error: "Must be at most 1,000,000,000,000.",
    });
    expect(readNumberField("1", { min: 2 })).toEqual({ value: null, error: "Must be at least 2." });
    expect(readNumberField("3", { min: 2, max: 5 })).toEqual({ value: 3, error: null });
  });
});
