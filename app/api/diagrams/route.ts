import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { createDiagram, findDiagramByOrigin, listDiagrams } from "@/lib/diagrams/diagrams";
import { createDiagramBody } from "@/lib/diagrams/validations";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { worksheetOrigin } from "@/lib/worksheet/validations";

export const dynamic = "force-dynamic";
const noStore = { "Cache-Control": "no-store" };

/** The user's diagrams, newest first; with ?origin=<lesson>/<block>, the one drawn there. */
export async function GET(request: NextRequest) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const origin = request.nextUrl.searchParams.get("origin");
  if (origin === null) return Response.json({ diagrams: await listDiagrams(userId) }, { headers: noStore });
  const parsed = worksheetOrigin.safeParse(origin);
  if (!parsed.success) return jsonError(400, `Invalid origin: ${parsed.error.issues[0]?.message}`);
  const diagram = await findDiagramByOrigin(userId, parsed.data);
  return diagram
    ? Response.json({ diagram }, { headers: noStore })
    : jsonError(404, "No diagram has been started here yet.");
}

/** 201 for a new diagram; 200 when a lesson block's diagram already existed. */
export async function POST(request: NextRequest) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const body = await readJsonBody(request, createDiagramBody);
  if (!body.ok) return body.response;
  const { diagram, created } = await createDiagram(userId, body.data);
  return Response.json({ diagram }, { status: created ? 201 : 200, headers: noStore });
}
