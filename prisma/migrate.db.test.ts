import { readdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/prisma/migrate.mjs";

describe("applyMigrations", () => {
  it("applies every migration folder to an empty database, then nothing the second time", async () => {
    const folders = readdirSync("prisma/migrations", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const pglite = new PGlite();
    expect(await applyMigrations(new PrismaPGlite(pglite))).toEqual(folders);
    expect(await applyMigrations(new PrismaPGlite(pglite))).toEqual([]);
    const tables = await pglite.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    expect(tables.rows.map((row) => row.tablename)).toEqual(
      expect.arrayContaining(["User", "RateLimiterFlexible", "_prisma_migrations"]),
    );
    await pglite.close();
  });
});
