import "server-only";
import type { z } from "zod";

/** A JSON error body with a message people can read, and the right status (never 200). */
export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error: message, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Reads and validates a JSON request body. Anything wrong with it (type, size,
 * syntax, shape) becomes a 4xx with a message that says what to fix.
 */
export async function readJsonBody<T>(
  request: Request,
  schema: z.ZodType<T>,
  maxBytes = 64 * 1024,
): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  const fail = (status: number, message: string, extra?: Record<string, unknown>) => ({
    ok: false as const,
    response: jsonError(status, message, extra),
  });
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return fail(415, "Send the body as JSON (Content-Type: application/json).");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return fail(413, `The body is too large (limit ${maxBytes} bytes).`);
  const text = await request.text();
  if (new TextEncoder().encode(text).length > maxBytes)
    return fail(413, `The body is too large (limit ${maxBytes} bytes).`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(400, "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 10)
      .map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    const first = issues[0];
    return fail(400, first ? `Invalid ${first.path || "body"}: ${first.message}` : "Invalid body.", { issues });
  }
  return { ok: true, data: parsed.data };
}
