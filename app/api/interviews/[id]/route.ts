import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { saveInterview } from "@/lib/interviews/interviews";
import { interviewId, saveInterviewBody } from "@/lib/interviews/validations";

export const dynamic = "force-dynamic";
const NOT_FOUND = "There is no such interview in your account.";

/** Autosaves the trade-offs write-up and the stage state; 409 with the stored copy when it moved on. */
export async function PUT(request: NextRequest, { params }: RouteContext<"/api/interviews/[id]">) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const id = interviewId.safeParse((await params).id);
  if (!id.success) return jsonError(404, NOT_FOUND);
  const body = await readJsonBody(request, saveInterviewBody);
  if (!body.ok) return body.response;
  const outcome = await saveInterview(userId, id.data, body.data);
  if (outcome.status === "missing") return jsonError(404, NOT_FOUND);
  if (outcome.status === "conflict") {
    return jsonError(409, "This interview was changed in another tab since you opened it.", {
      current: outcome.current,
    });
  }
  return Response.json({ version: outcome.version }, { headers: { "Cache-Control": "no-store" } });
}
