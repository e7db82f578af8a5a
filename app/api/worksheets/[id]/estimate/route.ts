import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { attachEstimateBody, worksheetId } from "@/lib/worksheet/validations";
import { attachEstimate } from "@/lib/worksheet/worksheets";

export const dynamic = "force-dynamic";

/** Attaches the estimator's inputs to a worksheet (null detaches them). */
export async function PUT(request: NextRequest, { params }: RouteContext<"/api/worksheets/[id]/estimate">) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const id = worksheetId.safeParse((await params).id);
  const body = await readJsonBody(request, attachEstimateBody);
  if (!body.ok) return body.response;
  if (!id.success || !(await attachEstimate(userId, id.data, body.data.estimate))) {
    return jsonError(404, "There is no such worksheet in your account.");
  }
  return new Response(null, { status: 204 });
}
