import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { isMissingUser } from "@/lib/progress/attempts";
import { importVisitorWork } from "@/lib/visitor-work/import-visitor-work";
import { visitorWorkBody } from "@/lib/visitor-work/schema";
import { requestNow } from "@/lib/time/request-now";

export const dynamic = "force-dynamic";

/** A visitor's whole browser work arrives at once (up to 2,000 answers and 100 documents of each kind). */
const MAX_BYTES = 4 * 1024 * 1024;

/**
 * Keeps what a visitor made in this browser in the account they just signed
 * into. Safe to send twice: nothing already imported is added again.
 */
export async function POST(request: NextRequest) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const body = await readJsonBody(request, visitorWorkBody, MAX_BYTES);
  if (!body.ok) return body.response;
  try {
    return Response.json(await importVisitorWork(userId, body.data, requestNow(request.cookies)), {
      headers: { "Cache-Control": "no-store" },
    });
  } catch (error) {
    if (isMissingUser(error)) return jsonError(401, "Your account no longer exists. Please sign in again.");
    throw error;
  }
}
