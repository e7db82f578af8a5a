import { describe, expect, it } from "vitest";
import {
  HANDY_CONVERSIONS,
  LATENCY_TABLES,
  perDayToPerSecond,
  perMonthToPerSecond,
  perSecondToPerMonth,
  POWERS_OF_TWO,
  SECONDS_PER,
} from "@/lib/estimation/reference-numbers";

const conversion = (label: string) => HANDY_CONVERSIONS.find((row) => row.label === label)!.value;

describe("reference numbers", () => {
  it("the conversions shown agree with the arithmetic", () => {
    expect(SECONDS_PER.day).toBe(86_400);
    expect(conversion("Seconds in a 30-day month")).toContain(SECONDS_PER.month.toLocaleString("en-US"));
    expect(conversion("Seconds in a year")).toContain(SECONDS_PER.year.toLocaleString("en-US"));
    expect(perDayToPerSecond(1e6)).toBeCloseTo(11.57, 2);
    expect(conversion("1 million requests a day")).toContain("11.6");
    expect(perSecondToPerMonth(1)).toBe(2_592_000);
    expect(conversion("1 request per second")).toContain("2.6 million");
    expect(Math.round(perMonthToPerSecond(1e9))).toBe(386);
    expect(conversion("1 billion requests a month")).toContain("386");
  });

  it("powers of two are exact", () => {
    expect(POWERS_OF_TWO.map((row) => row.exact)).toEqual([
      1024, 1_048_576, 1_073_741_824, 1_099_511_627_776, 1_125_899_906_842_624,
    ]);
  });

  it("both latency tables are sourced and ordered from fastest to slowest", () => {
    expect(LATENCY_TABLES.map((table) => table.id)).toEqual(["classic", "measured"]);
    for (const table of LATENCY_TABLES) {
      expect(table.source.length).toBeGreaterThan(40);
      const latencies = table.rows.map((row) => row.ns);
      expect(latencies).toEqual([...latencies].sort((a, b) => a - b));
    }
  });
});
