import { diagramKind } from "@/lib/diagrams/kind";
import { itemRoutes } from "@/lib/documents/route-handlers";

export const dynamic = "force-dynamic";

/** Read, save (409 with the stored copy when it changed since `baseVersion`) and delete one of the user's diagrams. */
export const { GET, PUT, DELETE } = itemRoutes(diagramKind);
