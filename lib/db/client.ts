import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { databaseUrl, pgliteDir } from "@/prisma/database-target.mjs";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Database = {
  prisma: PrismaClient;
  /** The driver under Prisma: a pg pool for PostgreSQL, or the embedded PGlite. */
  driver: { kind: "postgresql"; pool: pg.Pool } | { kind: "pglite"; pglite: PGlite };
};

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise. */
export function openDatabase(): Database {
  const url = databaseUrl();
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: 20 });
    return { prisma: new PrismaClient({ adapter: new PrismaPg(pool) }), driver: { kind: "postgresql", pool } };
  }
  const dir = pgliteDir();
  // PGlite creates only the last folder of the path; make the rest (.data/…) first.
  if (dir !== "memory://") mkdirSync(dir, { recursive: true });
  const pglite = new PGlite(dir);
  return { prisma: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), driver: { kind: "pglite", pglite } };
}

/** For scripts: releases the connections (or the embedded database's files). */
export async function closeDatabase(db: Database): Promise<void> {
  await db.prisma.$disconnect();
  if (db.driver.kind === "postgresql") await db.driver.pool.end();
  else await db.driver.pglite.close();
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

/**
 * Runs one parameterised SQL statement on the driver directly, skipping
 * Prisma's query layer (about 0.6 ms a statement, measured). Only for hot
 * paths that run on every user action; everything else goes through Prisma.
 */
export async function executeSql(text: string, values: unknown[]): Promise<number> {
  const { driver } = getDatabase();
  if (driver.kind === "postgresql") return (await driver.pool.query(text, values)).rowCount ?? 0;
  return (await driver.pglite.query(text, values)).affectedRows ?? 0;
}
