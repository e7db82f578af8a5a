import type { NextRequest } from "next/server";
import { listDiagramVersions } from "@/lib/diagrams/diagrams";
import { diagramKind } from "@/lib/diagrams/kind";
import { notFoundMessage } from "@/lib/documents/kind";
import { ownerCaller } from "@/lib/documents/route-handlers";
import { jsonError } from "@/lib/http/json";

export const dynamic = "force-dynamic";
const NOT_FOUND = notFoundMessage(diagramKind);
const caller = ownerCaller(diagramKind.id, NOT_FOUND);

/** The diagram's history, newest first, with each version's source (for viewing, diffing, restoring). */
export async function GET(request: NextRequest, context: RouteContext<"/api/diagrams/[id]/versions">) {
  const who = await caller(request, context);
  if ("refusal" in who) return who.refusal;
  const versions = await listDiagramVersions(who.userId, who.id);
  return versions
    ? Response.json({ versions }, { headers: { "Cache-Control": "no-store" } })
    : jsonError(404, NOT_FOUND);
}
