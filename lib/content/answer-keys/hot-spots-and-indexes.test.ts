import { describe, expect, it } from "vitest";
import { keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { readerWords } from "@/lib/content/reading-time";
import { fewestBuckets, hottestShardLoad, mitigate } from "@/lib/hot-spots/hot-key";
import { HOT_KEY_SCENARIOS, VIRAL_POST, VIRAL_READS } from "@/lib/hot-spots/scenarios";
import { tableBlanks, type TableChoiceCell, type TableFillProps } from "@/lib/lessons/blocks/table-fill";

/**
 * Answer keys of the hot spots and indexes chapter, recomputed here from the
 * chapter's stated inputs and from the HotKeyMitigator model, never read back
 * from the MDX.
 */
const lesson = lessonBlocks("hot-spots-and-indexes");
const { expectSingleChoice, expectMultipleChoice, expectDecisions, expectNumeric, expectOrdering, expectSimulator } =
  keyAssertions(lesson);

/** Writes per insert: one for the row, one per index. */
const writesPerInsert = (indexes: number) => 1 + indexes;
/** Levels of a B-tree with `fanout` entries a page over `rows` rows: the smallest L with fanout^L ≥ rows. */
function btreeLevels(rows: number, fanout: number) {
  let levels = 0;
  for (let reach = 1; reach < rows; reach *= fanout) levels += 1;
  return levels;
}

describe("hot-spots-and-indexes answer keys", () => {
  it("has the blocks the chapter is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "one-key-many-shards",
        "replicas-needed",
        "hot-key-mitigator",
        "dynamodb-buckets",
        "follower-count-update",
        "hot-spot-triage",
        "btree-depth",
        "index-write-cost",
        "composite-index-quiz",
        "composite-column-order",
        "covering-index",
        "index-advisor",
        "match-day-diagnosis",
      ].sort(),
    );
    const scored = lesson.ids.filter((id) => lesson.block(id).name !== "Reveal");
    expect(scored.length).toBeGreaterThanOrEqual(8);
    // The lesson standard: about 3,000–5,000 words a reader sees.
    const words = readerWords(lesson.analysis);
    expect(words).toBeGreaterThanOrEqual(3_000);
    expect(words).toBeLessThanOrEqual(5_000);
  });

  it("one hot key: 10,000 + 4,000 ÷ 40 = 10,100 on the busiest shard, and more shards change nothing", () => {
    expect(hottestShardLoad(10_000, 4_000, 40)).toBe(10_100);
    expect(hottestShardLoad(10_000, 0, 80)).toBe(10_000);
    expectSingleChoice("one-key-many-shards", /About 10,100/, [/About 350/, /About 1,000/, /All 14,000/]);
    expect(Math.round(14_000 / 40)).toBe(350);
  });

  it("replicas: ⌈36,000 ÷ 8,000⌉ = 5", () => {
    expect(36_000 / 8_000).toBe(4.5);
    expectNumeric("replicas-needed", Math.ceil(36_000 / 8_000), "replicas");
    expect(lesson.score("replicas-needed", { value: 4, unit: "replicas" }).correct).toBe(false);
  });

  it("the simulator's scenarios are scored by the model; 10,000 over 10 buckets is 1,000 each and 10 reads", () => {
    const worked = mitigate(VIRAL_POST);
    expect(worked.perBucketWrites).toBe(1_000);
    expect(worked.read.gather.partitionReadsPerRead).toBe(10);
    // The prose: 50,000 readers gathering 10 buckets is 500,000 partition reads a second; 25,000 over 10 is 2,500 each.
    expect(mitigate(VIRAL_READS).read.gather.partitionReadsPerSecond).toBe(500_000);
    expect(mitigate({ writesPerSecond: 25_000, partitionLimit: 1_000, buckets: 10 }).perBucketWrites).toBe(2_500);
    expectSimulator("hot-key-mitigator", "HotKeyMitigator", HOT_KEY_SCENARIOS);
    expect(lesson.score("hot-key-mitigator", { scenario: "fewest-buckets", choice: "n10" }).correct).toBe(true);
  });

  it("DynamoDB buckets at 70 % of 1,000 write units: ⌈4,500 ÷ 700⌉ = 7 (5 without headroom)", () => {
    expectNumeric("dynamodb-buckets", fewestBuckets(4_500, 1_000 * 0.7), "buckets");
    expect(fewestBuckets(4_500, 700)).toBe(7);
    expect(fewestBuckets(4_500, 1_000)).toBe(5);
    expect(Math.round(4_500 / 7)).toBe(643);
    expect(4_500 / 5 / 1_000).toBe(0.9);
  });

  it("a single denormalised counter row becomes a write hot spot", () => {
    expectSingleChoice("follower-count-update", /same row/, [/Nothing goes wrong/, /count drifts/, /reads get slower/]);
  });

  it("triage deck: 12 cards, three per cure, traps on every card, no two neighbours alike", () => {
    const expected = {
      "vote-counter": "split",
      "minute-partitions": "rekey",
      "singer-profile": "copy",
      "rating-average": "precompute",
      "stream-chat": "split",
      "news-article": "copy",
      "country-key": "rekey",
      "revenue-dashboard": "precompute",
      "auto-increment-range": "rekey",
      "flash-sale-page": "copy",
      "season-events": "split",
      "unread-badge": "precompute",
    };
    expectDecisions("hot-spot-triage", expected, { minimum: 12, traps: true });
    const perChoice = Object.values(expected).reduce<Record<string, number>>(
      (counts, choice) => ({ ...counts, [choice]: (counts[choice] ?? 0) + 1 }),
      {},
    );
    expect(perChoice).toEqual({ copy: 3, split: 3, precompute: 3, rekey: 3 });
    const order = (lesson.block("hot-spot-triage").props.cards as unknown as { answer: string }[]).map((c) => c.answer);
    for (let i = 1; i < order.length; i += 1) expect(order[i]).not.toBe(order[i - 1]);
  });

  it("B-tree depth: 500 entries a page → 4 levels for a billion rows, 3 for a million", () => {
    expectNumeric("btree-depth", btreeLevels(1e9, 500), "levels");
    expect(btreeLevels(1e6, 500)).toBe(3);
    expect(500 ** 3).toBe(125_000_000);
    expect(500 ** 4).toBe(62_500_000_000);
    // The binary comparison in the worked solution: about 20 and 30 levels.
    expect(Math.round(Math.log2(1e6))).toBe(20);
    expect(Math.round(Math.log2(1e9))).toBe(30);
  });

  it("index write cost: 2,000 inserts × (1 + 4) = 10,000 writes a second; 5 indexes → 6 writes", () => {
    expectNumeric("index-write-cost", 2_000 * writesPerInsert(4), "writes/s");
    expect(writesPerInsert(5)).toBe(6);
    expect(writesPerInsert(0)).toBe(1);
  });

  it("composite index (customer_id, status, created_at): leftmost prefix and sort order", () => {
    expectMultipleChoice(
      "composite-index-quiz",
      [/^WHERE customer_id = 42$/, /status = 'shipped' ORDER BY created_at DESC/],
      [/^WHERE status = 'shipped'$/, /^WHERE customer_id = 42 ORDER BY/, /^WHERE created_at/],
    );
    expectOrdering("composite-column-order", [/^tenant_id$/, /^status$/, /^created_at$/]);
    // The two equality columns may swap.
    expect(lesson.score("composite-column-order", { order: [1, 0, 2] }).correct).toBe(true);
  });

  it("covering index (user_id, email) answers SELECT email … WHERE user_id > 500 alone", () => {
    expectSingleChoice("covering-index", /^SELECT email FROM users WHERE user_id > 500$/, [
      /email, name/,
      /SELECT \*/,
      /created_at/,
    ]);
  });

  it("index advisor: 1 + 2 = 3 writes per insert against 1 + 4 = 5; 9,000 vs 15,000 a second", () => {
    expect(lesson.block("index-advisor").name).toBe("Reveal");
    expect(3_000 * writesPerInsert(2)).toBe(9_000);
    expect(3_000 * writesPerInsert(4)).toBe(15_000);
  });

  it("final synthesis: one key's partition, gather cost, counters kept apart, 7 writes a comment", () => {
    const block = lesson.block("match-day-diagnosis");
    expect(block.name).toBe("TableFill");
    const props = block.props as unknown as TableFillProps;
    const blanks = tableBlanks(props).map(({ cell }) => cell as TableChoiceCell);
    const chosen = blanks.map((cell) => cell.choices[cell.answer]!);
    expect(chosen).toEqual([
      expect.stringMatching(/^All 10,000 comments a second for one post_id/),
      expect.stringMatching(/= 10 buckets, more for headroom/),
      expect.stringMatching(/gathers 10 buckets, ten partition reads/),
      expect.stringMatching(/^Cache the merged first page/),
      expect.stringMatching(/repeats the same scan/),
      expect.stringMatching(/^Counters kept apart/),
      expect.stringMatching(/1 \+ 6 = 7 writes: 70,000 a second/),
      expect.stringMatching(/^Keep only the indexes/),
    ]);
    expect(fewestBuckets(10_000, 1_000)).toBe(10);
    expect(fewestBuckets(10_000, 700)).toBe(15);
    expect(Math.round(10_000 / 15)).toBe(667);
    expect(10_000 * writesPerInsert(6)).toBe(70_000);
    expect(lesson.score("match-day-diagnosis", { blanks: blanks.map((cell) => cell.answer) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });

  it("asks before it tells: each try-it comes before the rule it leads to", () => {
    const before = (exercise: string, rule: string) =>
      expect(lesson.lineOf(exercise.startsWith("<") ? exercise : `id="${exercise}"`)).toBeLessThan(lesson.lineOf(rule));
    before("one-key-many-shards", "A hash function spreads **keys**");
    before("replicas-needed", "**Read replicas** copy");
    before("<HotKeyMitigator />", "**k ≥ ⌈W ÷ L⌉**");
    before("follower-count-update", "**Denormalising** means");
    before("btree-depth", "That is the O(log n) promise");
    before("index-write-cost", "**1 + k writes for a table with k indexes**");
    before("composite-index-quiz", "**leftmost-prefix rule**");
    before("composite-column-order", "**equality filters first");
    before("covering-index", "A **covering index** holds");
  });
});
