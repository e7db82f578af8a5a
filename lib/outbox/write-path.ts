import { formatMs } from "@/lib/simulators/format-time";
import { formatNumber } from "@/lib/format/number";

export { formatMs };
/**
 * One order's event on its way from the database to the search index, under a
 * dual write or a transactional outbox, with one injected failure. Pure and
 * deterministic: the same inputs always give the same steps and verdict.
 *
 * The write path:
 * - the order service commits order o-42 to the database (the system of record);
 * - dual write: the service then publishes `OrderPlaced` to the broker itself;
 * - outbox: the same transaction also inserts an outbox row; a relay polls the
 *   outbox every 0.2 s, publishes unsent rows and marks them sent (`sent_at`)
 *   in one database transaction;
 * - a search indexer consumes the broker and writes the index, which makes a
 *   document searchable about 1 s later (Elasticsearch's default refresh).
 *
 * Times are whole milliseconds after the commit, so no rounding creeps in.
 */
export type Design = "dual-write" | "outbox";
export type Fault =
  | "none"
  | "crash-after-commit"
  | "relay-dies-before-sent"
  | "relay-fails-mid-batch"
  | "broker-down"
  | "index-timeout-retry";
/** How the indexer writes: a new document each time (the index picks the id), or an upsert keyed by order id. */
export type IndexerMode = "auto-id" | "upsert-by-order-id";
/** Where the outbox relay runs: a loop inside the order service's process, or a process of its own. */
export type RelayPlacement = "in-service" | "own-process";
export type Verdict = "on-time" | "delayed" | "duplicated" | "lost";

export type WritePathInput = {
  design: Design;
  fault: Fault;
  indexer?: IndexerMode;
  relay?: RelayPlacement;
};

export type Actor = "service" | "database" | "relay" | "broker" | "indexer" | "index";
export type StepKind = "ok" | "fail" | "info";
export type Step = { atMs: number; actor: Actor; kind: StepKind; text: string };

export type EventOutcome = {
  order: string;
  /** Copies of the event the broker accepted. */
  published: number;
  /** Documents for this order in the search index at the end. */
  docs: number;
  /** When the order first became searchable, or null if it never did. */
  searchableAtMs: number | null;
  verdict: Verdict;
};

export type WritePathRun = {
  input: Required<WritePathInput>;
  steps: Step[];
  /** One outcome per order in the run (three for the mid-batch fault, one otherwise). */
  events: EventOutcome[];
  /** The outcome of o-42, the order every question is about. */
  focus: EventOutcome;
  /** Failed publish attempts (by the relay or the service). */
  failedPublishes: number;
  /** The oldest unsent outbox row's age when it was finally sent, in ms (0 without an outbox). */
  oldestUnsentMs: number;
  /** True when the fault has nowhere to land in this design (no relay in a dual write). */
  faultNotApplicable: boolean;
};

export const TIMING = {
  /** The relay's loop sleeps 0.2 s between polls. */
  pollMs: 200,
  /** After a failed publish the relay backs off 1 s, then sleeps its usual 0.2 s. */
  backoffMs: 1_000,
  /** A crashed process is restarted 60 s later. */
  restartMs: 60_000,
  /** The broker outage lasts 30 minutes. */
  brokerOutageMs: 30 * 60_000,
  /** The indexer's client gives up on an index write after 2 s. */
  indexTimeoutMs: 2_000,
  /** A document becomes searchable 1 s after it is written (index refresh). */
  refreshMs: 1_000,
  /** In a dual write, the request handler retries a failed publish 3 times, 1 s apart, then gives up. */
  dualRetries: 3,
  /** Searchable within 5 s of the commit counts as on time. */
  onTimeMs: 5_000,
} as const;

export const FOCUS_ORDER = "o-42";
/** The mid-batch fault: three unsent rows in one batch; the connection drops while the third is sent. */
export const BATCH_ORDERS = ["o-41", "o-42", "o-43"] as const;

const DESIGNS: readonly Design[] = ["dual-write", "outbox"];
const FAULTS: readonly Fault[] = [
  "none",
  "crash-after-commit",
  "relay-dies-before-sent",
  "relay-fails-mid-batch",
  "broker-down",
  "index-timeout-retry",
];

/** The verdict for one event: lost beats duplicated beats delayed beats on time. */
export function verdictOf(published: number, docs: number, searchableAtMs: number | null): Verdict {
  if (published === 0 || searchableAtMs === null) return "lost";
  if (published > 1 || docs > 1) return "duplicated";
  return searchableAtMs > TIMING.onTimeMs ? "delayed" : "on-time";
}

