import type { NextRequest } from "next/server";
import { attachDiagram } from "@/lib/diagrams/diagrams";
import { DIAGRAM_NOT_FOUND, diagramCaller } from "@/lib/diagrams/route-access";
import { attachDiagramBody } from "@/lib/diagrams/validations";
import { jsonError, readJsonBody } from "@/lib/http/json";

export const dynamic = "force-dynamic";

/** Attaches the diagram to one of the user's worksheets ({ worksheetId: null } detaches it). */
export async function PUT(request: NextRequest, { params }: RouteContext<"/api/diagrams/[id]/worksheet">) {
  const who = await diagramCaller(request, params);
  if ("refusal" in who) return who.refusal;
  const body = await readJsonBody(request, attachDiagramBody);
  if (!body.ok) return body.response;
  const outcome = await attachDiagram(who.userId, who.id, body.data.worksheetId);
  if (outcome === "missing") return jsonError(404, DIAGRAM_NOT_FOUND);
  if (outcome === "no-worksheet") return jsonError(404, "There is no such worksheet in your account.");
  return new Response(null, { status: 204 });
}
