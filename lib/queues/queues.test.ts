import { describe, expect, it } from "vitest";
import { attemptsAllowed, runPipe, sqsMaxReceiveCount, type Message } from "@/lib/queues/dead-letter";
import { consumerLag, drainSeconds, lagOverTime, lagSeconds } from "@/lib/queues/lag";
import {
  CONSUMER_LAG_SCENARIOS,
  LAG_EXAMPLE,
  POISON_PARTITION,
  SLOW_CONSUMER,
  STEP_LIMIT,
  TRANSIENT_PARTITION,
  drainLabel,
} from "@/lib/queues/scenarios";

describe("consumer lag", () => {
  it("is the producer offset minus the consumer offset: 1,000,000 − 950,000 = 50,000", () => {
    expect(consumerLag(LAG_EXAMPLE.producerOffset, LAG_EXAMPLE.consumerOffset)).toBe(50_000);
    expect(consumerLag(7, 7)).toBe(0);
    expect(CONSUMER_LAG_SCENARIOS["lag-value"]!.answer).toBe("50000");
  });

  it("rejects a consumer ahead of the producer and bad offsets", () => {
    expect(() => consumerLag(10, 11)).toThrow(/ahead/);
    expect(() => consumerLag(10, -1)).toThrow(/offsets/);
    expect(() => consumerLag(10.5, 1)).toThrow(/offsets/);
  });

  it("in seconds: a new message waits behind 50,000 at 6,000 a second, about 8.3 s", () => {
    expect(lagSeconds(50_000, 6_000)).toBeCloseTo(8.33, 2);
    expect(lagSeconds(0, 0)).toBe(0);
    expect(lagSeconds(10, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("drain time", () => {
  it("is lag / (consume − produce): 50,000 / (6,000 − 5,000) = 50 s", () => {
    expect(drainSeconds(50_000, LAG_EXAMPLE.produceRate, LAG_EXAMPLE.consumeRate)).toBe(50);
    expect(CONSUMER_LAG_SCENARIOS["drain-time"]!.answer).toBe("50");
  });

  it("never drains when the consumer is slower than, or as fast as, the producer", () => {
    expect(drainSeconds(50_000, SLOW_CONSUMER.produceRate, SLOW_CONSUMER.consumeRate)).toBe(Number.POSITIVE_INFINITY);
    expect(drainSeconds(50_000, 5_000, 5_000)).toBe(Number.POSITIVE_INFINITY);
    expect(drainSeconds(50_000, 0, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(CONSUMER_LAG_SCENARIOS["slower-consumer"]!.answer).toBe("never");
  });

  it("is zero with no lag, even with zero rates", () => {
    expect(drainSeconds(0, 0, 0)).toBe(0);
    expect(drainSeconds(0, 6_000, 5_000)).toBe(0);
  });

  it("rejects negative or non-finite inputs", () => {
    expect(() => drainSeconds(-1, 1, 2)).toThrow();
    expect(() => drainSeconds(1, Number.NaN, 2)).toThrow();
  });

  it("labels", () => {
    expect(drainLabel(50)).toBe("50");
    expect(drainLabel(Number.POSITIVE_INFINITY)).toBe("never");
  });
});

describe("lag over time", () => {
  it("falls by the surplus each second and stops at zero at 50 s", () => {
    const series = lagOverTime(50_000, 5_000, 6_000, 60);
    expect(series[0]).toBe(50_000);
    expect(series[10]).toBe(40_000);
    expect(series.indexOf(0)).toBe(50);
    expect(series.slice(50).every((value) => value === 0)).toBe(true);
  });
  it("grows for ever when the consumer is slower", () => {
    const series = lagOverTime(50_000, 6_000, 5_000, 10);
    expect(series[10]).toBe(60_000);
  });
  it("handles zero seconds and rejects bad input", () => {
    expect(lagOverTime(5, 1, 1, 0)).toEqual([5]);
    expect(() => lagOverTime(5, 1, 1, -1)).toThrow();
    expect(() => lagOverTime(5, -1, 1, 1)).toThrow();
  });
});

describe("poison messages and the DLQ", () => {
  it("retries vs attempts: DLQ after 3 retries allows 4 attempts, SQS maxReceiveCount 4", () => {
    expect(attemptsAllowed(3)).toBe(4);
    expect(sqsMaxReceiveCount(3)).toBe(4);
    expect(attemptsAllowed(0)).toBe(1);
  });

  it("without a DLQ, a poison pill loops for ever and blocks its partition", () => {
    const run = runPipe(POISON_PARTITION, { maxRetries: null }, { stepLimit: STEP_LIMIT });
    expect(run.processed).toEqual(["order-101"]);
    expect(run.attemptsPerMessage["order-102"]).toBe(STEP_LIMIT - 1);
    expect(run.waiting).toEqual(["order-102", "order-103", "order-104"]);
    expect(run.stuck).toBe(true);
    expect(CONSUMER_LAG_SCENARIOS["poison-no-dlq"]!.answer).toBe("0");
  });

  it("with DLQ after 3 retries, it is moved aside after the 4th failed attempt and the rest flow", () => {
    const run = runPipe(POISON_PARTITION, { maxRetries: 3 }, { stepLimit: STEP_LIMIT });
    expect(run.attemptsPerMessage["order-102"]).toBe(4);
    const poison = run.attempts.filter((a) => a.message === "order-102");
    expect(poison.map((a) => a.outcome)).toEqual(["failed", "failed", "failed", "dead-lettered"]);
    expect(run.deadLettered).toEqual(["order-102"]);
    expect(run.processed).toEqual(["order-101", "order-103", "order-104"]);
    expect(run.attempts).toHaveLength(1 + 4 + 2);
    expect(run.stuck).toBe(false);
    expect(CONSUMER_LAG_SCENARIOS["poison-dlq-attempts"]!.answer).toBe("4");
  });

  it("a transient failure within the budget is processed, not dead-lettered", () => {
    const run = runPipe(TRANSIENT_PARTITION, { maxRetries: 3 });
    expect(run.attemptsPerMessage["order-201"]).toBe(3);
    expect(run.processed).toEqual(["order-201", "order-202"]);
    expect(run.deadLettered).toEqual([]);
    expect(CONSUMER_LAG_SCENARIOS["transient-failure"]!.answer).toBe("processed");
  });

  it("a budget of 0 retries dead-letters on the first failure, even a transient one", () => {
    const run = runPipe(TRANSIENT_PARTITION, { maxRetries: 0 });
    expect(run.deadLettered).toEqual(["order-201"]);
    expect(run.attemptsPerMessage["order-201"]).toBe(1);
  });

  it("in a work queue, the poison pill returns to the back: others flow, it loops for ever", () => {
    const run = runPipe(POISON_PARTITION, { maxRetries: null }, { pipe: "queue", stepLimit: STEP_LIMIT });
    expect(run.processed).toEqual(["order-101", "order-103", "order-104"]);
    expect(run.waiting).toEqual(["order-102"]);
    expect(run.attemptsPerMessage["order-102"]).toBe(STEP_LIMIT - 3);
    expect(CONSUMER_LAG_SCENARIOS["poison-in-a-queue"]!.answer).toBe("processed");
  });

  it("an empty pipe does nothing and a step limit of 1 stops after one attempt", () => {
    expect(runPipe([], { maxRetries: 3 })).toMatchObject({ attempts: [], stuck: false });
    expect(runPipe(POISON_PARTITION, { maxRetries: 3 }, { stepLimit: 1 }).waiting).toHaveLength(3);
  });

  it("rejects bad input", () => {
    const twice: Message[] = [
      { id: "a", failures: 0 },
      { id: "a", failures: 0 },
    ];
    expect(() => runPipe(twice, { maxRetries: 1 })).toThrow(/unique/);
    expect(() => runPipe([], { maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => runPipe([], { maxRetries: 1.5 })).toThrow(/maxRetries/);
    expect(() => runPipe([], { maxRetries: 1 }, { stepLimit: 0 })).toThrow(/stepLimit/);
    expect(() => runPipe([{ id: "x", failures: -2 }], { maxRetries: 1 })).toThrow(/failures/);
  });
});

describe("the scenarios", () => {
  it("has at least three, each answer among its options", () => {
    const entries = Object.entries(CONSUMER_LAG_SCENARIOS);
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const [key, scenario] of entries)
      expect(
        scenario.options.map((o) => o.id),
        key,
      ).toContain(scenario.answer);
  });
});