type Ledger = { published: number; docs: number; searchableAtMs: number | null };

export function runWritePath(input: WritePathInput): WritePathRun {
  if (!DESIGNS.includes(input.design)) throw new Error(`unknown design "${String(input.design)}"`);
  if (!FAULTS.includes(input.fault)) throw new Error(`unknown fault "${String(input.fault)}"`);
  const full: Required<WritePathInput> = {
    design: input.design,
    fault: input.fault,
    indexer: input.indexer ?? "upsert-by-order-id",
    relay: input.relay ?? "in-service",
  };
  if (full.indexer !== "auto-id" && full.indexer !== "upsert-by-order-id") throw new Error("unknown indexer mode");
  if (full.relay !== "in-service" && full.relay !== "own-process") throw new Error("unknown relay placement");

  const steps: Step[] = [];
  const step = (atMs: number, actor: Actor, kind: StepKind, text: string) => steps.push({ atMs, actor, kind, text });
  const orders: string[] =
    full.fault === "relay-fails-mid-batch" && full.design === "outbox" ? [...BATCH_ORDERS] : [FOCUS_ORDER];
  const ledger = new Map<string, Ledger>(
    orders.map((order) => [order, { published: 0, docs: 0, searchableAtMs: null }]),
  );
  let failedPublishes = 0;
  let oldestUnsentMs = 0;
  const faultNotApplicable =
    full.design === "dual-write" && (full.fault === "relay-dies-before-sent" || full.fault === "relay-fails-mid-batch");

  /** The broker hands the event to the indexer, which writes the index. */
  const deliver = (order: string, atMs: number) => {
    const entry = ledger.get(order)!;
    entry.published += 1;
    step(
      atMs,
      "broker",
      "ok",
      `Accepts OrderPlaced(${order})${entry.published > 1 ? `: copy ${entry.published}` : ""}.`,
    );
    const written = (whenMs: number) => {
      if (full.indexer === "auto-id" || entry.docs === 0) entry.docs += 1;
      if (entry.searchableAtMs === null) entry.searchableAtMs = whenMs + TIMING.refreshMs;
    };
    if (full.fault === "index-timeout-retry" && order === FOCUS_ORDER && entry.published === 1) {
      written(atMs);
      step(atMs, "index", "info", `Applies the write for ${order}, but its reply is slow.`);
      const retryAt = atMs + TIMING.indexTimeoutMs + TIMING.backoffMs;
      step(atMs + TIMING.indexTimeoutMs, "indexer", "fail", "Times out after 2 s and does not know the write landed.");
      written(retryAt);
      step(
        retryAt,
        "indexer",
        full.indexer === "auto-id" ? "fail" : "ok",
        full.indexer === "auto-id"
          ? `Retries; the index creates a second document for ${order}.`
          : `Retries with ${order} as the document id; the upsert overwrites the same document.`,
      );
      return;
    }
    const before = entry.docs;
    written(atMs);
    step(
      atMs,
      "indexer",
      full.indexer === "auto-id" && before > 0 ? "fail" : "ok",
      full.indexer === "auto-id"
        ? before > 0
          ? `Writes ${order} again as a new document: ${entry.docs} documents now.`
          : `Writes ${order} as a new document.`
        : before > 0
          ? `Upserts ${order} again; still one document.`
          : `Upserts ${order} (document id = order id).`,
    );
  };

  // Commit: one row in a dual write, the row and its outbox row in an outbox design.
  for (const order of orders)
    step(
      0,
      "database",
      "ok",
      full.design === "outbox" ? `Commits ${order} and its outbox row in one transaction.` : `Commits ${order}.`,
    );

  if (full.design === "dual-write") {
    if (faultNotApplicable) step(0, "service", "info", "This design has no relay, so the fault has nowhere to land.");
    if (full.fault === "crash-after-commit") {
      step(0, "service", "fail", "Crashes before it publishes. The event lived only in the handler's memory.");
      step(TIMING.restartMs, "service", "info", "Restarts. Nothing records that an event is owed, so none is sent.");
    } else if (full.fault === "broker-down") {
      for (let attempt = 0; attempt <= TIMING.dualRetries; attempt++) {
        failedPublishes += 1;
        step(attempt * TIMING.backoffMs, "service", "fail", `Publish attempt ${attempt + 1} fails: broker down.`);
      }
      step(
        TIMING.dualRetries * TIMING.backoffMs,
        "service",
        "fail",
        "Gives up and logs an error; the order stays committed.",
      );
      step(TIMING.brokerOutageMs, "broker", "info", "Back after 30 min. Nobody re-sends the event.");
    } else {
      step(0, "service", "ok", `Publishes OrderPlaced(${FOCUS_ORDER}) from the request handler.`);
      deliver(FOCUS_ORDER, 0);
    }
  } else {
    const firstPoll = TIMING.pollMs;
    if (full.fault === "crash-after-commit") {
      step(0, "service", "fail", "Crashes right after the commit.");
      if (full.relay === "in-service") {
        step(0, "relay", "fail", "Dies with it: the relay loop runs inside the service.");
        const pollAt = TIMING.restartMs + TIMING.pollMs;
        step(TIMING.restartMs, "service", "info", "Restarts with its relay.");
        step(pollAt, "relay", "ok", `Finds ${FOCUS_ORDER}'s row unsent, publishes it and marks it sent.`);
        oldestUnsentMs = pollAt;
        deliver(FOCUS_ORDER, pollAt);
      } else {
        step(firstPoll, "relay", "ok", `Runs on in its own process: publishes ${FOCUS_ORDER} and marks it sent.`);
        oldestUnsentMs = firstPoll;
        deliver(FOCUS_ORDER, firstPoll);
      }
    } else if (full.fault === "relay-dies-before-sent") {
      step(firstPoll, "relay", "ok", `Locks ${FOCUS_ORDER}'s row and publishes it.`);
      deliver(FOCUS_ORDER, firstPoll);
      step(firstPoll, "relay", "fail", "Dies before its UPDATE of sent_at commits; the transaction rolls back.");
      const pollAt = firstPoll + TIMING.restartMs;
      step(pollAt - TIMING.pollMs, "relay", "info", "Restarted.");
      step(pollAt, "relay", "ok", `Finds ${FOCUS_ORDER}'s row still unsent and publishes it again.`);
      oldestUnsentMs = pollAt;
      deliver(FOCUS_ORDER, pollAt);
    } else if (full.fault === "relay-fails-mid-batch") {
      step(firstPoll, "relay", "info", `Locks a batch of ${orders.length} unsent rows.`);
      const sent = orders.slice(0, -1);
      for (const order of sent) {
        step(firstPoll, "relay", "ok", `Sends ${order}.`);
        deliver(order, firstPoll);
      }
      failedPublishes += 1;
      step(
        firstPoll,
        "relay",
        "fail",
        `The connection drops while sending ${orders.at(-1)}; the whole transaction rolls back, so no row is marked sent.`,
      );
      const retryAt = firstPoll + TIMING.backoffMs + TIMING.pollMs;
      step(retryAt, "relay", "ok", `Retries the batch: sends all ${orders.length} rows and marks them sent.`);
      for (const order of orders) deliver(order, retryAt);
      oldestUnsentMs = retryAt;
    } else if (full.fault === "broker-down") {
      const cycle = TIMING.backoffMs + TIMING.pollMs;
      let attemptAt = firstPoll;
      while (attemptAt < TIMING.brokerOutageMs) {
        failedPublishes += 1;
        attemptAt += cycle;
      }
      step(firstPoll, "relay", "fail", "Publish fails: broker down. The row stays unsent; back off 1 s and try again.");
      step(
        firstPoll + cycle,
        "relay",
        "fail",
        `Keeps failing every ${formatMs(cycle)} while the unsent rows pile up in the outbox table.`,
      );
      step(TIMING.brokerOutageMs, "broker", "info", "Back after 30 min.");
      step(
        attemptAt,
        "relay",
        "ok",
        `After ${formatNumber(failedPublishes)} failed attempts, publishes ${FOCUS_ORDER} (its row is now ${formatMs(attemptAt)} old: alert on this age) and marks it sent.`,
      );
      oldestUnsentMs = attemptAt;
      deliver(FOCUS_ORDER, attemptAt);
    } else {
      step(firstPoll, "relay", "ok", `Publishes ${FOCUS_ORDER} and marks it sent.`);
      oldestUnsentMs = firstPoll;
      deliver(FOCUS_ORDER, firstPoll);
    }
  }

  const events = orders.map((order) => {
    const { published, docs, searchableAtMs } = ledger.get(order)!;
    return { order, published, docs, searchableAtMs, verdict: verdictOf(published, docs, searchableAtMs) };
  });
  // Stable order: by time, then in the order the steps were written.
  const ordered = steps.map((s, index) => ({ s, index })).sort((a, b) => a.s.atMs - b.s.atMs || a.index - b.index);
  return {
    input: full,
    steps: ordered.map(({ s }) => s),
    events,
    focus: events.find((event) => event.order === FOCUS_ORDER)!,
    failedPublishes,
    oldestUnsentMs,
    faultNotApplicable,
  };
}
