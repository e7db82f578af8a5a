// Requests that would make Next.js or next-auth answer 500 before any of the
// app's own code runs, refused here with a 4xx that says why. proxy.ts runs
// this on every request it sees (not on the answer-saving route, which
// validates its own input).

export type Refusal = { status: 400 | 403; error: string };

const CONTROL = /[\u0000-\u001f\u007f]/;
const SESSION_CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** Whether a server action call comes from a page of this site (the rule Next.js applies itself, with a 500). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === requestHost(request);
  } catch {
    return false;
  }
}

/**
 * A server action call must come from this site, in one of the two encodings
 * the browser's React sends (a JSON array as text, or multipart form data),
 * and be well formed in it; Next.js answers anything else with a 500.
 */
async function checkServerAction(request: Request): Promise<Refusal | null> {
  if (!sameOrigin(request)) return { status: 403, error: "Server actions accept requests from this site only." };
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const malformed = { status: 400, error: "This request is not a well-formed server action call." } as const;
  try {
    if (type.startsWith("text/plain")) {
      // React sends the action's arguments as a JSON array.
      return Array.isArray(JSON.parse(await request.clone().text())) ? null : malformed;
    }
    if (type.startsWith("multipart/form-data")) {
      await request.clone().formData();
      return null;
    }
    if (type.startsWith("application/x-www-form-urlencoded")) return null;
  } catch {
    return malformed;
  }
  return malformed;
}

/**
 * Where next-auth may send someone after signing in or out: a path on this
 * site, or an absolute http(s) URL of this host. Anything else (javascript:,
 * another site) makes next-auth fail with a 500, or worse.
 */
function isLocalDestination(value: string, host: string | null): boolean {
  const trimmed = value.trim();
  if (CONTROL.test(trimmed)) return false;
  if (trimmed.startsWith("/")) return !trimmed.startsWith("//") && !trimmed.startsWith("/\\");
  try {
    const url = new URL(trimmed);
    return (url.protocol === "http:" || url.protocol === "https:") && url.host === host;
  } catch {
    return false;
  }
}

/** next-auth's endpoints fail with a 500 on control characters in the query and on a callback elsewhere. */
function checkAuthRequest(request: Request, url: URL): Refusal | null {
  for (const value of url.searchParams.values()) {
    if (CONTROL.test(value)) return { status: 400, error: "The request's parameters contain control characters." };
  }
  const callback = url.searchParams.get("callbackUrl");
  if (callback !== null && !isLocalDestination(callback, requestHost(request))) {
    return { status: 400, error: "callbackUrl must be a page of this site, like /dashboard." };
  }
  return null;
}

const requestHost = (request: Request) => request.headers.get("x-forwarded-host") ?? request.headers.get("host");

export async function refuseMalformed(request: Request): Promise<Refusal | null> {
  if (request.method === "POST" && request.headers.has("next-action")) return checkServerAction(request);
  const url = new URL(request.url);
  if (url.pathname.startsWith("/api/auth/")) return checkAuthRequest(request, url);
  return null;
}

/**
 * next-auth keeps the post-sign-in destination in a cookie and fails on one
 * that is not a page of this site: such a cookie is dropped from the request.
 * Returns the cookie header without it, or null when nothing changes.
 */
export function withoutUnsafeCallbackCookie(request: Request): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  const parts = header.split(/;\s*/);
  const kept = parts.filter((part) => {
    const [name, ...rest] = part.split("=");
    if (!SESSION_CALLBACK_COOKIES.includes(name ?? "")) return true;
    try {
      return isLocalDestination(decodeURIComponent(rest.join("=")), requestHost(request));
    } catch {
      return false;
    }
  });
  return kept.length === parts.length ? null : kept.join("; ");
}
