import * as z from "@/lib/validations/zod";
import { text as freeText } from "@/lib/validations/text";
import { PERCENTILES } from "@/lib/worksheet/percentiles";

// The worksheet's content, stored as JSON on Worksheet.document. One schema
// serves the editor's saves, the API and the database, so a save the server
// accepts is always a document the editor can open again. (Kept apart from
// document.ts so the editor's bundle does not carry zod.)

const text = (max = 500) => freeText(max, `Keep this under ${max} characters.`);
const itemId = z.string().min(1).max(40);
const list = <T extends z.ZodType>(item: T, max = 50) => z.array(item).max(max, { error: `At most ${max} entries.` });
const count = z.number().finite().min(0, { error: "Must not be negative." }).max(1e13).nullable();

export const worksheetDocumentSchema = z.strictObject({
  promptId: z.string().max(60).nullable(),
  actors: list(z.strictObject({ id: itemId, name: text(), journey: text() }), 20),
  functional: list(z.strictObject({ id: itemId, text: text() })),
  parkingLot: list(z.strictObject({ id: itemId, feature: text(), reason: text() })),
  nfr: z.strictObject({
    /** As typed ("99.99"), so a half-typed value survives a reload. */
    availability: text(20),
    latency: list(
      z.strictObject({
        id: itemId,
        operation: text(),
        percentile: z.enum(PERCENTILES),
        boundMs: z.number().finite().min(0).max(1e9).nullable(),
      }),
      20,
    ),
    consistency: list(
      z.strictObject({ id: itemId, item: text(), model: z.enum(["strong", "eventual", ""]), reason: text() }),
      20,
    ),
    durability: text(),
    other: list(z.strictObject({ id: itemId, text: text() }), 20),
  }),
  scale: z.strictObject({
    dau: count,
    readsPerUserPerDay: count,
    writesPerUserPerDay: count,
    peakMultiplier: z.number().finite().min(2).max(5).nullable(),
    notes: text(),
  }),
  /** When the learner submitted it for comparison with the reference; null while scoping. */
  submittedAt: z.iso.datetime().nullable(),
});

export type WorksheetDocument = z.infer<typeof worksheetDocumentSchema>;
