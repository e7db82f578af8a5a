import { readdirSync, readFileSync } from "node:fs";
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

describe("the migration that adds the interview rules", () => {
  it("repairs what the old code could leave behind before adding the constraints", async () => {
    const folders = readdirSync("prisma/migrations", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const target = folders.findIndex((name) => name.endsWith("_visitor_import_and_interview_rules"));
    expect(target).toBeGreaterThan(0);
    const sql = (name: string) => readFileSync(`prisma/migrations/${name}/migration.sql`, "utf8");
    const pglite = new PGlite();
    for (const name of folders.slice(0, target)) await pglite.exec(sql(name));

    // An interview whose worksheet was deleted through the API, and two live requests for it.
    await pglite.exec(`
      INSERT INTO "User" (id, name, email, "passwordHash", "updatedAt") VALUES ('u1', 'Old', 'old@example.com', 'x', now());
      INSERT INTO "Diagram" (id, "userId", title, source, "updatedAt")
        VALUES ('00000000-0000-4000-8000-000000000002', 'u1', 'D', 'flowchart LR', now());
      INSERT INTO "MockInterview" (id, "userId", "promptId", "lengthMinutes", "worksheetId", "diagramId", stages, "updatedAt")
        VALUES ('00000000-0000-4000-8000-000000000003', 'u1', 'chat', 15, '00000000-0000-4000-8000-000000000001',
                '00000000-0000-4000-8000-000000000002', '{}', now());
      INSERT INTO "ReviewRequest" (id, "interviewId", "candidateId", "promptId", goal, status, "createdAt", "updatedAt") VALUES
        ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000003', 'u1', 'chat', 'first', 'claimed', now() - interval '1 hour', now()),
        ('00000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000003', 'u1', 'chat', 'second', 'open', now(), now());
    `);
    await pglite.exec(sql(folders[target]!));

    const requests = await pglite.query<{ goal: string; status: string }>(
      `SELECT goal, status FROM "ReviewRequest" ORDER BY "createdAt"`,
    );
    expect(requests.rows).toEqual([
      { goal: "first", status: "claimed" },
      { goal: "second", status: "closed" },
    ]);
    const restored = await pglite.query<{ title: string }>(
      `SELECT title FROM "Worksheet" WHERE id = '00000000-0000-4000-8000-000000000001'`,
    );
    expect(restored.rows).toEqual([{ title: "Mock interview worksheet (restored)" }]);
    // The rule now holds in the database itself.
    await expect(
      pglite.exec(`INSERT INTO "ReviewRequest" (id, "interviewId", "candidateId", "promptId", goal, "updatedAt")
        VALUES ('00000000-0000-4000-8000-000000000006', '00000000-0000-4000-8000-000000000003', 'u1', 'chat', 'third', now())`),
    ).rejects.toThrow(/ReviewRequest_one_live_per_interview/);
    await pglite.close();
  });
});
