import { describe, expect, it } from "vitest";
import { keyAssertions, type Card } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";

// Answer keys for "Presenting and defending your design", checked against the
// reference material (seed inventory, chapter 14: the six whiteboard rules, the
// four trade-off rules, LAER and saying "I don't know"), not against the MDX
// itself: if someone changes a key in the lesson, these tests fail.

const lesson = lessonBlocks("presenting-and-defending-your-design");
const { expectSingleChoice, expectMultipleChoice, expectDecisions, cards, cardChoices } = keyAssertions(lesson);

/** The label of choice `choice` on card `card` of decision game `id`. */
function choiceLabel(id: string, card: string, choice: string): string {
  const found = cards(id).find((c) => c.id === card)!;
  return cardChoices(id, found).find((c) => c.id === choice)!.label;
}

describe("presenting and defending your design: answer keys", () => {
  it("has the interactive blocks the lesson is built around", () => {
    const kinds = new Set(lesson.ids.map((id) => lesson.block(id).name));
    for (const kind of ["Quiz", "Ordering", "DecisionGame", "Reveal"]) expect(kinds).toContain(kind);
    expect([...lesson.ids].sort()).toEqual(
      [
        "board-zones",
        "defend-ride-sharing",
        "flawed-board-critique",
        "i-dont-know-best",
        "i-dont-know-worst",
        "laer-role-play",
        "laer-steps",
        "ride-sharing-trade-off-sentence",
        "trade-off-sentence-builder",
        "user-flow-order",
      ].sort(),
    );
  });

  it("orders LAER: listen, acknowledge, explore, resolve", () => {
    const block = lesson.block("laer-steps");
    expect(block.name).toBe("Ordering");
    const items = block.props.items as string[];
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/^Listen/);
    expect(items[1]).toMatch(/^Acknowledge/);
    expect(items[2]).toMatch(/^Explore/);
    expect(items[3]).toMatch(/^Resolve/);
    expect(lesson.score("laer-steps", { order: [0, 1, 2, 3] })).toMatchObject({ score: 1, correct: true });
    const reversed = lesson.score("laer-steps", { order: [3, 2, 1, 0] });
    expect(reversed.correct).toBe(false);
    expect(reversed.score).toBeLessThan(1);
    expect(lesson.score("laer-steps", { order: [0, 1, 3, 2] })).toMatchObject({ score: 0.75, correct: false });
  });

  it("draws the user flow left to right: client, DNS, load balancer, API gateway, services", () => {
    const block = lesson.block("user-flow-order");
    expect(block.name).toBe("Ordering");
    const items = block.props.items as string[];
    expect(items[0]).toMatch(/client/i);
    expect(items[1]).toMatch(/DNS/);
    expect(items[2]).toMatch(/load balancer/i);
    expect(items[3]).toMatch(/API gateway/i);
    expect(items[4]).toMatch(/services/i);
    const inOrder = items.map((_, index) => index);
    expect(lesson.score("user-flow-order", { order: inOrder })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score("user-flow-order", { order: [...inOrder].reverse() }).correct).toBe(false);
  });

  it("zones the board: requirements top-left, estimates top-right, architecture centre, deep dive bottom or right", () => {
    expectDecisions("board-zones", {
      "v1-list": "top-left",
      "latency-target": "top-left",
      "peak-writes": "top-right",
      "request-path": "centre",
      "geohash-detail": "deep-dive",
    });
  });

  it("maps each flaw on the board to the whiteboard rule it breaks", () => {
    const choices = (lesson.block("flawed-board-critique").props.choices as unknown as { id: string }[]).map(
      (c) => c.id,
    );
    expect(choices).toEqual(["zone", "user-flow", "legend", "arrows", "legible", "narrate"]);
    expectDecisions("flawed-board-critique", {
      "undirected-lines": "arrows",
      "db-as-box": "legend",
      "no-legend": "legend",
      "requirements-erased": "zone",
      "drawn-in-silence": "narrate",
      "client-on-right": "user-flow",
      "unlabelled-arrow": "arrows",
      "cryptic-abbreviations": "legible",
    });
  });

  it("builds trade-off sentences with a same-category alternative and a real downside", () => {
    expectDecisions("trade-off-sentence-builder", {
      "kafka-instead-of": "rabbitmq",
      "kafka-downside": "no-routing",
      "cassandra-downside": "cost-latency",
      "redis-downside": "eventual-names",
      "cache-instead-of": "memcached",
      "ride-state-spectrum": "consensus",
    });
    expect(choiceLabel("trade-off-sentence-builder", "kafka-instead-of", "rabbitmq")).toBe("RabbitMQ");
    expect(choiceLabel("trade-off-sentence-builder", "kafka-downside", "no-routing")).toMatch(/routing/);
    expect(choiceLabel("trade-off-sentence-builder", "cassandra-downside", "cost-latency")).toMatch(
      /cost.*write latency/,
    );
    expect(choiceLabel("trade-off-sentence-builder", "redis-downside", "eventual-names")).toMatch(
      /eventual consistency.*name/,
    );
    const cards = lesson.block("trade-off-sentence-builder").props.cards as unknown as Card[];
    expect(cards.find((c) => c.id === "kafka-instead-of")!.trap!.choice).toBe("postgres");
  });

  it("plays LAER: listen, acknowledge without 'Well, actually', explore, resolve with Snowflake ids, never bluff", () => {
    expectDecisions("laer-role-play", {
      "listen-sequencer": "let-finish",
      "acknowledge-hot-spot": "validate",
      "explore-celebrity": "clarify",
      "resolve-sequencer": "snowflake",
      "stand-your-ground": "keep-with-reason",
      "real-mistake": "own-and-fix",
      "bluff-number": "measure",
    });
    const cards = lesson.block("laer-role-play").props.cards as unknown as Card[];
    expect(cards.length).toBeGreaterThanOrEqual(6);
    expect(cards.find((c) => c.id === "acknowledge-hot-spot")!.trap!.choice).toBe("well-actually");
    expect(choiceLabel("laer-role-play", "acknowledge-hot-spot", "well-actually")).toMatch(/Well, actually/);
    expect(cards.find((c) => c.id === "bluff-number")!.trap!.choice).toBe("invent");
    expect(choiceLabel("laer-role-play", "resolve-sequencer", "snowflake")).toMatch(/Snowflake/);
  });

  it("ranks 'I don't know' answers: admit, benchmark P99 and coordinator CPU, hypothesise", () => {
    expectSingleChoice("i-dont-know-best", /benchmark harness.*P99.*CPU.*hypothesis/, [
      /look it up/,
      /^"I'm not sure\."$/,
      /always fast/,
    ]);
    expectMultipleChoice(
      "i-dont-know-worst",
      [/I'm not sure/, /Inventing a confident number/],
      [/Admitting the gap/, /Stating a hypothesis/],
    );
  });

  it("leaves the written exercises unscored", () => {
    for (const id of ["ride-sharing-trade-off-sentence", "defend-ride-sharing"]) {
      expect(lesson.block(id).name).toBe("Reveal");
      expect(lesson.score(id, { text: "Because of scale, Kafka." })).toMatchObject({ score: null, correct: false });
    }
  });
});
