import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ImportedDocument } from "@/lib/visitor-work/schema";

const COPY_SUFFIX = " (from this browser)";

/** A title for a device copy kept beside the account's own document for the same lesson block. */
export function copyTitle(title: string, max = 120): string {
  return `${title.slice(0, max - COPY_SUFFIX.length)}${COPY_SUFFIX}`;
}

/**
 * Brings one device document into the account exactly once, whatever kind it is:
 * - a copy imported before (same import key) is found, not added again;
 * - a lesson block's copy becomes the account's document for that block, unless
 *   the account already has one there: an identical one counts as already
 *   imported, a different one is kept and the device copy is added beside it
 *   (never overwritten, never dropped);
 * - two imports racing each other are settled by the database's unique indexes
 *   (import key, origin), after which this looks again.
 */
export async function importOnce<Stored extends { id: string }>(
  item: { importKey: string; origin: string | null },
  store: {
    byImportKey: () => Promise<{ id: string } | null>;
    byOrigin: (origin: string) => Promise<Stored | null>;
    isSame: (stored: Stored) => boolean;
    insert: (origin: string | null, besideAccountCopy: boolean) => Promise<string>;
  },
): Promise<ImportedDocument> {
  const { importKey } = item;
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = await store.byImportKey();
    if (before) return { importKey, id: before.id, status: "already" };
    const there = item.origin ? await store.byOrigin(item.origin) : null;
    if (there && store.isSame(there)) return { importKey, id: there.id, status: "already" };
    try {
      const id = await store.insert(there ? null : item.origin, Boolean(there));
      return { importKey, id, status: there ? "copied" : "imported" };
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new Error(`could not import document ${importKey}: its key or origin kept changing`);
}
