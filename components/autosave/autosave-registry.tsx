"use client";

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";

type Entry = { label: string; settle: () => Promise<boolean> };
type Registry = { entries: Set<Entry> };

const RegistryContext = createContext<Registry | null>(null);

/**
 * Groups the autosaving editors of one page (a mock interview's worksheet,
 * diagram and write-ups), so an action that freezes them all (submitting)
 * can first make sure every one of them has reached the server.
 */
export function AutosaveGroup({ children }: { children: ReactNode }) {
  const [registry] = useState<Registry>(() => ({ entries: new Set() }));
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

/** Used by useVersionedAutosave: joins the surrounding group, if there is one. */
export function useJoinAutosaveGroup(label: string, settle: () => Promise<boolean>) {
  const registry = useContext(RegistryContext);
  useEffect(() => {
    if (!registry) return;
    const entry = { label, settle };
    registry.entries.add(entry);
    return () => void registry.entries.delete(entry);
  }, [registry, label, settle]);
}

/** Saves every editor in the group now; resolves with the labels of those that could not be saved. */
export function useSettleAutosaveGroup(): () => Promise<string[]> {
  const registry = useContext(RegistryContext);
  return useCallback(async () => {
    if (!registry) return [];
    const entries = [...registry.entries];
    const settled = await Promise.all(entries.map((entry) => entry.settle()));
    return entries.filter((_, index) => !settled[index]).map((entry) => entry.label);
  }, [registry]);
}
