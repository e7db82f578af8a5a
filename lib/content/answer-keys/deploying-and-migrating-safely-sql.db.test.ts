import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";

/**
 * The migration chapter's SQL is written to be correct, not just plausible:
 * every statement below is read from the lesson itself and run on an embedded
 * PostgreSQL of its own (PGlite), separate from the app's database.
 */
const lesson = lessonBlocks("deploying-and-migrating-safely");
const source = lesson.source;

/** psycopg writes parameters as %s; PostgreSQL's own protocol numbers them $1, $2… */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/%s/g, () => `$${++n}`);
};
const python = [...source.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]!);
const block = (marker: string) => python.find((code) => code.includes(marker))!;

function lessonSql() {
  const backfill = block("def backfill");
  const update = backfill.match(/"(UPDATE users SET display_name = username )"\s*"([^"]+)"/)!;
  const literal = (pattern: RegExp) => {
    const found = backfill.match(pattern);
    expect(found, String(pattern)).not.toBeNull();
    return numbered(found![1]!);
  };
  return {
    addColumn: source.match(/`(ALTER TABLE users ADD COLUMN display_name VARCHAR\(255\));`/)![1]!,
    dualWrite: numbered(
      block("def rename_user").match(/"(UPDATE users SET username = %s, display_name = %s[^"]*)"/)![1]!,
    ),
    progress: literal(/"(SELECT last_id FROM backfill_progress[^"]*)"/),
    upper: literal(/"(SELECT max\(id\) FROM [^"]*)"/),
    copy: numbered(update[1]! + update[2]!),
    checkpoint: literal(/"(UPDATE backfill_progress SET last_id[^"]*)"/),
    notNull: source.match(/```sql\n([\s\S]*?)```/)![1]!,
    relaxOld: source.match(/`(ALTER TABLE users ALTER COLUMN username DROP NOT NULL)`/)![1]!,
    drop: source.match(/`(ALTER TABLE users DROP COLUMN username);`/)![1]!,
    upsert: numbered(block("def apply_change").match(/UPSERT = """([\s\S]*?)"""/)![1]!),
  };
}

describe("the lesson's migration SQL, on an embedded PostgreSQL", () => {
  // One embedded database for both tests: booting one is the slow part.
  let db: PGlite;
  beforeAll(() => {
    db = new PGlite();
  });
  afterAll(async () => {
    await db.close();
  });

  it("expands, dual-writes, backfills in checkpointed batches, adds NOT NULL online and contracts", async () => {
    const sql = lessonSql();
    await db.exec(`
        CREATE TABLE users (id BIGSERIAL PRIMARY KEY, username VARCHAR(255) NOT NULL);
        INSERT INTO users (username) SELECT 'user' || g FROM generate_series(1, 2500) AS g;
        CREATE TABLE backfill_progress (job TEXT PRIMARY KEY, last_id BIGINT NOT NULL);
        INSERT INTO backfill_progress VALUES ('users.display_name', 0);
      `);
    await db.exec(sql.addColumn);

    // The dual write sets both columns of one row in one statement.
    await db.query(sql.dualWrite, ["ada", "ada", 1]);
    // An old pod renames user 2 after a new pod had filled display_name: filled but stale.
    await db.query(sql.dualWrite, ["bea", "bea", 2]);
    await db.query("UPDATE users SET username = 'beatrice' WHERE id = 2");

    // NOT NULL cannot be proven yet: the NOT VALID check goes on, but validating it fails.
    const [setTimeout, addCheck, validate] = sql.notNull
      .replace(/--.*$/gm, "")
      .split(";")
      .map((statement) => statement.trim())
      .filter(Boolean);
    await db.exec(setTimeout!);
    await db.exec(addCheck!);
    await expect(db.exec(validate!)).rejects.toThrow(/violated/);
    await db.exec("ALTER TABLE users DROP CONSTRAINT users_display_name_not_null");

    // The backfill, batch by batch, exactly as the lesson's loop runs it.
    let batches = 0;
    for (;;) {
      const done = await db.transaction(async (tx) => {
        const { last_id } = (await tx.query<{ last_id: number }>(sql.progress, ["users.display_name"])).rows[0]!;
        const upper = (await tx.query<{ max: number | null }>(sql.upper, [last_id, 1000])).rows[0]!.max;
        if (upper === null) return true;
        await tx.query(sql.copy, [last_id, upper]);
        await tx.query(sql.checkpoint, [upper, "users.display_name"]);
        return false;
      });
      if (done) break;
      batches += 1;
    }
    expect(batches).toBe(3);
    const differing = await db.query("SELECT id FROM users WHERE display_name IS DISTINCT FROM username");
    expect(differing.rows).toEqual([]);
    expect((await db.query<{ display_name: string }>("SELECT display_name FROM users WHERE id = 2")).rows[0]).toEqual({
      display_name: "beatrice",
    });
    // A rerun finds nothing left to do.
    const rerun = await db.query<{ max: number | null }>(sql.upper, [2500, 1000]);
    expect(rerun.rows[0]!.max).toBeNull();

    // Now the lesson's NOT NULL block runs as written.
    await db.exec(sql.notNull);
    const nullable = await db.query<{ is_nullable: string }>(
      "SELECT is_nullable FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'display_name'",
    );
    expect(nullable.rows[0]!.is_nullable).toBe("NO");
    const checks = await db.query("SELECT conname FROM pg_constraint WHERE conname = 'users_display_name_not_null'");
    expect(checks.rows).toEqual([]);

    // Before step 5, username's own NOT NULL must go, or inserts without it fail.
    await expect(db.query("INSERT INTO users (display_name) VALUES ('cy')")).rejects.toThrow(/null value/);
    await db.exec(sql.relaxOld);
    await db.query("INSERT INTO users (display_name) VALUES ('cy')");

    // Contract.
    await db.exec(sql.drop);
    const columns = await db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'users' ORDER BY ordinal_position",
    );
    expect(columns.rows.map((row) => row.column_name)).toEqual(["id", "display_name"]);
  });

  it("the versioned upsert lets a backfill and a change stream overlap in any order", async () => {
    const sql = lessonSql();
    await db.exec("CREATE TABLE profiles (user_id BIGINT PRIMARY KEY, name TEXT NOT NULL, version BIGINT NOT NULL)");
    const name = async () =>
      (await db.query<{ name: string; version: number }>("SELECT name, version FROM profiles WHERE user_id = 7"))
        .rows[0];
    // The stream delivers version 3 before the snapshot's older version 2 arrives.
    await db.query(sql.upsert, [7, "ada.l", 3]);
    await db.query(sql.upsert, [7, "ada", 2]);
    expect(await name()).toEqual({ name: "ada.l", version: 3 });
    // Replaying the same change is harmless; a newer one wins.
    await db.query(sql.upsert, [7, "ada.l", 3]);
    expect(await name()).toEqual({ name: "ada.l", version: 3 });
    await db.query(sql.upsert, [7, "ada lovelace", 4]);
    expect(await name()).toEqual({ name: "ada lovelace", version: 4 });
  });
});
