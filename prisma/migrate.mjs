// Offline replacement for `prisma migrate deploy` and `prisma migrate dev --create-only`.
//
// The Prisma CLI downloads a native schema engine before any migrate command, and
// that download cannot happen on an offline machine. Prisma also publishes the
// same engine compiled to WebAssembly (@prisma/schema-engine-wasm); driven through
// a driver adapter it applies and diffs migrations against PostgreSQL and PGlite
// alike and keeps the standard `_prisma_migrations` table.
//
//   node prisma/migrate.mjs deploy          apply pending migrations to the target database
//   node prisma/migrate.mjs create <name>   diff schema.prisma against the migrations and write a new one
//   node prisma/migrate.mjs status          list applied migrations
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { databaseKind, databaseUrl, pgliteDir } from "./database-target.mjs";
import { claimEmbeddedDatabase } from "./embedded-owner.mjs";

const require = createRequire(import.meta.url);
const prismaDir = dirname(fileURLToPath(import.meta.url));
const schemaPath = join(prismaDir, "schema.prisma");
const migrationsDir = join(prismaDir, "migrations");
const lockfileName = "migration_lock.toml";
const filters = { externalTables: [], externalEnums: [] };

let runtimePromise;
function loadEngineRuntime() {
  runtimePromise ??= (async () => {
    const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = join(
      dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const instance = new WebAssembly.Instance(new WebAssembly.Module(await readFile(wasmPath)), {
      "./schema_engine_bg.js": runtime,
    });
    runtime.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return runtime;
  })();
  return runtimePromise;
}

async function withEngine(adapterFactory, fn) {
  const runtime = await loadEngineRuntime();
  const engine = await runtime.SchemaEngine.new(
    { datamodels: undefined },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
  }
}

async function readMigrations() {
  const lockPath = join(migrationsDir, lockfileName);
  const names = existsSync(migrationsDir)
    ? (await readdir(migrationsDir, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: lockfileName,
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: {
            tag: "ok",
            value: await readFile(join(migrationsDir, name, "migration.sql"), "utf8"),
          },
        },
      })),
    ),
  };
}

/**
 * Applies every pending migration through a Prisma driver adapter factory
 * (PrismaPg or PrismaPGlite). Returns the names of the migrations it applied.
 * @param {import("@prisma/driver-adapter-utils").SqlMigrationAwareDriverAdapterFactory} adapterFactory
 * @returns {Promise<string[]>}
 */
export async function applyMigrations(adapterFactory) {
  const migrationsList = await readMigrations();
  const result = await withEngine(adapterFactory, (engine) => engine.applyMigrations({ migrationsList, filters }));
  return result.appliedMigrationNames;
}

/** Opens the configured target database for the CLI commands. */
async function openTarget() {
  const url = databaseUrl();
  if (url) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: url });
    return { factory: new PrismaPg(pool), close: () => pool.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const dir = pgliteDir();
  if (dir !== "memory://") {
    claimEmbeddedDatabase(dir);
    await mkdir(dir, { recursive: true });
  }
  const pglite = await PGlite.create(dir);
  return { factory: new PrismaPGlite(pglite), close: () => pglite.close() };
}

/** Diffs schema.prisma against the replayed migrations in an in-memory shadow database. */
async function createMigration(name) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const shadow = await PGlite.create();
  const migrationsList = await readMigrations();
  const files = [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
  const sql = await withEngine(new PrismaPGlite(shadow), async (engine) => {
    if (migrationsList.migrationDirectories.length > 0) {
      await engine.applyMigrations({ migrationsList, filters });
    }
    const diff = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: prismaDir },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters,
    });
    return diff.exitCode === 0 ? null : diff.stdout;
  });
  await shadow.close();
  if (!sql) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = join(migrationsDir, `${stamp}_${name.replace(/\W+/g, "_")}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "migration.sql"), sql);
  const lockPath = join(migrationsDir, lockfileName);
  if (!existsSync(lockPath)) {
    await writeFile(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return dir;
}

async function main([command, name]) {
  if (command === "deploy") {
    const target = await openTarget();
    try {
      const applied = await applyMigrations(target.factory);
      console.log(
        applied.length
          ? `[${databaseKind()}] applied: ${applied.join(", ")}`
          : `[${databaseKind()}] no pending migrations`,
      );
    } finally {
      await target.close();
    }
  } else if (command === "create") {
    if (!name) throw new Error("usage: node prisma/migrate.mjs create <name>");
    const dir = await createMigration(name);
    console.log(dir ? `created ${dir}/migration.sql` : "no schema changes");
  } else if (command === "status") {
    const target = await openTarget();
    const adapter = await target.factory.connect();
    const result = await adapter.queryRaw({
      sql: 'SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY started_at',
      args: [],
      argTypes: [],
    });
    for (const row of result.rows) console.log(row.join("  "));
    await adapter.dispose();
    await target.close();
  } else {
    console.error("usage: node prisma/migrate.mjs deploy | create <name> | status");
    process.exit(2);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    // pg pools and WASM handles would otherwise keep the process alive for seconds.
    () => process.exit(0),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
