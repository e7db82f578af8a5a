import { diagramKind } from "@/lib/diagrams/kind";
import { collectionRoutes } from "@/lib/documents/route-handlers";

export const dynamic = "force-dynamic";

/** The user's diagrams, newest first (GET; with ?origin=<lesson>/<block>, the one drawn there), and POST to create one. */
export const { GET, POST } = collectionRoutes(diagramKind);
