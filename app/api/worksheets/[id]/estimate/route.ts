import type { NextRequest } from "next/server";
import { notFoundMessage } from "@/lib/documents/kind";
import { ownerCaller } from "@/lib/documents/route-handlers";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { worksheetKind } from "@/lib/worksheet/kind";
import { attachEstimateBody } from "@/lib/worksheet/validations";
import { attachEstimate } from "@/lib/worksheet/worksheets";

export const dynamic = "force-dynamic";
const NOT_FOUND = notFoundMessage(worksheetKind);
const caller = ownerCaller(worksheetKind.id, NOT_FOUND);

/** Attaches the estimator's inputs to a worksheet (null detaches them). */
export async function PUT(request: NextRequest, context: RouteContext<"/api/worksheets/[id]/estimate">) {
  const who = await caller(request, context);
  if ("refusal" in who) return who.refusal;
  const body = await readJsonBody(request, attachEstimateBody);
  if (!body.ok) return body.response;
  if (!(await attachEstimate(who.userId, who.id, body.data.estimate))) return jsonError(404, NOT_FOUND);
  return new Response(null, { status: 204 });
}
