import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import {
  BEHAVIOURS,
  TIMING,
  replyClass,
  runLostMessage,
  type Behaviour,
  type Fault,
  type LostMessageRun,
} from "@/lib/idempotency/lost-message";

/**
 * The LostMessageSim's questions. Every answer is read off runs of the model,
 * so the key cannot drift from what the simulator shows.
 */
export const CHARGE_OPTIONS: readonly { id: string; label: string }[] = [
  { id: "0", label: "Not at all" },
  { id: "1", label: "Once" },
  { id: "2", label: "Twice" },
  { id: "3+", label: "Three times or more" },
];

export const REPLY_OPTIONS: readonly { id: string; label: string }[] = [
  { id: "replay", label: "The stored response, replayed, with no new charge" },
  { id: "fresh", label: "A new charge and a fresh 201 Created" },
  { id: "conflict", label: "409 Conflict: the key is still in progress" },
  { id: "timeout", label: "Nothing: it times out as well" },
];

export const BEHAVIOUR_LABELS: Record<Behaviour, string> = {
  "no-retry": "No retry",
  "retry-no-key": "Retry without a key",
  "retry-with-key": "Retry with the same key",
};

const run = (fault: Fault, behaviour: Behaviour) => runLostMessage({ fault, behaviour });

/** "0", "1", "2" or "3+": the charge options' ids. */
export function chargeBucket(charges: number): string {
  if (!Number.isInteger(charges) || charges < 0) throw new Error("charges must be a whole number ≥ 0");
  return charges >= 3 ? "3+" : String(charges);
}

/** How the app saw its first attempt end: "timeout at 3000", "201 at 500". */
function firstView(r: LostMessageRun): string {
  const reply = r.attempts[0]!.reply!;
  return reply.kind === "timeout" ? `timeout at ${reply.atMs}` : `${reply.status} at ${reply.atMs}`;
}

/** Whether a lost request and a lost response look the same to the app before it retries. */
export function lossesLookAlike(): boolean {
  return firstView(run("request-lost", "no-retry")) === firstView(run("response-lost", "no-retry"));
}

/** The behaviours that charge exactly once when the request is lost. */
export function onceWhenRequestLost(): Behaviour[] {
  return BEHAVIOURS.filter((behaviour) => run("request-lost", behaviour).charges === 1);
}

const attemptsToPay = (fault: Fault) => {
  const r = run(fault, "retry-with-key");
  return r.end.result === "paid" ? String(r.attempts.length) : "never";
};

