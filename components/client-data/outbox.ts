import { readOutbox, updateOutbox } from "@/components/client-data/local-store";
import { requestJson, serverError } from "@/lib/http/client";
import type { AttemptResult } from "@/lib/progress/validations";
import type { ReviewEventResult } from "@/lib/review/validations";

/** Where the signed-in learner's saves stand, as the lesson reader shows it. */
export type SaveStatus =
  | { state: "idle" }
  | { state: "saving"; pending: number }
  | { state: "saved" }
  | { state: "retrying"; pending: number; retryAt: number; offline: boolean }
  | { state: "signed-out"; pending: number }
  | { state: "rejected"; message: string };

/** What one pass over the outbox came to; "retry" leaves everything in it. */
export type SendOutcome = "done" | "retry" | "signed-out" | { rejected: string };

const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000];
/** The most answers one request carries; the route refuses bigger batches. */
const BATCH_SIZE = 100;

/** How many changes wait in this user's outbox. */
export function pendingCount(userId: string): number {
  const outbox = readOutbox(userId);
  return outbox.attempts.length + Object.keys(outbox.progress).length + outbox.reviews.length;
}

type Result = { id: string; ok: true } | { id: string; ok: false; error: string };

/**
 * Sends the first batch of one list of the outbox (answers or review events)
 * to `url`. Returns null when the list is empty, "sent" when a batch was
 * taken in full, or why the pass stops.
 */
async function sendBatch<List extends "attempts" | "reviews", R extends Result>(
  userId: string,
  list: List,
  {
    url,
    noun,
    keepalive,
    onResults,
  }: { url: string; noun: string; keepalive: boolean; onResults?: (results: R[]) => void },
): Promise<SendOutcome | "sent" | null> {
  const batch = (readOutbox(userId)[list] as { id: string }[]).slice(0, BATCH_SIZE);
  if (batch.length === 0) return null;
  const bodyKey = list === "attempts" ? "attempts" : "events";
  const outcome = await requestJson(url, { method: "POST", body: { [bodyKey]: batch }, keepalive });
  if (outcome.kind === "signed-out") return "signed-out";
  if (outcome.kind === "retry") return "retry";
  const sent = new Set(batch.map((item) => item.id));
  const dropBatch = () =>
    updateOutbox(userId, (box) => ({
      ...box,
      [list]: (box[list] as { id: string }[]).filter((item) => !sent.has(item.id)),
    }));
  if (outcome.kind !== "ok") {
    // The request itself was refused (malformed): sending it again would fail again.
    dropBatch();
    return { rejected: serverError(outcome.body) ?? `The server refused ${batch.length} ${noun}s.` };
  }
  const results = (outcome.body as { results?: R[] } | null)?.results;
  // Taken, but the answer is unreadable: the batch stays, and the server ignores ids it already has.
  if (!Array.isArray(results)) return "retry";
  dropBatch();
  onResults?.(results);
  const refused = results.flatMap((result: Result) => (result.ok ? [] : [result.error]));
  if (refused.length > 0) return { rejected: `${refused.length} ${noun}(s) were refused: ${refused[0]}` };
  return "sent";
}

/**
 * Sends one user's outbox: the answers in batches, then the review events
 * (after the answers, whose misses make the cards they rate), then each
 * lesson's reading progress. What the server took, or refused for good,
 * leaves the outbox; what it could not take now stays, to be sent again.
 */
export async function sendOutbox(
  userId: string,
  { keepalive, applyResults }: { keepalive: boolean; applyResults: (results: AttemptResult[]) => void },
): Promise<SendOutcome> {
  for (;;) {
    const outcome = await sendBatch<"attempts", AttemptResult>(userId, "attempts", {
      url: "/api/progress/attempts",
      noun: "answer",
      keepalive,
      onResults: applyResults,
    });
    if (outcome === null) break;
    if (outcome !== "sent") return outcome;
  }
  for (;;) {
    const outcome = await sendBatch<"reviews", ReviewEventResult>(userId, "reviews", {
      url: "/api/review/events",
      noun: "review",
      keepalive,
    });
    if (outcome === null) break;
    if (outcome !== "sent") return outcome;
  }
  for (const [slug, update] of Object.entries(readOutbox(userId).progress)) {
    const outcome = await requestJson(`/api/progress/lessons/${slug}`, { method: "PUT", body: update, keepalive });
    if (outcome.kind === "signed-out") return "signed-out";
    if (outcome.kind === "retry") return "retry";
    // Sent (or refused as invalid, which a retry cannot fix): either way it leaves the outbox,
    // unless this tab added more for the lesson in the meantime.
    updateOutbox(userId, (box) => {
      const progress = { ...box.progress };
      if (JSON.stringify(progress[slug]) === JSON.stringify(update)) delete progress[slug];
      return { ...box, progress };
    });
  }
  return "done";
}

export type OutboxSender = {
  /** Sends what waits now; resolves when this pass is over (a retry may be scheduled). */
  flush: (options?: { keepalive?: boolean }) => Promise<void>;
};

/**
 * Sends the signed-in user's outbox, one pass at a time: a flush asked for
 * during a pass joins it, a failed pass is retried with backoff, and the
 * outcome goes to `setStatus`.
 */
export function createOutboxSender({
  currentUser,
  applyResults,
  getStatus,
  setStatus,
}: {
  /** Whose outbox to send: null for a visitor or while the session is unknown. */
  currentUser: () => string | null;
  applyResults: (results: AttemptResult[]) => void;
  getStatus: () => SaveStatus;
  setStatus: (status: SaveStatus) => void;
}): OutboxSender {
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let flushing: Promise<void> | null = null;

  const scheduleRetry = (userId: string) => {
    const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!;
    failures += 1;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void flush(), delay);
    const offline = typeof navigator !== "undefined" && navigator.onLine === false;
    setStatus({ state: "retrying", pending: pendingCount(userId), retryAt: Date.now() + delay, offline });
  };

  function flush({ keepalive = false }: { keepalive?: boolean } = {}): Promise<void> {
    const userId = currentUser();
    if (userId === null) return Promise.resolve();
    if (flushing) return flushing;
    if (pendingCount(userId) === 0) return Promise.resolve();
    setStatus({ state: "saving", pending: pendingCount(userId) });
    flushing = sendOutbox(userId, { keepalive, applyResults })
      .then((outcome) => {
        if (outcome === "retry") return scheduleRetry(userId);
        failures = 0;
        if (outcome === "signed-out") setStatus({ state: "signed-out", pending: pendingCount(userId) });
        else if (typeof outcome === "object") setStatus({ state: "rejected", message: outcome.rejected });
        else
          setStatus(pendingCount(userId) > 0 ? { state: "saving", pending: pendingCount(userId) } : { state: "saved" });
      })
      .catch(() => scheduleRetry(userId))
      .finally(() => {
        flushing = null;
        if (getStatus().state === "saving") void flush({ keepalive });
      });
    return flushing;
  }

  return { flush };
}

/**
 * Sends the outbox when the browser comes back online, and when the page is
 * hidden (a tab switched away from, closed or put to sleep) with keepalive,
 * so the request outlives the page. Returns the cleanup.
 */
export function flushOnReconnectAndHide(flush: OutboxSender["flush"]): () => void {
  const online = () => void flush();
  const hidden = () => {
    if (document.visibilityState === "hidden") void flush({ keepalive: true });
  };
  window.addEventListener("online", online);
  document.addEventListener("visibilitychange", hidden);
  return () => {
    window.removeEventListener("online", online);
    document.removeEventListener("visibilitychange", hidden);
  };
}
