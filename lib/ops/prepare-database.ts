import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { readCatalog } from "@/lib/content/lessons";
import type { Database } from "@/lib/db/client";
import { rebuildLessonIndex } from "@/lib/search/lesson-index";
import { applyMigrations } from "@/prisma/migrate.mjs";

/**
 * Brings a database up to date for the app: applies pending migrations, then
 * rebuilds the lesson search index from content/. Run before the server
 * starts (npm start, npm run dev) and by the seed. It lives with the operations
 * code, not in lib/db, because it needs the lessons and the search index: the
 * database client stays free of domain code.
 */
export async function prepareDatabase(db: Database) {
  const factory = db.driver.kind === "pglite" ? new PrismaPGlite(db.driver.pglite) : new PrismaPg(db.driver.pool);
  const applied = await applyMigrations(factory);
  const catalog = await readCatalog();
  const sections = await rebuildLessonIndex(db.prisma, catalog.lessons);
  return { applied, lessons: catalog.lessons.length, broken: catalog.broken.map((entry) => entry.file), sections };
}
