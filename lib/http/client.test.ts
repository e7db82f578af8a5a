import { afterEach, describe, expect, it, vi } from "vitest";
import { classifyResponse, requestJson } from "@/lib/http/client";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fetch that answers `status` with `body` (a string is sent as is, not as JSON), recording its calls. */
function stubFetch(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(typeof body === "string" ? body : JSON.stringify(body), { status }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("classifyResponse: the one rule for every answer", () => {
  it.each([
    [200, "ok"],
    [201, "ok"],
    [204, "ok"],
    [401, "signed-out"],
    [409, "conflict"],
    [429, "retry"],
    [500, "retry"],
    [503, "retry"],
    [400, "rejected"],
    [403, "rejected"],
    [404, "rejected"],
    [413, "rejected"],
  ])("%i is %s", (status, kind) => {
    expect(classifyResponse(status, null).kind).toBe(kind);
  });

  it("no answer at all is a retry, said to be offline", () => {
    expect(classifyResponse(null, null)).toEqual({
      kind: "retry",
      status: null,
      message: "You appear to be offline.",
      body: null,
    });
  });

  it("carries the server's own error message, or says what the server answered", () => {
    expect(classifyResponse(400, { error: "The title is too long." })).toEqual({
      kind: "rejected",
      status: 400,
      message: "The title is too long.",
      body: { error: "The title is too long." },
    });
    expect(classifyResponse(404, { error: 42 })).toMatchObject({ message: "The server answered 404." });
    expect(classifyResponse(502, "<html>")).toMatchObject({ kind: "retry", message: "The server answered 502." });
  });
});

describe("requestJson", () => {
  it("sends the body as JSON, once, with its header, and returns the parsed answer", async () => {
    const fetch = stubFetch(201, { id: "w1" });
    const outcome = await requestJson("/api/worksheets", { method: "POST", body: { title: "Chat" }, keepalive: true });
    expect(outcome).toEqual({ kind: "ok", status: 201, body: { id: "w1" } });
    expect(fetch.mock.calls).toEqual([
      [
        "/api/worksheets",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: '{"title":"Chat"}',
          keepalive: true,
        },
      ],
    ]);
  });

  it("a GET sends no body and no content type, and passes the cache mode on", async () => {
    const fetch = stubFetch(200, { versions: [] });
    await requestJson("/api/diagrams/d1/versions", { cache: "no-store" });
    expect(fetch.mock.calls).toEqual([["/api/diagrams/d1/versions", { method: "GET", cache: "no-store" }]]);
  });

  it("a network failure is a retry, not a throw", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    expect(await requestJson("/api/progress/summary")).toEqual({
      kind: "retry",
      status: null,
      message: "You appear to be offline.",
      body: null,
    });
  });

  it("an answer that is not JSON reads as a null body and is still classified", async () => {
    stubFetch(503, "<h1>Service Unavailable</h1>");
    expect(await requestJson("/api/progress/attempts", { method: "POST", body: {} })).toEqual({
      kind: "retry",
      status: 503,
      message: "The server answered 503.",
      body: null,
    });
  });

  it("a 409 keeps the stored copy in the body for the caller", async () => {
    stubFetch(409, { error: "Changed elsewhere.", current: { version: 4 } });
    expect(await requestJson("/api/worksheets/w1", { method: "PUT", body: { baseVersion: 3 } })).toEqual({
      kind: "conflict",
      status: 409,
      message: "Changed elsewhere.",
      body: { error: "Changed elsewhere.", current: { version: 4 } },
    });
  });

  it("an abort the caller asked for is thrown, not reported as offline", async () => {
    const controller = new AbortController();
    vi.stubGlobal(
      "fetch",
      vi.fn(async (_url: string, init?: RequestInit) => {
        controller.abort();
        init?.signal?.throwIfAborted();
        return new Response("{}");
      }),
    );
    await expect(requestJson("/api/x", { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});
