import type { z } from "zod";
import { NUL_MESSAGE } from "@/lib/validations/text";

/**
 * What every form's action answers. A refusal says what went wrong as a whole
 * and, per field (keyed by the field's name), what to fix; the form keeps
 * everything the user typed and shows each message next to its field.
 */
export type FormState =
  | { status: "idle" }
  /** `link`: a path the answer hands over once (a password reset link). */
  | { status: "ok"; message: string; link?: string }
  | { status: "error"; message: string; fieldErrors: Record<string, string> };

export const IDLE: FormState = { status: "idle" };

export function formError(message: string, fieldErrors: Record<string, string> = {}): FormState {
  return { status: "error", message, fieldErrors };
}

/**
 * A submitted form as a plain object. A dotted name ("scores.communication.score")
 * becomes a nested value, so one zod schema reads the form in the browser and
 * on the server, and an issue's path, joined with dots, is the field's name.
 * React's own hidden fields ($ACTION_…) are left out.
 */
export function formObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    const path = name.split(".");
    // A crafted form could name Object's own machinery ("__proto__.x") or clash ("a" and "a.b"): skip such fields.
    if (path.some((key) => UNSAFE_KEYS.has(key))) continue;
    let node: Record<string, unknown> | null = out;
    for (const key of path.slice(0, -1)) {
      const next: unknown = (node[key] ??= {});
      node = typeof next === "object" && next !== null ? (next as Record<string, unknown>) : null;
      if (!node) break;
    }
    if (node && typeof node[path.at(-1)!] !== "object") node[path.at(-1)!] = value;
  }
  return out;
}

const UNSAFE_KEYS = new Set(["__proto__", "prototype", "constructor"]);

/** The first message for each field, keyed by the field's name. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = issue.path.join(".");
    out[name] ??= issue.message;
  }
  return out;
}

/**
 * Reads and validates a submitted form. The same call runs in the browser
 * before sending (so a missing field never reaches the server) and in the
 * server action (which trusts nothing the browser checked).
 */
export function parseForm<T>(
  schema: z.ZodType<T>,
  form: FormData,
): { ok: true; data: T } | { ok: false; state: FormState } {
  // A NUL in any field is refused whatever the schema says: PostgreSQL cannot store it.
  const nul = [...form.entries()].find(([, value]) => typeof value === "string" && value.includes("\u0000"));
  if (nul) return { ok: false, state: formError(NUL_MESSAGE, { [nul[0]]: NUL_MESSAGE }) };
  const parsed = schema.safeParse(formObject(form));
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors = fieldErrorsOf(parsed.error);
  const named = Object.keys(fieldErrors).filter(Boolean);
  return {
    ok: false,
    state: formError(
      named.length > 1 ? "Please fix the highlighted fields." : (Object.values(fieldErrors)[0] ?? "Check the form."),
      fieldErrors,
    ),
  };
}
