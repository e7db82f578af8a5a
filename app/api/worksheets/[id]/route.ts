import { itemRoutes } from "@/lib/documents/route-handlers";
import { worksheetKind } from "@/lib/worksheet/kind";

export const dynamic = "force-dynamic";

/** Read, save (409 with the stored copy when it changed since `baseVersion`) and delete one of the user's worksheets. */
export const { GET, PUT, DELETE } = itemRoutes(worksheetKind);
