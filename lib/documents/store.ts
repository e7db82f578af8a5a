import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The steps every user-owned, versioned document (worksheet, diagram, mock
// interview) takes in the same way. Each kind keeps its own queries, always
// filtered by userId; these functions only decide what a database outcome means.

const isPrismaError = (error: unknown, code: "P2002" | "P2003" | "P2025") =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;

/**
 * Creates a document, once per origin: a lesson block's document is found
 * again rather than made twice, and when two tabs create it at the same moment
 * the unique (userId, origin) index picks one and both get the winner.
 */
export async function createOncePerOrigin<Stored>(
  origin: string | undefined,
  find: (origin: string) => Promise<Stored | null>,
  create: () => Promise<Stored>,
): Promise<{ stored: Stored; created: boolean }> {
  if (origin) {
    const existing = await find(origin);
    if (existing) return { stored: existing, created: false };
  }
  try {
    return { stored: await create(), created: true };
  } catch (error) {
    if (origin && isPrismaError(error, "P2002")) {
      const winner = await find(origin);
      if (winner) return { stored: winner, created: false };
    }
    throw error;
  }
}

export type SaveOutcome<Saved, Current> =
  ({ status: "saved" } & Saved) | { status: "conflict"; current: Current } | { status: "missing" };

/**
 * Optimistic concurrency: `write` must update only the row at the version the
 * edit started from (Prisma throws P2025 when none matches). Then nothing was
 * written, and the caller gets the newer copy, or "missing" when the row is
 * not theirs or is gone, so two tabs never silently overwrite each other.
 */
export async function saveOnVersion<Saved extends object, Current>(
  write: () => Promise<Saved>,
  reload: () => Promise<Current | null>,
): Promise<SaveOutcome<Saved, Current>> {
  try {
    return { status: "saved", ...(await write()) };
  } catch (error) {
    if (!isPrismaError(error, "P2025")) throw error;
  }
  const current = await reload();
  return current ? { status: "conflict", current } : { status: "missing" };
}

/**
 * Deletes a document unless something else owns it (a mock interview keeps
 * its worksheet and diagram): checked first, and refused by the foreign key
 * (P2003) for a delete racing the check.
 */
export async function deleteUnlessOwned(
  isOwned: () => Promise<boolean>,
  remove: () => Promise<{ count: number }>,
): Promise<"deleted" | "missing" | "owned"> {
  if (await isOwned()) return "owned";
  try {
    return (await remove()).count === 1 ? "deleted" : "missing";
  } catch (error) {
    if (isPrismaError(error, "P2003")) return "owned";
    throw error;
  }
}
