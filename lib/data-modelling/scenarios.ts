import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import {
  partitionsWritten,
  runQuery,
  type Column,
  type Design,
  type Query,
  type Row,
} from "@/lib/data-modelling/partition-key";

/**
 * The PartitionKeyDesigner's sample tables, its presets and the predictions
 * asked about them. Every answer below is computed by running the model.
 */
export type Dataset = {
  id: string;
  label: string;
  /** The table's name, for the query text. */
  table: string;
  columns: Column[];
  /** Rows in the order they were written. */
  rows: Row[];
  /** The partition keys the learner may choose. */
  partitionKeys: string[][];
  /** The clustering keys the learner may choose (null: none). */
  clusteringKeys: (string | null)[];
  queries: Query[];
  /** Rows that arrive together right now, to show where a burst of writes lands. */
  recent?: { label: string; where: Readonly<Record<string, string>> };
};

const chatRow = (id: string, chat_id: string, sent_at: string, sender_id: string, text: string): Row => ({
  id,
  chat_id,
  sent_at,
  sender_id,
  text,
});

export const CHAT: Dataset = {
  id: "chat",
  label: "Chat messages",
  table: "messages",
  columns: [
    { name: "chat_id", label: "chat_id" },
    { name: "sent_at", label: "sent_at" },
    { name: "sender_id", label: "sender_id" },
    { name: "text", label: "text" },
  ],
  rows: [
    chatRow("m1", "Chat-XYZ-789", "15:15", "UserC", "New topic."),
    chatRow("m2", "Chat-DEF-456", "16:40", "UserA", "Running ten minutes behind."),
    chatRow("m3", "Chat-DEF-456", "16:45", "UserD", "No rush."),
    chatRow("m4", "Chat-ABC-123", "17:00", "UserA", "Let's meet at 5."),
    chatRow("m5", "Chat-ABC-123", "17:01", "UserB", "Sounds good."),
    chatRow("m6", "Chat-ABC-123", "17:02", "UserA", "See you then!"),
  ],
  partitionKeys: [["chat_id"], ["sender_id"]],
  clusteringKeys: ["sent_at", null],
  queries: [
    {
      id: "latest-two",
      label: "The two newest messages of Chat-ABC-123",
      text: "SELECT * FROM messages WHERE chat_id = 'Chat-ABC-123' LIMIT 2;",
      where: { chat_id: "Chat-ABC-123" },
      limit: 2,
      wants: { column: "sent_at", order: "desc" },
    },
    {
      id: "by-sender",
      label: "Everything UserA sent, newest first",
      text: "SELECT * FROM messages WHERE sender_id = 'UserA';",
      where: { sender_id: "UserA" },
      wants: { column: "sent_at", order: "desc" },
    },
  ],
};

const reading = (id: string, device_id: string, day: string, time: string, temp_c: string): Row => ({
  id,
  device_id,
  day,
  reading_at: `${day} ${time}`,
  temp_c,
});

export const READINGS: Dataset = {
  id: "readings",
  label: "Sensor readings",
  table: "readings",
  columns: [
    { name: "device_id", label: "device_id" },
    { name: "day", label: "day" },
    { name: "reading_at", label: "reading_at" },
    { name: "temp_c", label: "temp_c" },
  ],
  rows: [
    reading("r1", "freezer-1", "2026-03-14", "09:00", "-18.2"),
    reading("r2", "freezer-2", "2026-03-14", "09:01", "-19.0"),
    reading("r3", "freezer-1", "2026-03-14", "10:00", "-18.0"),
    reading("r4", "freezer-2", "2026-03-14", "10:01", "-19.3"),
    reading("r5", "oven-7", "2026-03-14", "10:02", "180.5"),
    reading("r6", "freezer-1", "2026-03-15", "09:00", "-18.4"),
    reading("r7", "freezer-2", "2026-03-15", "09:01", "-19.1"),
    reading("r8", "oven-7", "2026-03-15", "09:02", "175.0"),
    reading("r9", "freezer-1", "2026-03-15", "10:00", "-17.9"),
    reading("r10", "freezer-2", "2026-03-15", "10:01", "-18.8"),
    reading("r11", "oven-7", "2026-03-15", "10:02", "210.0"),
    reading("r12", "oven-7", "2026-03-15", "10:32", "220.0"),
  ],
  partitionKeys: [["day"], ["device_id"], ["device_id", "day"]],
  clusteringKeys: ["reading_at", null],
  queries: [
    {
      id: "latest-freezer",
      label: "The two newest readings of freezer-1 on 2026-03-15",
      text: "SELECT * FROM readings WHERE device_id = 'freezer-1' AND day = '2026-03-15' LIMIT 2;",
      where: { device_id: "freezer-1", day: "2026-03-15" },
      limit: 2,
      wants: { column: "reading_at", order: "desc" },
    },
    {
      id: "whole-day",
      label: "Every reading of 2026-03-15",
      text: "SELECT * FROM readings WHERE day = '2026-03-15';",
      where: { day: "2026-03-15" },
    },
  ],
  recent: { label: "Today's writes (2026-03-15)", where: { day: "2026-03-15" } },
};

