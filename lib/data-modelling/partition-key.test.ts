import { describe, expect, it } from "vitest";
import {
  designProblem,
  idealRows,
  layOut,
  partitionKeyOf,
  partitionsWritten,
  runQuery,
  type Design,
  type Query,
  type Row,
} from "@/lib/data-modelling/partition-key";
import {
  CHAT,
  DATASETS,
  PARTITION_KEY_SCENARIOS,
  PRESETS,
  READINGS,
  SHOP,
  presetOf,
  queryOf,
  recentPartitions,
  runPreset,
} from "@/lib/data-modelling/scenarios";

const chatDesc: Design = { partitionKey: ["chat_id"], clusteringKey: "sent_at", order: "desc" };
const run = (design: Design, query: Query, dataset = CHAT) => runQuery(dataset.rows, dataset.columns, design, query);
const times = (rows: readonly Row[]) => rows.map((row) => row.sent_at);

describe("partition-key model: the worked chat figure", () => {
  it("PK chat_id, CK sent_at DESC, LIMIT 2 reads one partition and returns 17:02 then 17:01", () => {
    const result = run(chatDesc, queryOf(CHAT, "latest-two"));
    expect(result.singlePartition).toBe(true);
    expect(result.touched).toEqual(["Chat-ABC-123"]);
    expect(times(result.rows)).toEqual(["17:02", "17:01"]);
    expect(result.rows.map((row) => row.text)).toEqual(["See you then!", "Sounds good."]);
    // A key-only query stops after LIMIT rows.
    expect(result.rowsRead).toBe(2);
    expect(result.answersQuery).toBe(true);
    expect(result.largest).toEqual({ key: "Chat-ABC-123", size: 3 });
  });

  it("lays each chat out newest first, one partition per chat", () => {
    const { partitions, overwritten } = layOut(CHAT.rows, chatDesc);
    expect(partitions.map((p) => [p.key, times(p.rows)])).toEqual([
      ["Chat-ABC-123", ["17:02", "17:01", "17:00"]],
      ["Chat-DEF-456", ["16:45", "16:40"]],
      ["Chat-XYZ-789", ["15:15"]],
    ]);
    expect(overwritten).toEqual([]);
  });

  it("ascending order with LIMIT 2 returns the two oldest, which is not what the screen wants", () => {
    const result = run({ ...chatDesc, order: "asc" }, queryOf(CHAT, "latest-two"));
    expect(times(result.rows)).toEqual(["17:00", "17:01"]);
    expect(result.answersQuery).toBe(false);
  });

  it("with no clustering key each write upserts: one row per chat, the last written", () => {
    const design: Design = { partitionKey: ["chat_id"], clusteringKey: null, order: "desc" };
    const result = run(design, queryOf(CHAT, "latest-two"));
    expect(result.partitions.map((p) => [p.key, times(p.rows)])).toEqual([
      ["Chat-ABC-123", ["17:02"]],
      ["Chat-DEF-456", ["16:45"]],
      ["Chat-XYZ-789", ["15:15"]],
    ]);
    expect(result.overwritten.map((row) => row.id)).toEqual(["m2", "m4", "m5"]);
    expect(result.answersQuery).toBe(false);
  });

  it("a query by a non-key column scatters to every partition and reads every row", () => {
    const result = run(chatDesc, queryOf(CHAT, "by-sender"));
    expect(result.singlePartition).toBe(false);
    expect(result.touched).toEqual(["Chat-ABC-123", "Chat-DEF-456", "Chat-XYZ-789"]);
    expect(result.rowsRead).toBe(6);
    expect(times(result.rows)).toEqual(["17:02", "17:00", "16:40"]);
  });

  it("a second table partitioned by sender_id answers it from one partition", () => {
    const bySender: Design = { partitionKey: ["sender_id"], clusteringKey: "sent_at", order: "desc" };
    const result = run(bySender, queryOf(CHAT, "by-sender"));
    expect(result.touched).toEqual(["UserA"]);
    expect(result.rowsRead).toBe(3);
    expect(result.answersQuery).toBe(true);
  });
});

