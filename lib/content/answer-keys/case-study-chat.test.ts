import { describe, expect, it } from "vitest";
import { featureRow, keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { estimateFunnel, recordBytes, SECONDS_PER_DAY } from "@/lib/estimation/funnel";
import { getPreset } from "@/lib/estimation/presets";
import { reference } from "@/lib/prompts/references/chat";
import { PUSH_PULL_SCENARIOS } from "@/lib/realtime/scenarios";
import { analyse } from "@/lib/sharding/shard-key";
import { SHARD_KEY_SCENARIOS } from "@/lib/sharding/shard-key-scenarios";
import { workload } from "@/lib/sharding/shard-key-workloads";

/**
 * Answer keys of case study E (a chat app), and every figure of the chat
 * reference answer and its preset, recomputed from the preset's inputs and
 * from the lesson's stated assumptions, never read back from the MDX.
 */
const lesson = lessonBlocks("case-study-chat");
const {
  expectSingleChoice,
  expectMultipleChoice,
  expectDecisions,
  expectNumeric,
  expectOrdering,
  expectSimulator,
  expectMatching,
  cards,
  cardChoices,
} = keyAssertions(lesson);

const preset = getPreset("chat")!;
const result = estimateFunnel(preset.inputs);
const row = (id: string) => featureRow(result, id);
const answer = reference.answer!;
const everything = [
  ...answer.design,
  ...answer.deepDives.flatMap((dive) => [dive.decision, ...dive.forIt, ...dive.againstIt]),
  ...Object.values(answer.wrapUp).flat(),
  ...answer.followUps.flatMap((followUp) => [followUp.question, followUp.answer]),
].join("\n");

// The lesson's and the reference's own assumptions (not in the funnel).
const PEAK_ONLINE_SHARE = 0.2;
const SOCKETS_PER_GATEWAY = 500_000;
const ILLUSTRATIVE_SOCKETS_PER_SERVER = 2_000_000;
const HEARTBEAT_EVERY_S = 30;
const GROUP_MEMBERS = 400;
const ONLINE_SHARE = 0.3;
const BATCH_WARN_BYTES = 5 * 1024;
const BATCH_FAIL_BYTES = 50 * 1024;

const peakSockets = preset.inputs.dau * PEAK_ONLINE_SHARE;
const heartbeatsPerSecond = peakSockets / HEARTBEAT_EVERY_S;
const messageBytes = recordBytes(preset.inputs.records!.find((record) => record.id === "message")!);
const batchBytes = GROUP_MEMBERS * messageBytes;
const snowflakeYears = 2 ** 41 / (1000 * SECONDS_PER_DAY * 365);

describe("case-study-chat: the estimate, recomputed from the chat preset", () => {
  it("2B sends a day: 23,148/s on average, 69,444/s at peak; 2.5 deliveries each; receipts twice the sends", () => {
    expect(row("send").actionsPerDay).toBe(2e9);
    expect(Math.round(row("send").averageQps)).toBe(23_148);
    expect(Math.round(row("send").peakQps)).toBe(69_444);
    expect(row("read").actionsPerDay / row("send").actionsPerDay).toBe(2.5);
    expect(Math.round(row("read").peakQps)).toBe(173_611);
    expect(row("receipt").actionsPerDay).toBe(4e9);
    expect(Math.round(row("receipt").peakQps)).toBe(138_889);
    expect(row("receipt").storedPerDay).toBe(0);
    expectNumeric("peak-sends", row("send").peakQps, "messages/s", { "thousand messages/s": 69.444 });
    for (const text of ["2,000,000,000 / 86,400 s ≈ 23,148", "≈ 69,444 at peak", "≈ 173,611", "≈ 138,889"])
      expect(lesson.source).toContain(text);
  });

  it("storage: 170 B × 2B = 340 GB a day, 1.02 TB with 3 copies, 1,861.5 TB ≈ 1.9 PB in 5 years", () => {
    expect(messageBytes).toBe(170);
    expect(result.storage.rawPerDay).toBe(340e9);
    expect(result.storage.perDay).toBe(1.02e12);
    expect(result.storage.overHorizon).toBeCloseTo(1861.5e12, -6);
    expectNumeric("five-year-storage", result.storage.overHorizon / 1e15, "PB", { TB: 1861.5 });
    expect(lesson.source).toContain("1,861.5 TB ≈ 1.9 PB");
    // Presence stays what the shared preset test expects: 50M × 32 B, all in memory.
    expect(result.dataset.hotBytes).toBe(1.6e9);
  });

  it("connections: 10M sockets at peak → 20 gateways (5 at the illustrative 2M); 333,333 heartbeats/s, ~4.8× the peak sends", () => {
    expect(peakSockets).toBe(10_000_000);
    expect(peakSockets / SOCKETS_PER_GATEWAY).toBe(20);
    expect(peakSockets / ILLUSTRATIVE_SOCKETS_PER_SERVER).toBe(5);
    expectNumeric("gateways-needed", peakSockets / SOCKETS_PER_GATEWAY, "gateways");
    expect(Math.round(heartbeatsPerSecond)).toBe(333_333);
    expectNumeric("heartbeats-per-second", heartbeatsPerSecond, "heartbeats/s", { "thousand heartbeats/s": 333.333 });
    const ratio = heartbeatsPerSecond / row("send").peakQps;
    expect(ratio).toBeGreaterThan(4.5);
    expect(ratio).toBeLessThan(5); // "almost five times"
    expect(lesson.source).toContain("almost five times the 69,444 messages");
  });

  it("the preset's reference lines are the funnel's figures", () => {
    const lines = preset.reference.join("\n");
    expect(Math.round(row("send").averageQps / 1000)).toBe(23);
    expect(Math.round(row("send").peakQps / 1000)).toBe(69);
    expect(Math.round(row("read").peakQps / 1000)).toBe(174);
    expect(Math.round(row("receipt").peakQps / 1000)).toBe(139);
    expect(Math.round(result.storage.perDay / 1e12)).toBe(1);
    expect((result.storage.overHorizon / 1e15).toFixed(1)).toBe("1.9");
    expect(Math.round(heartbeatsPerSecond / 1000)).toBe(333);
    for (const text of [
      "2B messages a day ≈ 23K/s",
      "≈ 69K/s at peak",
      "2.5 deliveries per message, 5B a day ≈ 174K/s at peak",
      "4B a day ≈ 139K/s at peak",
      "≈ 1 TB a day, ≈ 1.9 PB in 5 years",
      "10M sockets at peak ÷ 500K per gateway = 20 gateways",
      "≈ 333K/s",
    ])
      expect(lines).toContain(text);
  });
});

describe("case-study-chat: the reference answer's figures", () => {
  it("names the chat preset and uses its numbers", () => {
    expect(answer.estimatePreset).toBe("chat");
    expect(answer.deepDives.map((dive) => dive.id)).toEqual(["connections", "ordering", "group-fanout"]);
    for (const dive of answer.deepDives)
      expect(lesson.source).toContain(`<CaseReference prompt="chat" part="deep-dives" item="${dive.id}" />`);
    for (const text of [
      "10M connections at peak and 500K per gateway that is 20 gateways",
      "about 1 TB a day with 3 copies, 1.9 PB in 5 years",
      "about 2.5 deliveries per message",
      "about 333K tiny messages a second, far more than the 69K messages sent",
      "69K increments a second at peak",
      "about 69.7 years",
      "4,096 per millisecond per generator",
      "about 68 KB",
      "default 50 KB fail threshold",
      "around 174K pushes a second at peak",
      "2M sockets per server) would need only 5 machines",
      "around 70K a second at peak",
    ])
      expect(everything).toContain(text);
    expect(Math.round(row("send").peakQps / 10_000) * 10_000).toBe(70_000);
  });

  it("the Snowflake layout: 41 + 10 + 12 bits (+1 sign) = 64; 2^41 ms ≈ 69.7 years; 4,096 a millisecond", () => {
    expect(1 + 41 + 10 + 12).toBe(64);
    expect(2 ** 10).toBe(1024);
    expect(2 ** 12).toBe(4096);
    expect(snowflakeYears.toFixed(1)).toBe("69.7");
    expect(2 ** 41).toBe(2_199_023_255_552);
    expect(4096 * 1000).toBeGreaterThan(row("send").peakQps * 50);
  });

  it("the batch: 400 × 170 B = 68,000 B, past the 5 KiB warning and the 50 KiB refusal", () => {
    expect(batchBytes).toBe(68_000);
    expect(Math.round(batchBytes / 1000)).toBe(68);
    expect(batchBytes).toBeGreaterThan(BATCH_FAIL_BYTES);
    expect(batchBytes).toBeGreaterThan(BATCH_WARN_BYTES);
    expect(lesson.source).toContain("400 × 170 bytes ≈ 68 KB");
  });

  it("fixes inv-001 #25: the Double Ratchet heals only after a new DH ratchet step", () => {
    const e2ee = answer.followUps.find((followUp) => /encryption/.test(followUp.question))!;
    expect(e2ee.answer).toContain("only once the compromised device has made a fresh Diffie-Hellman ratchet key pair");
    expect(e2ee.answer).not.toMatch(/neither past nor future/i);
  });
});

describe("case-study-chat answer keys", () => {
  it("has the stages in order and at least 8 scored blocks", () => {
    const stages = [
      '<ScopingWorksheet id="scope" prompt="chat" />',
      '<CaseReference prompt="chat" part="scope" />',
      '<CaseEstimator id="estimate" worksheet="scope" prompt="chat" />',
      '<CaseReference prompt="chat" part="estimate" />',
      '<Whiteboard id="design"',
      '<CaseReference prompt="chat" part="design" />',
      '<CaseReference prompt="chat" part="deep-dives" item="connections" />',
      '<CaseReference prompt="chat" part="deep-dives" item="ordering" />',
      '<CaseReference prompt="chat" part="deep-dives" item="group-fanout" />',
      '<CaseReference prompt="chat" part="wrap-up" />',
      '<DecisionGame\n  id="chat-follow-ups"',
      '<CaseReference prompt="chat" part="follow-ups" />',
      "<Recap>",
    ];
    const lines = stages.map((text) => lesson.lineOf(text));
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    const scored = new Set([
      "Quiz",
      "NumericAnswer",
      "Ordering",
      "DecisionGame",
      "TableFill",
      "Matching",
      "StepReveal",
      "PushPullTimeline",
      "ShardKeyChooser",
    ]);
    expect(lesson.ids.filter((id) => scored.has(lesson.block(id).name)).length).toBeGreaterThanOrEqual(8);
  });

  it("scope: order per conversation; the first tick waits for the replicated log", () => {
    expectSingleChoice("order-promise", /^Within each conversation/, [
      /^One order across every message/,
      /^Each sender's messages/,
      /^The order of the timestamps/,
    ]);
    // The NFR the tick answers is the reference's own.
    expect(reference.referenceNfrs.map((nfr) => nfr.text).join(" ")).toContain(
      "never lost once the sender sees them as sent",
    );
    expectSingleChoice("one-tick", /^When the message is written to a log replicated/, [
      /^When the server that holds the sender's socket/,
      /^When the recipient's phone has it/,
    ]);
  });

  it("design: the path of one message, and a defended Kafka choice", () => {
    expectOrdering("one-message-path", [
      /^The phone sends/,
      /^The message service checks membership/,
      /incoming-messages with acks=all/,
      /sequencer-writer/,
      /^Fan-out looks up/,
      /^Online devices/,
      /two ticks$/,
    ]);
    expectSingleChoice("why-kafka", /^Because every message must be kept/, [
      /millions of writes a second/,
      /large chat companies/,
      /^Instead of a database/,
    ]);
  });

  it("connections: the push/pull timeline's predictions are the model's; clients back off with jitter", () => {
    expectSimulator("push-pull-timeline", "PushPullTimeline", PUSH_PULL_SCENARIOS);
    expectSingleChoice("gateway-dies", /^Reconnect after a random delay/, [
      /^Reconnect at once/,
      /^Wait until the same gateway/,
      /^Nothing/,
    ]);
  });

  it("ordering: the LAER exchange stays on the sequencer (inv-001 #27); clocks 5 ms apart swap a 2 ms gap", () => {
    const props = lesson.block("sequencer-challenge").props as unknown as {
      steps: { predict?: { choices: string[]; answer: number } }[];
    };
    const predictions = props.steps.flatMap((step) => (step.predict ? [step.predict] : []));
    expect(predictions.map((p) => p.choices[p.answer])).toEqual([
      expect.stringMatching(/^That's fair: every send goes through that one counter/),
      expect.stringMatching(/^Is it the throughput or the single point of failure/),
      expect.stringMatching(/^Snowflake-style ids for identity, and a per-conversation sequence/),
    ]);
    // The celebrity question is offered only as the wrong turn, never as the Explore step.
    expect(predictions[1]!.choices[predictions[1]!.answer]).not.toMatch(/celebrity/);
    expect(lesson.score("sequencer-challenge", { predictions: predictions.map((p) => p.answer) })).toMatchObject({
      score: 1,
      correct: true,
    });

    expectNumeric("snowflake-years", snowflakeYears, "years");
    expect(lesson.source).toContain("2^41 = 2,199,023,255,552 ms");
    expect(lesson.source).toContain("31,536,000,000 ms");

    const firstStamp = 1000;
    const secondStamp = firstStamp + 2 - 5;
    expect(secondStamp).toBe(997);
    expect(secondStamp).toBeLessThan(firstStamp);
    expectSingleChoice("snowflake-misorder", /^'Wait, no' before 'Yes'/, [/^'Yes' then 'Wait, no'/, /^Either order/]);
  });

  it("group fan-out: group_id keeps a group on one shard; the logged batch; offline pushes; notification tiers", () => {
    expectSimulator("shard-key-chooser", "ShardKeyChooser", SHARD_KEY_SCENARIOS);
    expect(analyse(workload("chat"), "group_id").queries[0]!.averageShards).toBe(1);
    expect(analyse(workload("chat"), "message_id").queries[0]!.averageShards).toBeGreaterThan(1);

    expectMultipleChoice(
      "logged-batch",
      [/^The coordinator writes the batch to a batch log/, /^With inboxes on most nodes/, /^At about 68 KB/],
      [/^No reader can see/, /^Batching makes it faster/],
    );

    expect(GROUP_MEMBERS * ONLINE_SHARE).toBe(120);
    expectNumeric("offline-pushes", GROUP_MEMBERS * (1 - ONLINE_SHARE), "notifications");

    const tier3PerDay = 500_000_000 * 10;
    expect(tier3PerDay).toBe(5e9);
    expect(Math.round(tier3PerDay / SECONDS_PER_DAY)).toBe(57_870);
    expect(lesson.source).toContain("About 57,870 events a second");
    expectMatching("notification-tier", {
      "about 1,000 users": /^One PostgreSQL table/,
      "300,000 students": /^A Kafka topic and consumer workers/,
      "500 million users": /^Notifications sharded by user id/,
    });
    expect(lesson.source).toContain("about 174,000 deliveries a second at peak");
  });

  it("wrap-up: 12 follow-up cards, each with a trap, answers spread over the positions", () => {
    const expected = {
      "two-orders": "sequence",
      "redis-counter": "spof",
      "batch-p99": "measure",
      "consumer-lag": "hot-key",
      "new-phone": "store",
      "exactly-once": "at-least",
      "heartbeat-rate": "cost",
      "last-seen": "eventual",
      "big-group": "once",
      "e2ee-cost": "search",
      ratchet: "until-step",
      "huge-partition": "bucket",
    };
    expectDecisions("chat-follow-ups", expected, { minimum: 12, traps: true });
    // As authored, the right answer is not always in the same place.
    const positions = cards("chat-follow-ups").map((card) =>
      cardChoices("chat-follow-ups", card).findIndex((choice) => choice.id === card.answer),
    );
    expect(new Set(positions).size).toBe(3);
    // 10M sockets beating every second would be 10M a second, 30 times the 30 s rate.
    expect(peakSockets / 1).toBe(10_000_000);
    expect(peakSockets / 1 / heartbeatsPerSecond).toBeCloseTo(30, 10);
  });
});
