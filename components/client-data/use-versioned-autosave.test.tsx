// @vitest-environment happy-dom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readDraft, writeDraft } from "@/components/client-data/drafts";
import type { SaveResult } from "@/components/client-data/save-result";
import { useVersionedAutosave } from "@/components/client-data/use-versioned-autosave";

type Doc = { text: string };
const KEY = "tradeoff:worksheet-draft:w1";

/** A save whose answers the test gives, one per call, recording what it was sent. */
function scriptedSave() {
  const calls: [Doc, number][] = [];
  const answers: ((result: SaveResult<Doc>) => void)[] = [];
  const save = vi.fn((value: Doc, baseVersion: number) => {
    calls.push([value, baseVersion]);
    return new Promise<SaveResult<Doc>>((resolve) => answers.push(resolve));
  });
  const answer = async (result: SaveResult<Doc>) => {
    await act(async () => answers.shift()!(result));
  };
  return { save, calls, answer };
}

function open(save: ReturnType<typeof scriptedSave>["save"]) {
  return renderHook(() =>
    useVersionedAutosave<Doc>({ draftKey: KEY, initial: { value: { text: "stored" }, version: 3 }, save }),
  );
}

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  sessionStorage.clear();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("useVersionedAutosave runs the machine", () => {
  it("saves once after a pause in typing, then removes the draft", async () => {
    const { save, calls, answer } = scriptedSave();
    const { result } = open(save);

    act(() => result.current.setValue({ text: "a" }));
    act(() => result.current.setValue((previous) => ({ text: `${previous.text}b` })));
    expect(result.current.status).toEqual({ state: "pending" });
    expect(readDraft(KEY)).toMatchObject({ value: { text: "ab" }, baseVersion: 3 });
    await wait(799);
    expect(calls).toEqual([]);
    await wait(1);
    expect(calls).toEqual([[{ text: "ab" }, 3]]);
    expect(result.current.status).toEqual({ state: "saving" });

    await answer({ ok: true, version: 4 });
    expect(result.current.status).toEqual({ state: "saved" });
    expect(readDraft(KEY)).toBeNull();
  });

  it("an edit made during a save is sent next, on the new version", async () => {
    const { save, calls, answer } = scriptedSave();
    const { result } = open(save);
    act(() => result.current.setValue({ text: "first" }));
    await wait(800);
    act(() => result.current.setValue({ text: "second" }));

    await answer({ ok: true, version: 4 });

    expect(calls).toEqual([
      [{ text: "first" }, 3],
      [{ text: "second" }, 4],
    ]);
    expect(readDraft(KEY)).toMatchObject({ value: { text: "second" }, baseVersion: 4 });
  });

  it("a failed save is retried after its back-off, the draft kept meanwhile", async () => {
    const { save, calls, answer } = scriptedSave();
    const { result } = open(save);
    act(() => result.current.setValue({ text: "offline edit" }));
    await wait(800);

    await answer({ ok: false, kind: "retry", message: "You appear to be offline." });
    expect(result.current.status).toEqual({ state: "retrying", message: "You appear to be offline.", inSeconds: 1 });
    expect(readDraft(KEY)).toMatchObject({ value: { text: "offline edit" }, baseVersion: 3 });
    await wait(999);
    expect(calls).toHaveLength(1);
    await wait(1);
    expect(calls).toEqual([
      [{ text: "offline edit" }, 3],
      [{ text: "offline edit" }, 3],
    ]);
  });

  it("a conflict waits for the learner; keeping mine saves it on the stored version", async () => {
    const { save, calls, answer } = scriptedSave();
    const { result } = open(save);
    act(() => result.current.setValue({ text: "mine" }));
    await wait(800);

    await answer({ ok: false, kind: "conflict", current: { value: { text: "theirs" }, version: 7 } });
    expect(result.current.status).toEqual({ state: "conflict" });
    expect(result.current.conflict).toEqual({ theirs: { text: "theirs" }, version: 7 });
    expect(result.current.value).toEqual({ text: "mine" });

    act(() => result.current.resolveConflict("mine"));
    expect(result.current.conflict).toBeNull();
    expect(calls).toEqual([
      [{ text: "mine" }, 3],
      [{ text: "mine" }, 7],
    ]);
  });

  it("taking theirs shows the stored copy and drops the draft", async () => {
    const { save, answer } = scriptedSave();
    const { result } = open(save);
    act(() => result.current.setValue({ text: "mine" }));
    await wait(800);
    await answer({ ok: false, kind: "conflict", current: { value: { text: "theirs" }, version: 7 } });

    act(() => result.current.resolveConflict("theirs"));

    expect(result.current.value).toEqual({ text: "theirs" });
    expect(result.current.status).toEqual({ state: "saved" });
    expect(readDraft(KEY)).toBeNull();
  });

  it("a draft a closed tab left on the stored version is resumed and saved on opening", async () => {
    localStorage.setItem(KEY, JSON.stringify({ value: { text: "left behind" }, baseVersion: 3, tab: "gone", at: 0 }));
    const { save, calls } = scriptedSave();
    const { result } = open(save);

    expect(result.current.value).toEqual({ text: "left behind" });
    expect(calls).toEqual([[{ text: "left behind" }, 3]]);
  });

  it("a draft another open tab is still writing is left to that tab", () => {
    writeDraft(KEY, { value: { text: "typed in the other tab" }, baseVersion: 3 });
    sessionStorage.clear(); // this is another tab
    const { save, calls } = scriptedSave();
    const { result } = open(save);

    expect(result.current.value).toEqual({ text: "stored" });
    expect(result.current.status).toEqual({ state: "saved" });
    expect(calls).toEqual([]);
  });
});
