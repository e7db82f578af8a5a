import type { NextRequest } from "next/server";
import { deleteDiagram, getDiagram, saveDiagram } from "@/lib/diagrams/diagrams";
import { DIAGRAM_NOT_FOUND, diagramCaller } from "@/lib/diagrams/route-access";
import { saveDiagramBody } from "@/lib/diagrams/validations";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { ownedByInterview } from "@/lib/interviews/interviews";

export const dynamic = "force-dynamic";
const noStore = { "Cache-Control": "no-store" };
type Context = RouteContext<"/api/diagrams/[id]">;

export async function GET(request: NextRequest, { params }: Context) {
  const who = await diagramCaller(request, params);
  if ("refusal" in who) return who.refusal;
  const diagram = await getDiagram(who.userId, who.id);
  return diagram ? Response.json({ diagram }, { headers: noStore }) : jsonError(404, DIAGRAM_NOT_FOUND);
}

/** Saves a new version; 409 with the stored copy when it changed since `baseVersion`. */
export async function PUT(request: NextRequest, { params }: Context) {
  const who = await diagramCaller(request, params);
  if ("refusal" in who) return who.refusal;
  const body = await readJsonBody(request, saveDiagramBody);
  if (!body.ok) return body.response;
  const outcome = await saveDiagram(who.userId, who.id, body.data);
  if (outcome.status === "missing") return jsonError(404, DIAGRAM_NOT_FOUND);
  if (outcome.status === "conflict") {
    return jsonError(409, "This diagram was changed elsewhere (another tab or device) since you opened it.", {
      current: outcome.current,
    });
  }
  return Response.json({ version: outcome.version, updatedAt: outcome.updatedAt }, { headers: noStore });
}

export async function DELETE(request: NextRequest, { params }: Context) {
  const who = await diagramCaller(request, params);
  if ("refusal" in who) return who.refusal;
  const outcome = await deleteDiagram(who.userId, who.id);
  if (outcome === "missing") return jsonError(404, DIAGRAM_NOT_FOUND);
  if (outcome === "owned") return jsonError(409, ownedByInterview("diagram"));
  return new Response(null, { status: 204 });
}