export const LOST_MESSAGE_SCENARIOS: PredictionScenarios = {
  "lost-request-view": {
    question:
      "The app's first request is lost on the way to the server. Before it retries, what does the app see, compared with a run where the request arrives and the response is lost instead?",
    options: [
      { id: "same-timeout", label: "A timeout after 3 s, exactly as a lost response would look" },
      { id: "error-vs-timeout", label: "A connection error at once; a lost response gives a timeout" },
      { id: "404-vs-timeout", label: "A 404, since the server never saw the request; a lost response gives a timeout" },
      { id: "timeout-vs-late-201", label: "A timeout; a lost response still shows up later as a 201" },
    ],
    answer: lossesLookAlike() ? "same-timeout" : "error-vs-timeout",
    why: "In both runs the app hears nothing and its 3 s timer fires at the same moment. Silence carries no information about where the message died, so the app cannot know whether the card was charged.",
  },
  "lost-request-behaviours": {
    question:
      "The request is lost. Which client behaviour ends with the card charged exactly once: no retry, a retry without a key, or a retry with the same key?",
    options: [
      { id: "with-key-only", label: "Only the retry with the same key" },
      { id: "either-retry", label: "Either kind of retry" },
      { id: "no-retry", label: "Only not retrying" },
      { id: "none", label: "None of them" },
    ],
    answer: (() => {
      const once = onceWhenRequestLost();
      if (once.length === 2 && !once.includes("no-retry")) return "either-retry";
      if (once.length === 1 && once[0] === "retry-with-key") return "with-key-only";
      if (once.length === 1 && once[0] === "no-retry") return "no-retry";
      return "none";
    })(),
    why: "When the request never arrived, any retry is the first copy the server sees, so both retries charge once; not retrying charges nothing. A key only matters when the first copy did arrive, and the app cannot tell which case it is in. So it must retry, and it must carry a key.",
  },
  "lost-response-no-key": {
    question:
      "The server charges the card and replies, but the response is lost. The app times out and retries without a key. How many times is the card charged?",
    options: CHARGE_OPTIONS,
    answer: chargeBucket(run("response-lost", "retry-no-key").charges),
    why: "The retry is a new request as far as the server knows, so it charges again. The shopper sees one success and has paid twice: the classic double charge.",
  },
  "lost-response-with-key": {
    question: "Same lost response, but the retry carries the same Idempotency-Key. What does the retry get back?",
    options: REPLY_OPTIONS,
    answer: replyClass(run("response-lost", "retry-with-key"), 2),
    why: "The first attempt stored its 201 with the key before replying. The retry finds the key done and gets that response again, byte for byte, without touching the card network.",
  },
  "crash-retry-reply": {
    question: `The server claims the key (lease ${TIMING.leaseMs / 1000} s), then crashes before calling the card network. What does the app's retry at t = 4 s get?`,
    options: REPLY_OPTIONS,
    answer: replyClass(run("crash", "retry-with-key"), 2),
    why: "The key store still shows the dead attempt's claim as in progress, and nothing can clear it: the process that would run its error path is gone. Until the lease runs out, every duplicate gets 409 Conflict.",
  },
  "crash-attempts": {
    question: `Same crash. The app backs off 1, 2, 4 and 8 s between attempts and makes at most ${TIMING.maxAttempts}. On which attempt does the payment go through?`,
    options: [
      { id: "2", label: "Attempt 2" },
      { id: "3", label: "Attempt 3" },
      { id: "4", label: "Attempt 4" },
      { id: "5", label: "Attempt 5" },
      { id: "never", label: "Never: the app gives up first" },
    ],
    answer: attemptsToPay("crash"),
    why: "Attempts 2 and 3 arrive while the crashed claim's lease still runs, and get 409. Attempt 4 arrives just after the lease has run out, claims the key and charges once. A lease much longer than the work would make the app give up; a lease shorter than the work would let two attempts charge.",
  },
  "slow-retry-reply": {
    question:
      "The card network is slow: a charge takes 4.5 s. The app times out at 3 s and retries with the same key at t = 4 s, while the first charge is still running. What does that retry get?",
    options: REPLY_OPTIONS,
    answer: replyClass(run("slow-duplicate", "retry-with-key"), 2),
    why: "A concurrent duplicate must not start a second charge, and holding it open would tie up a connection for as long as the first takes. The server answers 409 Conflict with Retry-After; the next retry finds the key done and gets the stored 201.",
  },
  "slow-no-key": {
    question:
      "Same slow card network (4.5 s a charge, a 3 s timeout), but the app retries without a key, up to 5 attempts. How many times is the card charged?",
    options: CHARGE_OPTIONS,
    answer: chargeBucket(run("slow-duplicate", "retry-no-key").charges),
    why: "Every attempt times out before its charge finishes, so every attempt causes a charge, and the app still ends on an error screen. A timeout shorter than the work turns each retry into another payment.",
  },
  "charge-error-retry": {
    question:
      "The card network refuses the first charge, and the server's error path marks the key failed and replies 503. What does the retry with the same key get?",
    options: REPLY_OPTIONS,
    answer: replyClass(run("charge-error", "retry-with-key"), 2),
    why: "Nothing was charged, and the handler said so by marking the key failed instead of leaving it in progress. The retry claims the key again and charges once. Left in progress, the key would answer 409 until its lease ran out.",
  },
};

/** The failures the learner can choose, each with the questions to answer before its runs are shown. */
export const LOST_MESSAGE_CASES: readonly { fault: Exclude<Fault, "none">; label: string; scenarios: string[] }[] = [
  {
    fault: "request-lost",
    label: "The request is lost on the way to the server",
    scenarios: ["lost-request-view", "lost-request-behaviours"],
  },
  {
    fault: "response-lost",
    label: "The response is lost on the way back",
    scenarios: ["lost-response-no-key", "lost-response-with-key"],
  },
  {
    fault: "crash",
    label: "The server crashes mid-processing (after claiming the key, before charging)",
    scenarios: ["crash-retry-reply", "crash-attempts"],
  },
  {
    fault: "slow-duplicate",
    label: "The charge is slow, so a retry arrives while the first is in progress",
    scenarios: ["slow-retry-reply", "slow-no-key"],
  },
  {
    fault: "charge-error",
    label: "The card network refuses the first charge (an error the server catches)",
    scenarios: ["charge-error-retry"],
  },
];

/** The lease lengths the learner may try once a case is open. */
export const LEASE_CHOICES: readonly { ms: number; label: string }[] = [
  { ms: 3_000, label: "3 s: shorter than a slow charge" },
  { ms: TIMING.leaseMs, label: "10 s: twice the 5 s charge deadline" },
  { ms: 30_000, label: "30 s: very cautious" },
];
