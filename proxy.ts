import { NextResponse, type NextRequest } from "next/server";
import { refuseMalformed, withoutUnsafeCallbackCookie } from "@/lib/http/request-guard";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/lib/log/request-id";

/**
 * Gives every request an id, passes it to server code (which logs it) and
 * returns it to the client, so a user's report can be matched to the log line.
 * Refuses, with a 4xx that says why, the malformed requests that Next.js or
 * next-auth would otherwise answer with a 500 (lib/http/request-guard.ts).
 */
export async function proxy(request: NextRequest) {
  const requestId = resolveRequestId(request.headers.get(REQUEST_ID_HEADER));
  const refusal = await refuseMalformed(request);
  if (refusal) {
    return NextResponse.json(
      { error: refusal.error },
      { status: refusal.status, headers: { [REQUEST_ID_HEADER]: requestId, "Cache-Control": "no-store" } },
    );
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  const cookies = withoutUnsafeCallbackCookie(request);
  if (cookies !== null) headers.set("cookie", cookies);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Static assets need no id. Nor does the progress API: it is called on every
  // answer and scroll, running the proxy costs about 0.45 ms a request there
  // (measured: a third of Next's own floor), and its handlers make an id when
  // they have something to log.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|api/progress/).*)"],
};
