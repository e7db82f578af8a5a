import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { jsonError } from "@/lib/http/json";
import { unreadCount } from "@/lib/interviews/notifications";

export const dynamic = "force-dynamic";

/** How many unread notifications the signed-in user has (the header's badge). */
export async function GET(request: NextRequest) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  return Response.json({ unread: await unreadCount(userId) }, { headers: { "Cache-Control": "no-store" } });
}
