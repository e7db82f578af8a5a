// Vitest setup for *.db.test.ts files on the embedded database: each test file
// gets a fresh in-memory PGlite (PGLITE_DIR=memory://) brought to the current
// migrations before any test touches it. (With DATABASE_URL, the global setup
// migrates the shared PostgreSQL once instead.)
import { PrismaPGlite } from "pglite-prisma-adapter";
import { beforeAll } from "vitest";
import { getDatabase } from "@/lib/db/client";
import { applyMigrations } from "@/prisma/migrate.mjs";

beforeAll(async () => {
  const { driver } = getDatabase();
  if (driver.kind === "pglite") await applyMigrations(new PrismaPGlite(driver.pglite));
});
