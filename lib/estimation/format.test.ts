import { describe, expect, it } from "vitest";
import {
  formatBitsPerSecond,
  formatBytes,
  formatCount,
  formatDuration,
  formatNanoseconds,
  formatPercent,
} from "@/lib/estimation/format";

describe("formatting extreme and everyday numbers", () => {
  it("counts in K, M, B, T", () => {
    expect(formatCount(347.22)).toBe("347.2");
    expect(formatCount(150_000)).toBe("150K");
    expect(formatCount(2_000_000)).toBe("2M");
    expect(formatCount(5e9)).toBe("5B");
    expect(formatCount(1e12)).toBe("1T");
    expect(formatCount(3.2e15)).toBe("3,200T");
  });
  it("bytes in decimal units up to PB and beyond", () => {
    expect(formatBytes(256)).toBe("256 B");
    expect(formatBytes(38_400_000)).toBe("38.4 MB");
    expect(formatBytes(1e15)).toBe("1 PB");
  });
  it("bits per second from bytes per second", () => {
    expect(formatBitsPerSecond(100)).toBe("800 bps");
    expect(formatBitsPerSecond(1.2e9)).toBe("9.6 Gbps");
    expect(formatBitsPerSecond(1.25e11)).toBe("1 Tbps");
  });
  it("availabilities with the decimals their nines need, never rounded up to 100%", () => {
    expect(formatPercent(0.9999)).toBe("99.99%");
    expect(formatPercent(0.999999999)).toBe("99.9999999%");
    expect(formatPercent(0.99004488)).toBe("99.004%");
    expect(formatPercent(0.5)).toBe("50%");
    expect(formatPercent(1)).toBe("100%");
  });
  it("durations and latencies", () => {
    expect(formatDuration(3155.76)).toBe("52.6 min");
    expect(formatDuration(86.4)).toBe("1.44 min");
    expect(formatDuration(8.64)).toBe("8.64 s");
    expect(formatNanoseconds(0.5)).toBe("0.5 ns");
    expect(formatNanoseconds(150_000_000)).toBe("150 ms");
  });
});
