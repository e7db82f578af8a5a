// npm run db:migrate: apply pending migrations and rebuild the lesson search
// index, on PostgreSQL (DATABASE_URL) or the embedded database.
import { closeDatabase, openDatabaseOrExit } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/ops/prepare-database";
import { databaseKind } from "./database-target.mjs";

const db = openDatabaseOrExit();
try {
  const result = await prepareDatabase(db);
  console.log(
    `[${databaseKind()}] ${result.applied.length ? `applied ${result.applied.join(", ")}` : "no pending migrations"}; ` +
      `search index: ${result.sections} sections from ${result.lessons} lessons`,
  );
  if (result.broken.length) {
    console.warn(`not indexed (run npm run content:check): ${result.broken.join(", ")}`);
  }
} finally {
  await closeDatabase(db);
}
process.exit(0);
