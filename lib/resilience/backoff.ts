import { seededRandom } from "@/lib/realtime/schedule";

/**
 * Clients retrying after an outage, with no backoff, plain exponential backoff
 * or exponential backoff with full jitter. Pure and deterministic: the jitter
 * comes from a seeded generator, so the same settings always give the same
 * retries, in tests, on the server and in the browser.
 *
 * Counting, stated once so it is never ambiguous:
 * - An ATTEMPT is any call, the first included. "5 attempts" is the first try
 *   plus 4 RETRIES, with 4 waits between them.
 * - The wait before attempt k (k = 2, 3, …) has the ceiling base × 2^(k−2),
 *   capped at maxWaitMs: with base 100 ms, 100, 200, 400, 800 ms before
 *   attempts 2, 3, 4, 5. Counted by retry r = k − 1 instead: base × 2^(r−1).
 * - Plain exponential waits the ceiling exactly; full jitter waits a uniform
 *   random time in [0, ceiling); no backoff waits nothing.
 *
 * The run: every client's first attempt fails at t = 0, when the outage hits.
 * From then on the service answers at most `capacityPer100Ms` calls in each
 * 100 ms slot ([0, 100), [100, 200), …) and refuses the rest, which count as
 * failures; 0 means it stays down for the whole run. A client stops at its
 * first success, or gives up after its last attempt fails.
 */
export type BackoffPolicy = "none" | "exponential" | "full-jitter";
export const POLICIES: readonly BackoffPolicy[] = ["none", "exponential", "full-jitter"];
export const POLICY_NAMES: Record<BackoffPolicy, string> = {
  none: "No backoff",
  exponential: "Exponential",
  "full-jitter": "Exponential, full jitter",
};

export type BackoffSettings = {
  /** The ceiling of the first wait (before attempt 2), in ms. */
  baseMs: number;
  /** Attempts per client, the first included (2–10). */
  attempts: number;
  /** No single wait is longer than this, in ms. */
  maxWaitMs: number;
  clients: number;
  /** Calls the service answers per 100 ms slot after the outage; 0 = it stays down. */
  capacityPer100Ms: number;
  /** Seed of the jitter's random draws. */
  seed: number;
};

/** Seed 001 §8.3's figures: 100 ms doubling, 5 attempts, 1,000 clients, the service still down. */
export const WORKED_BACKOFF: BackoffSettings = {
  baseMs: 100,
  attempts: 5,
  maxWaitMs: 10_000,
  clients: 1_000,
  capacityPer100Ms: 0,
  seed: 1,
};

export const SLOT_MS = 100;

/** Null when the settings are usable; otherwise what is wrong, in words. */
export function backoffInputProblem(settings: BackoffSettings): string | null {
  const { baseMs, attempts, maxWaitMs, clients, capacityPer100Ms, seed } = settings;
  if (!(baseMs >= 1 && baseMs <= 10_000)) return "The base wait must be from 1 to 10,000 ms.";
  if (!Number.isInteger(attempts) || attempts < 2 || attempts > 10)
    return "Attempts must be a whole number from 2 to 10 (the first try counts as one).";
  if (!(maxWaitMs >= baseMs && maxWaitMs <= 600_000))
    return "The longest wait must be at least the base wait and at most 600,000 ms.";
  if (!Number.isInteger(clients) || clients < 1 || clients > 10_000)
    return "Clients must be a whole number from 1 to 10,000.";
  if (!Number.isInteger(capacityPer100Ms) || capacityPer100Ms < 0 || capacityPer100Ms > 100_000)
    return "The capacity must be a whole number of calls from 0 to 100,000 per 100 ms.";
  if (!Number.isInteger(seed)) return "The seed must be a whole number.";
  return null;
}

/** The ceilings of the waits before attempts 2 … attempts: base × 2^(k−2), capped. */
export function waitCeilings(baseMs: number, attempts: number, maxWaitMs = Number.POSITIVE_INFINITY): number[] {
  if (!(baseMs > 0) || !Number.isInteger(attempts) || attempts < 1)
    throw new RangeError("The base must be positive and attempts a whole number of at least 1.");
  return Array.from({ length: attempts - 1 }, (_, retry) => Math.min(maxWaitMs, baseMs * 2 ** retry));
}

/** The attempt (1-based, the first try being 1) that a wait of `waitMs` precedes, or null if none does. */
export function attemptAfterWait(baseMs: number, attempts: number, waitMs: number): number | null {
  const index = waitCeilings(baseMs, attempts).indexOf(waitMs);
  return index === -1 ? null : index + 2;
}

/** With full jitter each wait is uniform in [0, ceiling): on average half the plain total. */
export function expectedJitterTotalMs(baseMs: number, attempts: number, maxWaitMs?: number): number {
  return waitCeilings(baseMs, attempts, maxWaitMs).reduce((sum, ceiling) => sum + ceiling / 2, 0);
}

export type Retry = { client: number; attempt: number; atMs: number; ok: boolean };

export type ClientOutcome = {
  /** Time spent waiting between attempts, in ms. */
  waitedMs: number;
  attemptsUsed: number;
  /** When it got an answer, or null if it gave up. */
  servedAtMs: number | null;
  /** When it stopped: its success or its last failed attempt. */
  doneAtMs: number;
};

