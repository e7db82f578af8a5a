import { describe, expect, it } from "vitest";
import { formatBitsPerSecond, formatBytes, formatBytesPerSecond } from "@/lib/estimation/format";
import { estimateFunnel, ratioText } from "@/lib/estimation/funnel";
import { funnelInputsSchema } from "@/lib/estimation/funnel-schema";
import { getPreset, PRESETS } from "@/lib/estimation/presets";

const preset = (id: string) => {
  const found = getPreset(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.inputs;
};
const feature = (result: ReturnType<typeof estimateFunnel>, id: string) =>
  result.features.find((row) => row.feature.id === id)!;

describe("ride-sharing preset reproduces chapter 2", () => {
  const result = estimateFunnel(preset("ride-sharing"));

  it("200,000 drivers online and 2M riders", () => {
    expect(feature(result, "location").users).toBeCloseTo(200_000);
    expect(feature(result, "nearby").users).toBeCloseTo(2_000_000);
  });

  it("location writes 50K/s average → 150K/s peak; nearby reads 200K/s → 600K/s", () => {
    expect(feature(result, "location").averageQps).toBeCloseTo(50_000);
    expect(feature(result, "location").peakQps).toBeCloseTo(150_000);
    expect(feature(result, "nearby").averageQps).toBeCloseTo(200_000);
    expect(feature(result, "nearby").peakQps).toBeCloseTo(600_000);
    expect(result.reads.peak).toBeCloseTo(600_000);
  });

  it("ride requests: 10M a day is 115.7/s on average and about 347/s at 3× (not the ~50–100 the source table says)", () => {
    expect(feature(result, "ride").averageQps).toBeCloseTo(115.74, 1);
    expect(feature(result, "ride").peakQps).toBeCloseTo(347.2, 1);
  });

  it("is 4:1 read-heavy", () => {
    expect(result.ratioText).toBe("4:1");
    expect(result.workload.class).toBe("read-heavy");
  });

  it("stores 10 GB/day, 3.65 TB/year and 18.25 TB over 5 years", () => {
    expect(result.storage.perDay).toBe(10e9);
    expect(result.storage.perYear).toBe(3.65e12);
    expect(result.storage.overHorizon).toBe(18.25e12);
    expect(formatBytes(result.storage.perYear)).toBe("3.65 TB");
    expect(formatBytes(result.storage.overHorizon)).toBe("18.25 TB");
    expect(result.storage.perMonth).toBe(300e9);
    expect(result.storageSeries.map((point) => point.bytes)).toEqual([0, 3.65e12, 7.3e12, 10.95e12, 14.6e12, 18.25e12]);
  });

  it("location updates bring 38.4 MB/s (307.2 Mbps) in; nearby lists send 1.2 GB/s (9.6 Gbps) out", () => {
    expect(feature(result, "location").ingress).toBeCloseTo(38.4e6);
    expect(formatBytesPerSecond(feature(result, "location").ingress)).toBe("38.4 MB/s");
    expect(formatBitsPerSecond(feature(result, "location").ingress)).toBe("307.2 Mbps");
    expect(result.bandwidth.ingress / 1e6).toBeCloseTo(38.75, 1); // ride records add 0.35 MB/s
    expect(result.bandwidth.egress).toBeCloseTo(1.2e9);
    expect(formatBitsPerSecond(result.bandwidth.egress)).toBe("9.6 Gbps");
  });

  it("300 app servers for the reads and writes about 30× one database primary", () => {
    expect(result.servers.appServersForReads).toBe(300);
    expect(result.servers.writeLoadOverLimit).toBeCloseTo(30, 0);
    expect(result.servers.dbPrimaries).toBe(31);
    expect(result.justifications[0]).toMatch(/^Because 750\.3K peak requests\/s ≫ 2K\/s per app server/);
    expect(result.justifications[1]).toMatch(/≫ 5K\/s per database primary .*31 primaries/);
  });

  it("shows every step with its formula", () => {
    expect(result.steps.map((step) => step.id)).toEqual([
      "users",
      "actions",
      "average",
      "peak",
      "monthly",
      "ratio",
      "storage",
      "horizon",
      "bandwidth",
      "servers",
    ]);
    expect(result.steps.map((step) => step.title.split(".")[0])).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);
    const peak = result.steps.find((step) => step.id === "peak")!;
    expect(peak.lines[0]).toEqual({
      label: "Driver location update (write)",
      formula: "50,000/s × 3 (stated peak multiplier)",
      result: "150,000 requests/s",
    });
  });

  it("replication multiplies storage", () => {
    const replicated = estimateFunnel({ ...preset("ride-sharing"), replication: 3 });
    expect(replicated.storage.rawPerDay).toBe(10e9);
    expect(replicated.storage.perDay).toBe(30e9);
  });
});

