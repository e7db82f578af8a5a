import "server-only";
import { getPrisma } from "@/lib/db/client";
import { newestFirst, ownedFinders, withIsoDate } from "@/lib/documents/owned-finders";
import { createOncePerOrigin, deleteUnlessOwned, saveOnVersion, type SaveOutcome } from "@/lib/documents/store";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getTemplate } from "@/lib/diagrams/templates";
import type { CreateDiagramInput, SaveDiagramInput } from "@/lib/diagrams/validations";

// Every query is scoped by userId, as for worksheets: another user's diagram
// id finds nothing, so it can be neither read nor changed.

/** Autosaves within this window of the newest history entry update it instead of adding one. */
export const SNAPSHOT_WINDOW_MS = 5 * 60 * 1000;
/** History kept per diagram; older unpinned entries are dropped first. */
export const HISTORY_LIMIT = 50;

export type DiagramSummary = {
  id: string;
  title: string;
  version: number;
  updatedAt: string;
  worksheetId: string | null;
};
export type StoredDiagram = DiagramSummary & { source: string; origin: string | null };
export type DiagramVersionEntry = { number: number; title: string; source: string; pinned: boolean; savedAt: string };

const summary = { id: true, title: true, version: true, updatedAt: true, worksheetId: true } as const;
type Row = Prisma.DiagramGetPayload<object>;

const toStored = (row: Row): StoredDiagram => ({
  id: row.id,
  title: row.title,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
  worksheetId: row.worksheetId,
  source: row.source,
  origin: row.origin,
});

export async function listDiagrams(userId: string, filter: { worksheetId?: string } = {}): Promise<DiagramSummary[]> {
  const rows = await getPrisma().diagram.findMany({ ...newestFirst({ userId, ...filter }), select: summary });
  return rows.map(withIsoDate);
}

const finders = ownedFinders(() => getPrisma().diagram, toStored);
export const getDiagram = finders.get;
/** The diagram drawn in a lesson block, if the user has started one. */
export const findDiagramByOrigin = finders.findByOrigin;

/** Creates a diagram (from a template or empty) with its first history entry. One per lesson block. */
export async function createDiagram(
  userId: string,
  input: CreateDiagramInput,
): Promise<{ diagram: StoredDiagram; created: boolean }> {
  const source = (input.template && getTemplate(input.template)?.source) || "flowchart LR\n";
  const { stored, created } = await createOncePerOrigin(
    input.origin,
    (origin) => findDiagramByOrigin(userId, origin),
    async () =>
      toStored(
        await getPrisma().diagram.create({
          data: {
            userId,
            title: input.title,
            source,
            origin: input.origin ?? null,
            history: { create: { number: 1, title: input.title, source, pinned: true } },
          },
        }),
      ),
  );
  return { diagram: stored, created };
}

export async function findDiagramByImportKey(userId: string, importKey: string): Promise<{ id: string } | null> {
  return getPrisma().diagram.findFirst({ where: { userId, importKey }, select: { id: true } });
}

/** Stores a diagram brought from a visitor's browser, with its first history entry (as insertImportedWorksheet). */
export async function insertImportedDiagram(
  userId: string,
  input: { importKey: string; origin: string | null; title: string; source: string },
): Promise<string> {
  const row = await getPrisma().diagram.create({
    data: {
      userId,
      importKey: input.importKey,
      origin: input.origin,
      title: input.title,
      source: input.source,
      history: { create: { number: 1, title: input.title, source: input.source, pinned: true } },
    },
    select: { id: true },
  });
  return row.id;
}

export type DiagramSaveOutcome = SaveOutcome<{ version: number; updatedAt: string }, StoredDiagram>;

/**
 * Saves on top of `baseVersion` only (409 otherwise, as for worksheets) and
 * records the history in the same transaction: the newest entry is updated
 * while the candidate keeps working, and a new one starts after a pause of
 * SNAPSHOT_WINDOW_MS or when they save a version on purpose.
 */
export async function saveDiagram(userId: string, id: string, input: SaveDiagramInput): Promise<DiagramSaveOutcome> {
  return saveOnVersion(
    () =>
      getPrisma().$transaction(async (tx) => {
        const row = await tx.diagram.update({
          where: { id, userId, version: input.baseVersion },
          data: { title: input.title, source: input.source, version: { increment: 1 } },
          select: { version: true, updatedAt: true },
        });
        const latest = await tx.diagramVersion.findFirst({ where: { diagramId: id }, orderBy: { number: "desc" } });
        const fresh = latest && !latest.pinned && Date.now() - latest.updatedAt.getTime() < SNAPSHOT_WINDOW_MS;
        if (latest && fresh && !input.checkpoint) {
          await tx.diagramVersion.update({
            where: { id: latest.id },
            data: { title: input.title, source: input.source },
          });
        } else if (latest && latest.source === input.source && input.checkpoint) {
          await tx.diagramVersion.update({ where: { id: latest.id }, data: { title: input.title, pinned: true } });
        } else {
          await tx.diagramVersion.create({
            data: {
              diagramId: id,
              number: (latest?.number ?? 0) + 1,
              title: input.title,
              source: input.source,
              pinned: input.checkpoint,
            },
          });
          const stale = await tx.diagramVersion.findMany({
            where: { diagramId: id },
            orderBy: [{ pinned: "asc" }, { number: "asc" }],
            skip: HISTORY_LIMIT,
            select: { id: true },
          });
          if (stale.length)
            await tx.diagramVersion.deleteMany({ where: { id: { in: stale.map((entry) => entry.id) } } });
        }
        return { version: row.version, updatedAt: row.updatedAt.toISOString() };
      }),
    () => getDiagram(userId, id),
  );
}

/** The history, newest first; null when the diagram is not the user's. */
export async function listDiagramVersions(userId: string, id: string): Promise<DiagramVersionEntry[] | null> {
  const diagram = await getPrisma().diagram.findFirst({
    where: { id, userId },
    select: { history: { orderBy: { number: "desc" } } },
  });
  return (
    diagram?.history.map((entry) => ({
      number: entry.number,
      title: entry.title,
      source: entry.source,
      pinned: entry.pinned,
      savedAt: entry.updatedAt.toISOString(),
    })) ?? null
  );
}

/** Attaches the diagram to one of the same user's worksheets (null detaches). */
export async function attachDiagram(
  userId: string,
  id: string,
  worksheetId: string | null,
): Promise<"attached" | "missing" | "no-worksheet"> {
  const prisma = getPrisma();
  if (
    worksheetId &&
    !(await prisma.worksheet.findFirst({ where: { id: worksheetId, userId }, select: { id: true } }))
  ) {
    return "no-worksheet";
  }
  const updated = await prisma.diagram.updateMany({ where: { id, userId }, data: { worksheetId } });
  return updated.count === 1 ? "attached" : "missing";
}

/** Deletes a diagram, unless a mock interview owns it (as for worksheets). */
export async function deleteDiagram(userId: string, id: string): Promise<"deleted" | "missing" | "owned"> {
  const prisma = getPrisma();
  return deleteUnlessOwned(
    async () => !!(await prisma.mockInterview.findFirst({ where: { userId, diagramId: id }, select: { id: true } })),
    () => prisma.diagram.deleteMany({ where: { id, userId } }),
  );
}
