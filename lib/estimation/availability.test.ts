import { describe, expect, it } from "vitest";
import {
  availabilityForDowntime,
  chainAvailability,
  downtimeBudget,
  fanOut,
  inParallel,
  inSeries,
  minimumTarget,
  parsePercent,
  targetLabel,
} from "@/lib/estimation/availability";
import { formatDuration } from "@/lib/estimation/format";

describe("nines → downtime (365.25-day year, 30-day month)", () => {
  it.each([
    [0.99, "3.65 days"],
    [0.999, "8.77 h"],
    [0.9999, "52.6 min"],
    [0.99999, "5.26 min"],
  ])("%s allows %s a year", (availability, expected) => {
    expect(formatDuration(downtimeBudget(availability).year)).toBe(expected);
  });

  it("99% is 5,259.6 minutes a year", () => {
    expect(downtimeBudget(0.99).year / 60).toBeCloseTo(5259.6, 1);
  });

  it("per month: 99.9% → 43.2 min, 99.99% → 4.32 min; per week and day too", () => {
    expect(downtimeBudget(0.999).month / 60).toBeCloseTo(43.2);
    expect(downtimeBudget(0.9999).month / 60).toBeCloseTo(4.32);
    expect(downtimeBudget(0.999).week / 60).toBeCloseTo(10.08);
    expect(downtimeBudget(0.999).day).toBeCloseTo(86.4);
  });

  it("labels the tiers as the scoping chapter does", () => {
    expect(targetLabel(0.9999)).toBe("a strong target for a user-facing V1");
    expect(targetLabel(0.98)).toBeNull();
  });
});

describe("downtime → nines", () => {
  it("a budget of 1 hour a year needs 99.99%", () => {
    expect(minimumTarget(3600, "year")).toBe(0.9999);
    expect(availabilityForDowntime(3600, "year")).toBeCloseTo(0.999886, 6);
  });
  it("no standard target fits a zero budget", () => {
    expect(minimumTarget(0, "year")).toBeNull();
  });
  it("parses what people type", () => {
    expect(parsePercent("99.99%")).toBeCloseTo(0.9999);
    expect(parsePercent("100")).toBeNull();
    expect(parsePercent("four nines")).toBeNull();
  });
});

describe("combining components", () => {
  it("in series availabilities multiply: two 99.9% parts make 99.8%", () => {
    expect(inSeries([0.999, 0.999])).toBeCloseTo(0.998001);
  });
  it("in parallel two 99% replicas make 99.99%", () => {
    expect(inParallel([0.99, 0.99])).toBeCloseTo(0.9999);
  });
  it("a synchronous fan-out to 10 services at 99.9% each is about 99.0%", () => {
    expect(fanOut(10, 0.999)).toBeCloseTo(0.99004, 5);
  });
  it("a chain of replicated stages", () => {
    expect(
      chainAvailability([
        { name: "Load balancer", availability: 0.999, count: 2 },
        { name: "App", availability: 0.99, count: 3 },
        { name: "Database", availability: 0.999, count: 1 },
      ]),
    ).toBeCloseTo(0.999999 * 0.999999 * 0.999, 6);
  });
});
