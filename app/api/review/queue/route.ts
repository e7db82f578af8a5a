import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { jsonError } from "@/lib/http/json";
import { dueCards, dueCounts } from "@/lib/review/cards";
import { requestNow } from "@/lib/time/request-now";

export const dynamic = "force-dynamic";

/** The signed-in learner's cards due now, soonest first, and how many fall due later today. */
export async function GET(request: NextRequest) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const now = requestNow(request.cookies);
  const [cards, counts] = await Promise.all([dueCards(userId, now), dueCounts(userId, now)]);
  return Response.json({ now: now.toISOString(), cards, counts }, { headers: { "Cache-Control": "no-store" } });
}
