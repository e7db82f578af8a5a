import { describe, expect, it } from "vitest";
import { analyse, HOT_RATIO, median, shardOf, type Workload } from "@/lib/sharding/shard-key";
import { CHOOSER_START, ratioBucket, SHARD_KEY_SCENARIOS, shardsBucket } from "@/lib/sharding/shard-key-scenarios";
import { workload, WORKLOADS } from "@/lib/sharding/shard-key-workloads";

const tiny: Workload = {
  id: "tiny",
  label: "Tiny",
  description: "",
  shards: 2,
  unit: "rows",
  rows: [
    { attrs: { a: "x", b: "p" }, load: 1 },
    { attrs: { a: "x", b: "q" }, load: 3 },
  ],
  queries: [{ id: "by-a", label: "by a", share: 1, by: "a" }],
  keys: [
    { id: "a", label: "a", attr: "a" },
    { id: "b", label: "b", attr: "b" },
  ],
};

describe("shard-key model", () => {
  it("computes the median of an even and an odd list", () => {
    expect(median([1, 9, 3, 7])).toBe(5);
    expect(median([4, 1, 2])).toBe(2);
    expect(() => median([])).toThrow();
  });

  it("puts every row with the same key value on one shard", () => {
    const result = analyse(tiny, "a");
    expect(result.load.reduce((sum, value) => sum + value, 0)).toBe(4);
    expect(result.load).toContain(4);
    expect(result.queries[0]!.averageShards).toBe(1);
    expect(result.emptyShards).toBe(1);
    expect(result.ratio).toBe(2); // 4 against a median of (0 + 4) / 2
  });

  it("counts the distinct shards a query must visit, weighted by load", () => {
    const p = shardOf("p", 2);
    const q = shardOf("q", 2);
    const result = analyse(tiny, "b");
    expect(result.queries[0]!.averageShards).toBe(p === q ? 1 : 2);
    expect(result.shardsPerQuery).toBe(result.queries[0]!.averageShards);
  });

  it("rejects invalid workloads and keys", () => {
    expect(() => analyse(tiny, "c")).toThrow(/not a key/);
    expect(() => analyse({ ...tiny, rows: [] }, "a")).toThrow();
    expect(() => analyse({ ...tiny, queries: [{ ...tiny.queries[0]!, share: 0.5 }] }, "a")).toThrow(/add up/);
    expect(() => analyse({ ...tiny, rows: [{ attrs: { a: "x" }, load: 1 }] }, "a")).toThrow(/value for "b"/);
    expect(() => analyse({ ...tiny, rows: [{ attrs: { a: "x", b: "p" }, load: -1 }] }, "a")).toThrow();
    expect(() => shardOf("x", 0)).toThrow();
  });

  it("treats an all-empty workload as even, and an empty median shard as HOT", () => {
    const zero = analyse({ ...tiny, rows: tiny.rows.map((row) => ({ ...row, load: 0 })) }, "a");
    expect(zero.ratio).toBe(1);
    expect(zero.hot).toBe(false);
    const oneValue = analyse({ ...tiny, shards: 4 }, "a");
    expect(oneValue.median).toBe(0);
    expect(oneValue.ratio).toBe(Infinity);
    expect(oneValue.hot).toBe(true);
  });
});

describe("the four workloads", () => {
  const best: Record<string, string> = { bank: "user_id", rides: "city_zone", tickets: "train_id", chat: "group_id" };

  it("the lesson's key keeps the dominant query on one shard with no HOT shard", () => {
    for (const entry of WORKLOADS) {
      const result = analyse(entry, best[entry.id]!);
      const dominant = [...result.queries].sort((a, b) => b.share - a.share)[0]!;
      expect(dominant.averageShards, entry.id).toBe(1);
      expect(result.hot, entry.id).toBe(false);
      expect(result.ratio, entry.id).toBeLessThan(2);
    }
  });

  it("bank: account_id scatters a customer's view; city_id leaves shards idle and one HOT", () => {
    const byAccount = analyse(workload("bank"), "account_id");
    expect(byAccount.queries[0]!.averageShards).toBeGreaterThan(1.3);
    expect(byAccount.queries[0]!.averageShards).toBeLessThanOrEqual(3);
    expect(byAccount.queries[1]!.averageShards).toBe(1);
    const byCity = analyse(workload("bank"), "city_id");
    expect(byCity.emptyShards).toBeGreaterThanOrEqual(3);
    expect(byCity.hot).toBe(true);
  });

  it("rides: driver_id scatters every nearby search; city_id makes the megacity's shard HOT", () => {
    const byDriver = analyse(workload("rides"), "driver_id");
    expect(byDriver.queries[0]!.averageShards).toBeGreaterThan(5);
    expect(byDriver.hot).toBe(false);
    const byCity = analyse(workload("rides"), "city_id");
    expect(byCity.queries[0]!.averageShards).toBe(1);
    expect(byCity.ratio).toBeGreaterThanOrEqual(HOT_RATIO);
  });

  it("tickets: travel_date is HOT; user_id spreads one train's seats over several shards", () => {
    const byDate = analyse(workload("tickets"), "travel_date");
    expect(byDate.hot).toBe(true);
    expect(byDate.queries[0]!.averageShards).toBe(1);
    const byUser = analyse(workload("tickets"), "user_id");
    expect(byUser.queries[0]!.averageShards).toBeGreaterThan(3);
    expect(byUser.queries[0]!.maxShards).toBeLessThanOrEqual(4);
    expect(byUser.queries[1]!.averageShards).toBe(1);
  });

  it("chat: message_id and sender scatter the group read", () => {
    expect(analyse(workload("chat"), "message_id").queries[0]!.averageShards).toBeGreaterThan(4);
    expect(analyse(workload("chat"), "sender_id").queries[0]!.averageShards).toBeGreaterThan(4);
    expect(analyse(workload("chat"), "group_id").queries[2]!.averageShards).toBeGreaterThan(1);
  });
});

describe("shard-key scenarios", () => {
  it("are computed by the model", () => {
    expect(SHARD_KEY_SCENARIOS["bank-account-id"]!.answer).toBe("2-4");
    expect(SHARD_KEY_SCENARIOS["rides-city-id"]!.answer).toBe("hot");
    expect(SHARD_KEY_SCENARIOS["tickets-travel-date"]!.answer).toBe("hot");
    expect(SHARD_KEY_SCENARIOS["chat-message-id"]!.answer).toBe("5-8");
  });

  it("every workload starts on an offered key with a scenario whose answer is an option", () => {
    for (const entry of WORKLOADS) {
      const start = CHOOSER_START[entry.id]!;
      expect(entry.keys.map((key) => key.id)).toContain(start.key);
      const scenario = SHARD_KEY_SCENARIOS[start.scenario]!;
      expect(scenario.options.map((option) => option.id)).toContain(scenario.answer);
    }
  });

  it("buckets at the edges", () => {
    expect(shardsBucket(1)).toBe("1");
    expect(shardsBucket(1.01)).toBe("2-4");
    expect(shardsBucket(4)).toBe("2-4");
    expect(shardsBucket(4.2)).toBe("5-8");
    expect(ratioBucket(1.99)).toBe("under-2");
    expect(ratioBucket(2)).toBe("2-10");
    expect(ratioBucket(HOT_RATIO)).toBe("hot");
    expect(ratioBucket(Infinity)).toBe("hot");
  });
});
