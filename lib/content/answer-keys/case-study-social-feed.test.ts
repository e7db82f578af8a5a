import { describe, expect, it } from "vitest";
import { featureRow, keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { estimateFunnel, recordBytes, SECONDS_PER_DAY } from "@/lib/estimation/funnel";
import { getPreset } from "@/lib/estimation/presets";
import { compareStrategies, fanoutCosts, PULL_EVERYONE, PUSH_EVERYONE } from "@/lib/feeds/fanout";
import { FANOUT_SCENARIOS, FEED_PRESET, hybridSavings, WORKED_THRESHOLD } from "@/lib/feeds/scenarios";
import { reference } from "@/lib/prompts/references/social-feed";

/**
 * Answer keys of case study A (a social media feed), recomputed from the
 * reference preset's inputs (lib/estimation/presets-case-studies.ts) and from
 * the fan-out calculator's model (lib/feeds/), never read back from the MDX.
 */
const lesson = lessonBlocks("case-study-social-feed");
const { expectSingleChoice, expectMultipleChoice, expectDecisions, expectNumeric, expectOrdering, expectSimulator } =
  keyAssertions(lesson);

const preset = getPreset("social-feed")!;
const estimate = estimateFunnel(preset.inputs);
const row = (id: string) => featureRow(estimate, id);
const record = (id: string) => preset.inputs.records!.find((candidate) => candidate.id === id)!;
const timelines = estimate.datasets.find((dataset) => dataset.dataset.id === "timelines")!;
const fanoutFactor = preset.inputs.features.find((feature) => feature.id === "fanout")!.derivedFrom!.factor;

const answer = reference.answer!;
const allReferenceText = JSON.stringify(answer);

const en = (value: number) => Math.round(value).toLocaleString("en-US");
const thousands = (value: number) => `${Math.round(value / 1000)}K`;
const TB = 1e12;
const GB = 1e9;

// The lesson's own assumptions, stated in its exercises.
const SPARE_INSERTS_PER_SECOND = 500_000;
const VIRAL_LIKES_PER_SECOND = 24_000;
const COUNTER_ROW_LIMIT = 1_000;
const COUNTER_HEADROOM = 0.8;
const COMMENT_OPENS_PER_SECOND = 15_000;
const COMMENT_BUCKETS = 10;
const VIRAL_COMMENTS_PER_SECOND = 10_000;
const THRESHOLD = 100_000;

const celebrityFollowers = Math.max(...FEED_PRESET.tiers.map((tier) => tier.followers));

describe("case-study-social-feed: the reference estimate", () => {
  it("the preset is the one the reference answer names, at the scale the worksheet reference states", () => {
    expect(answer.estimatePreset).toBe("social-feed");
    expect(preset.inputs.dau).toBe(reference.scale.dau);
    expect(row("feed").feature.rate.value).toBe(reference.scale.readsPerUserPerDay);
    expect(row("post").feature.rate.value).toBe(reference.scale.writesPerUserPerDay);
  });

  it("2B feed loads a day ≈ 23K/s; 100M posts × 200 followers = 20B inserts ≈ 231K/s, 694K/s at peak", () => {
    expect(row("feed").actionsPerDay).toBe(2e9);
    expect(Math.round(row("feed").averageQps)).toBe(23_148);
    expect(Math.round(row("feed").peakQps / 1000)).toBe(69);
    expect(row("post").actionsPerDay).toBe(1e8);
    expect(row("fanout").actionsPerDay).toBe(row("post").actionsPerDay * fanoutFactor);
    expect(row("fanout").actionsPerDay).toBe(2e10);
    expect(Math.round(row("fanout").averageQps)).toBe(231_481);
    expect(Math.round(row("fanout").peakQps / 1000)).toBe(694);
    // Read-heavy by requests (20 loads per post), write-heavy by rows (10 inserts per load).
    expect(row("feed").actionsPerDay / row("post").actionsPerDay).toBe(20);
    expect(row("fanout").actionsPerDay / row("feed").actionsPerDay).toBe(10);
    expect(estimate.workload.class).toBe("write-heavy");
    for (const line of preset.reference) expect(line).toMatch(/2B|23K|20B|231K|celebrit/);
    expect(preset.reference.join(" ")).toContain(`≈ ${thousands(row("fanout").averageQps)}/s`);
    expect(preset.reference.join(" ")).toContain(`≈ ${Math.round(row("feed").averageQps / 1000)}K/s`);
  });

  it("a post is 454 B ('about 450 B'), a timeline entry 32 B; 80B entries = 2.56 TB raw, 7.68 TB with 3 copies, 512 GB hot", () => {
    expect(recordBytes(record("post"))).toBe(454);
    expect(preset.description).toContain("about 450 B");
    expect(recordBytes(record("timeline-entry"))).toBe(32);
    expect(timelines.items).toBe(8e10);
    expect(timelines.rawBytes / TB).toBeCloseTo(2.56, 10);
    expect(timelines.bytes / TB).toBeCloseTo(7.68, 10);
    expect(timelines.hotBytes / GB).toBeCloseTo(512, 6);
    // Copies instead of ids: 80B × 454 B ≈ 36 TB, about fourteen times more.
    expect(Math.round((timelines.items * recordBytes(record("post"))) / TB)).toBe(36);
    expect(Math.floor(recordBytes(record("post")) / recordBytes(record("timeline-entry")))).toBe(14);
  });
});

describe("case-study-social-feed: the fan-out model behind the reference and the prose", () => {
  const { write, read, hybrid } = compareStrategies(FEED_PRESET, THRESHOLD);

  it("the calculator's everyday tier reproduces the estimate's fan-out exactly", () => {
    const everyday = FEED_PRESET.tiers[0]!;
    expect(everyday.accounts).toBe(preset.inputs.dau);
    expect(everyday.followers).toBe(fanoutFactor);
    expect(fanoutCosts({ ...FEED_PRESET, tiers: [everyday] }, PUSH_EVERYONE).timelineWritesPerSecond).toBeCloseTo(
      row("fanout").averageQps,
      6,
    );
  });

  it("50,000 loads a second sits between the estimate's average (~23,000) and peak (~69,000)", () => {
    expect(FEED_PRESET.timelineLoadsPerSecond).toBe(50_000);
    expect(FEED_PRESET.timelineLoadsPerSecond).toBeGreaterThan(row("feed").averageQps);
    expect(FEED_PRESET.timelineLoadsPerSecond).toBeLessThan(row("feed").peakQps);
    expect(Math.round(row("feed").averageQps / 1000) * 1000).toBe(23_000);
    expect(Math.round(row("feed").peakQps / 1000) * 1000).toBe(69_000);
  });

  it("pure push: celebrities cause as many writes as everyday accounts; pure pull: ~240 fetches, ~12M reads a second", () => {
    const [everyday, , celebrities] = write.tiers;
    expect(celebrities!.timelineWritesPerSecond).toBeCloseTo(everyday!.timelineWritesPerSecond, 6);
    expect(Math.round(read.readsPerLoad)).toBe(240);
    expect(Math.round(read.readsPerSecond / 1e6)).toBe(12);
  });

  it("the hybrid at 100,000: writes fall 40% (579K → 347K), the biggest post 10M → 20,000 (99.8%), ~20 extra fetches a load", () => {
    expect(THRESHOLD).toBe(WORKED_THRESHOLD);
    expect(thousands(write.timelineWritesPerSecond)).toBe("579K");
    expect(thousands(hybrid.timelineWritesPerSecond)).toBe("347K");
    const savings = hybridSavings(FEED_PRESET, THRESHOLD);
    expect(Math.round(savings.writes * 100)).toBe(40);
    expect(Math.round(savings.worstPost * 1000) / 10).toBe(99.8);
    expect(write.worstPostFanout).toBe(10_000_000);
    expect(hybrid.worstPostFanout).toBe(20_000);
    expect(Math.round(hybrid.extraReadsPerLoad)).toBe(20);
    expect(fanoutCosts(FEED_PRESET, PULL_EVERYONE).worstPostFanout).toBe(0);
    // The lesson's prose says the same.
    expect(lesson.source).toContain(`about ${Math.round(read.readsPerLoad)} fetches`);
    expect(lesson.source).toContain(`total writes fall by ${Math.round(savings.writes * 100)}%`);
    expect(lesson.source).toContain(`falls from 10 million writes to ${en(hybrid.worstPostFanout)}`);
    expect(lesson.source).toContain(`about ${Math.round(hybrid.extraReadsPerLoad)} extra fetches`);
  });

  it("the recap and the timeline section repeat the estimate's figures", () => {
    expect(lesson.source).toContain(
      `about ${en(Math.round(row("fanout").averageQps / 1000) * 1000)} a second on average and ${en(Math.round(row("fanout").peakQps / 1000) * 1000)} at peak`,
    );
    expect(lesson.source).toContain(
      `2.56 TB instead of about ${Math.round((timelines.items * recordBytes(record("post"))) / TB)} TB`,
    );
    expect(lesson.source).toContain(`about ${timelines.hotBytes / GB} GB`);
    expect(lesson.source).toContain(`${en((3 * celebrityFollowers) / 1e6)} million inserts`);
  });

  it("the reference answer states those figures", () => {
    for (const figure of [
      "100,000 followers",
      "~240 accounts",
      "about 12M reads a second at 50,000 loads a second",
      "10M timeline writes",
      "at 20,000 writes, a cut of 99.8%",
      "fall by 40% (579K to 347K a second)",
      "about 20 pulled accounts per load",
      "about 231K a second on average and 694K at peak",
      "2.56 TB raw, 7.68 TB with 3 copies",
      "(512 GB)",
      "about 36 TB raw with 454 B copies",
      "about 450 B a post, 100M a day",
      "32 B",
      "capped at 800",
      "10 KB a page",
      "694K inserts a second at peak",
      "at 24,000 likes a second and about 800 a second per row, 30 rows",
      "10,000 comments a second into about 1,000 each",
      "10 partition reads per page",
    ])
      expect(allReferenceText, figure).toContain(figure);
    expect(Math.round(hybrid.readsPerSecond / 1e6)).toBe(1);
    expect(preset.inputs.datasets![0]!.itemsPerEntity).toBe(800);
    expect(row("feed").feature.responseBytes).toBe(10_000);
    expect(Math.ceil(VIRAL_LIKES_PER_SECOND / (COUNTER_ROW_LIMIT * COUNTER_HEADROOM))).toBe(30);
    expect(VIRAL_COMMENTS_PER_SECOND / COMMENT_BUCKETS).toBe(1_000);
    // The seed's CQL type error is not carried into the reference.
    expect(allReferenceText).not.toContain("TSTAMP");
  });

  it("the reference design has 5–9 points, 3 deep dives whose ids the lesson uses, 2–5 wrap-up items each, 5–8 follow-ups", () => {
    expect(answer.design.length).toBeGreaterThanOrEqual(5);
    expect(answer.design.length).toBeLessThanOrEqual(9);
    expect(answer.deepDives.map((dive) => dive.id)).toEqual(["fanout", "timeline-storage", "counters"]);
    for (const dive of answer.deepDives) expect(lesson.source).toContain(`item="${dive.id}"`);
    for (const list of Object.values(answer.wrapUp)) {
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(5);
    }
    expect(answer.followUps.length).toBeGreaterThanOrEqual(5);
    expect(answer.followUps.length).toBeLessThanOrEqual(8);
  });
});

describe("case-study-social-feed answer keys", () => {
  it("has these scored blocks, at least 8 (the worksheet, estimator and whiteboard are checked by position below)", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "questions-that-matter",
        "timeline-inserts",
        "timeline-store-size",
        "feed-read-path",
        "fanout-calculator",
        "storm-drain",
        "celebrity-after-hybrid",
        "post-cache-policy",
        "timeline-cql",
        "like-retry",
        "like-counter-rows",
        "comment-page-reads",
        "feed-follow-ups",
      ].sort(),
    );
    expect(lesson.ids.filter((id) => lesson.block(id).name !== "Reveal").length).toBeGreaterThanOrEqual(8);
  });

  it("each stage does the tool before its reference, in interview order", () => {
    const order = [
      '<ScopingWorksheet id="scope"',
      'part="scope"',
      '<CaseEstimator id="estimate"',
      'part="estimate"',
      '<Whiteboard id="design"',
      'part="design"',
      "<FanoutCalculator />",
      'item="fanout"',
      'item="timeline-storage"',
      'item="counters"',
      'part="wrap-up"',
      '<DecisionGame\n  id="feed-follow-ups"',
      'part="follow-ups"',
    ].map((text) => lesson.lineOf(text));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("the questions that change the design are the follower skew and ranking", () => {
    expectMultipleChoice(
      "questions-that-matter",
      [/millions of followers/, /ranked, or newest first/],
      [/posts does one page/, /programming language/, /heart or a thumb/],
    );
  });

  it("timeline inserts: 100M posts × 200 followers ÷ 86,400 ≈ 231,481 a second", () => {
    const expected = (row("post").actionsPerDay * fanoutFactor) / SECONDS_PER_DAY;
    expect(expected).toBeCloseTo(row("fanout").averageQps, 6);
    expectNumeric("timeline-inserts", expected, "inserts/s", { "thousand inserts/s": expected / 1000 });
    expect(lesson.source).toContain(`${en(row("fanout").actionsPerDay)} inserts a day`);
    expect(lesson.source).toContain(`≈ ${en(expected)} inserts a second`);
    expect(lesson.source).toContain(`about ${en(row("feed").averageQps)} feed loads a second`);
    expect(lesson.source).toContain(`about ${en(Math.round(row("fanout").peakQps / 1000) * 1000)} a second`);
  });

  it("timeline storage: 100M × 800 × 32 B = 2.56 TB raw", () => {
    expectNumeric("timeline-store-size", timelines.rawBytes / TB, "TB", { GB: timelines.rawBytes / GB });
    expect(lesson.source).toContain(`${en(timelines.items)} entries`);
    expect(lesson.source).toContain(`${en(timelines.rawBytes)} B = 2.56 TB`);
  });

  it("the feed read path: cursor, the two fetches in either order, merge, hydrate, counts", () => {
    expectOrdering("feed-read-path", [
      /cursor/,
      /precomputed timeline/,
      /high-follower/,
      /Merge/,
      /Hydrate/,
      /like counts/,
    ]);
    expect(lesson.score("feed-read-path", { order: [0, 2, 1, 3, 4, 5] })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score("feed-read-path", { order: [0, 1, 2, 4, 3, 5] }).correct).toBe(false);
  });

  it("the fan-out calculator's predictions are scored by its model", () => {
    expectSimulator("fanout-calculator", "FanoutCalculator", FANOUT_SCENARIOS);
  });

  it("the storm: 10M inserts ÷ 500,000 spare a second = 20 s; three celebrities = a minute", () => {
    const seconds = celebrityFollowers / SPARE_INSERTS_PER_SECOND;
    expect(seconds).toBe(20);
    expectNumeric("storm-drain", seconds, "s", { min: seconds / 60 });
    expect((3 * celebrityFollowers) / SPARE_INSERTS_PER_SECOND).toBe(60);
    expect(lesson.source).toContain(
      `${en(celebrityFollowers)} inserts ÷ ${en(SPARE_INSERTS_PER_SECOND)} a second = 20 seconds`,
    );
  });

  it("after the hybrid, the celebrity's posts are a read hot spot to cache", () => {
    expectSingleChoice("celebrity-after-hybrid", /^The storm is gone/, [
      /^No: sharding/,
      /^Yes: nothing/,
      /^Add read replicas/,
    ]);
  });

  it("LFU with aging survives a one-pass scan", () => {
    expectSingleChoice("post-cache-policy", /^LFU with aging/, [/^FIFO/, /^LRU/, /^A TTL alone/]);
  });

  it("the timeline CQL: TSTAMP is not a type (inv-001 #17); the key is right", () => {
    expectSingleChoice("timeline-cql", /^TSTAMP is not a CQL type: write TIMESTAMP/, [
      /^Make posted_at the partition key/,
      /^Drop post_id/,
      /^Nothing/,
    ]);
    // TSTAMP appears only in the proposed table the quiz asks about, and in the text that corrects it.
    const tableWithError = lesson.lineOf("posted_at TSTAMP,");
    expect(tableWithError).toBeLessThan(lesson.lineOf('id="timeline-cql"'));
    expect(lesson.source).toContain("PRIMARY KEY ((user_id), posted_at, post_id)");
    expect(lesson.source).toContain("created_at TIMESTAMP,");
  });

  it("likes are made idempotent by their key, not by consistency", () => {
    expectSingleChoice("like-retry", /^Write the like as a row keyed by post and user/, [
      /^Use a strongly consistent counter/,
      /^Stop retrying/,
      /^Deduplicate in the cache/,
    ]);
  });

  it("counter rows: ⌈24,000 ÷ (80% × 1,000)⌉ = 30; 24 without headroom", () => {
    const rows = Math.ceil(VIRAL_LIKES_PER_SECOND / (COUNTER_ROW_LIMIT * COUNTER_HEADROOM));
    expectNumeric("like-counter-rows", rows, "rows");
    expect(Math.ceil(VIRAL_LIKES_PER_SECOND / COUNTER_ROW_LIMIT)).toBe(24);
    expect(lesson.score("like-counter-rows", { value: 24, unit: "rows" }).correct).toBe(false);
    expect(lesson.source).toContain(`${en(VIRAL_LIKES_PER_SECOND)} ÷ 800 = 30 rows`);
  });

  it("bucketed comments: 15,000 opens × 10 buckets = 150,000 partition reads a second; 10 with a cached page", () => {
    const reads = COMMENT_OPENS_PER_SECOND * COMMENT_BUCKETS;
    expectNumeric("comment-page-reads", reads, "reads/s", { "thousand reads/s": reads / 1000 });
    expect(lesson.source).toContain(`${en(COMMENT_OPENS_PER_SECOND)} × 10 = ${en(reads)} partition reads a second`);
  });

  it("the follow-up deck: 12 cards, consistency and paths, each with the reference's answer", () => {
    expectDecisions(
      "feed-follow-ups",
      {
        "own-post": "ryw",
        "like-count": "eventual",
        "news-bot": "pull",
        username: "strong",
        "celebrity-as-reader": "push",
        "dormant-reader": "rebuild",
        "graphql-clients": "graphql",
        "block-user": "strong",
        "deleted-post": "filter",
        "new-follow": "backfill",
        "liked-state": "ryw",
        "hot-post-read": "cache",
      },
      { minimum: 12 },
    );
    // The news bot costs more inserts a day than a 10M-follower account posting twice.
    expect(90_000 * 300).toBe(27_000_000);
    expect(90_000 * 300).toBeGreaterThan(celebrityFollowers * 2);
    expect(90_000).toBeLessThan(THRESHOLD);
  });

  it("the deck's answers are not in a guessable position", () => {
    const { cards, cardChoices } = keyAssertions(lesson);
    const positions = cards("feed-follow-ups").map((card) =>
      cardChoices("feed-follow-ups", card).findIndex((choice) => choice.id === card.answer),
    );
    const counts = positions.reduce<Record<number, number>>((tally, p) => ({ ...tally, [p]: (tally[p] ?? 0) + 1 }), {});
    expect(Math.max(...Object.values(counts))).toBeLessThanOrEqual(Math.ceil(positions.length * 0.6));
  });
});
