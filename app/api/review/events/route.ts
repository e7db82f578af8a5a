import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { isMissingUser } from "@/lib/progress/attempts";
import { saveReviewEvents } from "@/lib/review/cards";
import { reviewEventsBody } from "@/lib/review/validations";
import { requestNow } from "@/lib/time/request-now";

export const dynamic = "force-dynamic";

/**
 * Review events from the outbox ("that was a guess", and ratings), in order.
 * Idempotent by event id, so the outbox may send a batch again after a
 * failure; each event gets its own result.
 */
export async function POST(request: NextRequest) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const body = await readJsonBody(request, reviewEventsBody);
  if (!body.ok) return body.response;
  try {
    const results = await saveReviewEvents(userId, body.data.events, requestNow(request.cookies));
    return Response.json({ results }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isMissingUser(error)) return jsonError(401, "Your account no longer exists. Please sign in again.");
    throw error;
  }
}
