import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readOutbox, updateOutbox, type Outbox } from "@/components/client-data/local-store";
import { createOutboxSender, flushOnReconnectAndHide, type SaveStatus } from "@/components/client-data/outbox";
import type { AttemptInput, AttemptResult } from "@/lib/progress/validations";
import type { ReviewEvent } from "@/lib/review/validations";
import { memoryStorage } from "@/components/client-data/test-storage";

const USER = "user-1";
const NOW = new Date("2026-12-01T10:00:00Z").getTime();

const attempt = (n: number): AttemptInput => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  lesson: "caching",
  block: `quiz-${n}`,
  answer: { choice: n },
  at: "2026-12-01T09:59:00.000Z",
});
const progress = { sectionsReached: ["why-cache"], lastSection: "why-cache", completed: false };

type Answer = { status: number; body?: unknown } | "network-down";
type Call = { url: string; method: string; body: unknown; keepalive: boolean | undefined };

/** A server that gives the scripted answers in order and records what it was sent. */
function stubServer(...answers: Answer[]) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    calls.push({
      url,
      method: init.method ?? "GET",
      body: init.body ? JSON.parse(String(init.body)) : undefined,
      keepalive: init.keepalive,
    });
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected request: ${init.method} ${url}`);
    if (answer === "network-down") throw new TypeError("Failed to fetch");
    return new Response(JSON.stringify(answer.body ?? {}), { status: answer.status });
  });
  vi.stubGlobal("fetch", fetch);
  return calls;
}

const accepted = (...attempts: AttemptInput[]): Answer => ({
  status: 200,
  body: {
    results: attempts.map((a): AttemptResult => ({ id: a.id, ok: true, score: 1, correct: true, feedback: "Right." })),
  },
});

function fill(outbox: Omit<Outbox, "reviews"> & Partial<Outbox>) {
  updateOutbox(USER, () => ({ reviews: [], ...outbox }));
}

function sender(user: string | null = USER) {
  const statuses: SaveStatus[] = [];
  const applied: AttemptResult[][] = [];
  let status: SaveStatus = { state: "idle" };
  const outbox = createOutboxSender({
    currentUser: () => user,
    applyResults: (results) => applied.push(results),
    getStatus: () => status,
    setStatus: (next) => {
      status = next;
      statuses.push(next);
    },
  });
  return { ...outbox, statuses, applied };
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  vi.stubGlobal("window", Object.assign(new EventTarget(), { localStorage: memoryStorage() }));
  vi.stubGlobal("document", Object.assign(new EventTarget(), { visibilityState: "visible" }));
  vi.stubGlobal("navigator", { onLine: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("an accepted batch", () => {
  it("leaves the outbox, its results are applied, then the reading progress is sent", async () => {
    fill({ attempts: [attempt(1), attempt(2)], progress: { caching: progress } });
    const calls = stubServer(accepted(attempt(1), attempt(2)), { status: 200, body: { ok: true } });
    const outbox = sender();

    await outbox.flush();

    expect(calls).toEqual([
      {
        url: "/api/progress/attempts",
        method: "POST",
        body: { attempts: [attempt(1), attempt(2)] },
        keepalive: false,
      },
      { url: "/api/progress/lessons/caching", method: "PUT", body: progress, keepalive: false },
    ]);
    expect(readOutbox(USER)).toEqual({ attempts: [], progress: {}, reviews: [] });
    expect(outbox.applied).toEqual([
      [
        { id: attempt(1).id, ok: true, score: 1, correct: true, feedback: "Right." },
        { id: attempt(2).id, ok: true, score: 1, correct: true, feedback: "Right." },
      ],
    ]);
    expect(outbox.statuses).toEqual([{ state: "saving", pending: 3 }, { state: "saved" }]);
  });

  it("an answer recorded while the batch was on its way stays, and is sent next", async () => {
    fill({ attempts: [attempt(1)], progress: {} });
    const calls = stubServer(accepted(attempt(1)), accepted(attempt(2)));
    const outbox = sender();
    const fetch = vi.mocked(globalThis.fetch);
    const answer = fetch.getMockImplementation()!;
    fetch.mockImplementationOnce(async (url, init) => {
      updateOutbox(USER, (box) => ({ ...box, attempts: [...box.attempts, attempt(2)] }));
      return answer(url, init);
    });

    await outbox.flush();

    expect(calls.map((call) => call.body)).toEqual([{ attempts: [attempt(1)] }, { attempts: [attempt(2)] }]);
    expect(readOutbox(USER)).toEqual({ attempts: [], progress: {}, reviews: [] });
    expect(outbox.statuses.at(-1)).toEqual({ state: "saved" });
  });

  it("a flush asked for during a pass joins it instead of sending twice", async () => {
    fill({ attempts: [attempt(1)], progress: {} });
    const calls = stubServer(accepted(attempt(1)));
    const outbox = sender();

    const first = outbox.flush();
    const second = outbox.flush({ keepalive: true });
    expect(second).toBe(first);
    await Promise.all([first, second]);

    expect(calls).toHaveLength(1);
    expect(readOutbox(USER)).toEqual({ attempts: [], progress: {}, reviews: [] });
  });
});

describe("review events", () => {
  const review = (n: number): ReviewEvent => ({
    type: "review",
    id: `00000000-0000-4000-8000-00000000010${n}`,
    at: "2026-12-01T09:59:30.000Z",
    card: { lesson: "caching", block: `quiz-${n}`, unit: "" },
    rating: 3,
    ms: 4000,
  });

  it("go after the answers (whose misses make their cards) and leave the outbox once taken", async () => {
    fill({ attempts: [attempt(1)], progress: {}, reviews: [review(1), review(2)] });
    const calls = stubServer(accepted(attempt(1)), {
      status: 200,
      body: { results: [review(1), review(2)].map(({ id }) => ({ id, ok: true })) },
    });
    const outbox = sender();

    await outbox.flush();

    expect(calls.map((call) => [call.url, call.body])).toEqual([
      ["/api/progress/attempts", { attempts: [attempt(1)] }],
      ["/api/review/events", { events: [review(1), review(2)] }],
    ]);
    expect(readOutbox(USER)).toEqual({ attempts: [], progress: {}, reviews: [] });
    expect(outbox.statuses).toEqual([{ state: "saving", pending: 3 }, { state: "saved" }]);
  });

  it("stay in the outbox when the server cannot take them now, and are sent again", async () => {
    fill({ attempts: [], progress: {}, reviews: [review(1)] });
    const calls = stubServer({ status: 503 }, { status: 200, body: { results: [{ id: review(1).id, ok: true }] } });
    const outbox = sender();

    await outbox.flush();
    expect(readOutbox(USER).reviews).toEqual([review(1)]);
    await vi.advanceTimersByTimeAsync(1000);

    expect(calls).toHaveLength(2);
    expect(readOutbox(USER).reviews).toEqual([]);
  });

  it("one the server refuses for good leaves the outbox and is reported", async () => {
    fill({ attempts: [], progress: {}, reviews: [review(1)] });
    stubServer({
      status: 200,
      body: { results: [{ id: review(1).id, ok: false, error: "there is no review card for this exercise" }] },
    });
    const outbox = sender();

    await outbox.flush();

    expect(readOutbox(USER).reviews).toEqual([]);
    expect(outbox.statuses.at(-1)).toEqual({
      state: "rejected",
      message: "1 review(s) were refused: there is no review card for this exercise",
    });
  });
});

describe("a failure worth retrying", () => {
  it.each<[string, Answer]>([
    ["a 500", { status: 500, body: { error: "Internal error" } }],
    ["a 503", { status: 503 }],
    ["a 429", { status: 429, body: { error: "Too many requests" } }],
    ["a network failure", "network-down"],
  ])("%s keeps every attempt and the progress, and retries after a growing wait", async (_, failure) => {
    const waiting = { attempts: [attempt(1), attempt(2)], progress: { caching: progress }, reviews: [] };
    fill(waiting);
    const calls = stubServer(failure, failure, accepted(attempt(1), attempt(2)), { status: 200 });
    const outbox = sender();

    await outbox.flush();
    expect(readOutbox(USER)).toEqual(waiting);
    expect(outbox.statuses.at(-1)).toEqual({ state: "retrying", pending: 3, retryAt: NOW + 1000, offline: false });
    expect(calls).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    expect(readOutbox(USER)).toEqual(waiting);
    // The second failure in a row waits twice as long.
    expect(outbox.statuses.at(-1)).toEqual({
      state: "retrying",
      pending: 3,
      retryAt: NOW + 1000 + 2000,
      offline: false,
    });

    await vi.advanceTimersByTimeAsync(2000);
    expect(calls.map((call) => call.url)).toEqual([
      "/api/progress/attempts",
      "/api/progress/attempts",
      "/api/progress/attempts",
      "/api/progress/lessons/caching",
    ]);
    expect(readOutbox(USER)).toEqual({ attempts: [], progress: {}, reviews: [] });
    expect(outbox.statuses.at(-1)).toEqual({ state: "saved" });
  });

  it("a failed progress update stays in the outbox while the accepted answers leave it", async () => {
    fill({ attempts: [attempt(1)], progress: { caching: progress } });
    stubServer(accepted(attempt(1)), { status: 502 });
    const outbox = sender();

    await outbox.flush();

    expect(readOutbox(USER)).toEqual({ attempts: [], progress: { caching: progress }, reviews: [] });
    expect(outbox.statuses.at(-1)).toEqual({ state: "retrying", pending: 1, retryAt: NOW + 1000, offline: false });
  });

  it("says the learner is offline when the browser knows it", async () => {
    vi.stubGlobal("navigator", { onLine: false });
    fill({ attempts: [attempt(1)], progress: {} });
    stubServer("network-down");
    const outbox = sender();

    await outbox.flush();

    expect(readOutbox(USER)).toEqual({ attempts: [attempt(1)], progress: {}, reviews: [] });
    expect(outbox.statuses.at(-1)).toEqual({ state: "retrying", pending: 1, retryAt: NOW + 1000, offline: true });
  });
});

describe("a refusal", () => {
  it("a 4xx drops only the batch the server refused and shows its message", async () => {
    fill({ attempts: [attempt(1), attempt(2)], progress: { caching: progress } });
    const calls = stubServer({ status: 400, body: { error: "attempts[0].block: unknown block" } });
    const fetch = vi.mocked(globalThis.fetch);
    const answer = fetch.getMockImplementation()!;
    // Recorded while the refused batch was on its way: not part of what was refused.
    fetch.mockImplementationOnce(async (url, init) => {
      updateOutbox(USER, (box) => ({ ...box, attempts: [...box.attempts, attempt(3)] }));
      return answer(url, init);
    });
    const outbox = sender();

    await outbox.flush();

    expect(calls).toHaveLength(1);
    expect(readOutbox(USER)).toEqual({ attempts: [attempt(3)], progress: { caching: progress }, reviews: [] });
    expect(outbox.applied).toEqual([]);
    expect(outbox.statuses).toEqual([
      { state: "saving", pending: 3 },
      { state: "rejected", message: "attempts[0].block: unknown block" },
    ]);
    // Refused for good: nothing is retried.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
  });

  it("a 4xx without a message says how many answers were refused", async () => {
    fill({ attempts: [attempt(1), attempt(2)], progress: {} });
    stubServer({ status: 413, body: null });
    const outbox = sender();

    await outbox.flush();

    expect(readOutbox(USER)).toEqual({ attempts: [], progress: {}, reviews: [] });
    expect(outbox.statuses.at(-1)).toEqual({ state: "rejected", message: "The server refused 2 answers." });
  });

  it("an answer refused inside an accepted batch is dropped, its result applied, and the reason shown", async () => {
    fill({ attempts: [attempt(1), attempt(2)], progress: { caching: progress } });
    const refused: AttemptResult = { id: attempt(2).id, ok: false, error: "This lesson has no block quiz-2." };
    const saved: AttemptResult = { id: attempt(1).id, ok: true, score: 0, correct: false, feedback: "No." };
    const calls = stubServer({ status: 200, body: { results: [saved, refused] } });
    const outbox = sender();

    await outbox.flush();

    expect(calls).toHaveLength(1);
    // The reading progress waits for the next flush.
    expect(readOutbox(USER)).toEqual({ attempts: [], progress: { caching: progress }, reviews: [] });
    expect(outbox.applied).toEqual([[saved, refused]]);
    expect(outbox.statuses.at(-1)).toEqual({
      state: "rejected",
      message: "1 answer(s) were refused: This lesson has no block quiz-2.",
    });
  });

  it("a refused progress update leaves the outbox: sending it again cannot help", async () => {
    fill({ attempts: [], progress: { caching: progress } });
    stubServer({ status: 400, body: { error: "lastSection: too long" } });
    const outbox = sender();

    await outbox.flush();

    expect(readOutbox(USER)).toEqual({ attempts: [], progress: {}, reviews: [] });
    expect(outbox.statuses).toEqual([{ state: "saving", pending: 1 }, { state: "saved" }]);
  });
});

describe("signed out", () => {
  it("a 401 keeps every attempt and the progress, reports signed out and does not retry", async () => {
    const waiting = { attempts: [attempt(1), attempt(2)], progress: { caching: progress }, reviews: [] };
    fill(waiting);
    const calls = stubServer({ status: 401, body: { error: "Sign in to save your progress." } });
    const outbox = sender();

    await outbox.flush();

    expect(readOutbox(USER)).toEqual(waiting);
    expect(outbox.statuses).toEqual([
      { state: "saving", pending: 3 },
      { state: "signed-out", pending: 3 },
    ]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
  });

  it("a 401 on a progress update keeps it too", async () => {
    fill({ attempts: [], progress: { caching: progress } });
    stubServer({ status: 401 });
    const outbox = sender();

    await outbox.flush();

    expect(readOutbox(USER)).toEqual({ attempts: [], progress: { caching: progress }, reviews: [] });
    expect(outbox.statuses.at(-1)).toEqual({ state: "signed-out", pending: 1 });
  });

  it("a visitor's flush sends nothing", async () => {
    fill({ attempts: [attempt(1)], progress: {} });
    const calls = stubServer();
    const outbox = sender(null);

    await outbox.flush();

    expect(calls).toEqual([]);
    expect(outbox.statuses).toEqual([]);
  });
});

describe("leaving the page and coming back online", () => {
  it("hiding the page sends everything with keepalive, so the requests outlive the page", async () => {
    fill({ attempts: [attempt(1)], progress: { caching: progress } });
    const calls = stubServer(accepted(attempt(1)), { status: 200 });
    const outbox = sender();
    const stop = flushOnReconnectAndHide(outbox.flush);

    document.dispatchEvent(new Event("visibilitychange")); // still visible: nothing yet
    expect(calls).toEqual([]);
    Object.assign(document, { visibilityState: "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
    await vi.runAllTimersAsync();

    expect(calls.map(({ url, keepalive }) => ({ url, keepalive }))).toEqual([
      { url: "/api/progress/attempts", keepalive: true },
      { url: "/api/progress/lessons/caching", keepalive: true },
    ]);
    expect(readOutbox(USER)).toEqual({ attempts: [], progress: {}, reviews: [] });
    stop();
  });

  it("coming back online sends at once, without keepalive; after cleanup nothing listens", async () => {
    fill({ attempts: [attempt(1)], progress: {} });
    const calls = stubServer(accepted(attempt(1)));
    const outbox = sender();
    const stop = flushOnReconnectAndHide(outbox.flush);

    window.dispatchEvent(new Event("online"));
    await vi.runAllTimersAsync();
    expect(calls.map(({ url, keepalive }) => ({ url, keepalive }))).toEqual([
      { url: "/api/progress/attempts", keepalive: false },
    ]);

    stop();
    fill({ attempts: [attempt(2)], progress: {} });
    window.dispatchEvent(new Event("online"));
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(1);
    expect(readOutbox(USER)).toEqual({ attempts: [attempt(2)], progress: {}, reviews: [] });
  });
});

describe("the progress store", () => {
  it("sends a recorded answer through the outbox and keeps the server's score over the browser's", async () => {
    const { useProgressStore } = await import("@/components/client-data/progress-store");
    const calls: unknown[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (_url: string, init: RequestInit = {}) => {
        const { attempts } = JSON.parse(String(init.body)) as { attempts: AttemptInput[] };
        calls.push(attempts);
        const results = attempts.map((a): AttemptResult => ({
          id: a.id,
          ok: true,
          score: 0.25,
          correct: false,
          feedback: "",
        }));
        return new Response(JSON.stringify({ results }), { status: 200 });
      }),
    );
    const store = useProgressStore.getState();
    store.setIdentity({ kind: "user", userId: USER });

    store.recordAttempt("caching", "quiz-1", { choice: 2 }, { score: 1, correct: true, feedback: "Right." });
    await vi.runAllTimersAsync();

    const [recorded] = useProgressStore.getState().lessons.caching!.attempts;
    expect(calls).toEqual([
      [{ id: recorded!.id, lesson: "caching", block: "quiz-1", answer: { choice: 2 }, at: recorded!.createdAt }],
    ]);
    expect(recorded).toMatchObject({ blockId: "quiz-1", score: 0.25, correct: false });
    expect(readOutbox(USER)).toEqual({ attempts: [], progress: {}, reviews: [] });
    expect(useProgressStore.getState().status).toEqual({ state: "saved" });
  });
});
