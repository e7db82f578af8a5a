import * as z from "@/lib/validations/zod";
import { diagramSource, diagramTitle } from "@/lib/diagrams/validations";
import { documentOrigin } from "@/lib/documents/origin";
import { funnelInputsSchema } from "@/lib/estimation/funnel-schema";
import { attemptInput, lessonProgressBody, lessonSlug } from "@/lib/progress/validations";
import { reviewEvent } from "@/lib/review/validations";
import { worksheetDocumentSchema } from "@/lib/worksheet/document-schema";
import { worksheetTitle } from "@/lib/worksheet/validations";

/**
 * Everything a visitor made in this browser before having an account, sent in
 * one request at sign-up or sign-in. Each device document carries the import
 * key it was given in the browser, so sending the same copy twice (a retry, a
 * second tab) finds it in the account instead of adding it again; answers are
 * already idempotent by their own ids.
 */
const importKey = z.uuid();

export const visitorWorksheet = z.strictObject({
  importKey,
  /** "<lesson>/<block>" for a worksheet done in a lesson, so the lesson shows it after sign-up. */
  origin: documentOrigin.nullable(),
  title: worksheetTitle,
  document: worksheetDocumentSchema,
});

export const visitorDiagram = z.strictObject({
  importKey,
  origin: documentOrigin.nullable(),
  title: diagramTitle,
  source: diagramSource,
});

export const visitorWorkBody = z.strictObject({
  attempts: z.array(attemptInput).max(2000, { error: "At most 2,000 answers at once." }).default([]),
  progress: z
    .record(lessonSlug, lessonProgressBody)
    .refine((lessons) => Object.keys(lessons).length <= 100, { error: "At most 100 lessons at once." })
    .default({}),
  // Each document is checked on its own (lib/visitor-work), so one damaged copy
  // in a browser is refused alone instead of failing the whole import.
  worksheets: z.array(z.unknown()).max(100).default([]),
  diagrams: z.array(z.unknown()).max(100).default([]),
  /** "That was a guess" marks and reviews from the visitor's local review queue, oldest first. */
  reviews: z.array(reviewEvent).max(2000, { error: "At most 2,000 review events at once." }).default([]),
  /** The standalone estimator's own numbers; kept in the account on a worksheet of its own. */
  estimate: z.strictObject({ importKey, inputs: funnelInputsSchema }).nullable().default(null),
});
export type VisitorWorkBody = z.infer<typeof visitorWorkBody>;
export type VisitorWorksheet = z.infer<typeof visitorWorksheet>;
export type VisitorDiagram = z.infer<typeof visitorDiagram>;

/**
 * What happened to one device document: newly in the account, already there,
 * kept beside the account's own copy, or refused (it stays in the browser).
 */
export type ImportedDocument =
  { importKey: string; id: string; status: "imported" | "already" | "copied" } | { status: "refused"; message: string };

export type VisitorWorkResult = {
  answers: { saved: number; refused: number };
  reviews: { saved: number; refused: number };
  lessons: number;
  worksheets: ImportedDocument[];
  diagrams: ImportedDocument[];
  estimate: ImportedDocument | null;
};
