import { describe, expect, it } from "vitest";
import { keyAssertions, type Card } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";

// Answer keys for "The art of scoping", checked against the reference material
// (seed 001, chapter 1, and its inventory), not against the MDX itself: if
// someone changes a key in the lesson, these tests fail.

const lesson = lessonBlocks("the-art-of-scoping");
const { expectSingleChoice, expectMultipleChoice, expectDecisions } = keyAssertions(lesson);

describe("the art of scoping: answer keys", () => {
  it("has the interactive blocks the lesson is built around", () => {
    expect(lesson.ids.length).toBeGreaterThanOrEqual(5);
    const kinds = new Set(lesson.ids.map((id) => lesson.block(id).name));
    for (const kind of ["Quiz", "Ordering", "NumericAnswer", "DecisionGame", "Reveal"]) expect(kinds).toContain(kind);
    expect([...lesson.ids].sort()).toEqual(
      [
        "fr-or-nfr",
        "four-nines-downtime",
        "keyword-cost",
        "microservices-tax-recall",
        "monolith-or-microservices",
        "one-hour-budget",
        "rewrite-fast",
        "rewrite-high-availability",
        "rideshare-actors-journeys",
        "scope-marketplace",
        "scoping-steps",
        "strong-or-eventual",
        "surge-subproblems",
        "three-nines-downtime",
        "v1-or-parking-lot",
      ].sort(),
    );
  });

  it("orders the scoping framework: actors, journeys, V1 features, parking lot", () => {
    const block = lesson.block("scoping-steps");
    expect(block.name).toBe("Ordering");
    const items = block.props.items as string[];
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/actors/i);
    expect(items[1]).toMatch(/journey/i);
    expect(items[2]).toMatch(/V1 features/i);
    expect(items[3]).toMatch(/parking lot/i);
    expect(lesson.score("scoping-steps", { order: [0, 1, 2, 3] })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score("scoping-steps", { order: [3, 2, 1, 0] }).correct).toBe(false);
    expect(lesson.score("scoping-steps", { order: [1, 0, 2, 3] })).toMatchObject({ score: 0.75, correct: false });
  });

  it("sorts ride-sharing features into the 8 V1 requirements and the 6 parking-lot items", () => {
    expectDecisions("v1-or-parking-lot", {
      "sign-up-log-in": "v1",
      "driver-location": "v1",
      "request-a-ride": "v1",
      matching: "v1",
      "live-tracking": "v1",
      "ride-states": "v1",
      "automatic-payment": "v1",
      "mutual-ratings": "v1",
      "scheduled-rides": "parking-lot",
      pooling: "parking-lot",
      "service-tiers": "parking-lot",
      "in-app-chat": "parking-lot",
      "surge-pricing": "parking-lot",
      "instant-payouts": "parking-lot",
    });
  });

  it("tells non-functional requirements (latency, availability, durability) from functional ones", () => {
    expectMultipleChoice(
      "fr-or-nfr",
      [/within 500 ms at P99/, /available 99\.99%/, /never lost/],
      [/rate each other/, /charged automatically/, /online and offline/],
    );
  });

  it("rewrites 'fast' as percentile targets: P99 location update < 500 ms, P95 ride history < 300 ms", () => {
    expectSingleChoice("rewrite-fast", /^P99 .*500 ms.*P95 .*300 ms/, [/Redis/, /Average response time/, /1 ms/]);
  });

  it("rewrites 'high availability' as 99.99% ≈ 52.6 minutes a year with no single point of failure", () => {
    expectSingleChoice("rewrite-high-availability", /^99\.99%.*52\.6 minutes.*single point of failure/, [
      /^100%/,
      /Kubernetes/,
      /^99\.999%/,
    ]);
  });

  it("99.99% allows about 52.6 minutes of downtime in a 365.25-day year", () => {
    const id = "four-nines-downtime";
    expect(lesson.block(id).name).toBe("NumericAnswer");
    expect(lesson.score(id, { value: 52.6, unit: "minutes" })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score(id, { value: 52, unit: "minutes" }).correct).toBe(true);
    expect(lesson.score(id, { value: 3156, unit: "seconds" }).correct).toBe(true);
    expect(lesson.score(id, { value: 0.877, unit: "hours" }).correct).toBe(true);
    expect(lesson.score(id, { value: 526, unit: "minutes" })).toMatchObject({ score: 0, correct: false });
    expect(lesson.score(id, { value: 5.26, unit: "minutes" })).toMatchObject({ score: 0, correct: false });
  });

  it("99.9% allows about 8.77 hours of downtime in a 365.25-day year", () => {
    const id = "three-nines-downtime";
    expect(lesson.block(id).name).toBe("NumericAnswer");
    expect(lesson.score(id, { value: 8.77, unit: "hours" })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score(id, { value: 525.96, unit: "minutes" }).correct).toBe(true);
    expect(lesson.score(id, { value: 87.7, unit: "hours" })).toMatchObject({ score: 0, correct: false });
    expect(lesson.score(id, { value: 3.65, unit: "days" })).toMatchObject({ score: 0, correct: false });
  });

  it("a budget of one hour a year needs at least 99.99%", () => {
    expectSingleChoice("one-hour-budget", /^99\.99%$/, [/^99%$/, /^99\.9%$/, /^99\.999%$/]);
  });

  it("keeps ride state strongly consistent and lets the map icon be eventual", () => {
    expectDecisions("strong-or-eventual", {
      "ride-state": "strong",
      "map-icon": "eventual",
      "payment-record": "strong",
      "rating-average": "eventual",
    });
  });

  it("maps high-complexity keywords to the subsystem they imply", () => {
    expectDecisions("keyword-cost", {
      "demand-heat-map": "streaming",
      "suggested-destinations": "ml",
      "friends-who-rode": "graph",
      "in-app-voice": "realtime-messaging",
    });
  });

  it("lists the five surge-pricing sub-problems and rejects pooling and a flat multiplier", () => {
    expectMultipleChoice(
      "surge-subproblems",
      [/Ingest live positions/, /geographic cells/, /supply-to-demand ratio/, /historical demand/, /thundering herd/],
      [/multi-stop routes/, /1\.5/],
    );
  });

  it("proposes a modular monolith for small new products and microservices for large stable organisations", () => {
    expectDecisions("monolith-or-microservices", {
      "eight-engineers-mvp": "monolith",
      "sixty-engineers-six-teams": "microservices",
      "twelve-engineers-future-scale": "monolith",
      "interview-new-product": "monolith",
      "two-hundred-engineers": "microservices",
      "one-hot-module": "extract-one",
    });
    const cards = lesson.block("monolith-or-microservices").props.cards as unknown as Card[];
    expect(cards.length).toBeGreaterThanOrEqual(5);
    expect(cards.filter((card) => card.trap).length).toBeGreaterThanOrEqual(5);
  });

  it("leaves the written exercises unscored", () => {
    for (const id of ["rideshare-actors-journeys", "microservices-tax-recall", "scope-marketplace"]) {
      expect(lesson.block(id).name).toBe("Reveal");
      expect(lesson.score(id, { text: "Riders and drivers." })).toMatchObject({ score: null, correct: false });
    }
  });

  // An exercise never sits just under the list or table that holds its answer.
  it("asks before it tells: the V1 sort, the downtime sums and the four-step recall come before or well after their answers", () => {
    const at = (id: string) => lesson.block(id).line;
    expect(at("v1-or-parking-lot")).toBeLessThan(lesson.lineOf("Turning those two journeys into requirements"));
    expect(at("v1-or-parking-lot")).toBeLessThan(lesson.lineOf("| Deferred feature"));
    for (const id of ["four-nines-downtime", "three-nines-downtime", "one-hour-budget"])
      expect(at(id)).toBeLessThan(lesson.lineOf("| Target  | Name"));
    // The recall comes after the worked example, not under the list of steps.
    expect(at("scoping-steps")).toBeGreaterThan(lesson.lineOf("| Deferred feature"));
  });
});
