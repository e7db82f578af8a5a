import { formatMs } from "@/lib/simulators/format-time";

/** Seconds for a step's time stamp: 0 s, 0.45 s, 10.7 s (the shared formatter). */
export const formatSeconds = formatMs;
/**
 * One payment, POST /payments for €40, from an app to a payment server that
 * charges a card network, with one thing going wrong on the first attempt.
 * The same failure is run for three client behaviours: no retry, retries
 * without an idempotency key, and retries carrying the same key. Pure and
 * deterministic: a small discrete-event simulation in whole milliseconds.
 *
 * The server, with a key, follows the lesson's handler:
 * - claim the key atomically (in progress, with a lease), unless it exists;
 * - a key that is done replays its stored response, with no new charge;
 * - a key in progress under a live lease gets 409 Conflict (with Retry-After),
 *   rather than a held-open request: the duplicate costs the server nothing and
 *   the app already has a retry loop (the IETF Idempotency-Key draft's choice);
 * - a key whose lease has expired, or that is marked failed, is claimed again;
 * - a result is stored only by the attempt that still holds the claim (fencing);
 * - an error before any charge marks the key failed, so a retry can run.
 * Without a key the server simply charges every request it receives.
 */
export type Fault = "none" | "request-lost" | "crash" | "response-lost" | "slow-duplicate" | "charge-error";
export type Behaviour = "no-retry" | "retry-no-key" | "retry-with-key";

export type LostMessageInput = {
  fault: Fault;
  behaviour: Behaviour;
  /** How long a claim stays "in progress" before another attempt may take it over. */
  leaseMs?: number;
};

export type Actor = "app" | "network" | "server" | "key-store" | "card-network";
export type StepKind = "ok" | "fail" | "info";
export type Step = { atMs: number; actor: Actor; kind: StepKind; text: string };

export type KeyStatus = "in-progress" | "done" | "failed";
/** What one attempt got back, as the app saw it. */
export type AttemptReply =
  { kind: "response"; status: number; replayed: boolean; atMs: number } | { kind: "timeout"; atMs: number };
export type Attempt = { n: number; sentAtMs: number; reply: AttemptReply | null };

export type LostMessageRun = {
  input: Required<LostMessageInput>;
  steps: Step[];
  /** Times the card was charged. */
  charges: number;
  chargeTimesMs: number[];
  attempts: Attempt[];
  /** How the app ended: it showed "Paid" (with the status it got) or gave up with an error. */
  end: { result: "paid" | "gave-up"; atMs: number; status: number | null };
  /** The key's last state in the store (null without a key). */
  keyStatus: KeyStatus | null;
};

export const TIMING = {
  /** Each way across the network. */
  oneWayMs: 50,
  /** A normal charge at the card network. */
  chargeMs: 400,
  /** A charge while the card network is slow (the slow-duplicate fault). */
  slowChargeMs: 4_500,
  /** The server abandons a card-network call after this; the lease must outlast it. */
  chargeDeadlineMs: 5_000,
  /** How long the card network takes to refuse a charge (the charge-error fault). */
  refuseMs: 100,
  /** The app gives up waiting for a reply after 3 s. */
  clientTimeoutMs: 3_000,
  /** Waits before retries 1, 2, 3 and 4: exponential backoff (jitter left out so runs are reproducible). */
  backoffMs: [1_000, 2_000, 4_000, 8_000],
  /** One try and four retries. */
  maxAttempts: 5,
  /** A claim's lease: twice the charge deadline. */
  leaseMs: 10_000,
  /** The 409's Retry-After, in seconds (the app's backoff is never shorter). */
  retryAfterS: 1,
} as const;

export const KEY = "k-8e03";
export const AMOUNT = "€40";

export const FAULTS: readonly Fault[] = [
  "none",
  "request-lost",
  "crash",
  "response-lost",
  "slow-duplicate",
  "charge-error",
];
export const BEHAVIOURS: readonly Behaviour[] = ["no-retry", "retry-no-key", "retry-with-key"];

const statusText = (status: number) =>
  status === 201
    ? "201 Created"
    : status === 409
      ? "409 Conflict"
      : status === 503
        ? "503 Service Unavailable"
        : String(status);

type Event =
  | { type: "send"; n: number }
  | { type: "arrive"; n: number }
  | { type: "charge-done"; n: number }
  | { type: "refused"; n: number }
  | { type: "reply"; n: number; status: number; replayed: boolean }
  | { type: "timeout"; n: number };

type KeyRecord = { status: KeyStatus; owner: number; leaseUntilMs: number; stored: number | null };

