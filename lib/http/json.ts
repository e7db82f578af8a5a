import "server-only";
import type { z } from "zod";
import { containsNul, NUL_MESSAGE } from "@/lib/validations/text";

/** A JSON error body with a message people can read, and the right status (never 200). */
export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error: message, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

export const MAX_JSON_BYTES = 64 * 1024;

export type BodyRefusal = { ok: false; status: number; error: string; issues?: { path: string; message: string }[] };

/**
 * Validates a JSON request body already read as text. Anything wrong with it
 * (type, size, syntax, shape) becomes a 4xx with a message that says what to fix.
 */
export function parseJsonBody<T>(
  contentType: string | null | undefined,
  text: string,
  schema: z.ZodType<T>,
  maxBytes = MAX_JSON_BYTES,
): { ok: true; data: T } | BodyRefusal {
  if (!contentType?.toLowerCase().startsWith("application/json")) {
    return { ok: false, status: 415, error: "Send the body as JSON (Content-Type: application/json)." };
  }
  if (Buffer.byteLength(text) > maxBytes)
    return { ok: false, status: 413, error: `The body is too large (limit ${maxBytes} bytes).` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: "The body is not valid JSON." };
  }
  // Checked for the whole body, loosely typed parts (an exercise answer) included: PostgreSQL cannot store it.
  if (containsNul(value)) return { ok: false, status: 400, error: `Invalid body: ${NUL_MESSAGE}` };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = parsed.error.issues
    .slice(0, 10)
    .map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  const first = issues[0];
  return {
    ok: false,
    status: 400,
    error: first ? `Invalid ${first.path || "body"}: ${first.message}` : "Invalid body.",
    issues,
  };
}

/** parseJsonBody for route handlers; refusals come back as ready responses. */
export async function readJsonBody<T>(
  request: Request,
  schema: z.ZodType<T>,
  maxBytes = MAX_JSON_BYTES,
): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) {
    return { ok: false, response: jsonError(413, `The body is too large (limit ${maxBytes} bytes).`) };
  }
  const result = parseJsonBody(request.headers.get("content-type"), await request.text(), schema, maxBytes);
  if (result.ok) return result;
  const { status, error, issues } = result;
  return { ok: false, response: jsonError(status, error, issues ? { issues } : {}) };
}
