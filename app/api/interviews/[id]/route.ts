import type { NextRequest } from "next/server";
import { ownerCaller, versionedPutResponse } from "@/lib/documents/route-handlers";
import { readJsonBody } from "@/lib/http/json";
import { saveInterview } from "@/lib/interviews/interviews";
import { interviewId, saveInterviewBody } from "@/lib/interviews/validations";

export const dynamic = "force-dynamic";
const NOT_FOUND = "There is no such interview in your account.";
const caller = ownerCaller(interviewId, NOT_FOUND);

/** Autosaves the trade-offs write-up and the stage state; 409 with the stored copy when it moved on. */
export async function PUT(request: NextRequest, context: RouteContext<"/api/interviews/[id]">) {
  const who = await caller(request, context);
  if ("refusal" in who) return who.refusal;
  const body = await readJsonBody(request, saveInterviewBody);
  if (!body.ok) return body.response;
  return versionedPutResponse(await saveInterview(who.userId, who.id, body.data), {
    notFound: NOT_FOUND,
    conflict: "This interview was changed in another tab since you opened it.",
  });
}