export function runLostMessage(input: LostMessageInput): LostMessageRun {
  if (!FAULTS.includes(input.fault)) throw new Error(`unknown fault "${String(input.fault)}"`);
  if (!BEHAVIOURS.includes(input.behaviour)) throw new Error(`unknown behaviour "${String(input.behaviour)}"`);
  const leaseMs = input.leaseMs ?? TIMING.leaseMs;
  if (!Number.isInteger(leaseMs) || leaseMs <= 0) throw new Error("the lease must be a whole number of ms above 0");
  const full: Required<LostMessageInput> = { fault: input.fault, behaviour: input.behaviour, leaseMs };
  const withKey = full.behaviour === "retry-with-key";
  const retries = full.behaviour !== "no-retry";
  const chargeMs = full.fault === "slow-duplicate" ? TIMING.slowChargeMs : TIMING.chargeMs;

  const steps: Step[] = [];
  const step = (atMs: number, actor: Actor, kind: StepKind, text: string) => steps.push({ atMs, actor, kind, text });

  // The event queue: by time, then by the order events were scheduled.
  const queue: { atMs: number; seq: number; event: Event }[] = [];
  let seq = 0;
  const schedule = (atMs: number, event: Event) => queue.push({ atMs, seq: seq++, event });
  const next = () => {
    queue.sort((a, b) => a.atMs - b.atMs || a.seq - b.seq);
    return queue.shift();
  };

  const attempts: Attempt[] = [];
  let waitingOn: number | null = null;
  let end: LostMessageRun["end"] | null = null;
  const chargeTimesMs: number[] = [];
  // The key store: one key, the app's, only used by the run with a key.
  const keys = new Map<string, KeyRecord>();

  const retryOrGiveUp = (atMs: number, why: string) => {
    const used = attempts.length;
    if (!retries || used >= TIMING.maxAttempts) {
      waitingOn = null;
      end = { result: "gave-up", atMs, status: null };
      step(
        atMs,
        "app",
        "fail",
        retries
          ? `${why} That was attempt ${used} of ${TIMING.maxAttempts}: it gives up and shows "Payment failed".`
          : `${why} It does not retry: it shows "Payment failed".`,
      );
      return;
    }
    const wait = TIMING.backoffMs[used - 1]!;
    waitingOn = null;
    step(atMs, "app", "info", `${why} It waits ${formatSeconds(wait)}, then retries${withKey ? ` with ${KEY}` : ""}.`);
    schedule(atMs + wait, { type: "send", n: used + 1 });
  };

  const reply = (atMs: number, n: number, status: number, replayed: boolean) => {
    const lost = full.fault === "response-lost" && n === 1;
    step(
      atMs,
      "server",
      status === 201 ? "ok" : "info",
      replayed
        ? `Replays the stored ${statusText(status)} to attempt ${n}.`
        : status === 409
          ? `Replies ${statusText(status)} to attempt ${n}, Retry-After: ${TIMING.retryAfterS}.`
          : `Replies ${statusText(status)} to attempt ${n}.`,
    );
    if (lost) {
      step(atMs + TIMING.oneWayMs, "network", "fail", `Drops the response to attempt ${n}.`);
      return;
    }
    schedule(atMs + TIMING.oneWayMs, { type: "reply", n, status, replayed });
  };

  const startCharge = (atMs: number, n: number) => {
    if (full.fault === "charge-error" && n === 1) {
      schedule(atMs + TIMING.refuseMs, { type: "refused", n });
      return;
    }
    schedule(atMs + chargeMs, { type: "charge-done", n });
  };

  schedule(0, { type: "send", n: 1 });
  for (let event = next(); event; event = next()) {
    const { atMs, event: e } = event;
    switch (e.type) {
      case "send": {
        attempts.push({ n: e.n, sentAtMs: atMs, reply: null });
        waitingOn = e.n;
        step(
          atMs,
          "app",
          "info",
          `Sends POST /payments for ${AMOUNT}, attempt ${e.n}${withKey ? `, Idempotency-Key: ${KEY}` : ", no key"}.`,
        );
        schedule(atMs + TIMING.clientTimeoutMs, { type: "timeout", n: e.n });
        if (full.fault === "request-lost" && e.n === 1) {
          step(atMs + TIMING.oneWayMs, "network", "fail", `Drops attempt ${e.n} on the way to the server.`);
        } else {
          schedule(atMs + TIMING.oneWayMs, { type: "arrive", n: e.n });
        }
        break;
      }
      case "arrive": {
        const record = keys.get(KEY) ?? null;
        const crashes = full.fault === "crash" && e.n === 1;
        if (!withKey) {
          step(
            atMs,
            "server",
            "info",
            `Receives attempt ${e.n} and, with no key to check, goes straight to the charge.`,
          );
          if (crashes) {
            step(atMs, "server", "fail", "Crashes before it calls the card network. Nothing was charged.");
            break;
          }
          startCharge(atMs, e.n);
          break;
        }
        const claimable =
          record === null ||
          record.status === "failed" ||
          (record.status === "in-progress" && record.leaseUntilMs <= atMs);
        if (claimable) {
          const why =
            record === null
              ? "is new"
              : record.status === "failed"
                ? "is marked failed"
                : `was in progress, but its lease ran out at ${formatSeconds(record.leaseUntilMs)}`;
          const claim: KeyRecord = {
            status: "in-progress",
            owner: e.n,
            leaseUntilMs: atMs + full.leaseMs,
            stored: null,
          };
          keys.set(KEY, claim);
          step(
            atMs,
            "key-store",
            "ok",
            `${KEY} ${why}: attempt ${e.n} claims it, in progress until ${formatSeconds(claim.leaseUntilMs)}.`,
          );
          if (crashes) {
            step(atMs, "server", "fail", "Crashes after claiming the key, before it calls the card network.");
            break;
          }
          startCharge(atMs, e.n);
          break;
        }
        if (record === null) throw new Error("unreachable: a missing key is always claimable");
        if (record.status === "done") {
          step(atMs, "key-store", "ok", `${KEY} is done: its stored response is returned, with no new charge.`);
          reply(atMs, e.n, record.stored!, true);
          break;
        }
        step(
          atMs,
          "key-store",
          "info",
          `${KEY} is in progress (attempt ${record.owner}'s claim runs until ${formatSeconds(record.leaseUntilMs)}).`,
        );
        reply(atMs, e.n, 409, false);
        break;
      }
      case "refused": {
        const record = keys.get(KEY);
        step(atMs, "card-network", "fail", `Refuses the connection for attempt ${e.n}: nothing is charged.`);
        if (withKey && record?.owner === e.n) {
          keys.set(KEY, { ...record, status: "failed", leaseUntilMs: atMs });
          step(atMs, "key-store", "info", `${KEY} is marked failed, so a retry may claim it.`);
        }
        reply(atMs, e.n, 503, false);
        break;
      }
      case "charge-done": {
        chargeTimesMs.push(atMs);
        const count = chargeTimesMs.length;
        step(
          atMs,
          "card-network",
          count === 1 ? "ok" : "fail",
          count === 1
            ? `Charges the card ${AMOUNT} (attempt ${e.n}).`
            : `Charges the card again: charge ${count} (attempt ${e.n}).`,
        );
        const record = keys.get(KEY);
        if (withKey) {
          if (record?.owner === e.n && record.status === "in-progress") {
            keys.set(KEY, { ...record, status: "done", stored: 201 });
            step(atMs, "key-store", "ok", `${KEY} is done; the 201 is stored with it.`);
          } else {
            step(
              atMs,
              "key-store",
              "fail",
              `Refuses attempt ${e.n}'s result: attempt ${record?.owner} holds ${KEY} now, so nothing is stored.`,
            );
          }
        }
        reply(atMs, e.n, 201, false);
        break;
      }
      case "reply": {
        const attempt = attempts[e.n - 1]!;
        if (waitingOn !== e.n) {
          step(
            atMs,
            "app",
            "info",
            `The reply to attempt ${e.n} arrives after the app stopped waiting for it: ignored.`,
          );
          break;
        }
        attempt.reply = { kind: "response", status: e.status, replayed: e.replayed, atMs };
        if (e.status === 201) {
          waitingOn = null;
          end = { result: "paid", atMs, status: 201 };
          step(atMs, "app", "ok", `Gets ${statusText(201)}${e.replayed ? " (a replay)" : ""} and shows "Paid".`);
        } else {
          retryOrGiveUp(atMs, `Gets ${statusText(e.status)}.`);
        }
        break;
      }
      case "timeout": {
        if (waitingOn !== e.n) break;
        attempts[e.n - 1]!.reply = { kind: "timeout", atMs };
        step(
          atMs,
          "app",
          "fail",
          `Hears nothing for ${formatSeconds(TIMING.clientTimeoutMs)}: attempt ${e.n} times out. Charged or not? It cannot tell.`,
        );
        retryOrGiveUp(atMs, "");
        break;
      }
    }
  }

  if (end === null) throw new Error("the run ended without the app deciding");
  // Tidy the app's own lines: a timeout's follow-up line starts with a space when `why` is empty.
  for (const s of steps) s.text = s.text.trimStart();
  return {
    input: full,
    steps,
    charges: chargeTimesMs.length,
    chargeTimesMs,
    attempts,
    end,
    keyStatus: withKey ? (keys.get(KEY)?.status ?? null) : null,
  };
}

/** How the app's attempt `n` was answered, in the words of the prediction options. */
export type ReplyClass = "replay" | "fresh" | "conflict" | "error" | "timeout";
export function replyClass(run: LostMessageRun, n: number): ReplyClass {
  const attempt = run.attempts[n - 1];
  if (!attempt) throw new Error(`the run has no attempt ${n}`);
  const got = attempt.reply;
  if (got === null || got.kind === "timeout") return "timeout";
  if (got.replayed) return "replay";
  if (got.status === 201) return "fresh";
  if (got.status === 409) return "conflict";
  return "error";
}