describe("the IoT contrast", () => {
  const result = estimateFunnel(preset("iot"));
  it("1,000,000 writes/s against under 1 read/s: write-heavy", () => {
    expect(result.writes.peak).toBeCloseTo(1_000_000);
    expect(result.reads.peak).toBeLessThan(1);
    expect(result.workload.class).toBe("write-heavy");
    expect(result.ratioText).toMatch(/negligible/);
    expect(result.justifications.some((line) => /cache/.test(line))).toBe(false);
  });
});

describe("notification tiers", () => {
  it("tier 1 is about 0.1 reads/s; tier 2 about 1,157/s; tier 3 is 5 billion a day ≈ 57,870/s", () => {
    const averageReads = (id: string) => estimateFunnel(preset(id)).reads.average;
    expect(averageReads("notifications-tier-1")).toBeCloseTo(0.1157, 3);
    expect(averageReads("notifications-tier-2")).toBeCloseTo(1157.4, 0);
    const tier3 = estimateFunnel(preset("notifications-tier-3"));
    expect(tier3.features[0]!.actionsPerDay).toBe(5e9);
    expect(Math.round(tier3.reads.average)).toBe(57_870);
  });
});

describe("inputs", () => {
  it("every preset is valid input", () => {
    for (const { inputs } of PRESETS) expect(funnelInputsSchema.safeParse(inputs).success).toBe(true);
  });

  it("refuses negative users, NaN and a peak factor below 1 with a message", () => {
    const base = preset("ride-sharing");
    const problem = (inputs: unknown) => funnelInputsSchema.safeParse(inputs).error?.issues[0]?.message;
    expect(problem({ ...base, dau: -1 })).toBe("Daily active users cannot be negative.");
    expect(problem({ ...base, dau: Number.NaN })).toMatch(/Daily active users must be/);
    expect(problem({ ...base, peakMultiplier: 0.5 })).toMatch(/^The peak factor is at least 1/);
    expect(funnelInputsSchema.safeParse({ ...base, peakMultiplier: 1 }).success).toBe(true);
    expect(funnelInputsSchema.safeParse({ ...base, peakMultiplier: 7 }).success).toBe(true);
    expect(problem({ ...base, features: [] })).toBe("Add at least one feature.");
  });

  it("handles 10^12 requests a day and zero traffic without breaking", () => {
    const huge = estimateFunnel({
      ...preset("ride-sharing"),
      dau: 1e12,
      features: [
        {
          id: "x",
          name: "X",
          kind: "write",
          share: 1,
          rate: { unit: "per-day", value: 1 },
          requestBytes: 1e6,
          responseBytes: 0,
          storedBytes: 1e6,
        },
      ],
    });
    expect(formatBytes(huge.storage.perDay)).toBe("1 EB");
    expect(formatBitsPerSecond(huge.bandwidth.ingress)).toBe("277.8 Tbps");
    const none = estimateFunnel({ ...preset("ride-sharing"), dau: 0 });
    expect(none.ratioText).toBe("no traffic");
    expect(none.servers.appServers).toBe(1);
  });

  it("writes ratios both ways", () => {
    expect(ratioText(600_000, 150_000)).toBe("4:1");
    expect(ratioText(100, 250)).toBe("1:2.5");
    expect(ratioText(5, 0)).toBe("reads only");
  });
});
