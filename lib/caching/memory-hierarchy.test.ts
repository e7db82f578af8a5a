import { describe, expect, it } from "vitest";
import { band, latencyOf, MEMORY_HIERARCHY_SCENARIOS, MEMORY_RUNGS, ratio } from "@/lib/caching/memory-hierarchy";
import { LATENCY_TABLES } from "@/lib/estimation/reference-numbers";

describe("memory hierarchy", () => {
  it("takes every figure from the shared latency tables", () => {
    const classic = LATENCY_TABLES.find((table) => table.id === "classic")!;
    const ns = (operation: string) => classic.rows.find((row) => row.operation === operation)!.ns;
    for (const rung of MEMORY_RUNGS) {
      expect(rung.ns).toBe(rung.operations.reduce((sum, operation) => sum + ns(operation), 0));
    }
    // A database read from SSD is a network round trip plus the read: 500 µs + 150 µs.
    expect(MEMORY_RUNGS.find((rung) => rung.id === "ssd")!.ns).toBe(650_000);
    expect(() => latencyOf("classic", "Carrier pigeon")).toThrow();
  });

  it("climbs: each rung is slower than the one above it", () => {
    for (let i = 1; i < MEMORY_RUNGS.length; i += 1)
      expect(MEMORY_RUNGS[i]!.ns).toBeGreaterThan(MEMORY_RUNGS[i - 1]!.ns);
  });

  it("computes the ratios the lesson quotes: network hop ≈ 5,000 × memory, ocean ≈ 300 × datacenter", () => {
    expect(ratio("network", "ram")).toBe(5_000);
    expect(ratio("ocean", "network")).toBe(300);
    expect(band(latencyOf("classic", "Round trip within a datacenter"))).toBe("sub-ms");
    expect(band(50)).toBe("ns");
    expect(band(10_000)).toBe("us");
    expect(band(2_000_000)).toBe("ms");
  });

  it("keys its scenarios from the table", () => {
    expect(Object.keys(MEMORY_HIERARCHY_SCENARIOS).length).toBeGreaterThanOrEqual(3);
    expect(MEMORY_HIERARCHY_SCENARIOS["network-vs-memory"]!.answer).toBe("x5000");
    expect(MEMORY_HIERARCHY_SCENARIOS["remote-cache-unit"]!.answer).toBe("sub-ms");
    expect(MEMORY_HIERARCHY_SCENARIOS["ocean-vs-datacenter"]!.answer).toBe("x300");
    expect(MEMORY_HIERARCHY_SCENARIOS["network-vs-memory"]!.why).toMatch(/100 ns.*500 µs.*5,000/);
    for (const scenario of Object.values(MEMORY_HIERARCHY_SCENARIOS))
      expect(scenario.options.map((option) => option.id)).toContain(scenario.answer);
  });
});
