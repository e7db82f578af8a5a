/**
 * What one request from the browser came to, by the one rule every caller
 * follows: 2xx ok; 401 signed out; 409 conflict (the body carries the stored
 * copy); 5xx, 429 and no answer at all worth retrying as is; any other
 * answer refused for good, with the server's own `error` message.
 */
export type RequestOutcome =
  | { kind: "ok"; status: number; body: unknown }
  | { kind: "signed-out"; status: 401; message: string; body: unknown }
  | { kind: "conflict"; status: 409; message: string; body: unknown }
  /** `status` is null when no answer came (offline, connection dropped). */
  | { kind: "retry"; status: number | null; message: string; body: unknown }
  | { kind: "rejected"; status: number; message: string; body: unknown };

export const OFFLINE_MESSAGE = "You appear to be offline.";

/** The `error` a route handler puts in its JSON answer, if there is one. */
export function serverError(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || !("error" in body)) return undefined;
  return typeof body.error === "string" ? body.error : undefined;
}

/** Classifies an answer; `status` null means no answer came at all. */
export function classifyResponse(status: number | null, body: unknown): RequestOutcome {
  if (status === null) return { kind: "retry", status, message: OFFLINE_MESSAGE, body };
  if (status >= 200 && status < 300) return { kind: "ok", status, body };
  const message = serverError(body) ?? `The server answered ${status}.`;
  if (status === 401) return { kind: "signed-out", status, message, body };
  if (status === 409) return { kind: "conflict", status, message, body };
  // Overloaded, rate-limited or broken for now: the same request may well go through later.
  if (status >= 500 || status === 429) return { kind: "retry", status, message, body };
  return { kind: "rejected", status, message, body };
}

/**
 * Runs a fetch and classifies what came back. A network failure is a retry,
 * and a body that is not JSON reads as null, so callers never see a throw
 * (except an abort they asked for themselves).
 */
export async function outcomeOf(send: () => Promise<Response>, signal?: AbortSignal): Promise<RequestOutcome> {
  let response: Response;
  try {
    response = await send();
  } catch (error) {
    if (signal?.aborted) throw error;
    return classifyResponse(null, null);
  }
  const body: unknown = await response.json().catch(() => null);
  signal?.throwIfAborted();
  return classifyResponse(response.status, body);
}

export type RequestOptions = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  /** Lets the request outlive the page (a flush when the tab is hidden or closed). */
  keepalive?: boolean;
  signal?: AbortSignal;
  cache?: RequestCache;
};

/** A JSON request to one of our own routes, classified by the rule above. */
export function requestJson(
  url: string,
  { method = "GET", body, keepalive, signal, cache }: RequestOptions = {},
): Promise<RequestOutcome> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.headers = { "content-type": "application/json" };
    init.body = JSON.stringify(body);
  }
  if (keepalive !== undefined) init.keepalive = keepalive;
  if (signal) init.signal = signal;
  if (cache) init.cache = cache;
  return outcomeOf(() => fetch(url, init), signal);
}
