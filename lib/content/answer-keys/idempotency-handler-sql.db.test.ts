import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";

/**
 * The idempotency chapter's handler is written to be correct, not just
 * plausible: its SQL, read straight from the lesson's code blocks, runs here on
 * an embedded PostgreSQL of its own (PGlite), separate from the app's database.
 */
const lesson = lessonBlocks("idempotency-and-safe-retries");

/** The handler's SQL, read from the lesson's code blocks. */
function handlerSql() {
  const source = lesson.source;
  const createTable = source.match(/```sql\n(CREATE TABLE idempotency_keys[\s\S]*?)```/)![1]!;
  const handler = source.match(/```ts\n(const LEASE[\s\S]*?)```/)![1]!;
  const statements = [...handler.matchAll(/`((?:INSERT|SELECT|UPDATE)[^`]*)`/g)].map((match) => match[1]!);
  const find = (pattern: RegExp) => {
    const found = statements.filter((sql) => pattern.test(sql));
    expect(found, String(pattern)).toHaveLength(1);
    return found[0]!;
  };
  return {
    createTable,
    claim: find(/^INSERT INTO idempotency_keys/),
    read: find(/^SELECT fingerprint/),
    takeover: find(/SET status = 'in_progress'/),
    fail: find(/SET status = 'failed'/),
    done: find(/SET status = 'done'/),
  };
}

describe("the lesson's handler SQL, on an embedded PostgreSQL", () => {
  it("claims once, refuses a live claim, takes over failed or lapsed ones, and fences results by owner", async () => {
    const sql = handlerSql();
    const db = new PGlite();
    try {
      await db.exec(sql.createTable);
      const A = "00000000-0000-4000-8000-00000000000a";
      const B = "00000000-0000-4000-8000-00000000000b";
      const C = "00000000-0000-4000-8000-00000000000c";
      const affected = async (text: string, params: unknown[]) => (await db.query(text, params)).affectedRows ?? 0;
      const status = async (key: string) =>
        (await db.query<{ status: string }>(sql.read, [1, key])).rows[0]?.status ?? "missing";

      // Only the first of two claims inserts the row.
      expect(await affected(sql.claim, [1, "k-8e03", "fp", A, "10 seconds"])).toBe(1);
      expect(await affected(sql.claim, [1, "k-8e03", "fp", B, "10 seconds"])).toBe(0);
      // The same key from another account is a different key.
      expect(await affected(sql.claim, [2, "k-8e03", "fp", B, "10 seconds"])).toBe(1);
      // A live claim cannot be taken over: the duplicate gets 409.
      expect(await affected(sql.takeover, [1, "k-8e03", B, "10 seconds"])).toBe(0);
      // The owner stores its result; a non-owner's write changes nothing.
      expect(await affected(sql.done, [1, "k-8e03", B, 201, { status: "confirmed" }])).toBe(0);
      expect(await affected(sql.done, [1, "k-8e03", A, 201, { status: "confirmed" }])).toBe(1);
      const replay = (await db.query<{ response_code: number; response_body: unknown }>(sql.read, [1, "k-8e03"]))
        .rows[0]!;
      expect(replay).toMatchObject({ status: "done", response_code: 201, response_body: { status: "confirmed" } });
      // A done key is never claimed again, even long after its lease.
      expect(await affected(sql.takeover, [1, "k-8e03", C, "10 seconds"])).toBe(0);

      // A failed attempt releases the key at once; the retry claims it.
      await affected(sql.claim, [1, "k-fail", "fp", A, "10 seconds"]);
      expect(await affected(sql.fail, [1, "k-fail", B])).toBe(0); // not the owner
      expect(await affected(sql.fail, [1, "k-fail", A])).toBe(1);
      expect(await status("k-fail")).toBe("failed");
      expect(await affected(sql.takeover, [1, "k-fail", B, "10 seconds"])).toBe(1);
      expect(await status("k-fail")).toBe("in_progress");

      // A crashed attempt's claim is taken over only once its lease has lapsed,
      // and the crashed attempt (if it was only slow) can no longer store a result.
      await affected(sql.claim, [1, "k-crash", "fp", A, "10 seconds"]);
      expect(await affected(sql.takeover, [1, "k-crash", B, "10 seconds"])).toBe(0);
      await db.query(
        `UPDATE idempotency_keys SET lease_until = now() - interval '1 second' WHERE idem_key = 'k-crash'`,
      );
      expect(await affected(sql.takeover, [1, "k-crash", B, "10 seconds"])).toBe(1);
      expect(await affected(sql.takeover, [1, "k-crash", C, "10 seconds"])).toBe(0);
      expect(await affected(sql.done, [1, "k-crash", A, 201, { status: "confirmed" }])).toBe(0);
      expect(await affected(sql.done, [1, "k-crash", B, 201, { status: "confirmed" }])).toBe(1);

      // The CHECK constraint keeps the three states and nothing else.
      await expect(
        db.query(`UPDATE idempotency_keys SET status = 'processing' WHERE idem_key = 'k-crash'`),
      ).rejects.toThrow(/check/i);
    } finally {
      await db.close();
    }
  }, 60_000);
});
