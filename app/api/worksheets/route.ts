import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { createWorksheetBody, worksheetOrigin } from "@/lib/worksheet/validations";
import { createWorksheet, findWorksheetByOrigin, listWorksheets } from "@/lib/worksheet/worksheets";

export const dynamic = "force-dynamic";
const noStore = { "Cache-Control": "no-store" };

/** The user's worksheets, newest first; with ?origin=<lesson>/<block>, the one embedded there. */
export async function GET(request: NextRequest) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const origin = request.nextUrl.searchParams.get("origin");
  if (origin === null) return Response.json({ worksheets: await listWorksheets(userId) }, { headers: noStore });
  const parsed = worksheetOrigin.safeParse(origin);
  if (!parsed.success) return jsonError(400, `Invalid origin: ${parsed.error.issues[0]?.message}`);
  const worksheet = await findWorksheetByOrigin(userId, parsed.data);
  return worksheet
    ? Response.json({ worksheet }, { headers: noStore })
    : jsonError(404, "No worksheet has been started here yet.");
}

export async function POST(request: NextRequest) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const body = await readJsonBody(request, createWorksheetBody);
  if (!body.ok) return body.response;
  // 201 for a new worksheet; 200 when a lesson block's worksheet already existed.
  const { worksheet, created } = await createWorksheet(userId, body.data);
  return Response.json({ worksheet }, { status: created ? 201 : 200, headers: noStore });
}
