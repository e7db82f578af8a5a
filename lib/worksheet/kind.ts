import "server-only";
import type { DocumentKind } from "@/lib/documents/kind";
import { createWorksheetBody, saveWorksheetBody, worksheetId } from "@/lib/worksheet/validations";
import {
  createWorksheet,
  deleteWorksheet,
  findWorksheetByOrigin,
  getWorksheet,
  listWorksheets,
  saveWorksheet,
  type StoredWorksheet,
  type WorksheetSummary,
} from "@/lib/worksheet/worksheets";

/** Worksheets as owned documents: the routes under /api/worksheets and the document contract tests use this. */
export const worksheetKind = {
  one: "worksheet",
  many: "worksheets",
  id: worksheetId,
  createBody: createWorksheetBody,
  saveBody: saveWorksheetBody,
  list: listWorksheets,
  get: getWorksheet,
  findByOrigin: findWorksheetByOrigin,
  create: async (userId, input) => {
    const { worksheet, created } = await createWorksheet(userId, input);
    return { stored: worksheet, created };
  },
  save: saveWorksheet,
  remove: deleteWorksheet,
} satisfies DocumentKind<
  StoredWorksheet,
  WorksheetSummary,
  Parameters<typeof createWorksheet>[1],
  Parameters<typeof saveWorksheet>[2]
>;
