import { describe, expect, it } from "vitest";
import { keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { TIMING, runLostMessage } from "@/lib/idempotency/lost-message";
import { LOST_MESSAGE_SCENARIOS } from "@/lib/idempotency/scenarios";
import { tableBlanks, type TableChoiceCell, type TableFillProps } from "@/lib/lessons/blocks/table-fill";

/**
 * Answer keys of the idempotency chapter, recomputed from the chapter's
 * stated inputs and from the LostMessageSim's model. The handler's SQL runs
 * against an embedded PostgreSQL in idempotency-handler-sql.db.test.ts.
 */
const lesson = lessonBlocks("idempotency-and-safe-retries");
const { expectSingleChoice, expectMultipleChoice, expectDecisions, expectNumeric, expectOrdering, expectSimulator } =
  keyAssertions(lesson);

const countBy = (answers: Record<string, string>) =>
  Object.values(answers).reduce<Record<string, number>>((acc, a) => ({ ...acc, [a]: (acc[a] ?? 0) + 1 }), {});

describe("idempotency-and-safe-retries answer keys", () => {
  it("has the blocks the chapter is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "what-the-timeout-means",
        "lost-message-sim",
        "delivery-guarantees",
        "safe-to-repeat",
        "key-flow",
        "concurrent-duplicate",
        "find-the-bugs",
        "key-store-size",
        "worker-redelivery",
        "survives-replay",
        "double-charge-saturday",
      ].sort(),
    );
    const scored = lesson.ids.filter((id) => lesson.block(id).name !== "Reveal");
    expect(scored.length).toBeGreaterThanOrEqual(8);
  });

  it("a timeout says nothing about whether the card was charged", () => {
    expectSingleChoice("what-the-timeout-means", /^Nothing: the card may or may not/, [
      /^The payment failed/,
      /^The payment succeeded/,
      /^The request never arrived/,
    ]);
  });

  it("the simulator scores every scenario from its model, and the prose's claims about the runs hold", () => {
    expectSimulator("lost-message-sim", "LostMessageSim", LOST_MESSAGE_SCENARIOS);
    // "the same 3-second timeout"
    const request = runLostMessage({ fault: "request-lost", behaviour: "no-retry" });
    const response = runLostMessage({ fault: "response-lost", behaviour: "no-retry" });
    expect(request.attempts[0]!.reply).toEqual({ kind: "timeout", atMs: 3_000 });
    expect(response.attempts[0]!.reply).toEqual(request.attempts[0]!.reply);
    expect(TIMING.clientTimeoutMs).toBe(3_000);
    // "a keyless retry charges twice ... the server replays the stored 201: one charge"
    expect(runLostMessage({ fault: "response-lost", behaviour: "retry-no-key" }).charges).toBe(2);
    expect(runLostMessage({ fault: "response-lost", behaviour: "retry-with-key" }).charges).toBe(1);
    // "five attempts, five charges, and still an error screen"
    const storm = runLostMessage({ fault: "slow-duplicate", behaviour: "retry-no-key" });
    expect([storm.attempts.length, storm.charges, storm.end.result]).toEqual([5, 5, "gave-up"]);
    // "the payment never happens, or it happens and the shopper is told it failed"
    expect([request.charges, request.end.result]).toEqual([0, "gave-up"]);
    expect([response.charges, response.end.result]).toEqual([1, "gave-up"]);
  });

  it("delivery promises: at-most-once loses, at-least-once duplicates, effectively once absorbs", () => {
    const block = lesson.block("delivery-guarantees");
    expect(block.name).toBe("TableFill");
    const blanks = tableBlanks(block.props as unknown as TableFillProps).map(({ cell }) => cell as TableChoiceCell);
    expect(blanks.map((cell) => cell.choices[cell.answer])).toEqual([
      "Yes",
      "Yes",
      "Retry until acknowledged",
      "No: the receiver absorbs repeats",
      expect.stringMatching(/^At-least-once delivery plus an idempotent or deduplicating receiver$/),
    ]);
    expect(lesson.score("delivery-guarantees", { blanks: blanks.map((cell) => cell.answer) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });

  it("safe to repeat: 12 cards, six absolute changes and six that need a key or deduplication", () => {
    const expected = {
      "balance-minus": "guard",
      "put-email": "safe",
      "send-receipt": "guard",
      "set-shipped": "safe",
      "insert-serial": "guard",
      "delete-item": "safe",
      "view-counter": "guard",
      "insert-on-conflict": "safe",
      "post-charge": "guard",
      "es-upsert": "safe",
      "patch-append": "guard",
      "conditional-version": "safe",
    };
    expectDecisions("safe-to-repeat", expected, { minimum: 12 });
    expect(countBy(expected)).toEqual({ safe: 6, guard: 6 });
  });

  it("key flow: create with the intent, send, claim, charge with the key, store, reply", () => {
    expectOrdering("key-flow", [
      /^The app creates a key/,
      /^The app sends POST \/payments/,
      /^The server claims the key in one atomic step/,
      /^The server charges the card/,
      /^The server stores the response/,
      /^The server replies/,
    ]);
  });

  it("a concurrent duplicate gets 409 or a bounded wait, never a second charge or a fake result", () => {
    expectMultipleChoice(
      "concurrent-duplicate",
      [/^409 Conflict with a Retry-After/, /^Hold the duplicate/],
      [/^Run the charge again/, /^Return the in-progress marker/, /^404 Not Found/],
    );
    // The simulator's model answers 409 while the first attempt holds the key.
    expect(LOST_MESSAGE_SCENARIOS["slow-retry-reply"]!.answer).toBe("conflict");
    expect(TIMING.retryAfterS).toBe(1);
  });

  it("find the bugs: five real bugs, three red herrings (inv-001 #16)", () => {
    expectMultipleChoice(
      "find-the-bugs",
      [
        /^After taking the lock it never reads the key again/,
        /^If the charge throws, nothing cleans up/,
        /^A duplicate that arrives during the charge/,
        /^The lock and the marker expire after 10 s/,
        /^The same key sent with a different amount/,
      ],
      [/^Redis adds a network round trip/, /^Keeping results for 24 hours/, /^Keys should be generated by the server/],
    );
  });

  it("key store: 10 M keys a day × 500 B × 2 days = 10 GB (5 GB a day; 35 GB for 7 days)", () => {
    const perDay = 10_000_000 * 500;
    expect(perDay / 1e9).toBe(5);
    const twoDays = (perDay * 2) / 1e9;
    expect(twoDays).toBe(10);
    expectNumeric("key-store-size", twoDays, "GB", { MB: twoDays * 1000, TB: twoDays / 1000 });
    expect((perDay * 7) / 1e9).toBe(35);
  });

  it("a redelivered worker message is deduplicated on the business operation", () => {
    expectSingleChoice("worker-redelivery", /^The message is delivered again; deduplicate on the business operation/, [
      /^Nothing: Kafka's exactly-once mode/,
      /^The message is lost/,
      /^Deduplicate on the partition and offset alone/,
    ]);
  });

  it("after the dedup window, only idempotent writes survive a replay", () => {
    expectMultipleChoice(
      "survives-replay",
      [/^Set the order's status/, /^Upsert the order's search document/, /^Insert a shipment row/],
      [/^Add 1 to the day's/, /^Send the 'your order is on its way' e-mail/],
    );
  });

  it("Saturday's incident: retries without a key, what no-retry would cost, the fix's 409 and replay", () => {
    const block = lesson.block("double-charge-saturday");
    expect(block.name).toBe("StepReveal");
    type Step = { predict?: { choices: string[]; answer: number } };
    const steps = block.props.steps as unknown as Step[];
    const key = steps.flatMap((step) => (step.predict ? [step.predict.answer] : []));
    // The right answer is not always the first choice (StepReveal does not shuffle).
    expect(key).toEqual([0, 2, 1]);
    expect(steps.map((step) => step.predict!.choices[step.predict!.answer])).toEqual([
      expect.stringMatching(/^Each timeout started a retry/),
      expect.stringMatching(/^Payments whose request was lost would never happen/),
      expect.stringMatching(/^The second request gets 409 Conflict/),
    ]);
    expect(lesson.score("double-charge-saturday", { predictions: key })).toMatchObject({ score: 1, correct: true });
    // The fix's numbers: a 10 s lease is twice the 5 s deadline, and the challenge's 4 s charge outlasts a 3 s timeout.
    expect(TIMING.leaseMs).toBe(2 * TIMING.chargeDeadlineMs);
    expect(4_000).toBeGreaterThan(TIMING.clientTimeoutMs);
    expect(lesson.source).toMatch(/a 10 s lease/);
    expect(lesson.source).toMatch(/5 s charge deadline/);
  });

  it("seed errors stay fixed in the prose and code (inv-001 #16)", () => {
    const text = lesson.source;
    // Re-check after the lock: the claim is one atomic statement, and a takeover re-checks the state in its WHERE.
    expect(text).toMatch(/ON CONFLICT \(account_id, idem_key\) DO NOTHING/);
    expect(text).toMatch(/AND \(status = 'failed' OR \(status = 'in_progress' AND lease_until < now\(\)\)\)/);
    // "processing" cleared on error: the error path marks the key failed; only done rows are replayed.
    expect(text).toMatch(/SET status = 'failed', lease_until = NULL/);
    expect(text).toMatch(/if \(row\.status === "done"\) return reply/);
    // 409 for a pending key, stated once and used by the model.
    expect(text).toMatch(/The simulator answers \*\*409 Conflict\*\* with `Retry-After: 1`/);
    // A lease longer than the work, fenced by owner.
    expect(text).toMatch(/const LEASE = "10 seconds"; \/\/ twice the card network's 5 s deadline/);
    expect(text).toMatch(/timeoutMs: 5_000/);
    expect(text).toMatch(/AND owner = \$3/);
    // TTLs: two clocks, one retention figure used throughout.
    expect(text).toMatch(/A key has two clocks/);
    expect(text).toMatch(/24 to 48 hours/);
    // A reused key for a different request is loud, not silently ignored.
    expect(text).toMatch(/422 Unprocessable Content/);
  });
});
