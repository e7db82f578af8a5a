import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  accountDiagramStorage,
  deviceDiagramStorage,
  lessonDiagramStorage,
  readDeviceDiagram,
} from "@/components/client-data/diagram-storage";
import {
  accountStorage,
  deviceStorage,
  lessonBlockStorage,
  readDeviceWorksheet,
} from "@/components/client-data/worksheet-storage";
import { emptyWorksheet } from "@/lib/worksheet/document";

/** localStorage as the browser has it, in memory; `full` makes every write fail. */
class FakeStorage {
  items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(name: string) {
    return this.items.get(name) ?? null;
  }
  setItem(name: string, value: string) {
    if (this.full) throw new DOMException("full", "QuotaExceededError");
    this.items.set(name, String(value));
  }
  removeItem(name: string) {
    this.items.delete(name);
  }
}

type Answer = { status: number; body?: unknown } | Error;
type Sent = { url: string; method: string; body: unknown };

/** Answers requests in order and records what was sent; a request with no answer left fails the test. */
function stubFetch(...answers: Answer[]): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
    sent.push({ url, method: init.method ?? "GET", body: init.body ? JSON.parse(String(init.body)) : undefined });
    const answer = answers.shift();
    if (!answer) throw new Error(`no answer left for ${init.method} ${url}`);
    if (answer instanceof Error) throw answer;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { "content-type": "application/json" },
    });
  });
  return sent;
}

