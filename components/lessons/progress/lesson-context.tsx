"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from "react";
import { create } from "zustand";
import { useBlockAttempts, useProgressStore } from "@/components/client-data/progress-store";
import type { Score } from "@/lib/lessons/blocks/score";
import type { SavedAttempt } from "@/lib/progress/validations";

/**
 * `review`: the block is asked again on /review. It starts unanswered (only
 * attempts from `since` on are its own) and deals its options in a new order
 * (`seed`); its answers are saved like any other.
 */
type LessonContextValue = { slug: string; preview: boolean; review?: { since: string; seed: string } };
const LessonContext = createContext<LessonContextValue>({ slug: "", preview: true });

/**
 * Wraps a lesson's content so its blocks know which lesson they belong to.
 * In the instructor's preview nothing is saved: answers live in the blocks' own state.
 */
export function LessonProvider({
  slug,
  preview = false,
  review,
  children,
}: {
  slug: string;
  preview?: boolean;
  review?: { since: string; seed: string };
  children: ReactNode;
}) {
  const generation = useProgressStore((state) => state.generation);
  const loadLesson = useProgressStore((state) => state.loadLesson);
  useEffect(() => {
    if (!preview) void loadLesson(slug);
  }, [slug, preview, generation, loadLesson]);
  // A new value object on every render would re-render every block whenever progress loads.
  const since = review?.since;
  const seed = review?.seed;
  const value = useMemo(
    () => ({ slug, preview, review: since && seed ? { since, seed } : undefined }),
    [slug, preview, since, seed],
  );
  return <LessonContext.Provider value={value}>{children}</LessonContext.Provider>;
}

export function useLesson(): LessonContextValue {
  return useContext(LessonContext);
}

/**
 * Attempts made where nothing is saved (the instructor's preview, a simulator's
 * own page), by lesson and block: shared by every component showing the same
 * block, as saved attempts are, and gone on reload.
 */
const usePreviewAttempts = create<{ attempts: Record<string, SavedAttempt[]> }>()(() => ({ attempts: {} }));
const NONE: SavedAttempt[] = [];

/** What a page reload does to unsaved attempts (for tests). */
export const forgetPreviewAttempts = () => usePreviewAttempts.setState({ attempts: {} });

/** An exercise's attempts (oldest first) and a way to record a new one. */
export function useExercise(blockId: string): {
  attempts: SavedAttempt[];
  record: (answer: unknown, result: Score) => void;
} {
  const { slug, preview, review } = useLesson();
  const all = useBlockAttempts(slug, blockId);
  const saved = useMemo(
    () => (review ? all.filter((attempt) => attempt.createdAt >= review.since) : all),
    [all, review],
  );
  const key = `${slug}/${blockId}`;
  const local = usePreviewAttempts((state) => state.attempts[key] ?? NONE);
  const recordAttempt = useProgressStore((state) => state.recordAttempt);
  const record = useCallback(
    (answer: unknown, result: Score) => {
      if (preview) {
        const attempt = { id: crypto.randomUUID(), blockId, answer, ...result, createdAt: new Date().toISOString() };
        usePreviewAttempts.setState((state) => ({
          attempts: { ...state.attempts, [key]: [...(state.attempts[key] ?? NONE), attempt] },
        }));
      } else {
        recordAttempt(slug, blockId, answer, result);
      }
    },
    [preview, recordAttempt, slug, blockId, key],
  );
  return { attempts: preview ? local : saved, record };
}
