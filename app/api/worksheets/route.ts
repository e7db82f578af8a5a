import { collectionRoutes } from "@/lib/documents/route-handlers";
import { worksheetKind } from "@/lib/worksheet/kind";

export const dynamic = "force-dynamic";

/** The user's worksheets, newest first (GET; with ?origin=<lesson>/<block>, the one started there), and POST to create one. */
export const { GET, POST } = collectionRoutes(worksheetKind);
