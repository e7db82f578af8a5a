import { describe, expect, it } from "vitest";
import { keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { matchingKey, type MatchingProps } from "@/lib/lessons/blocks/matching";
import { SAGA_STEPS, compensationKey, runSaga } from "@/lib/sagas/saga";
import { SAGA_SCENARIOS } from "@/lib/sagas/scenarios";

/**
 * Answer keys of the asynchronism and decoupling chapter, recomputed from the
 * chapter's stated inputs and from the SagaSimulator's model.
 */
const lesson = lessonBlocks("asynchronism-and-decoupling");
const { expectSingleChoice, expectMultipleChoice, expectDecisions, expectNumeric, expectOrdering, expectSimulator } =
  keyAssertions(lesson);

const countBy = (answers: Record<string, string>) =>
  Object.values(answers).reduce<Record<string, number>>((acc, a) => ({ ...acc, [a]: (acc[a] ?? 0) + 1 }), {});

// The lesson's fold, as printed in the chapter (kept in step by the replay test below).
type CartEvent = { type: "ItemAdded" | "ItemRemoved"; sku: string; qty: number } | { type: "CheckedOut" };
type Cart = { lines: Record<string, number>; checkedOut: boolean; version: number };
function apply(cart: Cart, event: CartEvent): Cart {
  const lines = { ...cart.lines };
  if (event.type !== "CheckedOut") {
    const qty = (lines[event.sku] ?? 0) + (event.type === "ItemAdded" ? event.qty : -event.qty);
    if (qty > 0) lines[event.sku] = qty;
    else delete lines[event.sku];
  }
  return { lines, checkedOut: cart.checkedOut || event.type === "CheckedOut", version: cart.version + 1 };
}
const rebuild = (events: CartEvent[], from: Cart = { lines: {}, checkedOut: false, version: 0 }) =>
  events.reduce(apply, from);

describe("asynchronism-and-decoupling answer keys", () => {
  it("has the blocks the chapter is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "when-to-answer",
        "isr-headroom",
        "command-or-query",
        "read-fleet",
        "replay-the-cart",
        "version-conflict",
        "lambda-layers",
        "two-phase-commit-costs",
        "order-the-saga",
        "saga-simulator",
        "choreography-or-orchestration",
        "exactly-once-claim",
        "guarantee-to-mechanism",
        "in-memory-saga",
        "friday-drop-redesign",
      ].sort(),
    );
    const scored = lesson.ids.filter((id) => lesson.block(id).name !== "Reveal");
    expect(scored.length).toBeGreaterThanOrEqual(8);
  });

  it("the intake answers 202 only after every in-sync replica has the order (inv-001 #23)", () => {
    expectSingleChoice("when-to-answer", /^After the broker confirms the order is stored on every in-sync replica/, [
      /^As soon as the request passes validation/,
      /^Once the leader broker has written the record/,
      /^After the workers have reserved stock/,
    ]);
  });

  it("replication factor 3 with min.insync.replicas 2 leaves room for 3 − 2 = 1 replica down", () => {
    const replicationFactor = 3;
    const minInSync = 2;
    expectNumeric("isr-headroom", replicationFactor - minInSync, "replicas");
    expect(lesson.score("isr-headroom", { value: 2, unit: "replicas" }).correct).toBe(false);
    expect(lesson.score("isr-headroom", { value: 0, unit: "replicas" }).correct).toBe(false);
  });

  it("command or query: 14 cards, 7 each; the projector and the view counter carry traps", () => {
    const expected = {
      "order-history": "query",
      "credit-check": "command",
      projector: "query",
      "place-order": "command",
      "customer-doc": "query",
      "view-counter": "command",
      "normalised-tables": "command",
      "best-sellers": "query",
      "ship-after-pay": "command",
      "sales-by-country": "query",
      "update-address": "command",
      autocomplete: "query",
      "version-check": "command",
      "search-index": "query",
    };
    expectDecisions("command-or-query", expected, { minimum: 12 });
    expect(countBy(expected)).toEqual({ command: 7, query: 7 });
    // The deck comes before the rules that answer it.
    expect(lesson.lineOf('id="command-or-query"')).toBeLessThan(lesson.lineOf("**Command side.**"));
  });

  it("1,000 reads per write at 40 writes/s over 8,000-read nodes: 5 nodes", () => {
    const reads = 40 * 1_000;
    expect(reads).toBe(40_000);
    expectNumeric("read-fleet", reads / 8_000, "nodes");
  });

  it("replaying v1–v4 gives Ethiopia 1, Kenya 1, checked out (the printed fold agrees)", () => {
    const cart = rebuild([
      { type: "ItemAdded", sku: "ethiopia", qty: 2 },
      { type: "ItemAdded", sku: "kenya", qty: 1 },
      { type: "ItemRemoved", sku: "ethiopia", qty: 1 },
      { type: "CheckedOut" },
    ]);
    expect(cart).toEqual({ lines: { ethiopia: 1, kenya: 1 }, checkedOut: true, version: 4 });
    // Removing the last bag drops the line; a snapshot is a valid starting point.
    expect(rebuild([{ type: "ItemRemoved", sku: "kenya", qty: 1 }], cart).lines).toEqual({ ethiopia: 1 });
    expectSingleChoice("replay-the-cart", /^Ethiopia 1, Kenya 1, checked out$/, [
      /^Ethiopia 2, Kenya 1/,
      /still open/,
      /^Kenya 1 only/,
    ]);
    // The fold above is the one printed in the chapter, line for line.
    const printed = apply.toString().split("\n").slice(1, -1);
    expect(printed.filter((line) => line.trim()).length).toBeGreaterThanOrEqual(7);
    for (const line of printed) {
      if (line.trim()) expect(lesson.source).toContain(line.trim());
    }
  });

  it("two appends of version 5: the unique key admits one and rejects the other", () => {
    const keys = new Set<string>();
    const append = (aggregate: string, version: number) => {
      const key = `${aggregate}:${version}`;
      if (keys.has(key)) throw new Error("unique violation");
      keys.add(key);
    };
    append("c-9", 5);
    expect(() => append("c-9", 5)).toThrow(/unique violation/);
    expectSingleChoice("version-conflict", /^The first insert succeeds/, [
      /^Both events are stored/,
      /^Both inserts fail/,
      /renumbers/,
    ]);
    expect(lesson.source).toContain("UNIQUE (aggregate_id, version)");
  });

  it("Lambda: the batch view wins over the speed view", () => {
    expectSingleChoice("lambda-layers", /^The batch layer's/, [/^The speed layer's/, /^Their average/]);
  });

  it("2PC costs: blocking, locks across round trips, XA support, multiplied availability (0.999⁴ ≈ 99.6 %)", () => {
    expectMultipleChoice(
      "two-phase-commit-costs",
      [
        /^If the coordinator dies/,
        /^Locks are held/,
        /^Every participant must support/,
        /^The transaction succeeds only/,
      ],
      [/^It cannot make the change atomic/, /^It only works when every participant/],
    );
    expect((0.999 ** 4 * 100).toFixed(1)).toBe("99.6");
    expect((0.999 ** 5 * 100).toFixed(1)).toBe("99.5");
    // Alice €1,000 and Bob €500: if only the debit of €100 commits, the two balances lose €100.
    const before = 1_000 + 500;
    const debitOnly = 1_000 - 100 + 500;
    expect(before - debitOnly).toBe(100);
  });

  it("the saga's order is the model's: create, reserve before charge, ship, confirm (inv-001 #24)", () => {
    expectOrdering("order-the-saga", [/^Create the order/, /^Reserve the stock/, /^Charge/, /^Schedule/, /^Confirm/]);
    expect(SAGA_STEPS.map((step) => step.id)).toEqual([
      "create-order",
      "reserve-stock",
      "charge-payment",
      "schedule-shipping",
      "confirm-order",
    ]);
    // Reserving first: a stock-out (step 2) moves no money, so the Friday drop's 140 refunds become 0.
    const stockOut = runSaga({ style: "orchestrated", failAt: 2 });
    expect(stockOut.effects).toMatchObject({ charges: 0, refunds: 0 });
  });

  it("the simulator scores every scenario from its model; the plan's worked figure in this numbering", () => {
    expectSimulator("saga-simulator", "SagaSimulator", SAGA_SCENARIOS);
    // Plan: "k = 3 → refund, then release stock" counts reserve = 1, charge = 2, ship = 3. Here create = 1,
    // so that figure is step 4 (shipping) failing after the charge: refund, release, cancel the order.
    expect(compensationKey(runSaga({ style: "orchestrated", failAt: 4 }))).toBe(
      "refund-payment>release-stock>cancel-order",
    );
    // And a declined charge (step 3 here) needs no refund at all.
    expect(compensationKey(runSaga({ style: "choreographed", failAt: 3 }))).toBe("release-stock>cancel-order");
    expect(compensationKey(runSaga({ style: "orchestrated", failAt: 1 }))).toBe("none");
  });

  it("choreography or orchestration: 12 cards, six each", () => {
    const expected = {
      "loyalty-points": "choreography",
      "where-is-it": "orchestration",
      "two-step-line": "choreography",
      "travel-booking": "orchestration",
      loop: "orchestration",
      "no-central": "choreography",
      audit: "orchestration",
      "price-change": "choreography",
      timeouts: "orchestration",
      partners: "choreography",
      "fraud-stop": "orchestration",
      "fan-out-notify": "choreography",
    };
    expectDecisions("choreography-or-orchestration", expected, { minimum: 12 });
    expect(countBy(expected)).toEqual({ orchestration: 6, choreography: 6 });
    // The comparison table comes after the deck, so it does not give the answers away.
    expect(lesson.lineOf('id="choreography-or-orchestration"')).toBeLessThan(lesson.lineOf("| | Choreography |"));
  });

  it("exactly-once stops at the platform's edge", () => {
    expectSingleChoice("exactly-once-claim", /^Events arrive at least once/, [
      /^Each e-mail is sent exactly once/,
      /^Events may be lost/,
      /^Nothing: exactly-once is a marketing term/,
    ]);
  });

  it("guarantees to mechanisms: five pairs and a distractor", () => {
    const block = lesson.block("guarantee-to-mechanism");
    expect(block.name).toBe("Matching");
    const props = block.props as unknown as MatchingProps;
    expect(props.pairs.map((pair) => pair.right.split(/[,:]/)[0])).toEqual([
      "A version token from the write",
      "Sticky sessions",
      "Idempotent consumers with dedup keys",
      "Optimistic concurrency",
      "One partition key per customer",
    ]);
    expect(lesson.score("guarantee-to-mechanism", { matches: matchingKey(props) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });

  it("the in-memory saga: five real defects, two things it gets right (inv-0xx #34)", () => {
    expectMultipleChoice(
      "in-memory-saga",
      [
        /^The process crashes/,
        /^The charge times out/,
        /^When this throws/,
        /^A failed compensation/,
        /^If confirm fails/,
      ],
      [/^The compensations run newest first/, /^It creates the order before/],
    );
    // The model agrees on the remedies: a retried compensation is applied once when idempotent, twice when not.
    const run = (idempotent: boolean) =>
      runSaga({ style: "orchestrated", failAt: 4, compensationTrouble: "reply-lost", idempotent }).effects.refunds;
    expect([run(true), run(false)]).toEqual([1, 2]);
  });

  it("ends on a synthesis the learner writes", () => {
    expect(lesson.block("friday-drop-redesign").name).toBe("Reveal");
    expect(lesson.lineOf("<FinalSynthesis")).toBeLessThan(lesson.lineOf('id="friday-drop-redesign"'));
  });

  it("seed errors stay fixed in the prose", () => {
    const text = lesson.source;
    // inv-001 #23: acks=all waits for the in-sync replicas, floored by min.insync.replicas; WAL is a DB term.
    expect(text).toMatch(/every replica in the current in-sync replica set/);
    expect(text).toMatch(/That is not a quorum of brokers/);
    expect(text).toMatch(/with replication factor 3 and a minimum of 2/);
    expect(text).toMatch(/the term belongs to database internals/);
    // inv-001 #24: reserve before charge; the garbled sentence rewritten; the orchestration flow starts with CreateOrder.
    expect(lesson.lineOf("Reserve the stock")).toBeLessThan(lesson.lineOf('"Charge the payment"'));
    expect(text).toMatch(/A saga ends one of two ways/);
    expect(text).not.toMatch(/proper subset/);
    expect(text).toMatch(/C->>O: CreateOrder/);
    // inv-001 #5: the four missing figures drawn (intake, CQRS, choreography, orchestration).
    expect(text.match(/<Diagram\n/g)).toHaveLength(4);
    // inv-0xx #33: Kafka is not the event store.
    expect(text).toMatch(/Kafka can be the event store/);
    expect(text).toMatch(/there is no "append only if the cart is still at version 4"/);
    // inv-0xx #34: durable saga state and idempotent compensations.
    expect(text).toMatch(/\*\*Durable state\*\*/);
    expect(text).toMatch(/\*\*Idempotent steps and compensations\*\*/);
  });
});
