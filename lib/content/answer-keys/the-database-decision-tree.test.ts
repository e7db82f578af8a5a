import { describe, expect, it } from "vitest";
import { keyAssertions, type Choice } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { readerWords } from "@/lib/content/reading-time";
import { PARTITION_KEY_SCENARIOS } from "@/lib/data-modelling/scenarios";
import { matchingOptions, type MatchingProps } from "@/lib/lessons/blocks/matching";
import type { StepRevealProps } from "@/lib/lessons/blocks/step-reveal";
import { tableBlanks, type TableChoiceCell, type TableFillProps } from "@/lib/lessons/blocks/table-fill";

/**
 * Answer keys of "The database decision tree", recomputed here from the
 * chapter's stated inputs, from the reference material (seed 001 chapter 5,
 * seed 002's SQL vs NoSQL notes, and the engines' documented behaviour) and
 * from the PartitionKeyDesigner model, never read back from the MDX.
 */
const lesson = lessonBlocks("the-database-decision-tree");
const { expectSingleChoice, cards, cardChoices, expectDecisions, expectNumeric, expectSimulator } =
  keyAssertions(lesson);

/** The chosen text of every select blank of a TableFill, in reading order. */
function chosenTexts(id: string) {
  const block = lesson.block(id);
  expect(block.name).toBe("TableFill");
  const props = block.props as unknown as TableFillProps;
  const blanks = tableBlanks(props);
  const answers = blanks.map(({ cell }) => (cell as TableChoiceCell).answer);
  expect(lesson.score(id, { blanks: answers })).toMatchObject({ score: 1, correct: true });
  return blanks.map(({ cell }) => {
    const choice = cell as TableChoiceCell;
    return choice.choices[choice.answer]!;
  });
}

