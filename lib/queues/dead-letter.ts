/**
 * Poison messages, retries and a dead-letter queue (DLQ). Pure and deterministic.
 *
 * Counting, stated once: a *delivery attempt* is one time the consumer receives
 * a message and tries to process it. The first attempt is not a retry; every
 * later one is. "DLQ after 3 retries" therefore allows 1 + 3 = 4 attempts: when
 * the 4th attempt fails, the consumer publishes the message to the DLQ and only
 * then acknowledges (commits) it on the main queue. In Amazon SQS terms that
 * is a redrive policy with maxReceiveCount = 4, because SQS counts receives.
 *
 * Two shapes of pipe:
 * - "partition": an ordered log partition read by one consumer of a group. A
 *   failed message is read again before anything behind it (head-of-line).
 * - "queue": a work queue. A failed message becomes visible again later (here:
 *   it goes to the back), so the messages behind it still get processed.
 */
export type Message = {
  id: string;
  /** How many attempts fail before one succeeds; "always" for a poison message. */
  failures: number | "always";
};

/** null = no DLQ: retry for ever. */
export type DlqPolicy = { maxRetries: number | null };

export type Pipe = "partition" | "queue";

export type Outcome = "processed" | "failed" | "dead-lettered";

export type Attempt = { step: number; message: string; attempt: number; outcome: Outcome };

export type PipeRun = {
  attempts: Attempt[];
  processed: string[];
  deadLettered: string[];
  /** Messages neither processed nor dead-lettered when the run stopped. */
  waiting: string[];
  attemptsPerMessage: Record<string, number>;
  /** True when the step limit ran out with messages still waiting. */
  stuck: boolean;
};

/** Attempts a message gets before it is moved to the DLQ: the first try plus the retries. */
export const attemptsAllowed = (maxRetries: number) => maxRetries + 1;

/** The SQS redrive setting for "move after `retries` retries": SQS counts receives, not retries. */
export const sqsMaxReceiveCount = (retries: number) => retries + 1;

export function runPipe(
  messages: readonly Message[],
  policy: DlqPolicy,
  { pipe = "partition", stepLimit = 20 }: { pipe?: Pipe; stepLimit?: number } = {},
): PipeRun {
  if (policy.maxRetries !== null && (!Number.isInteger(policy.maxRetries) || policy.maxRetries < 0))
    throw new Error("maxRetries must be a whole number ≥ 0, or null for no DLQ");
  if (!Number.isInteger(stepLimit) || stepLimit < 1) throw new Error("stepLimit must be a whole number ≥ 1");
  if (new Set(messages.map((m) => m.id)).size !== messages.length) throw new Error("message ids must be unique");
  for (const message of messages) {
    if (message.failures !== "always" && (!Number.isInteger(message.failures) || message.failures < 0))
      throw new Error(`${message.id}: failures must be a whole number ≥ 0 or "always"`);
  }

  const pending = [...messages];
  const attemptsPerMessage: Record<string, number> = Object.fromEntries(messages.map((m) => [m.id, 0]));
  const attempts: Attempt[] = [];
  const processed: string[] = [];
  const deadLettered: string[] = [];

  for (let step = 1; step <= stepLimit && pending.length > 0; step++) {
    const message = pending[0]!;
    const attempt = ++attemptsPerMessage[message.id]!;
    const fails = message.failures === "always" || attempt <= message.failures;
    if (!fails) {
      attempts.push({ step, message: message.id, attempt, outcome: "processed" });
      processed.push(message.id);
      pending.shift();
      continue;
    }
    if (policy.maxRetries !== null && attempt >= attemptsAllowed(policy.maxRetries)) {
      // Publish to the DLQ first, then acknowledge on the main queue: never the other way round.
      attempts.push({ step, message: message.id, attempt, outcome: "dead-lettered" });
      deadLettered.push(message.id);
      pending.shift();
      continue;
    }
    attempts.push({ step, message: message.id, attempt, outcome: "failed" });
    if (pipe === "queue") pending.push(pending.shift()!);
  }
  return {
    attempts,
    processed,
    deadLettered,
    waiting: pending.map((m) => m.id),
    attemptsPerMessage,
    stuck: pending.length > 0,
  };
}
