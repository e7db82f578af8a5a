"use client";

import { create } from "zustand";
import { useShallow } from "zustand/react/shallow";
import {
  emptyLesson,
  mergeProgress,
  readAnonymous,
  readOutbox,
  updateAnonymous,
  updateOutbox,
  type LocalLesson,
} from "@/components/client-data/local-store";
import type { Score } from "@/lib/lessons/blocks/score";
import type { AttemptResult, LessonProgressState, SavedAttempt } from "@/lib/progress/validations";

export type Identity = { kind: "unknown" } | { kind: "anonymous" } | { kind: "user"; userId: string };

export type SaveStatus =
  | { state: "idle" }
  | { state: "saving"; pending: number }
  | { state: "saved" }
  | { state: "retrying"; pending: number; retryAt: number; offline: boolean }
  | { state: "signed-out"; pending: number }
  | { state: "rejected"; message: string };

type LessonEntry = LocalLesson & { loaded: boolean; loadFailed: boolean };

type ProgressState = {
  identity: Identity;
  /** Bumped when lessons must be fetched again (identity changed, answers imported). */
  generation: number;
  lessons: Record<string, LessonEntry>;
  status: SaveStatus;
  setIdentity: (identity: Identity) => void;
  loadLesson: (slug: string) => Promise<void>;
  recordAttempt: (slug: string, blockId: string, answer: unknown, result: Score) => void;
  recordProgress: (slug: string, update: { section?: string; last?: string; completed?: boolean }) => void;
  flush: (options?: { keepalive?: boolean }) => Promise<void>;
  resetLessons: () => void;
};

const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000];
let failures = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let progressTimer: ReturnType<typeof setTimeout> | undefined;
let flushing: Promise<void> | null = null;

const pendingCount = (userId: string) => {
  const outbox = readOutbox(userId);
  return outbox.attempts.length + Object.keys(outbox.progress).length;
};

/**
 * The learner's answers and reading progress, as this tab knows them. For a
 * signed-in user every change goes to an outbox in localStorage first and is
 * then sent to the server; a failed send is retried with backoff and shown in
 * the save status, and the outbox survives a closed tab. For a visitor who is
 * not signed in, everything stays in localStorage until they sign up.
 */