describe("the database decision tree: answer keys", () => {
  it("has the blocks the chapter is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "update-anomaly-rows",
        "schema-on-write-insert",
        "acid-matcher",
        "lost-update-walkthrough",
        "isolation-defaults",
        "room-double-booking",
        "compound-index",
        "partition-key-designer",
        "partition-rows-per-day",
        "zero-padded-prefix",
        "dynamodb-pk-sk",
        "embed-vs-reference",
        "pick-the-datastore",
        "chat-app-storage",
      ].sort(),
    );
    const scored = lesson.ids.filter((id) => lesson.block(id).name !== "Reveal");
    expect(scored.length).toBeGreaterThanOrEqual(8);
  });

  it("stays within 3,000 to 5,000 reader words", () => {
    const words = readerWords(lesson.analysis);
    expect(words).toBeGreaterThanOrEqual(3000);
    expect(words).toBeLessThanOrEqual(5000);
  });

  it("counts the rows an update anomaly touches: Priya's city is copied into 3 orders", () => {
    const orders = [
      { id: 1001, customer: "Priya", city: "Leeds" },
      { id: 1002, customer: "Priya", city: "Leeds" },
      { id: 1003, customer: "Priya", city: "Leeds" },
      { id: 1004, customer: "Tom", city: "York" },
    ];
    for (const order of orders)
      expect(lesson.source).toContain(`${order.id}     | ${order.customer.padEnd(8)} | ${order.city}`);
    const rows = orders.filter((order) => order.customer === "Priya").length;
    expectNumeric("update-anomaly-rows", rows, "rows");
    expect(lesson.score("update-anomaly-rows", { value: 4, unit: "rows" }).correct).toBe(false);
  });

  it("refuses an INSERT that leaves a NOT NULL column empty", () => {
    expect(lesson.source).toMatch(/department +TEXT +NOT NULL/);
    expectSingleChoice("schema-on-write-insert", /rejects it: department violates its NOT NULL/, [
      /left NULL/,
      /empty string/,
      /fails later/,
    ]);
  });

  it("matches each event with its ACID letter, with the definitions only after the exercise", () => {
    const block = lesson.block("acid-matcher");
    expect(block.name).toBe("Matching");
    const props = block.props as unknown as MatchingProps;
    const letterOf = (pattern: RegExp) => props.pairs.find((pair) => pattern.test(pair.left))!.right;
    expect(letterOf(/crashes before Bob/)).toBe("Atomicity");
    expect(letterOf(/integer age column/)).toBe("Consistency");
    expect(letterOf(/last seat/)).toBe("Isolation");
    expect(letterOf(/power fails/)).toBe("Durability");
    const options = matchingOptions(props);
    const key = props.pairs.map((pair) => options.indexOf(pair.right));
    expect(lesson.score("acid-matcher", { matches: key })).toMatchObject({ score: 1, correct: true });
    // Try first: the matcher comes before the definitions, and ACID is defined once (not twice, as in the seed).
    expect(lesson.lineOf('id="acid-matcher"')).toBeLessThan(lesson.lineOf("- **Atomicity:**"));
    expect(lesson.source.match(/- \*\*Atomicity:\*\*/g)).toHaveLength(1);
  });

  it("plays the lost update: 150 under READ COMMITTED, a retry to 170 in PostgreSQL RR, 150 in MySQL RR", () => {
    const start = 100;
    const agent1 = start + 20;
    const agent2 = start + 50;
    const lastWriteWins = agent2;
    const retried = agent1 + 50;
    expect([agent1, lastWriteWins, retried]).toEqual([120, 150, 170]);
    const block = lesson.block("lost-update-walkthrough");
    expect(block.name).toBe("StepReveal");
    const props = block.props as unknown as StepRevealProps;
    const predictions = props.steps.flatMap((step) => (step.predict ? [step.predict] : []));
    expect(predictions).toHaveLength(3);
    const keyed = predictions.map((predict) => predict.choices[predict.answer]);
    expect(keyed[0]).toBe(String(lastWriteWins));
    expect(keyed[1]).toMatch(new RegExp(`serialization error; a retry gives ${retried}`));
    expect(keyed[2]).toMatch(new RegExp(`^${lastWriteWins}: the UPDATE quietly overwrites`));
    expect(lesson.score("lost-update-walkthrough", { predictions: predictions.map((p) => p.answer) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });

  it("knows the defaults: PostgreSQL READ COMMITTED, MySQL REPEATABLE READ; only SERIALIZABLE stops write skew", () => {
    expect(lesson.source).toMatch(/\| READ COMMITTED +\| non-repeatable reads, phantoms +\| PostgreSQL's default/);
    expect(lesson.source).toMatch(/\| REPEATABLE READ +\| phantoms +\| MySQL InnoDB's default/);
    expectSingleChoice("isolation-defaults", /reads the same row twice can now see two different/, [
      /^Nothing/,
      /Write skew disappears/,
      /Dirty reads stop/,
    ]);
    expectSingleChoice("room-double-booking", /^SERIALIZABLE, with a retry/, [
      /^READ COMMITTED$/,
      /^REPEATABLE READ in PostgreSQL$/,
      /^REPEATABLE READ in MySQL$/,
    ]);
  });

  it("keys the key-value, document and graph questions", () => {
    expect(lesson.source).toMatch(/write a second item keyed by the email that holds the user_id/);
    expectSingleChoice("compound-index", /^A compound index on chat_id ascending, then sent_at descending/, [
      /chat_id alone/,
      /sent_at alone/,
      /indexes every field automatically/,
    ]);
    // Seed errors fixed in the text: hashing is O(1) on average, ObjectId is not UUIDv4, TIMESTAMP not TSTAMP.
    expect(lesson.source).toMatch(/by hashing costs O\(1\) on average/);
    expect(lesson.source).toMatch(/\*\*ObjectId\*\*: 12 bytes \(24 hex digits\)/);
    expect(lesson.source).toMatch(/"_id": "[0-9a-f]{24}"/);
    expect(4 + 5 + 3).toBe(12);
    expect(lesson.source).toContain("sent_at    TIMESTAMP,");
    expect(lesson.source).not.toMatch(/TSTAMP/);
    expect(lesson.source).toMatch(/roughly O\(log n \+ K\)/);
  });

  it("scores the PartitionKeyDesigner from its model, with the worked figure 17:02 then 17:01", () => {
    expectSimulator("partition-key-designer", "PartitionKeyDesigner", PARTITION_KEY_SCENARIOS);
    expect(PARTITION_KEY_SCENARIOS["latest-two"]!.answer).toBe("17:02,17:01");
    // Predict first: the simulator comes before the rules it demonstrates.
    expect(lesson.lineOf("<PartitionKeyDesigner />")).toBeLessThan(lesson.lineOf("What the scenarios show, as rules"));
  });

  it("fills a day bucket with 86,400 rows at one reading a second, 31,536,000 a year without it", () => {
    const perDay = 24 * 60 * 60;
    expectNumeric("partition-rows-per-day", perDay, "rows");
    expect(perDay).toBeLessThan(100_000);
    expect(perDay * 365).toBe(31_536_000);
    expect(lesson.source).toContain("86,400 × 365 = 31,536,000");
  });

  it("reads a begins_with on ‘000005’ over 10 digits as 50,000 to 59,999", () => {
    const prefix = "000005";
    const free = 10 - prefix.length;
    const low = Number(prefix + "0".repeat(free));
    const high = Number(prefix + "9".repeat(free));
    expect([low, high]).toEqual([50_000, 59_999]);
    expect("0000051234".startsWith(prefix)).toBe(true);
    // Text comparison: unpadded 9 sorts after 10, padded it sorts before.
    expect("9" > "10").toBe(true);
    expect("0000000009" < "0000000010").toBe(true);
    expectSingleChoice("zero-padded-prefix", /^50,000 to 59,999$/, [/^5,000 to 5,999$/, /^500,000/, /^Exactly 5$/]);
  });

  it("puts the profile and the orders of user 42 in one partition, told apart by the sort key", () => {
    expect(chosenTexts("dynamodb-pk-sk")).toEqual([
      "USER#42",
      "PROFILE",
      "USER#42",
      "ORDER#123",
      "USER#42",
      "ORDER#124",
    ]);
    // The orders share a prefix for begins_with and sort in order as text.
    expect("ORDER#123" < "ORDER#124").toBe(true);
    expect("ORDER#000123".startsWith("ORDER#")).toBe(true);
  });

  it("references the comments of a viral article rather than embedding them", () => {
    expectSingleChoice("embed-vs-reference", /^A comments collection, each comment holding the article's _id/, [
      /^An array embedded/,
      /commenter's user document/,
      /single document holding every comment/,
    ]);
  });

  it("names the real costs of NoSQL and drops the seed's myths", () => {
    expect(lesson.source).toMatch(/each product has its own query language, joins move into application code/);
    expect(lesson.source).toMatch(/Instagram has described sharding PostgreSQL/);
    expect(lesson.source).toMatch(
      /"NoSQL scales linearly, with no ceiling": nodes add capacity only while load spreads evenly/,
    );
    expect(lesson.source).not.toMatch(/likely better off with NoSQL/);
  });

  it("matches workloads to stores, at least two per store family (moved from chapter 9 with its ids)", () => {
    const expected: Record<string, string> = {
      "ledger-transfers": "relational",
      "orders-and-inventory": "relational",
      "session-store": "key-value",
      "rate-limit-counters": "key-value",
      "chat-history": "wide-column",
      "activity-audit-log": "wide-column",
      "cms-articles": "document",
      "varied-catalog": "document",
      "fraud-rings": "graph",
      "friends-of-friends": "graph",
      "product-search": "search-index",
      "help-centre-search": "search-index",
      "server-metrics": "time-series",
      "sensor-readings": "time-series",
    };
    expectDecisions("pick-the-datastore", expected, { minimum: 14, traps: true });
    const families = ["relational", "key-value", "wide-column", "document", "graph", "search-index", "time-series"];
    for (const family of families) {
      expect(Object.values(expected).filter((answer) => answer === family).length).toBeGreaterThanOrEqual(2);
    }
    // Every card offers all seven families, so the choices never hint at the answer.
    for (const card of cards("pick-the-datastore")) {
      expect(cardChoices("pick-the-datastore", card).map((c: Choice) => c.id)).toEqual(families);
    }
  });

  it("closes the chat challenge: 800 million messages a day is about 9,300 writes a second", () => {
    const perDay = 20_000_000 * 40;
    expect(perDay).toBe(800_000_000);
    const perSecond = perDay / 86_400;
    expect(Math.round(perSecond / 100) * 100).toBe(9_300);
    expect(lesson.source).toContain("about 9,300 writes a second");
    expect(chosenTexts("chat-app-storage")).toEqual([
      "Relational (the system of record)",
      "Wide-column",
      "PK (chat_id, month), clustering sent_at DESC, message_id",
      "Search index fed by change-data capture",
      "Graph",
      "Wrong twice: relational data can be sharded, and message_id as the key scatters every history read",
    ]);
  });
});
