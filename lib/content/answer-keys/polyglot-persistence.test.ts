import { describe, expect, it } from "vitest";
import { keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { matchingKey, matchingOptions, type MatchingProps } from "@/lib/lessons/blocks/matching";
import { tableBlanks, type TableChoiceCell, type TableFillProps } from "@/lib/lessons/blocks/table-fill";
import { OUTBOX_SCENARIOS } from "@/lib/outbox/scenarios";
import { TIMING, runWritePath } from "@/lib/outbox/write-path";

/**
 * Answer keys of the polyglot persistence chapter, recomputed from the
 * chapter's stated inputs and from the OutboxFailureGame's model.
 */
const lesson = lessonBlocks("polyglot-persistence");
const { expectSingleChoice, expectMultipleChoice, expectDecisions, expectNumeric, expectOrdering, expectSimulator } =
  keyAssertions(lesson);

const MINUTES_PER_30_DAY_MONTH = 30 * 24 * 60;
const countBy = (answers: Record<string, string>) =>
  Object.values(answers).reduce<Record<string, number>>((acc, a) => ({ ...acc, [a]: (acc[a] ?? 0) + 1 }), {});

describe("polyglot-persistence answer keys", () => {
  it("has the blocks the chapter is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "store-picker",
        "what-polyglot-means",
        "label-the-store",
        "rebuildability-ladder",
        "spot-the-dual-write",
        "outbox-failure-game",
        "outbox-or-cdc",
        "failure-matrix",
        "fan-out-availability",
        "tier-per-item",
        "hardest-across-regions",
        "cart-in-redis",
        "checkout-downtime-budget",
        "beancart-plan",
        "where-personal-data-hides",
        "black-friday-moves",
        "black-friday-incident",
      ].sort(),
    );
    const scored = lesson.ids.filter((id) => lesson.block(id).name !== "Reveal");
    expect(scored.length).toBeGreaterThanOrEqual(8);
  });

  it("store picker: eight workloads, eight kinds of store, object storage as the distractor", () => {
    const block = lesson.block("store-picker");
    expect(block.name).toBe("Matching");
    const props = block.props as unknown as MatchingProps;
    expect(props.pairs.map((p) => p.right.split(" (")[0])).toEqual([
      "Relational database",
      "Search engine",
      "In-memory key-value store",
      "Wide-column or time-series store",
      "Graph database",
      "Document database",
      "Data warehouse",
      "Event log",
    ]);
    expect(matchingOptions(props)).toHaveLength(9);
    expect(lesson.score("store-picker", { matches: matchingKey(props) })).toMatchObject({ score: 1, correct: true });
  });

  it("polyglot persistence is modelling and integration, not vendors or redundancy (a multi-select, inv-0xx #42)", () => {
    expectMultipleChoice(
      "what-polyglot-means",
      [/^A data-modelling strategy/, /^A distributed-systems integration/],
      [/^A vendor strategy/, /^Redundancy/],
    );
  });

  it("label the store: 8 cards, two per role; a Redis-only cart is the SoR", () => {
    const expected = {
      "orders-table": "sor",
      "redis-only-cart": "sor",
      "product-index": "derived",
      "warehouse-orders": "derived",
      "cdn-pages": "cache",
      "price-cache": "cache",
      "order-topic": "log",
      "cdc-stream": "log",
    };
    expectDecisions("label-the-store", expected);
    expect(countBy(expected)).toEqual({ sor: 2, derived: 2, cache: 2, log: 2 });
  });

  it("rebuildability ladder: log replay, snapshot + stream, TTL cache, unreconciled dual writes", () => {
    expectOrdering("rebuildability-ladder", [/event log/, /snapshot plus the change stream/, /TTL/, /dual writes/]);
  });

  it("commit-then-publish is a dual write", () => {
    expectSingleChoice("spot-the-dual-write", /it is a dual write$/, [
      /^Nothing: the broker is durable/,
      /publish first and commit second/,
      /inside the database transaction block/,
    ]);
    // The model agrees: a crash between the two loses the event.
    expect(runWritePath({ design: "dual-write", fault: "crash-after-commit" }).focus.verdict).toBe("lost");
  });

  it("the simulator scores every scenario from its model", () => {
    expectSimulator("outbox-failure-game", "OutboxFailureGame", OUTBOX_SCENARIOS);
    expect(OUTBOX_SCENARIOS["dual-crash-after-commit"]!.answer).toBe("lost");
    expect(OUTBOX_SCENARIOS["outbox-crash-after-commit"]!.answer).toBe("delayed");
    expect(OUTBOX_SCENARIOS["outbox-relay-dies"]!.answer).toBe("duplicated");
    expect(OUTBOX_SCENARIOS["outbox-mid-batch"]!.answer).toBe("o-41+o-42");
  });

  it("the prose's outbox claims match the model: loss becomes delay, duplicates from two paths, upserts converge", () => {
    expect(runWritePath({ design: "dual-write", fault: "broker-down" }).focus.verdict).toBe("lost");
    const outage = runWritePath({ design: "outbox", fault: "broker-down" });
    expect(outage.focus.verdict).toBe("delayed");
    expect(outage.oldestUnsentMs).toBeGreaterThanOrEqual(TIMING.brokerOutageMs);
    expect(runWritePath({ design: "outbox", fault: "relay-dies-before-sent" }).focus.published).toBe(2);
    expect(runWritePath({ design: "outbox", fault: "relay-fails-mid-batch" }).focus.published).toBe(2);
    expect(runWritePath({ design: "outbox", fault: "relay-dies-before-sent" }).focus.docs).toBe(1);
  });

  it("CDC catches writes that bypass the service", () => {
    expectSingleChoice("outbox-or-cdc", /^CDC on the prices table/, [
      /^An outbox written by the catalog service/,
      /^Have the admin tool also write/,
      /^Reindex everything/,
    ]);
  });

  it("failure matrix: checkout survives the broker, search is rebuilt, Redis loses what it alone held, watermarks, fencing", () => {
    const block = lesson.block("failure-matrix");
    expect(block.name).toBe("TableFill");
    const blanks = tableBlanks(block.props as unknown as TableFillProps).map(({ cell }) => cell as TableChoiceCell);
    expect(blanks.map((cell) => cell.choices[cell.answer])).toEqual([
      "Checkout works; search and dashboards fall behind",
      "Rebuild from the SoR and fall back to plain browsing from the database",
      expect.stringMatching(/^Cache misses push load onto the database/),
      "Watermarks, late-event handling and backfills",
      expect.stringMatching(/fencing tokens/),
    ]);
    expect(lesson.score("failure-matrix", { blanks: blanks.map((cell) => cell.answer) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });

  it("five synchronous 99.9 % dependencies: 0.999⁵ ≈ 99.5 %; downtime 43.2 → ≈ 216 min a month (≈ 3.6 h)", () => {
    const page = 0.999 ** 5;
    expect(page).toBeCloseTo(0.99501, 5);
    const props = expectNumeric("fan-out-availability", page * 100, "%");
    expect(props.answer).toBe(99.5);
    // The tolerance separates 99.5 from a single dependency's 99.9 and from 99.0.
    expect(lesson.score("fan-out-availability", { value: 99.9, unit: "%" }).correct).toBe(false);
    expect(lesson.score("fan-out-availability", { value: 99.0, unit: "%" }).correct).toBe(false);
    expect(lesson.score("fan-out-availability", { value: 99.501, unit: "%" }).correct).toBe(true);
    expect(0.001 * MINUTES_PER_30_DAY_MONTH).toBeCloseTo(43.2, 6);
    const pageDowntime = (1 - page) * MINUTES_PER_30_DAY_MONTH;
    expect(Math.round(pageDowntime)).toBe(216);
    expect((pageDowntime / 60).toFixed(1)).toBe("3.6");
  });

  it("tiers: two cards per tier", () => {
    const expected = {
      "renewal-charge": "tier0",
      "limited-lot": "tier0",
      "stock-badge": "tier1",
      "shipment-status": "tier1",
      recommendations: "tier2",
      "trending-counter": "tier2",
    };
    expectDecisions("tier-per-item", expected);
    expect(countBy(expected)).toEqual({ tier0: 2, tier1: 2, tier2: 2 });
  });

  it("the inventory decrement is the hard one across regions", () => {
    expectSingleChoice("hardest-across-regions", /^Decrementing the stock/, [
      /^Reading the product catalog/,
      /^Search autocomplete/,
      /^Showing a customer's own profile/,
    ]);
  });

  it("the cart debate: three carts for Redis alone, three for a durable copy", () => {
    const expected = {
      kiosk: "redis",
      "guest-snacks": "redis",
      "ticket-hold": "redis",
      "cross-device": "durable",
      "b2b-order": "durable",
      "price-promise": "durable",
    };
    expectDecisions("cart-in-redis", expected);
    expect(countBy(expected)).toEqual({ redis: 3, durable: 3 });
    // The debate presents both sides before the deck.
    expect(lesson.lineOf("**For Redis alone.**")).toBeLessThan(lesson.lineOf('id="cart-in-redis"'));
    expect(lesson.lineOf("**For a durable copy.**")).toBeLessThan(lesson.lineOf('id="cart-in-redis"'));
  });

  it("99.95 % over a 30-day month allows 21.6 min (≈ 4.4 h over 365 days)", () => {
    const minutes = 0.0005 * MINUTES_PER_30_DAY_MONTH;
    expect(minutes).toBeCloseTo(21.6, 6);
    expectNumeric("checkout-downtime-budget", minutes, "min", { s: minutes * 60, h: minutes / 60 });
    expect(((0.0005 * 365 * 24 * 60) / 60).toFixed(1)).toBe("4.4");
  });

  it("personal data hides in search, the log, the warehouse and the session cache", () => {
    expectMultipleChoice(
      "where-personal-data-hides",
      [/order search index/, /Kafka topic/, /Warehouse tables/, /session entry in Redis/],
      [/daily revenue total/, /product catalog index/],
    );
  });

  it("Black Friday deck: 12 cards, four now, four later, four never", () => {
    const expected = {
      "shed-recs": "now",
      "breaker-search": "now",
      "pool-check": "now",
      "let-outbox-grow": "now",
      replay: "later",
      "redrive-dlq": "later",
      "lag-dashboards": "later",
      "deterministic-ids": "later",
      "truncate-outbox": "never",
      "restart-primary": "never",
      "orders-to-redis": "never",
      "drop-dedup": "never",
    };
    expectDecisions("black-friday-moves", expected, { minimum: 12 });
    expect(countBy(expected)).toEqual({ now: 4, later: 4, never: 4 });
  });

  it("Black Friday walkthrough: the shared event pipeline, an overloaded database, replay and reconciliation", () => {
    const block = lesson.block("black-friday-incident");
    expect(block.name).toBe("StepReveal");
    type Step = { predict?: { choices: string[]; answer: number } };
    const steps = block.props.steps as unknown as Step[];
    const right = steps.flatMap((step) => (step.predict ? [step.predict.choices[step.predict.answer]] : []));
    expect(right).toEqual([
      expect.stringMatching(/^The event pipeline/),
      expect.stringMatching(/^The database is overloaded/),
      expect.stringMatching(/^Deterministic replay and reconciliation/),
    ]);
    // 200 ms → 2 s is the "10×" the explanation names.
    expect(2_000 / 200).toBe(10);
    const key = steps.flatMap((step) => (step.predict ? [step.predict.answer] : []));
    expect(lesson.score("black-friday-incident", { predictions: key })).toMatchObject({ score: 1, correct: true });
  });

  it("seed errors stay fixed in the prose", () => {
    const text = lesson.source;
    expect(text).toMatch(/keeps no vector clocks/); // inv-0xx #27
    expect(text).toMatch(/EVCache, for example, is built on memcached/); // #28
    expect(text).toMatch(/AP sits on the availability–partition side/); // #29
    expect(text).toMatch(/refuses writes/); // #30 (Elasticsearch)
    expect(text).toMatch(/Elasticsearch is a search index usually derived/); // #31
    expect(text).toMatch(/CQRS examples/); // #32
    expect(text).toMatch(/a batch can fail halfway/); // #38
    expect(text).toMatch(/version_type=external/); // #39
  });
});
