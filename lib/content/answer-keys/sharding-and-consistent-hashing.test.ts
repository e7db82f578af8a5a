import { describe, expect, it } from "vitest";
import { keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { expectedModNMovedShare, movedArcShare, ownerAt, replicasAt, tokensFor } from "@/lib/sharding/ring";
import { BASE_NODES, RING_SCENARIOS, WITH_S4 } from "@/lib/sharding/ring-scenarios";
import { analyse, median } from "@/lib/sharding/shard-key";
import { SHARD_KEY_SCENARIOS } from "@/lib/sharding/shard-key-scenarios";
import { workload } from "@/lib/sharding/shard-key-workloads";

/**
 * Answer keys of the sharding chapter, recomputed from the chapter's inputs
 * and from the two simulators' models, never read back from the MDX.
 */
const lesson = lessonBlocks("sharding-and-consistent-hashing");
const { expectSingleChoice, expectDecisions, expectNumeric, expectOrdering, expectSimulator, expectMatching } =
  keyAssertions(lesson);

const TB_PER_SHARD = 1;
const HEADROOM = 0.7;
const shardsFor = (tb: number) => Math.ceil(tb / (TB_PER_SHARD * HEADROOM));

describe("sharding-and-consistent-hashing answer keys", () => {
  it("has the blocks the chapter is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "replicas-or-shards",
        "shards-for-20-tb",
        "q4-order-range-gap",
        "key-for-each-system",
        "shard-key-chooser",
        "hot-shard-ratio",
        "when-to-add-capacity",
        "mod-n-moves",
        "consistent-hash-ring",
        "replica-walk",
        "scatter-gather-slow",
        "sharding-strategy",
        "failover-times",
        "move-a-shard",
        "flip-before-catch-up",
        "railbook-synthesis",
      ].sort(),
    );
    expect(lesson.ids.filter((id) => lesson.block(id).name !== "Reveal").length).toBeGreaterThanOrEqual(8);
  });

  it("replicas add reads and availability, not disk or write capacity", () => {
    expectSingleChoice("replicas-or-shards", /^Read capacity and availability/, [
      /^Disk space/,
      /^Write capacity/,
      /^Nothing/,
    ]);
  });

  it("20 TB at 1 TB per shard below 70% needs 29 shards, 87 servers with a leader and two followers", () => {
    expect(shardsFor(20)).toBe(29);
    expectNumeric("shards-for-20-tb", shardsFor(20), "shards");
    expect(lesson.score("shards-for-20-tb", { value: 20, unit: "shards" }).correct).toBe(false);
    expect(shardsFor(20) * 3).toBe(87);
    expect(lesson.source).toContain("20 TB / 0.7 TB = 28.6");
    expect((20 / 0.7).toFixed(1)).toBe("28.6");
  });

  it("a range map with a gap has nowhere to put Q4 (inv-001 #21)", () => {
    expectSingleChoice("q4-order-range-gap", /^The router finds no range/, [
      /^It goes to shard 3/,
      /^It goes to shard 1/,
      /^It is spread/,
    ]);
  });

  it("keys from the access pattern: user_id, city_id split, train_id, group_id, user_id", () => {
    expectMatching("key-for-each-system", {
      "bank ledger": "user_id",
      "Ride hailing": "city_id, with the biggest cities split into zones",
      "Train tickets": "train_id",
      "Group chat": "group_id",
      Notifications: "user_id",
    });
  });

  it("the shard-key chooser's predictions are the model's", () => {
    expectSimulator("shard-key-chooser", "ShardKeyChooser", SHARD_KEY_SCENARIOS);
    // The keys the lesson recommends keep the dominant query on one shard, with no hot shard.
    for (const [id, key] of [
      ["bank", "user_id"],
      ["rides", "city_zone"],
      ["tickets", "train_id"],
      ["chat", "group_id"],
    ] as const) {
      const result = analyse(workload(id), key);
      expect(result.hot, id).toBe(false);
      expect(result.queries[0]!.averageShards, id).toBe(1);
    }
  });

  it("the hottest of eight shards is 1,300 / 123.5 = 10.5 times the median", () => {
    const sizes = [120, 130, 110, 125, 1300, 118, 122, 127];
    expect(median(sizes)).toBe(123.5);
    const ratio = Math.max(...sizes) / median(sizes);
    expect(ratio.toFixed(1)).toBe("10.5");
    expectNumeric("hot-shard-ratio", ratio, "×");
    const mean = sizes.reduce((sum, size) => sum + size, 0) / sizes.length;
    expect(Math.round(mean)).toBe(269);
  });

  it("capacity: 64% growing 3 points a month reaches 70% in two months; order now", () => {
    expect((70 - 64) / 3).toBe(2);
    expect(80 + 3 * 0.5).toBe(81.5); // two more weeks of growth after an 80% alarm
    expectSingleChoice("when-to-add-capacity", /^Now:/, [
      /^When a shard reaches 80%/,
      /^When writes start failing/,
      /^Never/,
    ]);
  });

  it("hash mod N from 3 to 4 moves exactly 75% of uniform keys", () => {
    const share = expectedModNMovedShare(3, 4);
    expect(share).toBe(0.75);
    expectNumeric("mod-n-moves", share * 100, "%");
  });

  it("the ring example: S4 at 150° takes (90°, 150°] from S2, one sixth of the ring (inv-0xx #23)", () => {
    const before = tokensFor(BASE_NODES);
    const after = tokensFor(WITH_S4);
    expect([90, 200, 310, 340].map((angle) => ownerAt(before, angle))).toEqual(["S1", "S2", "S3", "S1"]);
    expect(ownerAt(before, 120)).toBe("S2");
    expect(ownerAt(after, 120)).toBe("S4");
    expect(movedArcShare(before, after)).toBeCloseTo(1 / 6, 12);
    expect(lesson.source).toContain("(90°, 150°]");
    expectSimulator("consistent-hash-ring", "ConsistentHashRing", RING_SCENARIOS);
    expect(replicasAt(after, 120, 3)).toEqual(["S4", "S2", "S3"]);
  });

  it("RF = 3 walks clockwise over distinct servers: S2, S5, S1", () => {
    const walk = ["S2", "S2", "S5", "S2", "S1", "S4"];
    const replicas = walk.filter((node, index) => walk.indexOf(node) === index).slice(0, 3);
    expect(replicas).toEqual(["S2", "S5", "S1"]);
    expectSingleChoice("replica-walk", /^S2, S5 and S1$/, [/^S2, S2 and S5$/, /^S2, S5 and S4$/, /^S1, S4 and S2$/]);
  });

  it("scatter-gather over 8 shards at 1% slow each: 7.7% of queries wait; 63% over 100 shards", () => {
    const slow = 1 - 0.99 ** 8;
    expect((slow * 100).toFixed(1)).toBe("7.7");
    expectNumeric("scatter-gather-slow", slow * 100, "%");
    expect(Math.round((1 - 0.99 ** 100) * 100)).toBe(63);
    expect((0.99 ** 8).toFixed(3)).toBe("0.923");
  });

  it("strategy deck: 12 cards, four per strategy", () => {
    const expected = {
      leaderboard: "range",
      "big-tenants": "directory",
      "profiles-by-id": "hash",
      "sequential-signups": "hash",
      "monthly-archive": "range",
      "data-residency": "directory",
      "session-tokens": "hash",
      autocomplete: "range",
      "least-loaded-placement": "directory",
      "catalogue-sku": "hash",
      "may-signups": "range",
      "enterprise-isolation": "directory",
    };
    expectDecisions("sharding-strategy", expected, { minimum: 12, traps: true });
    const perChoice = Object.values(expected).reduce<Record<string, number>>(
      (counts, choice) => ({ ...counts, [choice]: (counts[choice] ?? 0) + 1 }),
      {},
    );
    expect(perChoice).toEqual({ hash: 4, range: 4, directory: 4 });
  });

  it("failover times: stateless under 30 s, hot standby under 1 s, warm seconds to minutes, cold slowest", () => {
    expectMatching("failover-times", {
      stateless: "Under 30 seconds: a new instance starts",
      "hot standby": "Under a second: it is told to take over",
      "warm replica": "Seconds to minutes",
      "cold backup": "The slowest: copy, restore and load first",
    });
  });

  it("moving a shard: copy, catch up, fence, finish, switch, keep for rollback (inv-0xx #22)", () => {
    expectOrdering("move-a-shard", [
      /^Create the new shard and copy/,
      /^Stream the changes/,
      /^Fence/,
      /^Apply the last/,
      /^Switch the routing/,
      /^Keep the old copy/,
    ]);
    expectSingleChoice("flip-before-catch-up", /^A newer write sent to the new shard is overwritten/, [
      /^Nothing/,
      /^The copy must restart/,
      /^Reads become slower/,
    ]);
  });

  it("RailBook: 5 shards at least for 3.2 TB; train_id; 8 → 9 moves 89% under mod N, about 11% on a ring", () => {
    expect(shardsFor(3.2)).toBe(5);
    expect((3.2 / 0.7).toFixed(1)).toBe("4.6");
    expect(Math.round(expectedModNMovedShare(8, 9) * 100)).toBe(89);
    expect(Math.round((1 / 9) * 100)).toBe(11);
    const props = lesson.block("railbook-synthesis").props as unknown as {
      steps: { predict?: { choices: string[]; answer: number } }[];
    };
    const predictions = props.steps.flatMap((step) => (step.predict ? [step.predict] : []));
    expect(predictions.map((p) => p.choices[p.answer])).toEqual([
      "train_id",
      "About 89%",
      expect.stringMatching(/^Stream the changes made during the copy/),
    ]);
    expect(lesson.score("railbook-synthesis", { predictions: predictions.map((p) => p.answer) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });

  it("fixes the seed errors in the text", () => {
    // inv-001 #20 and inv-0xx #1: mod N is not consistent hashing, and no hash function is "consistent".
    expect(lesson.source).toContain("It is not consistent hashing");
    // inv-0xx #3: range queries under hash sharding are possible, by scatter-gather.
    expect(lesson.source).toContain("It is possible and sometimes fine");
    // inv-0xx #4: the directory map is cached.
    expect(lesson.source).toContain("does not, however, add a network hop to every query");
    // inv-0xx #5: sharding also spreads writes; replication also spreads reads.
    expect(lesson.source).toContain("sharding also spreads writes, and replication also spreads reads");
    // inv-0xx #25: the IRCTC volume.
    expect(lesson.source).toContain("too small by more than ten times");
    // inv-0xx #22: catch up and fence before the cutover.
    expect(lesson.lineOf("Catching up and fencing before the cutover")).toBeGreaterThan(lesson.lineOf("## Resharding"));
  });
});
