// Vitest global setup: with DATABASE_URL, migrate that PostgreSQL once, before
// the test files start in parallel.
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl } from "@/prisma/database-target.mjs";
import { applyMigrations } from "@/prisma/migrate.mjs";

export default async function setup() {
  const url = databaseUrl();
  if (url) await applyMigrations(new PrismaPg({ connectionString: url }));
}