const item = (id: string, user_id: string, sk: string, attributes: string): Row => ({ id, user_id, sk, attributes });

export const SHOP: Dataset = {
  id: "shop",
  label: "Single table: users and orders",
  table: "shop",
  columns: [
    { name: "user_id", label: "user_id" },
    { name: "sk", label: "sk" },
    { name: "attributes", label: "attributes" },
  ],
  rows: [
    item("s1", "user#42", "profile", "name Alex, email alex@example.com"),
    item("s2", "user#42", "order#123", "total 40.00, shipped"),
    item("s3", "user#7", "profile", "name Sam, email sam@example.com"),
    item("s4", "user#42", "order#124", "total 12.50, paid"),
    item("s5", "user#7", "order#125", "total 99.00, paid"),
  ],
  partitionKeys: [["user_id"], ["sk"]],
  clusteringKeys: ["sk", null],
  queries: [
    {
      id: "user-and-orders",
      label: "The profile and orders of user#42",
      text: "Query: user_id = 'user#42' (no sort-key condition)",
      where: { user_id: "user#42" },
    },
    {
      id: "one-order",
      label: "Order 124 of user#42",
      text: "GetItem: user_id = 'user#42', sk = 'order#124'",
      where: { user_id: "user#42", sk: "order#124" },
    },
  ],
};

export const DATASETS: readonly Dataset[] = [CHAT, READINGS, SHOP];

export type Preset = {
  id: string;
  label: string;
  dataset: Dataset;
  design: Design;
  query: string;
  /** The prediction asked about this preset (same id as the preset). */
  scenario: string;
};

export const PRESETS: readonly Preset[] = [
  {
    id: "latest-two",
    label: "Chat: newest first, LIMIT 2",
    dataset: CHAT,
    design: { partitionKey: ["chat_id"], clusteringKey: "sent_at", order: "desc" },
    query: "latest-two",
    scenario: "latest-two",
  },
  {
    id: "ascending-limit",
    label: "Chat: oldest first, LIMIT 2",
    dataset: CHAT,
    design: { partitionKey: ["chat_id"], clusteringKey: "sent_at", order: "asc" },
    query: "latest-two",
    scenario: "ascending-limit",
  },
  {
    id: "no-clustering-key",
    label: "Chat: no clustering key",
    dataset: CHAT,
    design: { partitionKey: ["chat_id"], clusteringKey: null, order: "desc" },
    query: "latest-two",
    scenario: "no-clustering-key",
  },
  {
    id: "by-sender",
    label: "Chat: a query by sender",
    dataset: CHAT,
    design: { partitionKey: ["chat_id"], clusteringKey: "sent_at", order: "desc" },
    query: "by-sender",
    scenario: "by-sender",
  },
  {
    id: "day-partition",
    label: "Sensors: partitioned by day",
    dataset: READINGS,
    design: { partitionKey: ["day"], clusteringKey: "reading_at", order: "desc" },
    query: "whole-day",
    scenario: "day-partition",
  },
  {
    id: "single-table",
    label: "Single table: profile and orders",
    dataset: SHOP,
    design: { partitionKey: ["user_id"], clusteringKey: "sk", order: "asc" },
    query: "user-and-orders",
    scenario: "single-table",
  },
];

export function queryOf(dataset: Dataset, id: string): Query {
  const found = dataset.queries.find((query) => query.id === id);
  if (!found) throw new Error(`no query "${id}" in ${dataset.id}`);
  return found;
}

export function presetOf(id: string): Preset {
  const found = PRESETS.find((entry) => entry.id === id);
  if (!found) throw new Error(`no partition-key preset "${id}"`);
  return found;
}

export const runPreset = (entry: Preset, design: Design = entry.design, query = queryOf(entry.dataset, entry.query)) =>
  runQuery(entry.dataset.rows, entry.dataset.columns, design, query);

/** The rows a burst of writes (a dataset's `recent`) brings, and the partitions they land in. */
export function recentPartitions(dataset: Dataset, design: Design): string[] {
  if (!dataset.recent) return [];
  const where = dataset.recent.where;
  const rows = dataset.rows.filter((row) => Object.entries(where).every(([column, value]) => row[column] === value));
  return partitionsWritten(rows, design);
}

