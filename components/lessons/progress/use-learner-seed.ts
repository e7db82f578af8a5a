"use client";

import { useSyncExternalStore } from "react";
import { useProgressStore } from "@/components/client-data/progress-store";
import { useLesson } from "@/components/lessons/progress/lesson-context";

const DEVICE_KEY = "tradeoff:learner-seed";
let fallback: string | null = null;

/** A visitor's seed: random, kept in this browser so a reload deals the same order. */
function deviceSeed(): string {
  try {
    const stored = window.localStorage.getItem(DEVICE_KEY);
    if (stored) return stored;
    const created = crypto.randomUUID();
    window.localStorage.setItem(DEVICE_KEY, created);
    return created;
  } catch {
    // Storage refused (a private window): one seed for this page's life.
    return (fallback ??= crypto.randomUUID());
  }
}

const noSubscription = () => () => {};

/**
 * Who is being dealt options and cards: the account (the same order on every
 * device), a visitor's browser, or "" while that is not yet known (the server
 * render and hydration, which must agree); on /review, the card's own seed.
 */
export function useLearnerSeed(): string {
  const identity = useProgressStore((state) => state.identity);
  const device = useSyncExternalStore(noSubscription, deviceSeed, () => "");
  // A card under review is dealt afresh, not in the order the learner saw in the lesson.
  const review = useLesson().review;
  if (review) return review.seed;
  if (identity.kind === "user") return identity.userId;
  return identity.kind === "anonymous" ? device : "";
}
