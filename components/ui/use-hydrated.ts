"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False during server rendering and hydration, true afterwards: for what only
 * the browser knows (localStorage, the stored theme), and for forms that mark
 * themselves ready (text typed into a controlled field before hydration can be
 * replaced by its initial state, so tests wait for data-hydrated).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
