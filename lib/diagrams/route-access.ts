import "server-only";
import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { diagramId } from "@/lib/diagrams/validations";
import { jsonError } from "@/lib/http/json";

export const DIAGRAM_NOT_FOUND = "There is no such diagram in your account.";

/**
 * For the /api/diagrams/[id] handlers: the signed-in user and a well-formed
 * id, or the response refusing the request. A malformed id is "not found",
 * exactly like another user's diagram.
 */
export async function diagramCaller(request: NextRequest, params: Promise<{ id: string }>) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return { refusal: jsonError(401, SIGN_IN_REQUIRED) } as const;
  const id = diagramId.safeParse((await params).id);
  if (!id.success) return { refusal: jsonError(404, DIAGRAM_NOT_FOUND) } as const;
  return { userId, id: id.data } as const;
}
