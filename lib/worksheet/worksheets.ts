import "server-only";
import { getPrisma } from "@/lib/db/client";
import { newestFirst, ownedFinders, withIsoDate } from "@/lib/documents/owned-finders";
import { createOncePerOrigin, deleteUnlessOwned, saveOnVersion, type SaveOutcome } from "@/lib/documents/store";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FunnelInputs } from "@/lib/estimation/funnel";
import { emptyWorksheet, type WorksheetDocument } from "@/lib/worksheet/document";
import { worksheetDocumentSchema } from "@/lib/worksheet/document-schema";
import type { CreateWorksheetInput, SaveWorksheetInput } from "@/lib/worksheet/validations";

// Every query is scoped by userId: a worksheet id alone never finds a row, so
// another user's id (guessed or leaked) reads and changes nothing.

export type WorksheetSummary = {
  id: string;
  title: string;
  promptId: string | null;
  version: number;
  updatedAt: string;
};

export type StoredWorksheet = WorksheetSummary & {
  origin: string | null;
  document: WorksheetDocument;
  estimate: FunnelInputs | null;
};

const summaryFields = { id: true, title: true, promptId: true, version: true, updatedAt: true } as const;

type Row = Prisma.WorksheetGetPayload<object>;

function toStored(row: Row): StoredWorksheet {
  // A document written by an older version of the app may lack newer fields:
  // fill them from an empty worksheet rather than failing to open it.
  const parsed = worksheetDocumentSchema.safeParse({
    ...emptyWorksheet(row.promptId),
    ...(row.document as object),
  });
  return {
    id: row.id,
    title: row.title,
    promptId: row.promptId,
    origin: row.origin,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    document: parsed.success ? parsed.data : emptyWorksheet(row.promptId),
    estimate: (row.estimate as FunnelInputs | null) ?? null,
  };
}

export async function listWorksheets(userId: string): Promise<WorksheetSummary[]> {
  const rows = await getPrisma().worksheet.findMany({ ...newestFirst({ userId }), select: summaryFields });
  return rows.map(withIsoDate);
}

const finders = ownedFinders(() => getPrisma().worksheet, toStored);
export const getWorksheet = finders.get;
/** The worksheet embedded in a lesson block, if the user has started one. */
export const findWorksheetByOrigin = finders.findByOrigin;

/**
 * Creates a worksheet. With an origin (a lesson block) there is at most one per
 * user, so a second request for the same block returns the existing one.
 */
export async function createWorksheet(
  userId: string,
  input: CreateWorksheetInput,
): Promise<{ worksheet: StoredWorksheet; created: boolean }> {
  const { stored, created } = await createOncePerOrigin(
    input.origin,
    (origin) => findWorksheetByOrigin(userId, origin),
    async () =>
      toStored(
        await getPrisma().worksheet.create({
          data: {
            userId,
            title: input.title,
            promptId: input.promptId,
            origin: input.origin ?? null,
            document: emptyWorksheet(input.promptId),
          },
        }),
      ),
  );
  return { worksheet: stored, created };
}

export async function findWorksheetByImportKey(userId: string, importKey: string): Promise<{ id: string } | null> {
  return getPrisma().worksheet.findFirst({ where: { userId, importKey }, select: { id: true } });
}

/**
 * Stores a worksheet brought from a visitor's browser at sign-up. Throws the
 * unique-violation error (P2002) if its import key or its origin was taken
 * meanwhile; lib/visitor-work decides what that means.
 */
export async function insertImportedWorksheet(
  userId: string,
  input: {
    importKey: string;
    origin: string | null;
    title: string;
    document: WorksheetDocument;
    estimate?: FunnelInputs | null;
  },
): Promise<string> {
  const row = await getPrisma().worksheet.create({
    data: {
      userId,
      importKey: input.importKey,
      origin: input.origin,
      title: input.title,
      promptId: input.document.promptId,
      document: input.document,
      estimate: input.estimate ?? Prisma.DbNull,
    },
    select: { id: true },
  });
  return row.id;
}

export type WorksheetSaveOutcome = SaveOutcome<{ version: number; updatedAt: string }, StoredWorksheet>;

/** Saves a new version on top of `baseVersion` only (see saveOnVersion). */
export async function saveWorksheet(
  userId: string,
  id: string,
  input: SaveWorksheetInput,
): Promise<WorksheetSaveOutcome> {
  return saveOnVersion(
    async () => {
      // `update` with the version in its filter matches and writes in one statement,
      // and returns the row it wrote (not one a later save may have written since).
      const row = await getPrisma().worksheet.update({
        where: { id, userId, version: input.baseVersion },
        data: { title: input.title, document: input.document, version: { increment: 1 } },
        select: { version: true, updatedAt: true },
      });
      return { version: row.version, updatedAt: row.updatedAt.toISOString() };
    },
    () => getWorksheet(userId, id),
  );
}

/** Attaches (or with null, detaches) the estimator's inputs; the document's version is untouched. */
export async function attachEstimate(userId: string, id: string, estimate: FunnelInputs | null): Promise<boolean> {
  const updated = await getPrisma().worksheet.updateMany({
    where: { id, userId },
    data: { estimate: estimate ?? Prisma.DbNull },
  });
  return updated.count === 1;
}

/**
 * Deletes a worksheet, unless a mock interview owns it: the interview's answer
 * would lose its scoping.
 */
export async function deleteWorksheet(userId: string, id: string): Promise<"deleted" | "missing" | "owned"> {
  const prisma = getPrisma();
  return deleteUnlessOwned(
    async () => !!(await prisma.mockInterview.findFirst({ where: { userId, worksheetId: id }, select: { id: true } })),
    () => prisma.worksheet.deleteMany({ where: { id, userId } }),
  );
}
