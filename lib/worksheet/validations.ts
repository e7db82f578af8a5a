import * as z from "@/lib/validations/zod";
import { documentOrigin } from "@/lib/documents/origin";
import { funnelInputsSchema } from "@/lib/estimation/funnel-schema";
import { getPrompt } from "@/lib/prompts/catalog";
import { baseVersion, text } from "@/lib/validations/text";
import { worksheetDocumentSchema } from "@/lib/worksheet/document-schema";

export const worksheetTitle = text(120, "Keep the title under 120 characters.")
  .trim()
  .min(1, { error: "Give the worksheet a title." });

const promptId = z
  .string()
  .refine((id) => getPrompt(id) !== undefined, { error: "There is no such prompt in the bank." });

export const createWorksheetBody = z.strictObject({
  title: worksheetTitle,
  promptId: promptId.nullable().default(null),
  origin: documentOrigin.optional(),
});
export type CreateWorksheetInput = z.infer<typeof createWorksheetBody>;

export const saveWorksheetBody = z.strictObject({
  /** The version this edit started from; a newer stored version means a conflict. */
  baseVersion,
  title: worksheetTitle,
  document: worksheetDocumentSchema,
});
export type SaveWorksheetInput = z.infer<typeof saveWorksheetBody>;

/** The "Start a worksheet" form: a bank prompt (its title is the default) or the learner's own, which needs a title. */
export const newWorksheetForm = z
  .strictObject({
    promptId: z.preprocess((value) => (value === "" ? null : value), promptId.nullable()),
    title: text(120, "Keep the title under 120 characters.").trim(),
  })
  .refine((form) => form.promptId !== null || form.title !== "", {
    path: ["title"],
    error: "Give your own prompt a title.",
  });

export const attachEstimateBody = z.strictObject({ estimate: funnelInputsSchema.nullable() });

export const worksheetId = z.uuid();
