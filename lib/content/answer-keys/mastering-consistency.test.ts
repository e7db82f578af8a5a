import { describe, expect, it } from "vitest";
import { keyAssertions, type Choice } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";

// Answer keys for "Mastering consistency", checked against the reference material
// (seed inventory, chapter 9: CAP in practice, strong vs eventual, read-after-write
// fixes and their exercise keys; quorum rules from the sharding inventory; the
// database decision tree of chapter 5 and the polyglot-persistence inventory), not
// against the MDX itself: if someone changes a key in the lesson, these tests fail.

const lesson = lessonBlocks("mastering-consistency");
const { expectSingleChoice, expectMultipleChoice, cards, expectDecisions: expectKey } = keyAssertions(lesson);

/** A deck of at least `minimum` cards, each with an explanation and a tempting trap. */
const expectDecisions = (id: string, minimum: number, expected: Record<string, string>) =>
  expectKey(id, expected, { minimum, traps: true });

describe("mastering consistency: answer keys", () => {
  it("has the interactive blocks the lesson is built around", () => {
    const kinds = new Set(lesson.ids.map((id) => lesson.block(id).name));
    for (const kind of ["Quiz", "NumericAnswer", "DecisionGame", "Reveal"]) expect(kinds).toContain(kind);
    expect([...lesson.ids].sort()).toEqual(
      [
        "cap-true-or-false",
        "cp-or-ap",
        "quorum-overlap",
        "quorum-stale-read",
        "quorum-write-failures",
        "read-after-write-fix",
        "strong-or-eventual",
        "ticketing-consistency",
        "username-status",
        "version-router",
      ].sort(),
    );
  });

  it("marks the CAP misconceptions: not 'any two', P is not optional, choose C or A during a partition", () => {
    expectDecisions("cap-true-or-false", 5, {
      "pick-any-two": "false",
      "drop-p-across-regions": "false",
      "choose-during-partition": "true",
      "strong-costs-latency": "true",
      "eventual-fixed-time": "false",
      "ca-needs-zero-latency": "false",
      "cp-stops-everywhere": "false",
      "no-partition-both": "true",
    });
  });

  it("keeps money, identity, uniqueness, stock, orders and ride state CP; the rest AP", () => {
    const choices = lesson.block("cp-or-ap").props.choices as unknown as Choice[];
    expect(choices).toEqual([
      { id: "cp", label: "Stay consistent (CP)" },
      { id: "ap", label: "Stay available (AP)" },
    ]);
    expectDecisions("cp-or-ap", 14, {
      "bank-ledger": "cp",
      "payment-processing": "cp",
      "login-identity": "cp",
      "username-uniqueness": "cp",
      "limited-drop-inventory": "cp",
      "order-placement": "cp",
      "social-timeline": "ap",
      "like-count": "ap",
      "shopping-cart": "ap",
      "last-seen-presence": "ap",
      dns: "ap",
      "view-counts": "ap",
      "people-also-viewed": "ap",
      "ride-state": "cp",
      "driver-map-icon": "ap",
    });
  });

  it("needs strong consistency for balances, claims, bookings and checkout stock, and only read-your-writes for a user's own edit", () => {
    expectDecisions("strong-or-eventual", 12, {
      "balance-after-transfer": "strong",
      "username-claim": "strong",
      "seat-booking": "strong",
      "stock-at-checkout": "strong",
      "password-change": "strong",
      "own-profile-edit": "read-your-writes",
      comments: "eventual",
      "follower-counts": "eventual",
      "feed-ordering": "eventual",
      "search-index-freshness": "eventual",
      "analytics-dashboard": "eventual",
      presence: "eventual",
    });
    const ownEdit = cards("strong-or-eventual").find((c) => c.id === "own-profile-edit")!;
    // The session guarantee is offered on that card, so the right answer can be chosen.
    expect(ownEdit.choices?.map((choice) => choice.id)).toEqual(["strong", "eventual", "read-your-writes"]);
    expect(ownEdit.trap?.choice).toBe("strong");
  });

  it("gives Alice 201 Created and Bob 409 Conflict in the username example", () => {
    expectSingleChoice("username-status", /Alice gets 201 Created; Bob gets 409 Conflict/, [
      /Both get 201/,
      /Bob gets 503/,
      /Alice gets 409/,
    ]);
  });

  it("applies R + W > N: N=3, W=2, R=2 overlaps; N=5, W=2, R=2 can read stale", () => {
    expectSingleChoice("quorum-overlap", /^Yes: 2 \+ 2 = 4 is more than 3/, [
      /^No: the third replica/,
      /consults all three/,
      /waited for all three/,
    ]);
    expectSingleChoice("quorum-stale-read", /^A stale value: 2 \+ 2 = 4 is not more than 5/, [
      /^Always the new value/,
      /^An error/,
    ]);
  });

  it("lets a write with N = 5, W = 3 survive 2 failed replicas", () => {
    const id = "quorum-write-failures";
    expect(lesson.block(id).name).toBe("NumericAnswer");
    expect(lesson.score(id, { value: 2, unit: "replicas" })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score(id, { value: 3, unit: "replicas" }).correct).toBe(false);
    expect(lesson.score(id, { value: 1, unit: "replicas" }).correct).toBe(false);
  });

  it("routes a read needing v4512 to replicas at 4512 or later, never the one at 4510", () => {
    expectMultipleChoice(
      "version-router",
      [/replica at 4512/, /replica at 4515/],
      [/replica at 4510/, /Only the primary/],
    );
  });

  it("picks the read-after-write fix: primary, optimistic UI, sticky routing or version token", () => {
    const choices = lesson.block("read-after-write-fix").props.choices as unknown as Choice[];
    expect(choices.map((c) => c.id)).toEqual(["primary", "optimistic", "sticky", "version"]);
    expect(choices.find((c) => c.id === "sticky")!.label).toMatch(/primary/);
    expectDecisions("read-after-write-fix", 12, {
      "internal-admin-tool": "primary",
      "profile-save-instant": "optimistic",
      "server-side-no-client-changes": "sticky",
      "global-per-request-control": "version",
      "like-button": "optimistic",
      "support-refund-console": "primary",
      "legacy-mobile-versions": "sticky",
      "multi-region-documents": "version",
      "settings-toggle": "optimistic",
      "marketplace-seller-price": "sticky",
      "payments-api-regions": "version",
      "tiny-startup-db": "primary",
    });
  });

  it("keeps a short store table and sends the datastore deck to the database decision tree", () => {
    // The deck moved with its block and card ids (see lib/content/moved-blocks.ts); its keys are
    // tested in the-database-decision-tree.test.ts.
    expect(lesson.ids).not.toContain("pick-the-datastore");
    expect(lesson.source).toMatch(/\| Relational {3}\| PostgreSQL, MySQL/);
    expect(lesson.source).toMatch(/\[the database decision tree\]\(\/learn\/the-database-decision-tree\)/);
  });

  it("leaves the final synthesis unscored", () => {
    const id = "ticketing-consistency";
    expect(lesson.block(id).name).toBe("Reveal");
    expect(lesson.score(id, { text: "Seats CP, counters AP." })).toMatchObject({ score: null, correct: false });
  });

  it("names PACELC, and in the Raft walk-through only the leader proposes while a follower forwards", () => {
    expect(lesson.source).toMatch(
      /\*\*PACELC\*\*: if there is a Partition, choose Availability or Consistency; Else, choose Latency or Consistency/,
    );
    expect(lesson.source).toMatch(/node A, which is the cluster's leader/);
    expect(lesson.source).toMatch(/D does not decide by itself: it forwards the request to the leader/);
    expect(lesson.source).not.toMatch(/Node A proposes the write/);
  });
});