let local: FakeStorage;
beforeEach(() => {
  local = new FakeStorage();
  vi.stubGlobal("localStorage", local);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const document = { ...emptyWorksheet("ride-sharing"), functional: [{ id: "f1", text: "Riders request a ride" }] };
const worksheet = { title: "Ride sharing", document };
const worksheetRow = (version: number) => ({
  id: "w9",
  ...worksheet,
  promptId: "ride-sharing",
  origin: "the-art-of-scoping/your-turn",
  estimate: null,
  version,
  updatedAt: "2026-12-01T10:00:00.000Z",
});
const diagram = { title: "Read path", source: "flowchart LR\n  A --> B" };
const diagramRow = (version: number) => ({
  id: "d9",
  ...diagram,
  origin: "caching/draw-it",
  worksheetId: null,
  version,
  updatedAt: "2026-12-01T10:00:00.000Z",
});

describe("account storage", () => {
  it("PUTs a worksheet's value with the version it was based on", async () => {
    const sent = stubFetch({ status: 200, body: { version: 4, updatedAt: "2026-12-01T10:00:00.000Z" } });
    const result = await accountStorage("w1").save(worksheet, 3);
    expect(result).toEqual({ ok: true, version: 4 });
    expect(sent).toEqual([{ url: "/api/worksheets/w1", method: "PUT", body: { baseVersion: 3, ...worksheet } }]);
  });

  it("PUTs a diagram's value with its checkpoint flag, which is always sent", async () => {
    const sent = stubFetch({ status: 200, body: { version: 3 } }, { status: 200, body: { version: 4 } });
    const storage = accountDiagramStorage("d1");
    expect(await storage.save({ ...diagram, checkpoint: true }, 2)).toEqual({ ok: true, version: 3 });
    expect(await storage.save(diagram, 3)).toEqual({ ok: true, version: 4 });
    expect(sent).toEqual([
      { url: "/api/diagrams/d1", method: "PUT", body: { baseVersion: 2, ...diagram, checkpoint: true } },
      { url: "/api/diagrams/d1", method: "PUT", body: { baseVersion: 3, ...diagram, checkpoint: false } },
    ]);
    expect(storage.documentId()).toBe("d1");
  });
});

describe("a conflict carries the editor's value, never the whole stored row", () => {
  const conflict = (current: object) => ({ status: 409, body: { error: "changed elsewhere", current } });

  it("for a worksheet", async () => {
    stubFetch(conflict(worksheetRow(5)));
    expect(await accountStorage("w9").save({ ...worksheet, title: "Mine" }, 3)).toEqual({
      ok: false,
      kind: "conflict",
      current: { value: worksheet, version: 5 },
    });
  });

  it("for a diagram", async () => {
    stubFetch(conflict(diagramRow(5)));
    expect(await accountDiagramStorage("d9").save({ ...diagram, title: "Mine" }, 3)).toEqual({
      ok: false,
      kind: "conflict",
      current: { value: diagram, version: 5 },
    });
  });

  it("for a lesson block whose document another tab started first (200, not 201), without overwriting it", async () => {
    const sent = stubFetch({ status: 200, body: { diagram: diagramRow(2) } });
    const storage = lessonDiagramStorage("caching/draw-it", null);
    expect(await storage.save({ ...diagram, source: "flowchart TD" }, 0)).toEqual({
      ok: false,
      kind: "conflict",
      current: { value: diagram, version: 2 },
    });
    expect(sent.map(({ method }) => method)).toEqual(["POST"]);
    expect(storage.documentId()).toBe("d9");

    stubFetch({ status: 200, body: { worksheet: worksheetRow(2) } });
    expect(await lessonBlockStorage("the-art-of-scoping/your-turn", "ride-sharing", null).save(worksheet, 0)).toEqual({
      ok: false,
      kind: "conflict",
      current: { value: worksheet, version: 2 },
    });
  });
});

describe("lesson-block storage", () => {
  it("creates the block's worksheet with POST on the first save, then saves on the new version", async () => {
    const origin = "the-art-of-scoping/your-turn";
    const sent = stubFetch(
      { status: 201, body: { worksheet: worksheetRow(1) } },
      { status: 200, body: { version: 2 } },
      { status: 200, body: { version: 3 } },
    );
    const storage = lessonBlockStorage(origin, "ride-sharing", null);
    expect(storage.documentId()).toBeNull();
    expect(await storage.save(worksheet, 0)).toEqual({ ok: true, version: 2 });
    expect(storage.documentId()).toBe("w9");
    expect(await storage.save(worksheet, 2)).toEqual({ ok: true, version: 3 });
    expect(sent).toEqual([
      { url: "/api/worksheets", method: "POST", body: { title: "Ride sharing", promptId: "ride-sharing", origin } },
      { url: "/api/worksheets/w9", method: "PUT", body: { baseVersion: 1, ...worksheet } },
      { url: "/api/worksheets/w9", method: "PUT", body: { baseVersion: 2, ...worksheet } },
    ]);
  });

  it("creates the block's diagram with its title and origin only", async () => {
    const sent = stubFetch({ status: 201, body: { diagram: diagramRow(1) } }, { status: 200, body: { version: 2 } });
    expect(await lessonDiagramStorage("caching/draw-it", null).save(diagram, 0)).toEqual({ ok: true, version: 2 });
    expect(sent).toEqual([
      { url: "/api/diagrams", method: "POST", body: { title: "Read path", origin: "caching/draw-it" } },
      { url: "/api/diagrams/d9", method: "PUT", body: { baseVersion: 1, ...diagram, checkpoint: false } },
    ]);
  });

  it("saves a block's known document directly", async () => {
    const sent = stubFetch({ status: 200, body: { version: 8 } });
    expect(await lessonBlockStorage("the-art-of-scoping/your-turn", null, "w9").save(worksheet, 7)).toEqual({
      ok: true,
      version: 8,
    });
    expect(sent.map(({ method, url }) => `${method} ${url}`)).toEqual(["PUT /api/worksheets/w9"]);
  });

  it("retries a create that failed on the way and refuses one the server rejected, creating nothing", async () => {
    const storage = lessonBlockStorage("the-art-of-scoping/your-turn", "ride-sharing", null);
    stubFetch(new TypeError("Failed to fetch"));
    expect(await storage.save(worksheet, 0)).toEqual({
      ok: false,
      kind: "retry",
      message: "You appear to be offline.",
    });
    stubFetch({ status: 503, body: { error: "The database is restarting." } });
    expect(await storage.save(worksheet, 0)).toEqual({
      ok: false,
      kind: "retry",
      message: "The database is restarting.",
    });
    stubFetch({ status: 400, body: { error: "Invalid title: Give the worksheet a title." } });
    expect(await storage.save(worksheet, 0)).toEqual({
      ok: false,
      kind: "rejected",
      message: "Invalid title: Give the worksheet a title.",
    });
    stubFetch({ status: 201, body: {} });
    expect(await storage.save(worksheet, 0)).toEqual({
      ok: false,
      kind: "rejected",
      message: "The server answered 201.",
    });
    expect(storage.documentId()).toBeNull();
  });
});

describe("drafts and visitors' documents stay under the keys browsers already hold", () => {
  it("names the drafts of account and lesson-block documents as before", () => {
    expect(accountStorage("w1").draftKey).toBe("tradeoff:worksheet-draft:w1");
    expect(lessonBlockStorage("the-art-of-scoping/your-turn", null, null).draftKey).toBe(
      "tradeoff:worksheet-draft:the-art-of-scoping/your-turn",
    );
    expect(accountDiagramStorage("d1").draftKey).toBe("tradeoff:diagram-draft:d1");
    expect(lessonDiagramStorage("caching/draw-it", "d1").draftKey).toBe("tradeoff:diagram-draft:caching/draw-it");
  });

  it("round-trips a visitor's worksheet, keeping its import key across saves", async () => {
    const sent = stubFetch();
    const key = "lesson:the-art-of-scoping/your-turn";
    const storage = deviceStorage(key);
    expect(storage.draftKey).toBe(`tradeoff:worksheet-draft:device:${key}`);
    expect(storage.documentId()).toBeNull();
    expect(readDeviceWorksheet(key)).toBeNull();

    expect(await storage.save(worksheet, 0)).toEqual({ ok: true, version: 1 });
    const first = JSON.parse(storedText(`tradeoff:worksheet:device:${key}`));
    expect(first).toEqual({ ...worksheet, version: 1, importKey: expect.any(String) });
    expect(readDeviceWorksheet(key)).toEqual(first);

    expect(await storage.save({ ...worksheet, title: "Renamed" }, 1)).toEqual({ ok: true, version: 2 });
    expect(readDeviceWorksheet(key)).toEqual({
      ...worksheet,
      title: "Renamed",
      version: 2,
      importKey: first.importKey,
    });
    expect([...local.items.keys()]).toEqual([`tradeoff:worksheet:device:${key}`]);
    expect(sent).toEqual([]);
  });

  it("round-trips a visitor's diagram without its checkpoint flag", async () => {
    const storage = deviceDiagramStorage("read-heavy");
    expect(storage.draftKey).toBe("tradeoff:diagram-draft:device:read-heavy");
    expect(storage.documentId()).toBeNull();
    expect(await storage.save({ ...diagram, checkpoint: true }, 4)).toEqual({ ok: true, version: 5 });
    expect(JSON.parse(storedText("tradeoff:diagram:device:read-heavy"))).toEqual({
      ...diagram,
      version: 5,
      importKey: expect.any(String),
    });
    expect(readDeviceDiagram("read-heavy")).toEqual({ ...diagram, version: 5, importKey: expect.any(String) });
  });

  it("refuses a save when this browser's storage is full", async () => {
    local.full = true;
    expect(await deviceStorage("ride-sharing").save(worksheet, 0)).toEqual({
      ok: false,
      kind: "rejected",
      message: "this browser's storage is full or disabled.",
    });
  });
});

/** The raw text stored under `name`; fails the test when there is none. */
function storedText(name: string): string {
  const raw = local.getItem(name);
  expect(raw, `localStorage["${name}"]`).not.toBeNull();
  return raw!;
}
