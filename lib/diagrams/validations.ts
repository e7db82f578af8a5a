import * as z from "@/lib/validations/zod";
import { TEMPLATES } from "@/lib/diagrams/templates";
import { documentOrigin } from "@/lib/documents/origin";
import { baseVersion, text } from "@/lib/validations/text";
import { formatNumber } from "@/lib/format/number";

export const DIAGRAM_SOURCE_MAX = 20_000;

export const diagramTitle = text(120, "Keep the title under 120 characters.")
  .trim()
  .min(1, { error: "Give the diagram a title." });

export const diagramSource = text(
  DIAGRAM_SOURCE_MAX,
  `A diagram is at most ${formatNumber(DIAGRAM_SOURCE_MAX)} characters.`,
);

export const createDiagramBody = z.strictObject({
  title: diagramTitle,
  template: z
    .enum(TEMPLATES.map((template) => template.id) as [string, ...string[]], { error: "There is no such template." })
    .nullable()
    .default(null),
  origin: documentOrigin.optional(),
});
export type CreateDiagramInput = z.infer<typeof createDiagramBody>;

/** The "Start a diagram" form: a template (or blank) and an optional title. */
export const newDiagramForm = z.strictObject({
  template: z.preprocess(
    (value) => (value === "" ? null : value),
    z
      .enum(TEMPLATES.map((template) => template.id) as [string, ...string[]], { error: "There is no such template." })
      .nullable(),
  ),
  title: text(120, "Keep the title under 120 characters.").trim(),
});

export const saveDiagramBody = z.strictObject({
  baseVersion,
  title: diagramTitle,
  source: diagramSource,
  /** Start a new entry in the history instead of updating the latest one. */
  checkpoint: z.boolean().default(false),
});
export type SaveDiagramInput = z.infer<typeof saveDiagramBody>;

export const attachDiagramBody = z.strictObject({ worksheetId: z.uuid().nullable() });

export const diagramId = z.uuid();