describe("partition-key model: sensors and the single table", () => {
  it("partitioning by day puts all of today's writes on one partition; (device_id, day) spreads them over three", () => {
    expect(recentPartitions(READINGS, { partitionKey: ["day"], clusteringKey: "reading_at", order: "desc" })).toEqual([
      "2026-03-15",
    ]);
    expect(
      recentPartitions(READINGS, { partitionKey: ["device_id", "day"], clusteringKey: "reading_at", order: "desc" }),
    ).toEqual(["freezer-1 | 2026-03-15", "freezer-2 | 2026-03-15", "oven-7 | 2026-03-15"]);
  });

  it("reports the largest partition for each key choice", () => {
    const byDay = run(
      { partitionKey: ["day"], clusteringKey: "reading_at", order: "desc" },
      queryOf(READINGS, "whole-day"),
      READINGS,
    );
    expect(byDay.largest).toEqual({ key: "2026-03-15", size: 7 });
    expect(byDay.touched).toEqual(["2026-03-15"]);
    const byDevice = run(
      { partitionKey: ["device_id"], clusteringKey: "reading_at", order: "desc" },
      queryOf(READINGS, "whole-day"),
      READINGS,
    );
    expect(byDevice.largest).toEqual({ key: "freezer-1", size: 4 });
    expect(byDevice.touched).toHaveLength(3);
    const bucketed = run(
      { partitionKey: ["device_id", "day"], clusteringKey: "reading_at", order: "desc" },
      queryOf(READINGS, "latest-freezer"),
      READINGS,
    );
    expect(bucketed.largest).toEqual({ key: "oven-7 | 2026-03-15", size: 3 });
    expect(bucketed.rows.map((row) => row.reading_at)).toEqual(["2026-03-15 10:00", "2026-03-15 09:00"]);
    expect(bucketed.rowsRead).toBe(2);
  });

  it("a filter on a non-key column inside one partition reads the whole partition", () => {
    const byDay = run(
      { partitionKey: ["day"], clusteringKey: "reading_at", order: "desc" },
      queryOf(READINGS, "latest-freezer"),
      READINGS,
    );
    expect(byDay.singlePartition).toBe(true);
    expect(byDay.rowsRead).toBe(7);
    expect(byDay.rows.map((row) => row.id)).toEqual(["r9", "r6"]);
    expect(byDay.answersQuery).toBe(true);
  });

  it("single-table design: one query returns both orders and then the profile, sorted as text", () => {
    const design: Design = { partitionKey: ["user_id"], clusteringKey: "sk", order: "asc" };
    const result = run(design, queryOf(SHOP, "user-and-orders"), SHOP);
    expect(result.touched).toEqual(["user#42"]);
    expect(result.rows.map((row) => row.sk)).toEqual(["order#123", "order#124", "profile"]);
    expect(result.answersQuery).toBe(true);
    const descending = run({ ...design, order: "desc" }, queryOf(SHOP, "user-and-orders"), SHOP);
    expect(descending.rows.map((row) => row.sk)).toEqual(["profile", "order#124", "order#123"]);
    const one = run(design, queryOf(SHOP, "one-order"), SHOP);
    expect(one.rows.map((row) => row.id)).toEqual(["s4"]);
    expect(one.rowsRead).toBe(1);
  });
});

