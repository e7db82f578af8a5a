"use client";

import { create } from "zustand";
import { useShallow } from "zustand/react/shallow";
import {
  addAnonymousReview,
  emptyLesson,
  mergeProgress,
  readAnonymous,
  readOutbox,
  updateAnonymous,
  updateOutbox,
  type LocalLesson,
} from "@/components/client-data/local-store";
import { createOutboxSender, pendingCount, type SaveStatus } from "@/components/client-data/outbox";
import { requestJson } from "@/lib/http/client";
import type { Score } from "@/lib/lessons/blocks/score";
import type { AttemptResult, LessonProgressState, SavedAttempt } from "@/lib/progress/validations";
import type { ReviewEvent } from "@/lib/review/validations";

export type Identity = { kind: "unknown" } | { kind: "anonymous" } | { kind: "user"; userId: string };

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
  /** A "that was a guess" mark or a review: kept in this browser for a visitor, sent through the outbox for a user. */
  recordReviewEvent: (event: ReviewEvent) => void;
  flush: (options?: { keepalive?: boolean }) => Promise<void>;
  resetLessons: () => void;
};

let progressTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The learner's answers and reading progress, as this tab knows them. For a
 * signed-in user every change goes to an outbox in localStorage first and is
 * then sent to the server; a failed send is retried with backoff and shown in
 * the save status, and the outbox survives a closed tab. For a visitor who is
 * not signed in, everything stays in localStorage until they sign up. Review
 * events (lib/review) take the same two paths.
 */
export const useProgressStore = create<ProgressState>()((set, get) => {
  const patchLesson = (slug: string, change: (lesson: LessonEntry) => Partial<LessonEntry>) =>
    set((state) => {
      const current = state.lessons[slug] ?? { ...emptyLesson(), loaded: false, loadFailed: false };
      return { lessons: { ...state.lessons, [slug]: { ...current, ...change(current) } } };
    });

  const applyResults = (results: AttemptResult[]) => {
    const byId = new Map(results.map((result) => [result.id, result]));
    set((state) => {
      const lessons = { ...state.lessons };
      for (const [slug, lesson] of Object.entries(lessons)) {
        lessons[slug] = {
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

  const outbox = createOutboxSender({
    currentUser: () => {
      const { identity } = get();
      return identity.kind === "user" ? identity.userId : null;
    },
    applyResults,
    getStatus: () => get().status,
    setStatus: (status) => set({ status }),
  });

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
        const outcome = await requestJson(`/api/progress/lessons/${slug}`, { cache: "no-store" });
        if (outcome.kind !== "ok") throw new Error(String(outcome.status));
        const data = outcome.body as { attempts: SavedAttempt[]; progress: LessonProgressState };
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

    recordReviewEvent(event) {
      const { identity } = get();
      if (identity.kind === "anonymous") addAnonymousReview(event);
      else if (identity.kind === "user") {
        updateOutbox(identity.userId, (box) => ({ ...box, reviews: [...box.reviews, event] }));
        void get().flush();
      }
    },

    resetLessons() {
      set((state) => ({ lessons: {}, generation: state.generation + 1 }));
    },

    flush: outbox.flush,
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
