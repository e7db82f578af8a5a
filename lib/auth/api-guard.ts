import "server-only";
import type { Area } from "@/lib/auth/roles";
import { authorize, type CurrentUser } from "@/lib/auth/session";
import { jsonError } from "@/lib/http/json";

/** For route handlers: the signed-in user, or a ready 401/403 JSON response. */
export async function apiUser(
  area?: Area,
): Promise<{ ok: true; user: CurrentUser } | { ok: false; response: Response }> {
  const access = await authorize(area);
  return access.ok ? access : { ok: false, response: jsonError(access.status, access.message) };
}
