import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { ownedByInterview } from "@/lib/interviews/interviews";
import { saveWorksheetBody, worksheetId } from "@/lib/worksheet/validations";
import { deleteWorksheet, getWorksheet, saveWorksheet } from "@/lib/worksheet/worksheets";

export const dynamic = "force-dynamic";
const noStore = { "Cache-Control": "no-store" };
const NOT_FOUND = "There is no such worksheet in your account.";

type Context = RouteContext<"/api/worksheets/[id]">;

/** The signed-in user and a well-formed id, or the response refusing the request. */
async function caller(request: NextRequest, { params }: Context) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return { refusal: jsonError(401, SIGN_IN_REQUIRED) } as const;
  const id = worksheetId.safeParse((await params).id);
  if (!id.success) return { refusal: jsonError(404, NOT_FOUND) } as const;
  return { userId, id: id.data } as const;
}

export async function GET(request: NextRequest, context: Context) {
  const who = await caller(request, context);
  if ("refusal" in who) return who.refusal;
  const worksheet = await getWorksheet(who.userId, who.id);
  return worksheet ? Response.json({ worksheet }, { headers: noStore }) : jsonError(404, NOT_FOUND);
}

/** Saves a new version; 409 with the stored copy when it changed since `baseVersion`. */
export async function PUT(request: NextRequest, context: Context) {
  const who = await caller(request, context);
  if ("refusal" in who) return who.refusal;
  const body = await readJsonBody(request, saveWorksheetBody);
  if (!body.ok) return body.response;
  const outcome = await saveWorksheet(who.userId, who.id, body.data);
  if (outcome.status === "missing") return jsonError(404, NOT_FOUND);
  if (outcome.status === "conflict") {
    return jsonError(409, "This worksheet was changed elsewhere (another tab or device) since you opened it.", {
      current: outcome.current,
    });
  }
  return Response.json({ version: outcome.version, updatedAt: outcome.updatedAt }, { headers: noStore });
}

export async function DELETE(request: NextRequest, context: Context) {
  const who = await caller(request, context);
  if ("refusal" in who) return who.refusal;
  const outcome = await deleteWorksheet(who.userId, who.id);
  if (outcome === "missing") return jsonError(404, NOT_FOUND);
  if (outcome === "owned") return jsonError(409, ownedByInterview("worksheet"));
  return new Response(null, { status: 204 });
}
