import type { SaveResult } from "@/components/client-data/save-result";

export type AutosaveStatus =
  | { state: "saved" }
  | { state: "pending" }
  | { state: "saving" }
  | { state: "retrying"; message: string; inSeconds: number }
  | { state: "conflict" }
  | { state: "rejected"; message: string };

/** One versioned document's autosave, as useVersionedAutosave keeps it. */
export type AutosaveState<T> = {
  /** What the editor shows: mine, even while in conflict. */
  value: T;
  /** The stored version `value` is based on, sent with the next save. */
  version: number;
  /** `value` has edits the server does not have yet. */
  dirty: boolean;
  /** A save is on its way; another waits for it. */
  saving: boolean;
  status: AutosaveStatus;
  /** The newer stored copy, while the learner chooses between it and `value`. */
  conflict: { theirs: T; version: number } | null;
  /** Failed sends in a row, for the back-off. */
  failures: number;
  /** How the last save ended: settling the editor stops when it could not go through. */
  lastOutcome: "ok" | SaveFailure;
};

type SaveFailure = Extract<SaveResult<unknown>, { ok: false }>["kind"];

export type AutosaveEvent<T> =
  | { type: "edit"; value: T }
  /** Send now, if there is anything to send and nothing on its way. */
  | { type: "flush" }
  | { type: "saved"; sent: T; result: SaveResult<T> }
  | { type: "resolve"; keep: "mine" | "theirs" }
  /** A draft left by a closed tab or a failed save, found on opening. */
  | { type: "draft-found"; draft: { value: T; baseVersion: number } }
  /** Back online, or asked to save before submitting: the next failure waits the shortest time again. */
  | { type: "reset-backoff" };

/** What the hook does after a transition; the reducer itself touches no storage, timer or network. */
export type AutosaveEffect<T> =
  | { type: "write-draft"; draft: { value: T; baseVersion: number } | null }
  | { type: "send"; value: T; baseVersion: number }
  /** Save after a pause in typing (restarts the pause). */
  | { type: "debounce" }
  | { type: "retry-in"; ms: number }
  | { type: "flush-now" };

const MAX_BACKOFF_MS = 30_000;
const SAVED: AutosaveStatus = { state: "saved" };
const PENDING: AutosaveStatus = { state: "pending" };
const SAVING: AutosaveStatus = { state: "saving" };
const CONFLICT: AutosaveStatus = { state: "conflict" };

export function initialAutosave<T>(initial: { value: T; version: number }): AutosaveState<T> {
  return { ...initial, dirty: false, saving: false, status: SAVED, conflict: null, failures: 0, lastOutcome: "ok" };
}

type Step<T> = { state: AutosaveState<T>; effects: AutosaveEffect<T>[] };

/**
 * The autosave's transitions: edits become a draft and a pending save; a save
 * either lands (saved, or sent again when edits arrived meanwhile), backs
 * off, is refused, or meets a newer stored copy that the learner must choose
 * against. Never overwrites the stored copy without that choice.
 */
export function autosaveStep<T>(state: AutosaveState<T>, event: AutosaveEvent<T>): Step<T> {
  switch (event.type) {
    case "edit": {
      const edited = { ...state, value: event.value, dirty: true };
      const draft: AutosaveEffect<T> = {
        type: "write-draft",
        draft: { value: event.value, baseVersion: state.version },
      };
      // In conflict nothing is sent until the learner chooses; the draft still keeps every edit.
      if (state.conflict) return { state: edited, effects: [draft] };
      const status = state.status.state === "retrying" ? state.status : PENDING;
      return { state: { ...edited, status }, effects: [draft, { type: "debounce" }] };
    }
    case "flush":
      if (state.saving || !state.dirty) return { state, effects: [] };
      return {
        state: { ...state, saving: true, status: SAVING },
        effects: [{ type: "send", value: state.value, baseVersion: state.version }],
      };
    case "saved":
      return settle(state, event.sent, event.result);
    case "resolve": {
      const { conflict } = state;
      if (!conflict) return { state, effects: [] };
      const mine = event.keep === "mine";
      const value = mine ? state.value : conflict.theirs;
      // Keep mine: save it on top of the newer copy. Keep theirs: drop my unsaved edits.
      const resolved = { ...state, value, version: conflict.version, dirty: mine, conflict: null };
      return mine
        ? {
            state: resolved,
            effects: [{ type: "write-draft", draft: { value, baseVersion: conflict.version } }, { type: "flush-now" }],
          }
        : { state: { ...resolved, status: SAVED }, effects: [{ type: "write-draft", draft: null }] };
    }
    case "draft-found": {
      const { draft } = event;
      if (JSON.stringify(draft.value) === JSON.stringify(state.value)) {
        return { state, effects: [{ type: "write-draft", draft: null }] };
      }
      const resumed = { ...state, value: draft.value, dirty: true };
      // Based on the stored version: resume saving. Older: the stored copy moved on since, so ask.
      if (draft.baseVersion >= state.version) return { state: resumed, effects: [{ type: "flush-now" }] };
      return {
        state: { ...resumed, conflict: { theirs: state.value, version: state.version }, status: CONFLICT },
        effects: [],
      };
    }
    case "reset-backoff":
      return { state: state.failures === 0 ? state : { ...state, failures: 0 }, effects: [] };
  }
}

function settle<T>(state: AutosaveState<T>, sent: T, result: SaveResult<T>): Step<T> {
  const done = { ...state, saving: false, lastOutcome: result.ok ? ("ok" as const) : result.kind };
  if (result.ok) {
    const landed = { ...done, failures: 0, version: result.version };
    if (state.value === sent) {
      return { state: { ...landed, dirty: false, status: SAVED }, effects: [{ type: "write-draft", draft: null }] };
    }
    // Edited while the save was on its way: those edits go next, on the new version.
    return {
      state: landed,
      effects: [
        { type: "write-draft", draft: { value: state.value, baseVersion: result.version } },
        { type: "flush-now" },
      ],
    };
  }
  switch (result.kind) {
    case "conflict":
      return {
        state: {
          ...done,
          conflict: { theirs: result.current.value, version: result.current.version },
          status: CONFLICT,
        },
        effects: [],
      };
    case "rejected":
      return { state: { ...done, status: { state: "rejected", message: result.message } }, effects: [] };
    case "retry": {
      const ms = Math.min(1000 * 2 ** state.failures, MAX_BACKOFF_MS);
      return {
        state: {
          ...done,
          failures: state.failures + 1,
          status: { state: "retrying", message: result.message, inSeconds: Math.round(ms / 1000) },
        },
        effects: [{ type: "retry-in", ms }],
      };
    }
  }
}
