import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import { BATCH_ORDERS, runWritePath, type Fault, type Verdict, type WritePathInput } from "@/lib/outbox/write-path";

/**
 * The OutboxFailureGame's questions. Every answer is read off a run of the
 * model, so the key cannot drift from what the simulator shows.
 */
export const VERDICT_OPTIONS: readonly { id: Verdict; label: string }[] = [
  { id: "on-time", label: "Delivered once, on time" },
  { id: "delayed", label: "Delivered once, but late" },
  { id: "duplicated", label: "Delivered more than once" },
  { id: "lost", label: "Lost: it never reaches the search index" },
];

/** The run each scenario is about (the questions state these inputs). */
export const SCENARIO_INPUTS = {
  "dual-crash-after-commit": { design: "dual-write", fault: "crash-after-commit" },
  "outbox-crash-after-commit": { design: "outbox", fault: "crash-after-commit", relay: "in-service" },
  "outbox-relay-dies": { design: "outbox", fault: "relay-dies-before-sent" },
  "outbox-mid-batch": { design: "outbox", fault: "relay-fails-mid-batch" },
  "dual-broker-down": { design: "dual-write", fault: "broker-down" },
  "outbox-broker-down": { design: "outbox", fault: "broker-down" },
  "index-timeout-auto-id": { design: "outbox", fault: "index-timeout-retry", indexer: "auto-id" },
} as const satisfies Record<string, WritePathInput>;

export type OutboxScenarioKey = keyof typeof SCENARIO_INPUTS;

const focus = (key: OutboxScenarioKey) => runWritePath(SCENARIO_INPUTS[key]).focus.verdict;

/** The orders the broker carried more than once in the mid-batch run, e.g. "o-41+o-42". */
export function duplicatedOrders(input: WritePathInput): string {
  const twice = runWritePath(input)
    .events.filter((event) => event.published > 1)
    .map((event) => event.order);
  return twice.length === 0 ? "none" : twice.join("+");
}

export const OUTBOX_SCENARIOS: PredictionScenarios = {
  "dual-crash-after-commit": {
    question:
      "Dual write: the order service commits o-42 to the database, then crashes before its publish to the broker. What happens to the OrderPlaced event?",
    options: VERDICT_OPTIONS,
    answer: focus("dual-crash-after-commit"),
    why: "The only record that an event was owed lived in the crashed handler's memory. The order is in the database, the broker never hears of it, and search never shows it: the two stores now disagree, with nothing to repair them.",
  },
  "outbox-crash-after-commit": {
    question:
      "Outbox, with the relay running as a loop inside the order service: the service commits o-42 with its outbox row and crashes at once. It is restarted 60 s later. What happens to the event?",
    options: VERDICT_OPTIONS,
    answer: focus("outbox-crash-after-commit"),
    why: "The outbox row was committed in the same transaction as the order, so the debt survives the crash. The restarted relay finds the unsent row and publishes it about a minute late. (A relay in its own process would not even be late.)",
  },
  "outbox-relay-dies": {
    question:
      "Outbox: the relay publishes o-42, the broker accepts it, and the relay dies before its UPDATE of sent_at commits. What does the broker end up carrying?",
    options: VERDICT_OPTIONS,
    answer: focus("outbox-relay-dies"),
    why: "The row still says unsent, so the restarted relay publishes it again. That is at-least-once delivery: nothing is lost, but consumers must treat a repeated event_id (or order id) as already done.",
  },
  "outbox-mid-batch": {
    question:
      "Outbox: the relay locks three unsent rows (o-41, o-42, o-43), sends o-41 and o-42, and the connection drops while it sends o-43. The transaction rolls back and the relay retries the batch. Which events does the broker receive twice?",
    options: [
      { id: "none", label: "None: the rollback means nothing was sent" },
      { id: "o-41+o-42", label: "o-41 and o-42" },
      { id: "o-43", label: "o-43 only" },
      { id: "o-41+o-42+o-43", label: "All three" },
    ],
    answer: duplicatedOrders(SCENARIO_INPUTS["outbox-mid-batch"]),
    why: "A database rollback cannot recall messages the broker already accepted. The retry sends the whole batch again, so the two rows published before the failure arrive twice. Duplicates come from a mid-batch failure as well as from a lost acknowledgement.",
  },
  "dual-broker-down": {
    question:
      "Dual write: the broker is down for 30 minutes. The handler commits o-42, retries its publish 3 times one second apart, then gives up and logs an error. What happens to the event?",
    options: VERDICT_OPTIONS,
    answer: focus("dual-broker-down"),
    why: "Four attempts in three seconds cannot outlast a thirty-minute outage, and once the handler gives up, nothing remembers the event. Retrying longer would hold the shopper's request hostage to the broker.",
  },
  "outbox-broker-down": {
    question:
      "Outbox: the broker is down for 30 minutes. The relay retries every 1.2 s (1 s backoff plus its 0.2 s loop). What happens to o-42's event?",
    options: VERDICT_OPTIONS,
    answer: focus("outbox-broker-down"),
    why: "Checkout keeps working, because it writes only the database. The unsent rows wait in the outbox and go out when the broker returns, about 30 minutes late. Watch the age of the oldest unsent row and the table's growth while you wait.",
  },
  "index-timeout-auto-id": {
    question:
      "Outbox, and the broker delivers o-42 once. The indexer's write reaches the index, but the reply takes longer than the 2 s timeout, so the indexer retries. The indexer lets the index pick each document's id. What does search end up with?",
    options: VERDICT_OPTIONS,
    answer: focus("index-timeout-auto-id"),
    why: "A timeout does not mean the write failed. The retry adds a second document with a new id, so o-42 shows up twice. The outbox cannot help here: only an idempotent write, such as an upsert keyed by the order id, makes the retry harmless.",
  },
};

/** The failures the learner can inject, each with the questions to answer before its runs are shown. */
export const OUTBOX_CASES: readonly { fault: Exclude<Fault, "none">; label: string; scenarios: OutboxScenarioKey[] }[] =
  [
    {
      fault: "crash-after-commit",
      label: "The service crashes right after the database commit",
      scenarios: ["dual-crash-after-commit", "outbox-crash-after-commit"],
    },
    {
      fault: "relay-dies-before-sent",
      label: "The relay dies after publishing, before marking sent_at",
      scenarios: ["outbox-relay-dies"],
    },
    {
      fault: "relay-fails-mid-batch",
      label: "The relay's connection drops in the middle of a batch",
      scenarios: ["outbox-mid-batch"],
    },
    {
      fault: "broker-down",
      label: "The broker is down for 30 minutes",
      scenarios: ["dual-broker-down", "outbox-broker-down"],
    },
    {
      fault: "index-timeout-retry",
      label: "The search index times out and the indexer retries",
      scenarios: ["index-timeout-auto-id"],
    },
  ];

export const BATCH_LABEL = BATCH_ORDERS.join(", ");
