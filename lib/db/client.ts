import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { databaseUrl, pgliteDir } from "@/prisma/database-target.mjs";
import { claimEmbeddedDatabase } from "@/prisma/embedded-owner.mjs";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Database = {
  prisma: PrismaClient;
  /** The driver under Prisma: a pg pool for PostgreSQL, or the embedded PGlite. */
  driver: { kind: "postgresql"; pool: pg.Pool } | { kind: "pglite"; pglite: PGlite; release: () => void };
};

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise. */
export function openDatabase(): Database {
  const url = databaseUrl();
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: 20 });
    return { prisma: new PrismaClient({ adapter: new PrismaPg(pool) }), driver: { kind: "postgresql", pool } };
  }
  const dir = pgliteDir();
  let release = () => {};
  if (dir !== "memory://") {
    // One process per data folder (see prisma/embedded-owner.mjs); throws, naming the owner, if another has it.
    release = claimEmbeddedDatabase(dir);
    // PGlite creates only the last folder of the path; make the rest (.data/…) first.
    mkdirSync(dir, { recursive: true });
  }
  const pglite = new PGlite(dir);
  return {
    prisma: new PrismaClient({ adapter: new PrismaPGlite(pglite) }),
    driver: { kind: "pglite", pglite, release },
  };
}

/**
 * For command-line scripts: the database, or, when the embedded one is in use
 * by another process (the server, say), that one line on stderr and exit 1.
 */
export function openDatabaseOrExit(): Database {
  try {
    return openDatabase();
  } catch (error) {
    // By name: the class may come from another copy of the module in another bundle.
    if ((error as Error | null)?.name !== "EmbeddedDatabaseBusyError") throw error;
    console.error((error as Error).message);
    process.exit(1);
  }
}

/** For scripts: releases the connections (or the embedded database's files). */
export async function closeDatabase(db: Database): Promise<void> {
  await db.prisma.$disconnect();
  if (db.driver.kind === "postgresql") await db.driver.pool.end();
  else {
    await db.driver.pglite.close();
    db.driver.release();
  }
}

// One client per process, created on first use: `next build` imports route
// modules and must never open the database, and PGlite allows a single owner.
const globalForDb = globalThis as unknown as { tradeoffDb?: Database };

export function getDatabase(): Database {
  return (globalForDb.tradeoffDb ??= openDatabase());
}

/**
 * For the server process, at start: opens the database now rather than on the
 * first request, so the server owns the embedded database from its first
 * moment (or stops with the owner's name if another process has it).
 */
export function openDatabaseAtStart(): void {
  globalForDb.tradeoffDb ??= openDatabaseOrExit();
}

export function getPrisma(): PrismaClient {
  return getDatabase().prisma;
}

/**
 * Runs one parameterised SQL statement on the driver directly, skipping
 * Prisma's query layer (about 0.6 ms a statement, measured), and returns its
 * rows (a SELECT, or an INSERT … RETURNING). Only for hot paths that run on
 * every user action; everything else goes through Prisma.
 */
export async function querySql<Row>(text: string, values: unknown[]): Promise<Row[]> {
  const { driver } = getDatabase();
  if (driver.kind === "postgresql") return (await driver.pool.query(text, values)).rows as Row[];
  return (await driver.pglite.query<Row>(text, values)).rows;
}
