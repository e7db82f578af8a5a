import { afterEach, describe, expect, it, vi } from "vitest";
import {
  autosaveStep,
  initialAutosave,
  type AutosaveEvent,
  type AutosaveState,
} from "@/components/client-data/autosave-machine";
import { sendSave, type SaveResult } from "@/components/client-data/save-result";

type Doc = { text: string };

const opened = (): AutosaveState<Doc> => initialAutosave({ value: { text: "stored" }, version: 3 });

/** Runs the events in order; returns the last state and the effects of the last event. */
function play(state: AutosaveState<Doc>, ...events: AutosaveEvent<Doc>[]) {
  let step = { state, effects: [] as ReturnType<typeof autosaveStep<Doc>>["effects"] };
  for (const event of events) step = autosaveStep(step.state, event);
  return step;
}

const mine = { text: "mine" };
const edit = (value: Doc): AutosaveEvent<Doc> => ({ type: "edit", value });
const flush: AutosaveEvent<Doc> = { type: "flush" };
const saved = (sent: Doc, result: SaveResult<Doc>): AutosaveEvent<Doc> => ({ type: "saved", sent, result });
const retry = (message: string): SaveResult<Doc> => ({ ok: false, kind: "retry", message });

/** Edited, then a save of that edit is on its way. */
const savingMine = () => play(opened(), edit(mine), flush).state;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("editing and saving", () => {
  it("an edit makes the document dirty, writes the draft and waits for a pause in typing", () => {
    const { state, effects } = play(opened(), edit(mine));
    expect(state).toMatchObject({ value: mine, version: 3, dirty: true, saving: false, status: { state: "pending" } });
    expect(effects).toEqual([{ type: "write-draft", draft: { value: mine, baseVersion: 3 } }, { type: "debounce" }]);
  });

  it("a flush sends the value with the version it is based on", () => {
    const { state, effects } = play(opened(), edit(mine), flush);
    expect(state).toMatchObject({ dirty: true, saving: true, status: { state: "saving" } });
    expect(effects).toEqual([{ type: "send", value: mine, baseVersion: 3 }]);
  });

  it("a flush with nothing to send, or while a save is on its way, does nothing", () => {
    const clean = opened();
    expect(autosaveStep(clean, flush)).toEqual({ state: clean, effects: [] });
    const saving = savingMine();
    expect(autosaveStep(saving, flush)).toEqual({ state: saving, effects: [] });
  });

  it("ok: saved with the new version, clean, and the draft removed", () => {
    const { state, effects } = play(savingMine(), saved(mine, { ok: true, version: 4 }));
    expect(state).toEqual({
      value: mine,
      version: 4,
      dirty: false,
      saving: false,
      status: { state: "saved" },
      conflict: null,
      failures: 0,
      lastOutcome: "ok",
    });
    expect(effects).toEqual([{ type: "write-draft", draft: null }]);
  });

  it("ok with an edit made during the save: the edit stays dirty, re-based on the new version, and is sent next", () => {
    const more = { text: "mine, and more" };
    const { state, effects } = play(savingMine(), edit(more), saved(mine, { ok: true, version: 4 }));
    expect(state).toMatchObject({ value: more, version: 4, dirty: true, saving: false, status: { state: "pending" } });
    expect(effects).toEqual([{ type: "write-draft", draft: { value: more, baseVersion: 4 } }, { type: "flush-now" }]);
    expect(autosaveStep(state, flush).effects).toEqual([{ type: "send", value: more, baseVersion: 4 }]);
  });
});

describe("a save that can be retried", () => {
  it("keeps the draft and the edit, and retries after 1 s, then 2 s, 4 s … up to 30 s", () => {
    const first = play(savingMine(), saved(mine, retry("You appear to be offline.")));
    expect(first.state).toMatchObject({
      value: mine,
      version: 3,
      dirty: true,
      saving: false,
      failures: 1,
      lastOutcome: "retry",
      status: { state: "retrying", message: "You appear to be offline.", inSeconds: 1 },
    });
    // No write-draft: the draft of the edit stays where it is.
    expect(first.effects).toEqual([{ type: "retry-in", ms: 1000 }]);

    const waits: number[] = [];
    let state = first.state;
    for (let round = 0; round < 6; round++) {
      const step = play(state, flush, saved(mine, retry("The server answered 503.")));
      state = step.state;
      waits.push(...step.effects.map((effect) => (effect.type === "retry-in" ? effect.ms : -1)));
    }
    expect(waits).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
    expect(state.status).toEqual({ state: "retrying", message: "The server answered 503.", inSeconds: 30 });
  });

  it("an edit while retrying keeps the retry message on screen", () => {
    const retrying = play(savingMine(), saved(mine, retry("You appear to be offline."))).state;
    const { state, effects } = play(retrying, edit({ text: "typed offline" }));
    expect(state.status).toEqual({ state: "retrying", message: "You appear to be offline.", inSeconds: 1 });
    expect(effects).toEqual([
      { type: "write-draft", draft: { value: { text: "typed offline" }, baseVersion: 3 } },
      { type: "debounce" },
    ]);
  });

  it("a save that lands resets the back-off, and so does coming back online", () => {
    const retrying = play(savingMine(), saved(mine, retry("offline")), flush, saved(mine, retry("offline"))).state;
    expect(retrying.failures).toBe(2);
    expect(play(retrying, flush, saved(mine, { ok: true, version: 4 })).state.failures).toBe(0);
    expect(play(retrying, { type: "reset-backoff" }).state.failures).toBe(0);
  });
});

