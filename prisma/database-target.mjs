// Which database the app, the migrator and the seed talk to. Plain JS so that
// `node prisma/migrate.mjs` needs no TypeScript runner.
//
//   DATABASE_URL set   -> PostgreSQL through @prisma/adapter-pg
//   DATABASE_URL unset -> embedded PGlite persisted in PGLITE_DIR
//                         (default .data/pglite; "memory://" keeps it in memory)
import path from "node:path";

/** @returns {string | undefined} */
export function databaseUrl() {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : undefined;
}

/** Directory (or `memory://`) of the embedded database. */
export function pgliteDir() {
  const dir = process.env.PGLITE_DIR?.trim();
  if (dir === "memory://") return dir;
  return dir
    ? path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir)
    : path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "pglite");
}

/** A short label for logs and the health endpoint; never includes credentials. */
export function databaseKind() {
  return databaseUrl() ? "postgresql" : "pglite";
}
