import type { NextRequest } from "next/server";
import { listDiagramVersions } from "@/lib/diagrams/diagrams";
import { DIAGRAM_NOT_FOUND, diagramCaller } from "@/lib/diagrams/route-access";
import { jsonError } from "@/lib/http/json";

export const dynamic = "force-dynamic";

/** The diagram's history, newest first, with each version's source (for viewing, diffing, restoring). */
export async function GET(request: NextRequest, { params }: RouteContext<"/api/diagrams/[id]/versions">) {
  const who = await diagramCaller(request, params);
  if ("refusal" in who) return who.refusal;
  const versions = await listDiagramVersions(who.userId, who.id);
  return versions
    ? Response.json({ versions }, { headers: { "Cache-Control": "no-store" } })
    : jsonError(404, DIAGRAM_NOT_FOUND);
}
