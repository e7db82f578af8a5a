import * as z from "@/lib/validations/zod";

/**
 * "<lesson-slug>/<block-id>": where a document was started when it belongs to
 * a lesson block. A user has at most one document of a kind per origin.
 */
export const documentOrigin = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: "must look like <lesson>/<block>" })
  .max(200);