describe("a conflict", () => {
  const theirs = { text: "theirs" };
  const inConflict = () =>
    play(savingMine(), saved(mine, { ok: false, kind: "conflict", current: { value: theirs, version: 5 } })).state;

  it("holds the stored copy and keeps mine on screen, unsaved", () => {
    const { state, effects } = play(
      savingMine(),
      saved(mine, { ok: false, kind: "conflict", current: { value: theirs, version: 5 } }),
    );
    expect(state).toEqual({
      value: mine,
      version: 3,
      dirty: true,
      saving: false,
      status: { state: "conflict" },
      conflict: { theirs, version: 5 },
      failures: 0,
      lastOutcome: "conflict",
    });
    expect(effects).toEqual([]);
  });

  it("edits during the conflict are kept in the draft but not sent", () => {
    const { state, effects } = play(inConflict(), edit({ text: "mine, edited" }));
    expect(state).toMatchObject({ value: { text: "mine, edited" }, dirty: true, status: { state: "conflict" } });
    expect(effects).toEqual([{ type: "write-draft", draft: { value: { text: "mine, edited" }, baseVersion: 3 } }]);
  });

  it("keep mine: re-bases mine on the stored version and saves it over theirs", () => {
    const { state, effects } = play(inConflict(), { type: "resolve", keep: "mine" });
    expect(state).toMatchObject({ value: mine, version: 5, dirty: true, conflict: null });
    expect(effects).toEqual([{ type: "write-draft", draft: { value: mine, baseVersion: 5 } }, { type: "flush-now" }]);
    expect(autosaveStep(state, flush).effects).toEqual([{ type: "send", value: mine, baseVersion: 5 }]);
  });

  it("take theirs: replaces my value with the stored copy and drops my draft", () => {
    const { state, effects } = play(inConflict(), { type: "resolve", keep: "theirs" });
    expect(state).toMatchObject({
      value: theirs,
      version: 5,
      dirty: false,
      conflict: null,
      status: { state: "saved" },
    });
    expect(effects).toEqual([{ type: "write-draft", draft: null }]);
  });

  it("resolving when there is no conflict does nothing", () => {
    const state = savingMine();
    expect(autosaveStep(state, { type: "resolve", keep: "theirs" })).toEqual({ state, effects: [] });
  });
});

describe("a save refused for good", () => {
  it("signed out: the server's message is shown, the edit and its draft are kept, nothing is retried", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify({ error: "Sign in again to save." }), { status: 401 })),
    );
    const result = await sendSave<Doc>("/api/worksheets/w1", { baseVersion: 1 }, () => ({
      value: { text: "unused" },
      version: 0,
    }));
    const { state, effects } = play(savingMine(), saved(mine, result));
    expect(state).toMatchObject({
      value: mine,
      dirty: true,
      saving: false,
      lastOutcome: "rejected",
      status: { state: "rejected", message: "Sign in again to save." },
    });
    expect(effects).toEqual([]);
  });

  it("rejected: the message is shown and the edit stays dirty", () => {
    const { state, effects } = play(
      savingMine(),
      saved(mine, { ok: false, kind: "rejected", message: "There is no such worksheet in your account." }),
    );
    expect(state).toMatchObject({
      value: mine,
      version: 3,
      dirty: true,
      status: { state: "rejected", message: "There is no such worksheet in your account." },
    });
    expect(effects).toEqual([]);
  });
});

describe("a draft found on opening", () => {
  it("the same as the stored copy: the draft is removed and nothing changes", () => {
    const state = opened();
    expect(autosaveStep(state, { type: "draft-found", draft: { value: { text: "stored" }, baseVersion: 2 } })).toEqual({
      state,
      effects: [{ type: "write-draft", draft: null }],
    });
  });

  it("based on the stored version: resumed and sent", () => {
    const { state, effects } = play(opened(), { type: "draft-found", draft: { value: mine, baseVersion: 3 } });
    expect(state).toMatchObject({ value: mine, version: 3, dirty: true, conflict: null });
    expect(effects).toEqual([{ type: "flush-now" }]);
  });

  it("based on an older version: a conflict holding the stored copy", () => {
    const { state, effects } = play(opened(), { type: "draft-found", draft: { value: mine, baseVersion: 2 } });
    expect(state).toMatchObject({
      value: mine,
      version: 3,
      dirty: true,
      status: { state: "conflict" },
      conflict: { theirs: { text: "stored" }, version: 3 },
    });
    expect(effects).toEqual([]);
  });
});
