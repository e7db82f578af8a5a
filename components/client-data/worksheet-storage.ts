"use client";

import { DEVICE_WORKSHEETS } from "@/components/client-data/device-records";
import { documentStorage, type DocumentStorage } from "@/components/client-data/document-storage";
import type { WorksheetDocument } from "@/lib/worksheet/document";

/** What the worksheet editor autosaves: the title travels with the document. */
export type WorksheetValue = { title: string; document: WorksheetDocument };

export type WorksheetStorage = DocumentStorage<WorksheetValue>;

/** Worksheets in the account, in lesson blocks (started with the block's prompt) and in visitors' browsers. */
export const worksheetDocuments = documentStorage<WorksheetValue, { promptId: string | null }>({
  collection: "worksheets",
  one: "worksheet",
  draftPrefix: "tradeoff:worksheet-draft:",
  device: DEVICE_WORKSHEETS,
  toValue: ({ title, document }) => ({ title, document }),
  createBody: ({ title }, { promptId }) => ({ title, promptId }),
});

/** A worksheet in the signed-in user's account. */
export const accountStorage = (id: string): WorksheetStorage => worksheetDocuments.account(id);

/** The worksheet of a lesson block for a signed-in user: created on the first edit, then saved like any other. */
export const lessonBlockStorage = (origin: string, promptId: string | null, knownId: string | null): WorksheetStorage =>
  worksheetDocuments.lessonBlock(origin, knownId, { promptId });

/** For visitors: the worksheet lives only in this browser (until they sign up and keep it). */
export const deviceStorage = (key: string): WorksheetStorage => worksheetDocuments.device(key);

export const readDeviceWorksheet = (key: string) => worksheetDocuments.readDevice(key);
