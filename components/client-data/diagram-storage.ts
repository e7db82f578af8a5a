"use client";

import { DEVICE_DIAGRAMS } from "@/components/client-data/device-records";
import { documentStorage, type DocumentStorage } from "@/components/client-data/document-storage";

/** What the whiteboard autosaves. `checkpoint` asks the server to start a new history entry. */
export type DiagramValue = { title: string; source: string; checkpoint?: boolean };

export type DiagramStorage = DocumentStorage<DiagramValue>;

/** Diagrams in the account, in lesson blocks and in visitors' browsers. */
export const diagramDocuments = documentStorage<DiagramValue>({
  collection: "diagrams",
  one: "diagram",
  draftPrefix: "tradeoff:diagram-draft:",
  device: DEVICE_DIAGRAMS,
  // The checkpoint flag is a request to the server, not part of the diagram.
  toValue: ({ title, source }) => ({ title, source }),
  saveExtras: ({ checkpoint }) => ({ checkpoint: Boolean(checkpoint) }),
  createBody: ({ title }) => ({ title }),
});

export const accountDiagramStorage = (id: string): DiagramStorage => diagramDocuments.account(id);

/** A lesson block's diagram for a signed-in learner: created on the first save, one per block. */
export const lessonDiagramStorage = (origin: string, knownId: string | null): DiagramStorage =>
  diagramDocuments.lessonBlock(origin, knownId);

/** A visitor's diagram, kept in this browser only (until they sign up and keep it). */
export const deviceDiagramStorage = (key: string): DiagramStorage => diagramDocuments.device(key);

export const readDeviceDiagram = (key: string) => diagramDocuments.readDevice(key);
