import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { databaseUrl, pgliteDir } from "@/prisma/database-target.mjs";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Database = { prisma: PrismaClient; pglite?: PGlite };

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise. */
export function openDatabase(): Database {
  const url = databaseUrl();
  if (url) {
    return { prisma: new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) };
  }
  const pglite = new PGlite(pgliteDir());
  return { prisma: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), pglite };
}

// One client per process, created on first use: `next build` imports route
// modules and must never open the database, and PGlite allows a single owner.
const globalForDb = globalThis as unknown as { tradeoffDb?: Database };

export function getDatabase(): Database {
  return (globalForDb.tradeoffDb ??= openDatabase());
}

export function getPrisma(): PrismaClient {
  return getDatabase().prisma;
}
