import "server-only";
import type { z } from "zod";
import type { SaveOutcome } from "@/lib/documents/store";

/** What every stored document has, whatever else its kind holds. */
export type OwnedDocument = { id: string; version: number; updatedAt: string; origin: string | null };

/**
 * A kind of user-owned, versioned document, as the HTTP routes and the
 * contract tests see it. Adding a kind is writing one of these: its schemas,
 * its messages and its queries (each scoped by userId).
 */
export type DocumentKind<Stored extends OwnedDocument, Summary, Create extends { origin?: string }, Save> = {
  /** The JSON key of one document ("worksheet") and of a list ("worksheets"), and the word in messages. */
  one: string;
  many: string;
  id: z.ZodType<string>;
  createBody: z.ZodType<Create>;
  saveBody: z.ZodType<Save>;
  list(userId: string): Promise<Summary[]>;
  get(userId: string, id: string): Promise<Stored | null>;
  findByOrigin(userId: string, origin: string): Promise<Stored | null>;
  create(userId: string, input: Create): Promise<{ stored: Stored; created: boolean }>;
  save(userId: string, id: string, input: Save): Promise<SaveOutcome<{ version: number; updatedAt: string }, Stored>>;
  remove(userId: string, id: string): Promise<"deleted" | "missing" | "owned">;
};

// `any` only where a kind's own types vary: each kind is checked where it is defined.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDocumentKind = DocumentKind<OwnedDocument, unknown, any, any>;

export const notFoundMessage = (kind: { one: string }) => `There is no such ${kind.one} in your account.`;