describe("partition-key model: edge cases", () => {
  it("rejects invalid designs and limits", () => {
    expect(designProblem(CHAT.columns, { partitionKey: [], clusteringKey: null, order: "asc" })).toMatch(/one or two/);
    expect(designProblem(CHAT.columns, { partitionKey: ["a", "b", "c"], clusteringKey: null, order: "asc" })).toMatch(
      /one or two/,
    );
    expect(
      designProblem(CHAT.columns, { partitionKey: ["chat_id", "chat_id"], clusteringKey: null, order: "asc" }),
    ).toMatch(/only once/);
    expect(designProblem(CHAT.columns, { partitionKey: ["nope"], clusteringKey: null, order: "asc" })).toMatch(/nope/);
    expect(designProblem(CHAT.columns, { partitionKey: ["chat_id"], clusteringKey: "chat_id", order: "asc" })).toMatch(
      /outside/,
    );
    expect(designProblem(CHAT.columns, { partitionKey: ["chat_id"], clusteringKey: "ghost", order: "asc" })).toMatch(
      /ghost/,
    );
    expect(() => run({ partitionKey: [], clusteringKey: null, order: "asc" }, queryOf(CHAT, "latest-two"))).toThrow();
    expect(() => run(chatDesc, { ...queryOf(CHAT, "latest-two"), limit: 0 })).toThrow(/LIMIT/);
  });

  it("handles an empty table and a partition that does not exist", () => {
    const empty = runQuery([], CHAT.columns, chatDesc, queryOf(CHAT, "latest-two"));
    expect(empty).toMatchObject({ partitions: [], touched: [], rows: [], rowsRead: 0, largest: { key: "", size: 0 } });
    expect(empty.answersQuery).toBe(true);
    const missing = run(chatDesc, { ...queryOf(CHAT, "latest-two"), where: { chat_id: "Chat-NONE" } });
    expect(missing).toMatchObject({ singlePartition: true, touched: [], rows: [] });
  });

  it("breaks ties between equal partition sizes by key, and joins composite keys with a bar", () => {
    const result = run(
      { partitionKey: ["device_id"], clusteringKey: "reading_at", order: "asc" },
      queryOf(READINGS, "whole-day"),
      READINGS,
    );
    expect(result.partitions.map((p) => p.rows.length)).toEqual([4, 4, 4]);
    expect(result.largest).toEqual({ key: "freezer-1", size: 4 });
    expect(
      partitionKeyOf(READINGS.rows[0]!, { partitionKey: ["device_id", "day"], clusteringKey: null, order: "asc" }),
    ).toBe("freezer-1 | 2026-03-14");
    const twoEqual = runQuery(
      CHAT.rows.slice(1, 3),
      CHAT.columns,
      { partitionKey: ["sender_id"], clusteringKey: null, order: "asc" },
      queryOf(CHAT, "by-sender"),
    );
    expect(twoEqual.largest).toEqual({ key: "UserA", size: 1 });
    expect(partitionsWritten([], chatDesc)).toEqual([]);
  });

  it("computes the ideal answer without any design", () => {
    expect(times(idealRows(CHAT.rows, queryOf(CHAT, "latest-two")))).toEqual(["17:02", "17:01"]);
    expect(idealRows(SHOP.rows, queryOf(SHOP, "user-and-orders")).map((row) => row.id)).toEqual(["s1", "s2", "s4"]);
  });
});

describe("partition-key scenarios", () => {
  it("has at least three scenarios, one per preset, each answer among its options", () => {
    expect(Object.keys(PARTITION_KEY_SCENARIOS).length).toBeGreaterThanOrEqual(3);
    expect(PRESETS.map((entry) => entry.scenario).sort()).toEqual(Object.keys(PARTITION_KEY_SCENARIOS).sort());
    for (const spec of Object.values(PARTITION_KEY_SCENARIOS))
      expect(spec.options.map((option) => option.id)).toContain(spec.answer);
    for (const entry of PRESETS) {
      expect(DATASETS).toContain(entry.dataset);
      expect(() => runPreset(entry)).not.toThrow();
    }
  });

  it("keys each scenario from the model", () => {
    const answers = Object.fromEntries(
      Object.entries(PARTITION_KEY_SCENARIOS).map(([key, spec]) => [key, spec.answer]),
    );
    expect(answers).toEqual({
      "latest-two": "17:02,17:01",
      "ascending-limit": "17:00,17:01",
      "no-clustering-key": "1",
      "by-sender": "3",
      "day-partition": "1",
      "single-table": "order#123,order#124,profile",
    });
    expect(() => presetOf("nope")).toThrow();
    expect(() => queryOf(CHAT, "nope")).toThrow();
  });
});
