import "server-only";
import {
  createDiagram,
  deleteDiagram,
  findDiagramByOrigin,
  getDiagram,
  listDiagrams,
  saveDiagram,
  type DiagramSummary,
  type StoredDiagram,
} from "@/lib/diagrams/diagrams";
import { createDiagramBody, diagramId, saveDiagramBody } from "@/lib/diagrams/validations";
import type { DocumentKind } from "@/lib/documents/kind";

/** Diagrams as owned documents: the routes under /api/diagrams and the document contract tests use this. */
export const diagramKind = {
  one: "diagram",
  many: "diagrams",
  id: diagramId,
  createBody: createDiagramBody,
  saveBody: saveDiagramBody,
  list: (userId) => listDiagrams(userId),
  get: getDiagram,
  findByOrigin: findDiagramByOrigin,
  create: async (userId, input) => {
    const { diagram, created } = await createDiagram(userId, input);
    return { stored: diagram, created };
  },
  save: saveDiagram,
  remove: deleteDiagram,
} satisfies DocumentKind<
  StoredDiagram,
  DiagramSummary,
  Parameters<typeof createDiagram>[1],
  Parameters<typeof saveDiagram>[2]
>;
