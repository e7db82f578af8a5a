import type { NextRequest } from "next/server";
import { attachDiagram } from "@/lib/diagrams/diagrams";
import { diagramKind } from "@/lib/diagrams/kind";
import { attachDiagramBody } from "@/lib/diagrams/validations";
import { notFoundMessage } from "@/lib/documents/kind";
import { ownerCaller } from "@/lib/documents/route-handlers";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { worksheetKind } from "@/lib/worksheet/kind";

export const dynamic = "force-dynamic";
const NOT_FOUND = notFoundMessage(diagramKind);
const caller = ownerCaller(diagramKind.id, NOT_FOUND);

/** Attaches the diagram to one of the user's worksheets ({ worksheetId: null } detaches it). */
export async function PUT(request: NextRequest, context: RouteContext<"/api/diagrams/[id]/worksheet">) {
  const who = await caller(request, context);
  if ("refusal" in who) return who.refusal;
  const body = await readJsonBody(request, attachDiagramBody);
  if (!body.ok) return body.response;
  const outcome = await attachDiagram(who.userId, who.id, body.data.worksheetId);
  if (outcome === "missing") return jsonError(404, NOT_FOUND);
  if (outcome === "no-worksheet") return jsonError(404, notFoundMessage(worksheetKind));
  return new Response(null, { status: 204 });
}
