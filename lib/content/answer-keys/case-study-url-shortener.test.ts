import { describe, expect, it } from "vitest";
import { featureRow, keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { estimateFunnel, recordBytes } from "@/lib/estimation/funnel";
import { getPreset } from "@/lib/estimation/presets";
import { tableBlanks, type TableChoiceCell, type TableFillProps } from "@/lib/lessons/blocks/table-fill";
import {
  collisionProbability,
  expectedCollisions,
  idsForCollisionProbability,
  perSecondFromMonthly,
  SECONDS_PER_MONTH,
  SECONDS_PER_YEAR,
  shortestLengthLasting,
  totalKeys,
  yearsToExhaust,
} from "@/lib/keyspace/keyspace";
import { KEYSPACE_EXAMPLE, KEYSPACE_SCENARIOS } from "@/lib/keyspace/scenarios";
import { reference } from "@/lib/prompts/references/url-shortener";

/**
 * Answer keys of case study B (a URL shortener), recomputed from the reference
 * preset's inputs (lib/estimation/presets-case-studies.ts) and from the
 * key-space calculator's model (lib/keyspace/), never read back from the MDX.
 */
const lesson = lessonBlocks("case-study-url-shortener");
const {
  expectSingleChoice,
  expectMultipleChoice,
  expectDecisions,
  expectNumeric,
  expectOrdering,
  expectSimulator,
  cards,
  expectMatching,
} = keyAssertions(lesson);

const preset = getPreset("url-shortener")!;
const estimate = estimateFunnel(preset.inputs);
const shorten = featureRow(estimate, "shorten");
const redirect = featureRow(estimate, "redirect");
const link = preset.inputs.records!.find((record) => record.id === "link")!;
const linksDataset = preset.inputs.datasets!.find((dataset) => dataset.id === "links")!;
const readsPerLink = preset.inputs.features.find((feature) => feature.id === "redirect")!.derivedFrom!.factor;
const linksPerMonth = preset.inputs.features.find((feature) => feature.id === "shorten")!.rate.value;

const answer = reference.answer!;
const answerText = JSON.stringify(answer);
const referenceLines = preset.reference.join(" ");

const en = (value: number) => Math.round(value).toLocaleString("en-US");
const GB = 1e9;
const TB = 1e12;

// The lesson's and the reference's own assumptions, stated where they are used.
const HIT_RATE = 0.8; // the 80/20 rule of 002 Q4: the hottest 20% of links take about 80% of redirects
const BLOCK_SIZE = 10_000; // counter values leased to an API server at a time
const PRIMARY_WRITES_PER_SECOND = 5_000; // chapter 2's rough ceiling for one relational primary
const CODE_LENGTH = 7;
const BASE62 = 62;
const SNOWFLAKE_BITS = 63;

const keys7 = totalKeys(BASE62, CODE_LENGTH);
const keys6 = totalKeys(BASE62, 6);
const linksPerSecond = perSecondFromMonthly(linksPerMonth);
const linksPerYear = linksPerSecond * SECONDS_PER_YEAR;
const storeReadsAtPeak = redirect.peakQps * (1 - HIT_RATE);

function chosenCells(id: string) {
  const block = lesson.block(id);
  expect(block.name).toBe("TableFill");
  const props = block.props as unknown as TableFillProps;
  const blanks = tableBlanks(props).map(({ cell }) => cell as TableChoiceCell);
  expect(lesson.score(id, { blanks: blanks.map((cell) => cell.answer) })).toMatchObject({ score: 1, correct: true });
  expect(lesson.score(id, { blanks: blanks.map((cell) => (cell.answer + 1) % cell.choices.length) }).correct).toBe(
    false,
  );
  return blanks.map((cell) => cell.choices[cell.answer]!);
}

describe("case-study-url-shortener: scale, preset and reference agree", () => {
  it("the reference scale (100M DAU, a link a month each, 3.3 opens a day) is the preset's 100M links a month × 100", () => {
    expect(answer.estimatePreset).toBe("url-shortener");
    expect(preset.inputs.dau).toBe(reference.scale.dau);
    const { dau, readsPerUserPerDay, writesPerUserPerDay } = reference.scale;
    expect(dau * writesPerUserPerDay * (SECONDS_PER_MONTH / 86_400)).toBeCloseTo(linksPerMonth, 0);
    expect(dau * writesPerUserPerDay).toBeCloseTo(shorten.actionsPerDay, 0);
    expect(dau * readsPerUserPerDay).toBeCloseTo(redirect.actionsPerDay, 0);
    expect(readsPerUserPerDay / writesPerUserPerDay).toBeCloseTo(readsPerLink, 10);
    expect(readsPerUserPerDay.toFixed(1)).toBe("3.3");
    expect(reference.scale.note).toContain("about 3.3 short links a day");
    expect(reference.scale.note).toContain(`about ${en(shorten.averageQps)} a second`);
    expect(reference.scale.note).toContain(`about ${en(Math.round(redirect.averageQps / 100) * 100)} a second`);
    expect(reference.scale.note).toContain(`${readsPerLink} redirects per link`);
  });

  it("39 writes/s and 3,900 redirects/s on average, 116 and 11,600 at peak, 100:1", () => {
    expect(shorten.averageQps).toBeCloseTo(38.58, 2);
    expect(redirect.averageQps).toBeCloseTo(3_858.02, 2);
    expect(Math.round(shorten.peakQps)).toBe(116);
    expect(Math.round(redirect.peakQps)).toBe(11_574);
    expect(estimate.ratioText).toBe("100:1");
    expect(referenceLines).toContain(`≈ ${en(shorten.averageQps)} writes/s on average`);
    expect(referenceLines).toContain(`≈ ${en(shorten.peakQps)}/s at peak`);
    expect(referenceLines).toContain(`≈ ${en(Math.round(redirect.averageQps / 100) * 100)}/s on average`);
    expect(referenceLines).toContain(`≈ ${en(Math.round(redirect.peakQps / 100) * 100)}/s at peak`);
    expect(answerText).toContain(
      `about ${en(shorten.averageQps)} links a second on average, ${en(shorten.peakQps)} at peak`,
    );
    expect(answerText).toContain("about 3,900 a second on average, 11,600 at peak");
    expect(answerText).toContain(
      `from ${en(redirect.peakQps)} a second to about ${en(Math.round(storeReadsAtPeak / 100) * 100)}`,
    );
    // One primary takes every write: 116 of about 5,000 a second is about 2%.
    expect(Math.round((shorten.peakQps / PRIMARY_WRITES_PER_SECOND) * 100)).toBe(2);
    expect(answerText).toContain("about 2% of one primary's capacity");
  });

  it("481 B a link, 6B links in 60 months: 2.9 TB, 8.7 TB with 3 copies; 20% hot is 577 GB", () => {
    expect(recordBytes(link)).toBe(481);
    expect(estimate.storage.recordsOverHorizon).toBeCloseTo(6e9, 0);
    expect(linksDataset.entities).toBeCloseTo(estimate.storage.recordsOverHorizon, 0);
    const raw = 6e9 * recordBytes(link);
    expect((raw / TB).toFixed(1)).toBe("2.9");
    expect((estimate.storage.overHorizon / TB).toFixed(1)).toBe("8.7");
    expect(estimate.dataset.hotBytes / GB).toBeCloseTo(577.2, 6);
    expect(estimate.dataset.hotBytes).toBeCloseTo(raw * linksDataset.hotShare!, 0);
    expect(referenceLines).toContain("6B links × 481 B ≈ 2.9 TB, ≈ 8.7 TB with 3 copies");
    expect(referenceLines).toContain("≈ 577 GB");
    expect(answerText).toContain("about 2.9 TB, 8.7 TB with three copies");
    expect(answerText).toContain("is 577 GB");
  });

  it("7 base62 characters last about 2,900 years at this rate, 6 about 47; a block of 10,000 lasts 86 s at peak", () => {
    expect((keys6 / 1e10).toFixed(1)).toBe("5.7");
    expect((keys7 / 1e12).toFixed(1)).toBe("3.5");
    expect(linksPerSecond).toBeCloseTo(shorten.averageQps, 10);
    expect(Math.round(yearsToExhaust(keys7, linksPerSecond) / 100) * 100).toBe(2_900);
    expect(Math.round(yearsToExhaust(keys6, linksPerSecond))).toBe(47);
    expect(shortestLengthLasting(BASE62, linksPerSecond, 100)).toBe(CODE_LENGTH);
    expect(referenceLines).toContain("62^7 ≈ 3.5 × 10^12 codes, about 2,900 years");
    expect(answerText).toContain("62^7 ≈ 3.5 × 10^12 codes last about 2,900 years");
    expect(answerText).toContain("62^6 ≈ 5.7 × 10^10 would last about 47");
    expect(Math.round(BLOCK_SIZE / shorten.peakQps)).toBe(86);
    expect(answerText).toContain("once every 86 s at peak");
    // A billion random 7-character codes: about 142,000 colliding pairs.
    expect(Math.round(expectedCollisions(1e9, keys7) / 1000)).toBe(142);
    expect(answerText).toContain("about 142,000 expected pairs among a billion codes");
    // A 63-bit Snowflake id takes 11 base62 characters.
    expect(answerText).toContain("a 63-bit number takes 11 base62 characters");
  });

  it("the deep dives are the three the lesson opens, redirect-status among them", () => {
    expect(answer.deepDives.map((dive) => dive.id)).toEqual(["key-generation", "redirect-status", "click-analytics"]);
    for (const id of ["key-generation", "redirect-status", "click-analytics"])
      expect(lesson.source).toContain(`<CaseReference prompt="url-shortener" part="deep-dives" item="${id}" />`);
  });
});

describe("case-study-url-shortener answer keys", () => {
  it("has the blocks the case is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "alias-clash",
        "what-must-be-strict",
        "what-if",
        "store-reads-after-cache",
        "recent-hot-set",
        "lookup-cost",
        "redirect-path",
        "store-per-job",
        "keyspace-calculator",
        "snowflake-length",
        "sequencer-challenge",
        "lease-interval",
        "cached-301-clicks",
        "301-or-302",
        "click-failures",
        "interviewer-follow-ups",
      ].sort(),
    );
    expect(lesson.ids.filter((id) => lesson.block(id).name !== "Reveal").length).toBeGreaterThanOrEqual(8);
  });

  it("scope: conditional puts and aliases kept out of the generator's space; strict only where a single winner matters", () => {
    expectSingleChoice("alias-clash", /^Write both with a conditional put/, [
      /^Check that the alias is free/,
      /^Let the newest write win/,
      /^Keep aliases in a separate table/,
    ]);
    // The lesson's example alias is exactly as long as a generated code, so the generator could reach it.
    expect("promo24").toHaveLength(CODE_LENGTH);
    expect(lesson.source).toContain("`/promo24` (7 characters)");
    expectMultipleChoice(
      "what-must-be-strict",
      [/^Assigning a code/, /^Claiming a custom alias/],
      [/^The click count/, /^A visitor in another region/, /^The list of links/],
    );
  });

  it("what if: ×1,000 reads → 116,000/s; 2.5M-second month → 40/s; ×5 peak → 193/s; one year kept → 585 GB; 6 characters → 47 years", () => {
    const thousandReads = estimateFunnel({
      ...preset.inputs,
      features: preset.inputs.features.map((feature) =>
        feature.derivedFrom ? { ...feature, derivedFrom: { ...feature.derivedFrom, factor: 1_000 } } : feature,
      ),
    });
    expect(Math.round(featureRow(thousandReads, "redirect").peakQps / 1000)).toBe(116);
    expect(Math.round(featureRow(thousandReads, "redirect").peakQps / 100) * 100).toBe(115_700);
    const ruleOfThumb = estimateFunnel({ ...preset.inputs, month: "rule-of-thumb" });
    expect(featureRow(ruleOfThumb, "shorten").averageQps).toBeCloseTo(40, 10);
    const peakFive = estimateFunnel({ ...preset.inputs, peakMultiplier: 5 });
    expect(Math.round(featureRow(peakFive, "shorten").peakQps)).toBe(193);
    expect(Math.round((featureRow(peakFive, "shorten").peakQps / PRIMARY_WRITES_PER_SECOND) * 100)).toBe(4);
    const oneYearBytes = linksPerYear * recordBytes(link);
    expect((linksPerYear / 1e9).toFixed(2)).toBe("1.22");
    expect((SECONDS_PER_YEAR / SECONDS_PER_MONTH).toFixed(2)).toBe("12.17");
    expect(Math.round(oneYearBytes / GB)).toBe(585);
    expect(Math.round(yearsToExhaust(keys6, linksPerSecond))).toBe(47);

    expect(chosenCells("what-if")).toEqual([
      `About ${en(Math.round(featureRow(thousandReads, "redirect").peakQps / 1000) * 1000)}`,
      `About ${en(featureRow(ruleOfThumb, "shorten").averageQps)}`,
      `About ${en(featureRow(peakFive, "shorten").peakQps)}`,
      `About ${Math.round(oneYearBytes / GB)} GB`,
      `About ${Math.round(yearsToExhaust(keys6, linksPerSecond))}`,
    ]);
    expect(lesson.source).toContain("38.6 × 1,000 × 3 ≈ 115,700");
    expect(lesson.source).toContain("1.22B links × 481 B ≈ 585 GB");
  });

  it("the cache leaves 11,574 × 0.2 ≈ 2,315 store reads a second at peak", () => {
    expect(Math.round(storeReadsAtPeak)).toBe(2_315);
    expectNumeric("store-reads-after-cache", storeReadsAtPeak, "reads/s");
    expect(lesson.source).toContain("3,858 × 3 ≈ 11,574");
    expect(lesson.source).toContain("11,574 × 0.2 ≈ 2,315");
  });

  it("a month of links is 100M × 481 B = 48.1 GB, under a tenth of the 577 GB hot set", () => {
    const monthBytes = linksPerMonth * recordBytes(link);
    expect(monthBytes / GB).toBeCloseTo(48.1, 10);
    expectNumeric("recent-hot-set", monthBytes / GB, "GB", { MB: monthBytes / 1e6, TB: monthBytes / TB });
    expect(monthBytes / estimate.dataset.hotBytes).toBeLessThan(0.1);
  });

  it("hashing is O(1) expected, O(log N) is a tree (fixes inv-001 #19)", () => {
    expectSingleChoice("lookup-cost", /^A hash lookup is O\(1\) expected; O\(log N\)/, [
      /^Hashing is O\(1\) worst case/,
      /^Both are O\(log N\)/,
      /^The difference decides the design/,
    ]);
    // Six billion keys in a B-tree with a few hundred keys per node is three or four levels deep.
    const depth = (fanout: number) => Math.ceil(Math.log(6e9) / Math.log(fanout));
    expect(depth(500)).toBe(4);
    expect(depth(2_000)).toBe(3);
    expect(answerText).toContain("B-tree (O(log N), three or four levels deep)");
  });

  it("the redirect path: Redis, the store on a miss, expiry, then the event and the 302 in either order", () => {
    expectOrdering("redirect-path", [
      /^The visitor's browser sends GET/,
      /^The redirect service asks Redis/,
      /^On a miss, it reads the link from the store/,
      /^It checks that the link has not expired/,
      /^It publishes a click event/,
      /^It answers 302/,
      /^The browser requests the long URL/,
    ]);
    expect(lesson.score("redirect-path", { order: [0, 1, 2, 3, 5, 4, 6] })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score("redirect-path", { order: [0, 2, 1, 3, 4, 5, 6] }).correct).toBe(false);
  });

  it("a store per job (002 Q4): KV for links, Redis for the hot set, Cassandra for clicks", () => {
    expectMatching("store-per-job", {
      "Code to long URL": "A replicated key-value store",
      "clicked most": "An in-memory cache (Redis)",
      "One row per click": "An append-only wide-column store (Cassandra)",
      "Click events": "A log (a Kafka topic)",
      "hands out blocks of ids": "One row in a relational table, updated in a transaction",
    });
  });

  it("the key-space calculator's predictions are the model's: 2,900 years, a certain collision, 2.2 million for even odds", () => {
    expectSimulator("keyspace-calculator", "KeyspaceCalculator", KEYSPACE_SCENARIOS);
    expect(KEYSPACE_EXAMPLE).toMatchObject({ alphabet: BASE62, length: CODE_LENGTH, perMonth: linksPerMonth });
    expect(KEYSPACE_SCENARIOS["years-seven-chars"]!.answer).toBe("2900");
    expect(collisionProbability(1e9, keys7)).toBeGreaterThan(0.9999);
    expect(KEYSPACE_SCENARIOS["collision-one-billion"]!.answer).toBe("certain");
    expect((idsForCollisionProbability(0.5, keys7) / 1e6).toFixed(1)).toBe("2.2");
  });

  it("a 63-bit Snowflake id needs 11 base62 characters", () => {
    const bits = 2 ** SNOWFLAKE_BITS;
    const length = Array.from({ length: 20 }, (_, index) => index + 1).find((chars) => BASE62 ** chars >= bits)!;
    expect(length).toBe(11);
    expect((BASE62 ** 10 / 1e17).toFixed(1)).toBe("8.4");
    expect((bits / 1e18).toFixed(1)).toBe("9.2");
    expect((BASE62 ** 11 / 1e19).toFixed(1)).toBe("5.2");
    expectNumeric("snowflake-length", length, "characters");
    expect(lesson.score("snowflake-length", { value: CODE_LENGTH, unit: "characters" }).correct).toBe(false);
    expect(lesson.score("snowflake-length", { value: 10, unit: "characters" }).correct).toBe(false);
  });

  it("LAER on one thread: the sequencer challenge is explored and resolved on the sequencer (fixes inv-001 #27)", () => {
    expectSingleChoice("sequencer-challenge", /^"Fair point\. Is the worry throughput/, [
      /^"Well, actually/,
      /^"Fair point, and a viral link is a hot spot too/,
      /^"You are right\. I will switch to Snowflake/,
    ]);
  });

  it("blocks of 10,000 at 115.7 creations a second: the allocator is asked every 86.4 s", () => {
    const interval = BLOCK_SIZE / shorten.peakQps;
    expect(interval).toBeCloseTo(86.4, 10);
    expectNumeric("lease-interval", interval, "s", { min: interval / 60 });
    expect(lesson.source).toContain("10,000 ÷ 115.7 a second ≈ 86 seconds");
  });

  it("a cached 301 lets only each browser's first click through: 900 clicks by 300 browsers → 300 requests", () => {
    const clicks = 900;
    const browsers = 300;
    expect(clicks / browsers).toBe(3);
    expectNumeric("cached-301-clicks", browsers, "requests");
    expect(lesson.score("cached-301-clicks", { value: clicks, unit: "requests" }).correct).toBe(false);
  });

  it("301 or 302: permanent, uncounted moves are 301; anything counted, expiring, blockable or editable is 302", () => {
    expectDecisions(
      "301-or-302",
      {
        "http-to-https": "301",
        "campaign-link": "302",
        "reported-phishing": "302",
        "retired-blog-paths": "301",
        "seven-day-links": "302",
        "editable-target": "302",
      },
      { minimum: 6, traps: true },
    );
  });

  it("click pipeline failures: redirects never notice; outages dip, crashes double, lag delays", () => {
    expect(chosenCells("click-failures")).toEqual([
      "The redirect, as usual",
      "Clicks from the outage are partly missing",
      "Some clicks are counted twice, unless writes carry event ids",
      "Correct, but 20 minutes late",
      "The redirect, a few milliseconds slower",
      "Unchanged",
    ]);
  });

  it("twelve follow-ups, keyed from the reference design, with the right answer in varied positions", () => {
    const expected = {
      "phishing-report": "block-purge",
      "same-long-url": "new-code",
      "expired-code": "never",
      "redis-down": "store-shed",
      "viral-link": "local-cache",
      enumeration: "scramble-limit",
      "new-link-404": "ask-primary",
      "alias-race": "conditional",
      "allocator-down": "nothing-yet",
      "truncated-md5": "collides",
      "delete-expired": "ttl-lazy",
      "country-stats": "enrich-stream",
    };
    expectDecisions("interviewer-follow-ups", expected, { minimum: 12, traps: true });
    const positions = cards("interviewer-follow-ups").map((card) =>
      card.choices!.findIndex((choice) => choice.id === card.answer),
    );
    for (const position of [0, 1, 2]) expect(positions.filter((p) => p === position).length).toBeGreaterThanOrEqual(3);
    // The figures the cards quote.
    expect(Math.round(expectedCollisions(1e9, keys7) / 1000) * 1000).toBe(142_000);
    expect(Math.round(redirect.peakQps)).toBe(11_574);
  });

  it("labels invented numbers as assumptions and fixes the seed errors in the text", () => {
    expect(lesson.source).toContain("These are numbers we chose for practice, not measurements of any real service.");
    expect(lesson.source).toContain("A hash lookup is O(1) expected; O(log N) is the cost of a sorted structure");
    expect(lesson.source).toContain("The 80/20 rule says traffic is skewed, not which 20% is hot.");
    expect(lesson.lineOf('part="estimate"')).toBeGreaterThan(lesson.lineOf("<CaseEstimator"));
  });
});
