"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useJoinAutosaveGroup } from "@/components/autosave/autosave-registry";
import {
  autosaveStep,
  initialAutosave,
  type AutosaveEvent,
  type AutosaveStatus,
} from "@/components/client-data/autosave-machine";
import { isAnotherTabsLiveDraft, readDraft, writeDraft } from "@/components/client-data/drafts";
import type { SaveResult } from "@/components/client-data/save-result";

export type { AutosaveStatus };

/**
 * Autosave for a document with a version number (worksheets, diagrams,
 * answers). Every edit is first written to a draft in localStorage, so a
 * closed tab, a crash or a network failure loses nothing; then, after a pause
 * in typing, it is sent with the version it was based on. A failed send is
 * retried with back-off and reported; a newer copy on the server (a second
 * tab) is never overwritten silently: the learner chooses in `conflict`.
 * The transitions are autosave-machine.ts; this hook runs their effects.
 */
export function useVersionedAutosave<T>({
  draftKey,
  initial,
  save,
  delayMs = 800,
  label = "document",
}: {
  draftKey: string;
  initial: { value: T; version: number };
  save: (value: T, baseVersion: number) => Promise<SaveResult<T>>;
  delayMs?: number;
  /** What this is ("worksheet"), for messages that name what could not be saved. */
  label?: string;
}) {
  // The machine lives in a ref, not in React state: a save that lands must see
  // the edits made while it was on its way, not the ones of its render.
  const machine = useRef(initialAutosave(initial));
  const [value, setValueState] = useState(initial.value);
  const [status, setStatus] = useState<AutosaveStatus>({ state: "saved" });
  // While in conflict the editor keeps showing (and editing) my copy; `theirs` is the newer stored one.
  const [conflict, setConflict] = useState<{ theirs: T; version: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  const delayRef = useRef(delayMs);
  useEffect(() => {
    saveRef.current = save;
    delayRef.current = delayMs;
  }, [save, delayMs]);

  // flush re-runs itself (edits made while a save was in flight, retries after
  // a back-off): through a ref, so a timer always calls the current version.
  const flushRef = useRef<() => Promise<void>>(async () => {});

  /** Applies one transition and runs its effects; resolves once a save it started has landed. */
  const run = useCallback(
    (event: AutosaveEvent<T>): Promise<void> => {
      const apply = (next: AutosaveEvent<T>): Promise<void> => {
        const { state, effects } = autosaveStep(machine.current, next);
        machine.current = state;
        setValueState(state.value);
        setStatus(state.status);
        setConflict(state.conflict);
        let sending: Promise<void> = Promise.resolve();
        for (const effect of effects) {
          switch (effect.type) {
            case "write-draft":
              writeDraft(draftKey, effect.draft);
              break;
            case "debounce":
              clearTimeout(timer.current);
              timer.current = setTimeout(() => void flushRef.current(), delayRef.current);
              break;
            case "retry-in":
              timer.current = setTimeout(() => void flushRef.current(), effect.ms);
              break;
            case "flush-now":
              void flushRef.current();
              break;
            case "send": {
              const sent = effect.value;
              sending = saveRef.current(sent, effect.baseVersion).then((result) => {
                void apply({ type: "saved", sent, result });
              });
              break;
            }
          }
        }
        return sending;
      };
      return apply(event);
    },
    [draftKey],
  );

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    return run({ type: "flush" });
  }, [run]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const setValue = useCallback(
    (update: T | ((previous: T) => T)) => {
      const previous = machine.current.value;
      const next = typeof update === "function" ? (update as (previous: T) => T)(previous) : update;
      void run({ type: "edit", value: next });
    },
    [run],
  );

  /** Keep mine: save it on top of the newer copy. Keep theirs: drop my unsaved edits. */
  const resolveConflict = useCallback(
    (keep: "mine" | "theirs") => {
      void run({ type: "resolve", keep });
    },
    [run],
  );

  // A draft left by a closed tab or a failed save: resume it if it was based on
  // the stored version, or ask the learner if the stored copy has moved on.
  // Drafts are shared by the tabs of one browser: one another tab is still
  // writing is left to that tab.
  useEffect(() => {
    const draft = readDraft<T>(draftKey);
    if (!draft || isAnotherTabsLiveDraft(draft)) return;
    void run({ type: "draft-found", draft });
  }, [draftKey, run]);

  // Coming back online retries at once rather than waiting out the back-off.
  useEffect(() => {
    const retry = () => {
      void run({ type: "reset-backoff" });
      void flush();
    };
    const warn = (event: BeforeUnloadEvent) => {
      if (machine.current.dirty) event.preventDefault();
    };
    window.addEventListener("online", retry);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("beforeunload", warn);
      clearTimeout(timer.current);
    };
  }, [flush, run]);

  /** Saves now and resolves true once nothing is left unsaved; false if a save cannot go through (offline, conflict, refused). */
  const settle = useCallback(async () => {
    for (let round = 0; round < 100; round++) {
      if (!machine.current.dirty && !machine.current.saving) return true;
      if (machine.current.saving) {
        await new Promise((done) => setTimeout(done, 50));
        continue;
      }
      void run({ type: "reset-backoff" });
      await flushRef.current();
      if (machine.current.lastOutcome !== "ok") return false;
    }
    return false;
  }, [run]);
  useJoinAutosaveGroup(label, settle);

  return { value, setValue, status, conflict, resolveConflict, saveNow: flush };
}
