import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import { runPipe, type Message } from "@/lib/queues/dead-letter";
import { consumerLag, drainSeconds } from "@/lib/queues/lag";

/**
 * The ConsumerLagDLQ's worked figures and the predictions asked about them.
 * Every answer is computed by the model.
 */
export const LAG_EXAMPLE = {
  producerOffset: 1_000_000,
  consumerOffset: 950_000,
  produceRate: 5_000,
  consumeRate: 6_000,
};
/** The same backlog with the rates swapped: the consumers are the slower side. */
export const SLOW_CONSUMER = { produceRate: 6_000, consumeRate: 5_000 };

/** An order topic's partition: the second message is malformed and fails every time. */
export const POISON_PARTITION: readonly Message[] = [
  { id: "order-101", failures: 0 },
  { id: "order-102", failures: "always" },
  { id: "order-103", failures: 0 },
  { id: "order-104", failures: 0 },
];

/** A message that fails twice (say, a database timeout) and then succeeds. */
export const TRANSIENT_PARTITION: readonly Message[] = [
  { id: "order-201", failures: 2 },
  { id: "order-202", failures: 0 },
];

export const STEP_LIMIT = 20;

/** "never" when the lag cannot drain, otherwise the whole number of seconds. */
export const drainLabel = (seconds: number) => (Number.isFinite(seconds) ? String(Math.round(seconds)) : "never");

const lag = consumerLag(LAG_EXAMPLE.producerOffset, LAG_EXAMPLE.consumerOffset);
const noDlq = runPipe(POISON_PARTITION, { maxRetries: null }, { stepLimit: STEP_LIMIT });
const withDlq = runPipe(POISON_PARTITION, { maxRetries: 3 }, { stepLimit: STEP_LIMIT });
const queueNoDlq = runPipe(POISON_PARTITION, { maxRetries: null }, { pipe: "queue", stepLimit: STEP_LIMIT });
const transient = runPipe(TRANSIENT_PARTITION, { maxRetries: 3 }, { stepLimit: STEP_LIMIT });
const behindPoison = (run: ReturnType<typeof runPipe>) =>
  run.processed.filter((id) => id === "order-103" || id === "order-104").length;

export const CONSUMER_LAG_SCENARIOS: PredictionScenarios = {
  "lag-value": {
    question:
      "The producer has written up to offset 1,000,000; the consumer group has processed up to 950,000. What is the lag?",
    options: [
      { id: "50000", label: "50,000 messages" },
      { id: "950000", label: "950,000 messages" },
      { id: "1950000", label: "1,950,000 messages" },
    ],
    answer: String(lag),
    why: "Lag is the producer's offset minus the group's processed offset: 1,000,000 − 950,000 = 50,000 messages not yet handled.",
  },
  "drain-time": {
    question:
      "Lag 50,000; the producer writes 5,000 messages a second and the consumers handle 6,000. How long until the lag is zero?",
    options: [
      { id: "8", label: "About 8 s (50,000 / 6,000)" },
      { id: "10", label: "10 s (50,000 / 5,000)" },
      { id: "50", label: "50 s" },
      { id: "never", label: "Never" },
    ],
    answer: drainLabel(drainSeconds(lag, LAG_EXAMPLE.produceRate, LAG_EXAMPLE.consumeRate)),
    why: "New messages keep arriving while you catch up, so only the surplus drains the backlog: 50,000 / (6,000 − 5,000) = 50 s.",
  },
  "slower-consumer": {
    question:
      "Same lag of 50,000, but now the producer writes 6,000 a second and the consumers handle 5,000. When does the lag reach zero?",
    options: [
      { id: "50", label: "After 50 s" },
      { id: "100", label: "After 100 s" },
      { id: "never", label: "Never: it grows by 1,000 every second" },
    ],
    answer: drainLabel(drainSeconds(lag, SLOW_CONSUMER.produceRate, SLOW_CONSUMER.consumeRate)),
    why: "A consumer slower than its producer falls further behind every second (here by 1,000 a second). Add consumers (up to the partition count), speed them up, or shed load.",
  },
  "poison-no-dlq": {
    question: `Partition: order-101, order-102 (malformed), order-103, order-104. No DLQ. After ${STEP_LIMIT} delivery attempts, how many of order-103 and order-104 have been processed?`,
    options: [
      { id: "0", label: "None: both are stuck behind order-102" },
      { id: "1", label: "One of them" },
      { id: "2", label: "Both: the consumer skips the bad one" },
    ],
    answer: String(behindPoison(noDlq)),
    why: `Without a DLQ the consumer retries order-102 for ever: ${noDlq.attemptsPerMessage["order-102"]} of the ${STEP_LIMIT} attempts go to it, and a partition is read in order, so nothing behind it moves.`,
  },
  "poison-dlq-attempts": {
    question:
      'Now the policy is "DLQ after 3 retries". How many delivery attempts does order-102 get before it is moved to the DLQ?',
    options: [
      { id: "3", label: "3" },
      { id: "4", label: "4" },
      { id: "5", label: "5" },
      { id: "unlimited", label: "Unlimited: it still loops" },
    ],
    answer: String(withDlq.attemptsPerMessage["order-102"]),
    why: "The first attempt is not a retry. 1 attempt + 3 retries = 4 attempts; when the 4th fails, the consumer publishes order-102 to the DLQ, then acknowledges it, and order-103 and order-104 are processed. In SQS this is maxReceiveCount = 4.",
  },
  "transient-failure": {
    question:
      'With "DLQ after 3 retries", order-201 fails twice (a database timeout) and would succeed on a third try. What happens to it?',
    options: [
      { id: "processed", label: "It is processed on its 3rd attempt" },
      { id: "dead-lettered", label: "It goes to the DLQ after its 2nd failure" },
    ],
    answer: transient.processed.includes("order-201") ? "processed" : "dead-lettered",
    why: "Retries exist for exactly this: a transient fault clears and the message goes through. The DLQ only catches messages that fail every attempt the budget allows.",
  },
  "poison-in-a-queue": {
    question:
      "The same four messages in a work queue instead of a log partition, still with no DLQ. What happens to order-103 and order-104?",
    options: [
      { id: "stuck", label: "They stay stuck behind order-102" },
      { id: "processed", label: "They are processed, but order-102 keeps coming back for ever" },
    ],
    answer: behindPoison(queueNoDlq) === 2 && queueNoDlq.stuck ? "processed" : "stuck",
    why: "A queue makes a failed message visible again later instead of blocking the line, so other messages get through. The poison message still never leaves: it burns an attempt each time it returns, which is why queues need a DLQ too.",
  },
};