export const useProgressStore = create<ProgressState>()((set, get) => {
  const patchLesson = (slug: string, change: (lesson: LessonEntry) => Partial<LessonEntry>) =>
    set((state) => {
      const current = state.lessons[slug] ?? { ...emptyLesson(), loaded: false, loadFailed: false };
      return { lessons: { ...state.lessons, [slug]: { ...current, ...change(current) } } };
    });

  const scheduleRetry = (userId: string) => {
    const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!;
    failures += 1;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void get().flush(), delay);
    const offline = typeof navigator !== "undefined" && navigator.onLine === false;
    set({ status: { state: "retrying", pending: pendingCount(userId), retryAt: Date.now() + delay, offline } });
  };

  const applyResults = (slug: string | null, results: AttemptResult[]) => {
    const byId = new Map(results.map((result) => [result.id, result]));
    set((state) => {
      const lessons = { ...state.lessons };
      for (const [lessonSlug, lesson] of Object.entries(lessons)) {
        if (slug && lessonSlug !== slug) continue;
        lessons[lessonSlug] = {
          ...lesson,
          attempts: lesson.attempts.flatMap((attempt) => {
            const result = byId.get(attempt.id);
            if (!result) return [attempt];
            // The server's score is the one that counts; a refused answer is removed.
            return result.ok ? [{ ...attempt, score: result.score, correct: result.correct }] : [];
          }),
        };
      }
      return { lessons };
    });
  };

  async function sendOutbox(userId: string, keepalive: boolean) {
    const outbox = readOutbox(userId);
    const batch = outbox.attempts.slice(0, 100);
    if (batch.length > 0) {
      const response = await fetch("/api/progress/attempts", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ attempts: batch }),
        keepalive,
      });
      if (response.status === 401) return "signed-out" as const;
      if (response.status >= 500 || response.status === 429) throw new Error(`server answered ${response.status}`);
      const sent = new Set(batch.map((attempt) => attempt.id));
      if (!response.ok) {
        // The request itself was refused (malformed): sending it again would fail again.
        updateOutbox(userId, (box) => ({ ...box, attempts: box.attempts.filter((a) => !sent.has(a.id)) }));
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        return { rejected: body.error ?? `The server refused ${batch.length} answers.` };
      }
      const { results } = (await response.json()) as { results: AttemptResult[] };
      updateOutbox(userId, (box) => ({ ...box, attempts: box.attempts.filter((a) => !sent.has(a.id)) }));
      applyResults(null, results);
      const refused = results.filter((result) => !result.ok);
      if (refused.length > 0)
        return { rejected: `${refused.length} answer(s) were refused: ${refused[0]!.ok ? "" : refused[0]!.error}` };
      if (readOutbox(userId).attempts.length > 0) return sendOutbox(userId, keepalive);
    }
    for (const [slug, update] of Object.entries(readOutbox(userId).progress)) {
      const response = await fetch(`/api/progress/lessons/${slug}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(update),
        keepalive,
      });
      if (response.status === 401) return "signed-out" as const;
      if (response.status >= 500 || response.status === 429) throw new Error(`server answered ${response.status}`);
      // Sent (or refused as invalid, which a retry cannot fix): either way it leaves the outbox,
      // unless this tab added more for the lesson in the meantime.
      updateOutbox(userId, (box) => {
        const progress = { ...box.progress };
        if (JSON.stringify(progress[slug]) === JSON.stringify(update)) delete progress[slug];
        return { ...box, progress };
      });
    }
    return "done" as const;
  }

  return {
    identity: { kind: "unknown" },
    generation: 0,
    lessons: {},
    status: { state: "idle" },

    setIdentity(identity) {
      const previous = get().identity;
      if (JSON.stringify(previous) === JSON.stringify(identity)) return;
      set((state) => ({ identity, lessons: {}, generation: state.generation + 1, status: { state: "idle" } }));
      if (identity.kind === "user" && pendingCount(identity.userId) > 0) void get().flush();
    },

    async loadLesson(slug) {
      const { identity } = get();
      if (identity.kind === "unknown") return;
      if (identity.kind === "anonymous") {
        const stored = readAnonymous().lessons[slug] ?? emptyLesson();
        patchLesson(slug, () => ({ ...stored, loaded: true, loadFailed: false }));
        return;
      }
      try {
        const response = await fetch(`/api/progress/lessons/${slug}`, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        const data = (await response.json()) as { attempts: SavedAttempt[]; progress: LessonProgressState };
        const outbox = readOutbox(identity.userId);
        const saved = new Set(data.attempts.map((attempt) => attempt.id));
        const waiting: SavedAttempt[] = outbox.attempts
          .filter((attempt) => attempt.lesson === slug && !saved.has(attempt.id))
          .map((attempt) => ({
            id: attempt.id,
            blockId: attempt.block,
            answer: attempt.answer,
            score: null,
            correct: false,
            createdAt: attempt.at ?? new Date().toISOString(),
          }));
        const pendingProgress = outbox.progress[slug];
        patchLesson(slug, () => ({
          attempts: [...data.attempts, ...waiting],
          sectionsReached: [
            ...new Set([...data.progress.sectionsReached, ...(pendingProgress?.sectionsReached ?? [])]),
          ],
          lastSection: pendingProgress?.lastSection ?? data.progress.lastSection,
          completedAt: data.progress.completedAt ?? (pendingProgress?.completed ? new Date().toISOString() : null),
          loaded: true,
          loadFailed: false,
        }));
      } catch {
        patchLesson(slug, () => ({ loaded: true, loadFailed: true }));
      }
    },

    recordAttempt(slug, blockId, answer, result) {
      const { identity } = get();
      const attempt: SavedAttempt = {
        id: crypto.randomUUID(),
        blockId,
        answer,
        score: result.score,
        correct: result.correct,
        createdAt: new Date().toISOString(),
      };
      patchLesson(slug, (lesson) => ({ attempts: [...lesson.attempts, attempt] }));
      if (identity.kind === "anonymous") {
        updateAnonymous(slug, (lesson) => ({ ...lesson, attempts: [...lesson.attempts, attempt] }));
      } else if (identity.kind === "user") {
        updateOutbox(identity.userId, (box) => ({
          ...box,
          attempts: [...box.attempts, { id: attempt.id, lesson: slug, block: blockId, answer, at: attempt.createdAt }],
        }));
        void get().flush();
      }
    },

    recordProgress(slug, { section, last, completed }) {
      const { identity } = get();
      const update = {
        sectionsReached: section ? [section] : [],
        lastSection: last ?? null,
        completed: completed ?? false,
      };
      const lesson = get().lessons[slug];
      const known = !section || lesson?.sectionsReached.includes(section);
      if (known && (!last || lesson?.lastSection === last) && (!completed || lesson?.completedAt)) return;
      patchLesson(slug, (current) => ({
        sectionsReached: section ? [...new Set([...current.sectionsReached, section])] : current.sectionsReached,
        lastSection: last ?? current.lastSection,
        completedAt: current.completedAt ?? (completed ? new Date().toISOString() : null),
      }));
      if (identity.kind === "anonymous") {
        updateAnonymous(slug, (stored) => ({
          ...stored,
          sectionsReached: section ? [...new Set([...stored.sectionsReached, section])] : stored.sectionsReached,
          lastSection: last ?? stored.lastSection,
          completedAt: stored.completedAt ?? (completed ? new Date().toISOString() : null),
        }));
      } else if (identity.kind === "user") {
        updateOutbox(identity.userId, (box) => ({
          ...box,
          progress: { ...box.progress, [slug]: mergeProgress(box.progress[slug], update) },
        }));
        // Scrolling produces many small updates: send them together.
        clearTimeout(progressTimer);
        progressTimer = setTimeout(() => void get().flush(), completed ? 0 : 1500);
      }
    },

    resetLessons() {
      set((state) => ({ lessons: {}, generation: state.generation + 1 }));
    },

    flush({ keepalive = false } = {}) {
      const { identity } = get();
      if (identity.kind !== "user") return Promise.resolve();
      if (flushing) return flushing;
      const userId = identity.userId;
      if (pendingCount(userId) === 0) return Promise.resolve();
      set({ status: { state: "saving", pending: pendingCount(userId) } });
      flushing = sendOutbox(userId, keepalive)
        .then((outcome) => {
          failures = 0;
          if (outcome === "signed-out") set({ status: { state: "signed-out", pending: pendingCount(userId) } });
          else if (typeof outcome === "object") set({ status: { state: "rejected", message: outcome.rejected } });
          else
            set({
              status:
                pendingCount(userId) > 0 ? { state: "saving", pending: pendingCount(userId) } : { state: "saved" },
            });
        })
        .catch(() => scheduleRetry(userId))
        .finally(() => {
          flushing = null;
          const status = get().status;
          if (status.state === "saving") void get().flush({ keepalive });
        });
      return flushing;
    },
  };
});

/**
 * The attempts for one block, oldest first. Compared item by item, so a block
 * re-renders only when its own attempts change, not on every save in the lesson.
 */
export function useBlockAttempts(slug: string, blockId: string): SavedAttempt[] {
  return useProgressStore(
    useShallow((state) => (state.lessons[slug]?.attempts ?? EMPTY).filter((attempt) => attempt.blockId === blockId)),
  );
}
const EMPTY: SavedAttempt[] = [];
