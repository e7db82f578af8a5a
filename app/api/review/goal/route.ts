import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { setDailyGoal } from "@/lib/review/cards";
import { dailyGoalBody } from "@/lib/review/validations";

export const dynamic = "force-dynamic";

/** Sets the learner's daily goal: answers and reviews a day. */
export async function PUT(request: NextRequest) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const body = await readJsonBody(request, dailyGoalBody);
  if (!body.ok) return body.response;
  if (!(await setDailyGoal(userId, body.data.goal)))
    return jsonError(401, "Your account no longer exists. Please sign in again.");
  return Response.json({ goal: body.data.goal }, { headers: { "Cache-Control": "no-store" } });
}
