import { describe, expect, it } from "vitest";
import { keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { tableBlanks, type TableChoiceCell, type TableFillProps } from "@/lib/lessons/blocks/table-fill";
import { simulate, steadyStream, type Server } from "@/lib/load-balancing/balancer";
import { LOAD_BALANCER_SCENARIOS } from "@/lib/load-balancing/scenarios";
import { attemptsAllowed, runPipe, sqsMaxReceiveCount } from "@/lib/queues/dead-letter";
import { consumerLag, drainSeconds, lagSeconds } from "@/lib/queues/lag";
import { CONSUMER_LAG_SCENARIOS, LAG_EXAMPLE, POISON_PARTITION } from "@/lib/queues/scenarios";

/**
 * Answer keys of the queues, logs and load balancers chapter, recomputed here
 * from the chapter's stated inputs and the simulators' models, never read back
 * from the MDX.
 */
const lesson = lessonBlocks("queues-logs-and-load-balancers");
const { expectSingleChoice, expectDecisions, expectNumeric, expectSimulator } = keyAssertions(lesson);

describe("queues-logs-and-load-balancers answer keys", () => {
  it("has the blocks the chapter is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "three-consumers-one-queue",
        "queue-vs-log-table",
        "idle-consumers",
        "sqs-fifo-guarantee",
        "kafka-acks-all",
        "queue-or-log",
        "lag-from-offsets",
        "drain-seconds",
        "poison-without-dlq",
        "poison-handling-order",
        "consumer-lag-dlq",
        "what-l4-cannot-do",
        "l4-or-l7",
        "load-balancer-sim",
        "requests-lost-before-markdown",
        "sale-night-incident",
      ].sort(),
    );
    const scored = lesson.ids.filter((id) => lesson.block(id).name !== "Reveal");
    expect(scored.length).toBeGreaterThanOrEqual(8);
  });

  it("consumers of one queue compete, so each service sees only part of the stream", () => {
    expectSingleChoice("three-consumers-one-queue", /^Each message reaches exactly one/, [
      /^Every service receives every message/,
      /^The first service to connect/,
    ]);
  });

  it("queue vs log table: deleted vs retained, fanout vs groups, no replay vs replay within retention", () => {
    const block = lesson.block("queue-vs-log-table");
    expect(block.name).toBe("TableFill");
    const blanks = tableBlanks(block.props as unknown as TableFillProps).map(({ cell }) => cell as TableChoiceCell);
    expect(blanks.map((cell) => cell.choices[cell.answer])).toEqual([
      "It is deleted",
      "It stays until retention removes it",
      "One queue per service, or a fanout exchange",
      "One consumer group per service",
      "Gone once they were processed",
      expect.stringMatching(/^Replay them, if retention/),
    ]);
    expect(lesson.score("queue-vs-log-table", { blanks: blanks.map((cell) => cell.answer) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });

  it("12 partitions, 20 consumers in one group: 8 idle", () => {
    const partitions = 12;
    const consumers = 20;
    expectNumeric("idle-consumers", consumers - Math.min(consumers, partitions), "consumers");
  });

  it("SQS FIFO: order per message group, 5-minute send dedup, redelivery still possible", () => {
    expectSingleChoice("sqs-fifo-guarantee", /^Order is kept within each message group/, [
      /one global order/,
      /same throughput/,
      /needs no dead-letter queue/,
    ]);
  });

  it("acks=all with RF 3, min.insync 2 and one follower down: the ISR of 2 meets the floor, so the write succeeds", () => {
    const replicationFactor = 3;
    const minInsync = 2;
    const isr = replicationFactor - 1;
    expect(isr >= minInsync).toBe(true);
    expectSingleChoice("kafka-acks-all", /^The leader and the one remaining in-sync follower/, [
      /majority of all brokers/,
      /^All 3 replicas/,
      /leader's own write/,
    ]);
  });

  it("queue-or-log deck: 12 cards, three per pipe", () => {
    const expected = {
      clickstream: "log",
      thumbnails: "queue",
      "seat-holds": "fifo",
      "welcome-kits": "hybrid",
      "rebuild-search": "log",
      "cart-edits": "fifo",
      "reset-emails": "queue",
      "pdf-rerender": "hybrid",
      "ledger-per-account": "fifo",
      "order-events-many-teams": "log",
      transcoding: "queue",
      "payments-from-events": "hybrid",
    };
    expectDecisions("queue-or-log", expected, { minimum: 12 });
    const perChoice = Object.values(expected).reduce<Record<string, number>>(
      (counts, choice) => ({ ...counts, [choice]: (counts[choice] ?? 0) + 1 }),
      {},
    );
    expect(perChoice).toEqual({ log: 3, queue: 3, fifo: 3, hybrid: 3 });
  });

  it("lag = 1,000,000 − 950,000 = 50,000 messages, about 8.3 s behind at 6,000/s", () => {
    const lag = consumerLag(LAG_EXAMPLE.producerOffset, LAG_EXAMPLE.consumerOffset);
    expectNumeric("lag-from-offsets", lag, "messages");
    expect(Math.round(lagSeconds(lag, LAG_EXAMPLE.consumeRate))).toBe(8);
  });

  it("drain = 50,000 / (6,000 − 5,000) = 50 s (5/6 of a minute); dividing by 6,000 alone gives the wrong 8 s", () => {
    const lag = consumerLag(LAG_EXAMPLE.producerOffset, LAG_EXAMPLE.consumerOffset);
    const seconds = drainSeconds(lag, LAG_EXAMPLE.produceRate, LAG_EXAMPLE.consumeRate);
    const props = expectNumeric("drain-seconds", seconds, "s");
    expect(props.units).toEqual({ min: 60 });
    expect(lesson.score("drain-seconds", { value: seconds / 60, unit: "min" })).toMatchObject({ correct: true });
    expect(lesson.score("drain-seconds", { value: lag / LAG_EXAMPLE.consumeRate, unit: "s" }).correct).toBe(false);
    expect(drainSeconds(lag, 6_000, 5_000)).toBe(Number.POSITIVE_INFINITY);
  });

  it("a poison message without a DLQ blocks only its own partition", () => {
    expectSingleChoice("poison-without-dlq", /^Nothing: they wait behind the bad message/, [
      /skips the message/,
      /Another consumer/,
      /whole topic stops/,
    ]);
    const run = runPipe(POISON_PARTITION, { maxRetries: null });
    expect(run.stuck).toBe(true);
  });

  it("poison handling order: 1 attempt + 3 retries = 4th attempt, then DLQ, then acknowledge", () => {
    const block = lesson.block("poison-handling-order");
    expect(block.name).toBe("Ordering");
    const items = block.props.items as unknown as string[];
    expect(items).toHaveLength(6);
    expect(items[1]).toMatch(/^Three retries/);
    expect(items[2]).toMatch(new RegExp(`^After the ${attemptsAllowed(3)}th failed attempt, publish`));
    expect(items[3]).toMatch(/^Acknowledge/);
    expect(sqsMaxReceiveCount(3)).toBe(4);
    const moved = runPipe(POISON_PARTITION, { maxRetries: 3 });
    expect(moved.attemptsPerMessage["order-102"]).toBe(4);
    expect(lesson.score("poison-handling-order", { order: [0, 1, 2, 3, 4, 5] })).toMatchObject({ score: 1 });
    expect(lesson.score("poison-handling-order", { order: [0, 1, 3, 2, 4, 5] }).correct).toBe(false);
  });

  it("an L4 balancer that never decrypts can only spread connections", () => {
    expectSingleChoice("what-l4-cannot-do", /^Spread TCP connections/, [/api\/video/, /session cookie/, /HTTP\/2/]);
  });

  it("L4 or L7 deck: 6 cards, three each", () => {
    expectDecisions("l4-or-l7", {
      "grpc-streams": "l7",
      "postgres-replicas": "l4",
      "path-routing": "l7",
      "legacy-session": "l7",
      "mtls-passthrough": "l4",
      "edge-static-ip": "l4",
    });
  });

  it("worst case before markdown: 1,000/s over 4 servers, checks every 5 s, threshold 2 → 250 × 10 = 2,500", () => {
    const perServer = 1_000 / 4;
    const detectionSeconds = 5 * 2;
    expectNumeric("requests-lost-before-markdown", perServer * detectionSeconds, "requests");
    // The model agrees that detection takes at most interval × threshold: a server dying just after a check at 0.
    const servers: Server[] = [
      { id: "S1", speed: 10 },
      { id: "S2", speed: 10, failsAt: 1 },
      { id: "S3", speed: 10 },
      { id: "S4", speed: 10 },
    ];
    const run = simulate(servers, "round-robin", steadyStream(4, 12, ["a"]), {
      healthCheck: { interval: 5, threshold: 2 },
    });
    expect(run.markedDownAt[1]).toBe(10);
    expect(run.markedDownAt[1]! - 0).toBe(detectionSeconds);
    expect(run.failed).toBe(10 - 1); // one request a tick from tick 1 to tick 9
  });

  it("sale-night walkthrough: lag 240,000; 60 s to drain with 24 consumers; poison pill; stateless + least connections", () => {
    const block = lesson.block("sale-night-incident");
    expect(block.name).toBe("StepReveal");
    type Step = { predict?: { choices: string[]; answer: number } };
    const steps = block.props.steps as unknown as Step[];
    const lag = consumerLag(4_800_000, 4_560_000);
    const perConsumer = 6_000 / 12;
    const partitions = 24;
    const drain = drainSeconds(lag, 8_000, perConsumer * partitions);
    expect(lag).toBe(240_000);
    expect(8_000 - 6_000).toBe(2_000);
    expect(perConsumer * partitions).toBe(12_000);
    expect(drain).toBe(60);
    const right = steps.flatMap((step) => (step.predict ? [step.predict.choices[step.predict.answer]] : []));
    expect(right).toEqual([
      `${lag.toLocaleString("en-US")} messages`,
      `${drain} s`,
      expect.stringMatching(/^A poison message: add a retry budget \(for example 3 retries, so 4 attempts\)/),
      expect.stringMatching(/^Move sessions to a shared store and switch to least connections/),
    ]);
    const key = steps.flatMap((step) => (step.predict ? [step.predict.answer] : []));
    expect(lesson.score("sale-night-incident", { predictions: key })).toMatchObject({ score: 1, correct: true });
  });

  it("both simulators score every scenario from their models", () => {
    expectSimulator("load-balancer-sim", "LoadBalancerSim", LOAD_BALANCER_SCENARIOS);
    expectSimulator("consumer-lag-dlq", "ConsumerLagDLQ", CONSUMER_LAG_SCENARIOS);
    expect(LOAD_BALANCER_SCENARIOS["round-robin-fifth"]!.answer).toBe("S2");
    expect(CONSUMER_LAG_SCENARIOS["drain-time"]!.answer).toBe("50");
    expect(CONSUMER_LAG_SCENARIOS["poison-dlq-attempts"]!.answer).toBe("4");
  });
});
