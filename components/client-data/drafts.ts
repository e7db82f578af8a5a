/**
 * Unsaved edits of a versioned document, kept in localStorage until the server
 * has them. `tab` and `at` say which tab wrote a draft and when: a draft
 * another tab touched moments ago is that tab's live editing.
 */
export type Draft<T> = { value: T; baseVersion: number; tab?: string; at?: number };

/** A draft younger than this may be another open tab's unsaved typing, which that tab will save itself. */
export const LIVE_DRAFT_MS = 10_000;

const TAB_KEY = "tradeoff:tab";

/** This tab's id; sessionStorage keeps it across reloads of the tab and apart from other tabs. */
export function tabId(): string {
  try {
    let id = sessionStorage.getItem(TAB_KEY);
    if (!id) {
      id = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, "0")).join("");
      sessionStorage.setItem(TAB_KEY, id);
    }
    return id;
  } catch {
    return "unknown";
  }
}

export function readDraft<T>(key: string): Draft<T> | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft<T>) : null;
  } catch {
    return null;
  }
}

/** Writes the draft stamped with this tab and the time, or removes it (null). */
export function writeDraft<T>(key: string, draft: Draft<T> | null) {
  try {
    if (draft) localStorage.setItem(key, JSON.stringify({ ...draft, tab: tabId(), at: Date.now() }));
    else localStorage.removeItem(key);
  } catch {
    // Storage full or disabled: the save to the server still runs.
  }
}

/**
 * Whether another open tab is still writing this draft. Taking it over would
 * save its edits behind its back and hand it a needless conflict; a draft
 * left alone for a while is an abandoned one, free to resume.
 */
export function isAnotherTabsLiveDraft(draft: Draft<unknown>, now = Date.now()): boolean {
  return draft.tab !== tabId() && draft.at !== undefined && now - draft.at < LIVE_DRAFT_MS;
}