export type PolicyRun = {
  policy: BackoffPolicy;
  /** Every retry (attempt 2 onwards), in the order the service saw them. */
  retries: Retry[];
  clients: ClientOutcome[];
  served: number;
  gaveUp: number;
  meanWaitMs: number;
  minWaitMs: number;
  maxWaitMs: number;
  /** When the last client stopped, in ms. */
  lastDoneMs: number;
};

/** A binary heap of pending attempts, earliest first; ties go to the lower client, then the lower attempt. */
class AttemptQueue {
  private items: { atMs: number; client: number; attempt: number }[] = [];
  private before(a: number, b: number) {
    const x = this.items[a]!;
    const y = this.items[b]!;
    return x.atMs !== y.atMs ? x.atMs < y.atMs : x.client !== y.client ? x.client < y.client : x.attempt < y.attempt;
  }
  private swap(a: number, b: number) {
    [this.items[a], this.items[b]] = [this.items[b]!, this.items[a]!];
  }
  get size() {
    return this.items.length;
  }
  push(item: { atMs: number; client: number; attempt: number }) {
    this.items.push(item);
    let index = this.items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(index, parent)) break;
      this.swap(index, parent);
      index = parent;
    }
  }
  pop() {
    const top = this.items[0]!;
    const last = this.items.pop()!;
    if (this.items.length > 0) {
      this.items[0] = last;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let best = index;
        if (left < this.items.length && this.before(left, best)) best = left;
        if (right < this.items.length && this.before(right, best)) best = right;
        if (best === index) break;
        this.swap(index, best);
        index = best;
      }
    }
    return top;
  }
}

/** The waits each client would take between its attempts, drawn once per client in a fixed order. */
function plannedWaits(policy: BackoffPolicy, settings: BackoffSettings): number[][] {
  const ceilings = waitCeilings(settings.baseMs, settings.attempts, settings.maxWaitMs);
  const random = seededRandom(settings.seed);
  return Array.from({ length: settings.clients }, () =>
    ceilings.map((ceiling) => (policy === "none" ? 0 : policy === "exponential" ? ceiling : random() * ceiling)),
  );
}

export function runPolicy(policy: BackoffPolicy, settings: BackoffSettings = WORKED_BACKOFF): PolicyRun {
  const problem = backoffInputProblem(settings);
  if (problem) throw new RangeError(problem);
  const waits = plannedWaits(policy, settings);
  const answered = new Map<number, number>();
  const queue = new AttemptQueue();
  const clients: ClientOutcome[] = waits.map((plan) => ({
    waitedMs: plan[0]!,
    attemptsUsed: 1,
    servedAtMs: null,
    doneAtMs: 0,
  }));
  waits.forEach((plan, client) => queue.push({ atMs: plan[0]!, client, attempt: 2 }));
  const retries: Retry[] = [];
  while (queue.size > 0) {
    const { atMs, client, attempt } = queue.pop();
    const slot = Math.floor(atMs / SLOT_MS);
    const used = answered.get(slot) ?? 0;
    const ok = used < settings.capacityPer100Ms;
    if (ok) answered.set(slot, used + 1);
    retries.push({ client, attempt, atMs, ok });
    const outcome = clients[client]!;
    outcome.attemptsUsed = attempt;
    outcome.doneAtMs = atMs;
    if (ok) {
      outcome.servedAtMs = atMs;
    } else if (attempt < settings.attempts) {
      const wait = waits[client]![attempt - 1]!;
      outcome.waitedMs += wait;
      queue.push({ atMs: atMs + wait, client, attempt: attempt + 1 });
    }
  }
  const waited = clients.map((outcome) => outcome.waitedMs);
  const served = clients.filter((outcome) => outcome.servedAtMs !== null).length;
  return {
    policy,
    retries,
    clients,
    served,
    gaveUp: clients.length - served,
    meanWaitMs: waited.reduce((sum, value) => sum + value, 0) / waited.length,
    minWaitMs: Math.min(...waited),
    maxWaitMs: Math.max(...waited),
    lastDoneMs: Math.max(...clients.map((outcome) => outcome.doneAtMs)),
  };
}

export function runAllPolicies(settings: BackoffSettings = WORKED_BACKOFF): Record<BackoffPolicy, PolicyRun> {
  return {
    none: runPolicy("none", settings),
    exponential: runPolicy("exponential", settings),
    "full-jitter": runPolicy("full-jitter", settings),
  };
}

/** Retries per bucket of `bucketMs`, from t = 0 to the bucket holding `untilMs`: all of them, and those answered. */
export function bucketRetries(
  retries: readonly Retry[],
  bucketMs: number,
  untilMs: number,
): { startMs: number; sent: number; answered: number }[] {
  if (!(bucketMs > 0) || !(untilMs >= 0)) throw new RangeError("The bucket must be positive and the end at least 0.");
  const buckets = Array.from({ length: Math.floor(untilMs / bucketMs) + 1 }, (_, index) => ({
    startMs: index * bucketMs,
    sent: 0,
    answered: 0,
  }));
  for (const retry of retries) {
    const bucket = buckets[Math.floor(retry.atMs / bucketMs)];
    if (!bucket) continue;
    bucket.sent += 1;
    if (retry.ok) bucket.answered += 1;
  }
  return buckets;
}

/** The busiest bucket: its start and how many retries it holds (the earliest wins a tie). */
export function peakBucket(buckets: readonly { startMs: number; sent: number }[]): { startMs: number; sent: number } {
  return buckets.reduce((best, bucket) => (bucket.sent > best.sent ? bucket : best), { startMs: 0, sent: 0 });
}
