import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isAnotherTabsLiveDraft, LIVE_DRAFT_MS, readDraft, tabId, writeDraft } from "@/components/client-data/drafts";
import { memoryStorage } from "@/components/client-data/test-storage";

const NOW = new Date("2026-12-01T10:00:00Z").getTime();
const KEY = "tradeoff:worksheet-draft:w1";

/** Tabs of one browser share localStorage; each has its own sessionStorage. */
const openTab = () => vi.stubGlobal("sessionStorage", memoryStorage());

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  vi.stubGlobal("localStorage", memoryStorage());
  openTab();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("drafts", () => {
  it("a tab keeps one id across reloads; another tab gets its own", () => {
    const first = tabId();
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(tabId()).toBe(first);
    openTab();
    expect(tabId()).not.toBe(first);
  });

  it("a written draft reads back stamped with the tab and the time, and null removes it", () => {
    writeDraft(KEY, { value: { text: "mine" }, baseVersion: 3 });
    expect(readDraft(KEY)).toEqual({ value: { text: "mine" }, baseVersion: 3, tab: tabId(), at: NOW });
    writeDraft(KEY, null);
    expect(readDraft(KEY)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it("a draft written moments ago by another tab is that tab's live editing", () => {
    writeDraft(KEY, { value: { text: "typed in tab A" }, baseVersion: 3 });
    openTab(); // tab B
    vi.advanceTimersByTime(LIVE_DRAFT_MS - 1);
    const draft = readDraft<{ text: string }>(KEY)!;
    expect(draft.value).toEqual({ text: "typed in tab A" });
    expect(isAnotherTabsLiveDraft(draft)).toBe(true);
  });

  it("this tab's own draft, and another tab's abandoned one, are free to resume", () => {
    writeDraft(KEY, { value: { text: "mine" }, baseVersion: 3 });
    expect(isAnotherTabsLiveDraft(readDraft(KEY)!)).toBe(false);
    openTab();
    expect(isAnotherTabsLiveDraft(readDraft(KEY)!)).toBe(true);
    vi.advanceTimersByTime(LIVE_DRAFT_MS);
    expect(isAnotherTabsLiveDraft(readDraft(KEY)!)).toBe(false);
  });

  it("an unreadable draft, or storage that refuses, loses nothing else", () => {
    localStorage.setItem(KEY, "{not json");
    expect(readDraft(KEY)).toBeNull();
    vi.stubGlobal("localStorage", {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    });
    expect(() => writeDraft(KEY, { value: 1, baseVersion: 1 })).not.toThrow();
  });
});