// ---- the model's answers -------------------------------------------------

/** "17:02,17:01": the values of `column` in the rows a preset returns, in order. */
export function returnedValues(entry: Preset, column: string): string {
  return runPreset(entry)
    .rows.map((row) => row[column])
    .join(",");
}

const partitionRows = (entry: Preset, key: string) =>
  runPreset(entry).partitions.find((partition) => partition.key === key)?.rows.length ?? 0;

const TIME_OPTIONS = [
  { id: "17:02,17:01", label: "17:02 then 17:01: the two newest of that chat" },
  { id: "17:00,17:01", label: "17:00 then 17:01: the two oldest of that chat" },
  { id: "17:02,16:45", label: "17:02 then 16:45: the two newest of any chat" },
  { id: "any", label: "Any two of the chat: the order is not defined" },
];

export const PARTITION_KEY_SCENARIOS: PredictionScenarios = {
  "latest-two": {
    question:
      "Partition key chat_id, clustering key sent_at, newest first. The app asks for Chat-ABC-123 with LIMIT 2. Which messages come back?",
    options: TIME_OPTIONS,
    answer: returnedValues(presetOf("latest-two"), "sent_at"),
    why: "The query names the partition, so the store goes to the one partition holding Chat-ABC-123, whose rows are already stored newest first. It reads the first two, 17:02 and 17:01, and stops. Other chats are never read.",
  },
  "ascending-limit": {
    question:
      "The same table, but the clustering order is sent_at ascending. The app sends the same query with LIMIT 2 and no ORDER BY. What comes back?",
    options: TIME_OPTIONS,
    answer: returnedValues(presetOf("ascending-limit"), "sent_at"),
    why: "Rows come back in the order they are stored, and this partition stores the oldest first, so LIMIT 2 keeps 17:00 and 17:01: the chat screen would show the start of the conversation. Store newest first, or add ORDER BY sent_at DESC so the store reads the partition backwards.",
  },
  "no-clustering-key": {
    question:
      "Partition key chat_id and no clustering key. After the six messages are written, how many rows does the partition for Chat-ABC-123 hold?",
    options: [
      { id: "1", label: "1" },
      { id: "3", label: "3" },
      { id: "6", label: "6" },
    ],
    answer: String(partitionRows(presetOf("no-clustering-key"), "Chat-ABC-123")),
    why: "With no clustering key the primary key is chat_id alone, and a write to an existing primary key replaces the row. Each new message in Chat-ABC-123 overwrote the one before: only the last, 17:02, is left. The clustering key is what lets one partition hold many rows.",
  },
  "by-sender": {
    question:
      "The table is partitioned by chat_id. The app asks for everything UserA sent. How many of the three partitions does the store have to read?",
    options: [
      { id: "1", label: "1: UserA's partition" },
      { id: "2", label: "2: the chats UserA wrote in" },
      { id: "3", label: "3: every partition" },
    ],
    answer: String(runPreset(presetOf("by-sender")).touched.length),
    why: "sender_id is not the partition key, so nothing tells the store where UserA's messages live: it asks every partition and filters, including Chat-XYZ-789 where UserA never wrote. Serve this query from a second table partitioned by sender_id, written alongside the first.",
  },
  "day-partition": {
    question:
      "Sensor readings partitioned by day. All three devices report for 2026-03-15. How many partitions take those writes?",
    options: [
      { id: "1", label: "1: every device writes to the same partition" },
      { id: "3", label: "3: one per device" },
      { id: "6", label: "6: spread over every partition" },
    ],
    answer: String(recentPartitions(READINGS, presetOf("day-partition").design).length),
    why: "Every reading of the day has the same partition key, so all of today's writes land on one partition (and its replicas) while yesterday's sit idle: a hot partition. Partitioning by (device_id, day) spreads today's writes over one partition per device and still caps each partition at a day.",
  },
  "single-table": {
    question:
      "Single-table design: partition key user_id, sort key sk ascending. The app queries user_id = user#42 with no sort-key condition. What comes back, in what order?",
    options: [
      { id: "order#123,order#124,profile", label: "order#123, order#124, then profile" },
      { id: "profile,order#123,order#124", label: "profile, then order#123 and order#124" },
      { id: "profile", label: "Only the profile: the orders need a second query" },
    ],
    answer: returnedValues(presetOf("single-table"), "sk"),
    why: "One query returns every item in the partition, sorted by the sort key as text: 'o' sorts before 'p', so both orders come before the profile. To get the profile first, give it a key that sorts earlier (such as '#profile') or read the partition in descending order.",
  },
};
