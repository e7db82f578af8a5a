"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useJoinAutosaveGroup } from "@/components/autosave/autosave-registry";
import type { SaveResult } from "@/components/client-data/save-result";

export type AutosaveStatus =
  | { state: "saved" }
  | { state: "pending" }
  | { state: "saving" }
  | { state: "retrying"; message: string; inSeconds: number }
  | { state: "conflict" }
  | { state: "rejected"; message: string };

/** `tab` and `at` say which tab wrote it and when: a draft another tab touched moments ago is that tab's live editing. */
type Draft<T> = { value: T; baseVersion: number; tab?: string; at?: number };

/** A draft younger than this may be another open tab's unsaved typing, which that tab will save itself. */
const LIVE_DRAFT_MS = 10_000;

const MAX_BACKOFF_MS = 30_000;

/** This tab's id; sessionStorage keeps it across reloads of the tab and apart from other tabs. */
function tabId(): string {
  try {
    let id = sessionStorage.getItem("tradeoff:tab");
    if (!id) {
      id = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, "0")).join("");
      sessionStorage.setItem("tradeoff:tab", id);
    }
    return id;
  } catch {
    return "unknown";
  }
}

function readDraft<T>(key: string): Draft<T> | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft<T>) : null;
  } catch {
    return null;
  }
}

function writeDraft<T>(key: string, draft: Draft<T> | null) {
  try {
    if (draft) localStorage.setItem(key, JSON.stringify({ ...draft, tab: tabId(), at: Date.now() }));
    else localStorage.removeItem(key);
  } catch {
    // Storage full or disabled: the save to the server still runs.
  }
}

/**
 * Autosave for a document with a version number (worksheets, diagrams,
 * answers). Every edit is first written to a draft in localStorage, so a
 * closed tab, a crash or a network failure loses nothing; then, after a pause
 * in typing, it is sent with the version it was based on. A failed send is
 * retried with back-off and reported; a newer copy on the server (a second
 * tab) is never overwritten silently: the learner chooses in `conflict`.
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
  const [value, setValueState] = useState(initial.value);
  const [status, setStatus] = useState<AutosaveStatus>({ state: "saved" });
  // While in conflict the editor keeps showing (and editing) my copy; `theirs` is the newer stored one.
  const [conflict, setConflict] = useState<{ theirs: T; version: number } | null>(null);
  const latest = useRef({ value: initial.value, version: initial.version, dirty: false });
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const attempt = useRef(0);
  /** How the last send ended: `settle` stops waiting when a save cannot go through. */
  const lastOutcome = useRef<"ok" | "conflict" | "rejected" | "retry">("ok");
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // flush re-runs itself (edits made while a save was in flight, retries after
  // a back-off): through a ref, so a timer always calls the current version.
  const flushRef = useRef<() => Promise<void>>(async () => {});
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const state = latest.current;
    if (inFlight.current || !state.dirty) return;
    inFlight.current = true;
    const sent = state.value;
    setStatus({ state: "saving" });
    const result = await saveRef.current(sent, state.version);
    inFlight.current = false;
    lastOutcome.current = result.ok ? "ok" : result.kind;
    if (result.ok) {
      attempt.current = 0;
      state.version = result.version;
      if (state.value === sent) {
        state.dirty = false;
        writeDraft(draftKey, null);
        setStatus({ state: "saved" });
      } else {
        writeDraft(draftKey, { value: state.value, baseVersion: state.version });
        void flushRef.current();
      }
      return;
    }
    if (result.kind === "conflict") {
      setConflict({ theirs: result.current.value, version: result.current.version });
      setStatus({ state: "conflict" });
      return;
    }
    if (result.kind === "rejected") {
      setStatus({ state: "rejected", message: result.message });
      return;
    }
    const wait = Math.min(1000 * 2 ** attempt.current, MAX_BACKOFF_MS);
    attempt.current += 1;
    setStatus({ state: "retrying", message: result.message, inSeconds: Math.round(wait / 1000) });
    timer.current = setTimeout(() => void flushRef.current(), wait);
  }, [draftKey]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    setStatus((current) => (current.state === "retrying" ? current : { state: "pending" }));
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [delayMs, flush]);

  const setValue = useCallback(
    (update: T | ((previous: T) => T)) => {
      const state = latest.current;
      const next = typeof update === "function" ? (update as (previous: T) => T)(state.value) : update;
      state.value = next;
      state.dirty = true;
      setValueState(next);
      writeDraft(draftKey, { value: next, baseVersion: state.version });
      if (!conflict) schedule();
    },
    [conflict, draftKey, schedule],
  );

  /** Keep mine: save it on top of the newer copy. Keep theirs: drop my unsaved edits. */
  const resolveConflict = useCallback(
    (keep: "mine" | "theirs") => {
      if (!conflict) return;
      const state = latest.current;
      state.version = conflict.version;
      if (keep === "theirs") state.value = conflict.theirs;
      state.dirty = keep === "mine";
      setValueState(state.value);
      setConflict(null);
      writeDraft(draftKey, keep === "mine" ? { value: state.value, baseVersion: state.version } : null);
      if (keep === "mine") void flush();
      else setStatus({ state: "saved" });
    },
    [conflict, draftKey, flush],
  );

  // A draft left by a closed tab or a failed save: resume it if it was based on
  // the stored version, or ask the learner if the stored copy has moved on.
  useEffect(() => {
    const draft = readDraft<T>(draftKey);
    // Drafts are shared by the tabs of one browser. Taking over one that another
    // tab is still writing would save its edits behind its back and hand it a
    // needless conflict; a draft left alone for a while is an abandoned one.
    if (!draft) return;
    const othersLiveDraft = draft.tab !== tabId() && draft.at !== undefined && Date.now() - draft.at < LIVE_DRAFT_MS;
    if (othersLiveDraft) return;
    const state = latest.current;
    if (JSON.stringify(draft.value) === JSON.stringify(state.value)) {
      writeDraft(draftKey, null);
      return;
    }
    const stored = state.value;
    state.value = draft.value;
    state.dirty = true;
    setValueState(draft.value);
    if (draft.baseVersion >= state.version) {
      void flush();
    } else {
      setConflict({ theirs: stored, version: state.version });
      setStatus({ state: "conflict" });
    }
  }, [draftKey, flush]);

  // Coming back online retries at once rather than waiting out the back-off.
  useEffect(() => {
    const retry = () => {
      attempt.current = 0;
      void flush();
    };
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current.dirty) event.preventDefault();
    };
    window.addEventListener("online", retry);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("beforeunload", warn);
      clearTimeout(timer.current);
    };
  }, [flush]);

  /** Saves now and resolves true once nothing is left unsaved; false if a save cannot go through (offline, conflict, refused). */
  const settle = useCallback(async () => {
    for (let round = 0; round < 100; round++) {
      if (!latest.current.dirty && !inFlight.current) return true;
      if (inFlight.current) {
        await new Promise((done) => setTimeout(done, 50));
        continue;
      }
      attempt.current = 0;
      await flushRef.current();
      if (lastOutcome.current !== "ok") return false;
    }
    return false;
  }, []);
  useJoinAutosaveGroup(label, settle);

  return { value, setValue, status, conflict, resolveConflict, saveNow: flush };
}
