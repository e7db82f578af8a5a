import { generateDrill } from "@/lib/estimation/drills";
import { describe, expect, it } from "vitest";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { matchingOptions, type MatchingProps } from "@/lib/lessons/blocks/matching";

/**
 * Answer keys of chapter 2, checked against figures computed here from the
 * chapter's stated assumptions, never read back from the MDX: change a key or
 * an input in the lesson without changing the other, and these tests fail.
 */
const lesson = lessonBlocks("back-of-the-envelope-math");

// Decimal units throughout, as the chapter says.
const KB = 1_000;
const MB = 1_000_000;
const GB = 1_000_000_000;
const TB = 1_000_000_000_000;
const PB = 1_000_000_000_000_000;
const BITS_PER_BYTE = 8;
const SECONDS_PER_DAY = 86_400;
const DAYS_PER_YEAR = 365;
const PEAK_MULTIPLIER = 3;

// Ride-sharing reference inputs.
const DAU = 10_000_000;
const driversOnline = DAU * 0.1 * 0.2; // 10 % drive, 20 % of them online in the busiest hour
const ridersActive = DAU * 0.2;
const baseWriteQps = driversOnline / 4; // one update every 4 s
const baseReadQps = ridersActive / 10; // one refresh every 10 s
const peakWriteQps = baseWriteQps * PEAK_MULTIPLIER;
const peakReadQps = baseReadQps * PEAK_MULTIPLIER;
const ridesPerDay = DAU * 1;
const rideRecordBytes = 1 * KB;
const nearbyResponseBytes = 2 * KB;
const rideRequestPeakQps = (ridesPerDay / SECONDS_PER_DAY) * PEAK_MULTIPLIER;
const APP_SERVER_QPS = 2_000;
const RDBMS_WRITE_QPS = 5_000;

// Photo-sharing synthesis inputs.
const photoDau = 20_000_000;
const photoUploadsPerDay = photoDau * 0.1;
const photoViewsPerDay = photoDau * 50;
const photoOriginalBytes = 2 * MB;
const photoViewBytes = 200 * KB;

type NumericProps = { answer: number; unit: string; tolerance?: number; units?: Record<string, number> };

function numericProps(id: string): NumericProps {
  const block = lesson.block(id);
  expect(block.name).toBe("NumericAnswer");
  return block.props as unknown as NumericProps;
}

/**
 * `expected` is computed in this file, in the block's main unit;
 * `alternatives` gives the same quantity independently expressed in other units.
 */
function checkNumeric(id: string, expected: number, unit: string, alternatives: Record<string, number> = {}) {
  const props = numericProps(id);
  expect(props.unit).toBe(unit);
  expect(Math.abs(props.answer - expected) / expected).toBeLessThanOrEqual(0.01);

  const exact = lesson.score(id, { value: expected, unit });
  expect(exact.correct).toBe(true);
  expect(exact.score).toBe(1);

  // An order of magnitude out (12×, clear of the 10× boundary that a rounded key could straddle).
  for (const factor of [12, 1 / 12]) {
    const off = lesson.score(id, { value: expected * factor, unit });
    expect(off.score).toBe(0);
    expect(off.correct).toBe(false);
    expect(off.feedback).toMatch(/order of magnitude/i);
  }

  const close = lesson.score(id, { value: expected * 1.5, unit });
  expect(close.score).toBe(0.5);
  expect(close.correct).toBe(false);

  for (const [altUnit, value] of Object.entries(alternatives)) {
    const alt = lesson.score(id, { value, unit: altUnit });
    expect(alt.correct, `${id} answered as ${value} ${altUnit}`).toBe(true);
    const altOff = lesson.score(id, { value: value * 12, unit: altUnit });
    expect(altOff.feedback).toMatch(/order of magnitude/i);
  }
  if (Object.keys(alternatives).length > 0) {
    expect(() => lesson.score(id, { value: expected, unit: "furlongs" })).toThrow(/not one of this question's units/);
  }
}

type QuizOption = { text: string; correct?: boolean; explanation: string };
type QuizProps = { multiple?: boolean; options: QuizOption[] };

function quizProps(id: string): QuizProps {
  const block = lesson.block(id);
  expect(block.name).toBe("Quiz");
  return block.props as unknown as QuizProps;
}

function indexOfOption(props: QuizProps, pattern: RegExp): number {
  const matches = props.options.flatMap((option, index) => (pattern.test(option.text) ? [index] : []));
  expect(matches, `exactly one option matching ${pattern}`).toHaveLength(1);
  return matches[0]!;
}

describe("back-of-the-envelope-math answer keys", () => {
  it("has enough interactive blocks, each with a real explanation where it has options", () => {
    expect(lesson.ids.length).toBeGreaterThanOrEqual(5);
    expect(new Set(lesson.ids)).toEqual(
      new Set([
        "funnel-order",
        "avg-qps-billion",
        "peak-qps-billion",
        "ride-peak-writes",
        "peak-double-count",
        "ride-daily-storage",
        "ride-yearly-storage",
        "ride-egress",
        "ride-request-peak",
        "spot-inconsistent-figure",
        "read-heavy-techniques",
        "workload-classifier",
        "app-servers",
        "number-to-component",
        "because-sentence",
        "availability-step-by-step",
        "photo-yearly-storage",
        "photo-peak-egress",
        "photo-constraint-sheet",
        "estimation-drills",
      ]),
    );
    for (const id of ["peak-double-count", "spot-inconsistent-figure", "read-heavy-techniques"]) {
      for (const option of quizProps(id).options) expect(option.explanation.length).toBeGreaterThan(30);
    }
  });

  it("scores the drills on the server from the question's seed", () => {
    const drill = generateDrill(2024, "peak-qps");
    expect(lesson.score("estimation-drills", { seed: 2024, kind: "peak-qps", value: drill.answer })).toMatchObject({
      score: 1,
      correct: true,
    });
    expect(
      lesson.score("estimation-drills", { seed: 2024, kind: "peak-qps", value: drill.answer * 20 }).feedback,
    ).toMatch(/order of magnitude/);
  });

  it("orders the estimation funnel from people to a design decision", () => {
    const block = lesson.block("funnel-order");
    expect(block.name).toBe("Ordering");
    const items = block.props.items as string[];
    const expectedOrder = [
      /user base/i,
      /per user per day/i,
      /86,400/,
      /peak factor/i,
      /storage and bandwidth/i,
      /single-machine limits/i,
    ];
    expect(items).toHaveLength(expectedOrder.length);
    expectedOrder.forEach((pattern, index) => expect(items[index]).toMatch(pattern));

    const inOrder = [0, 1, 2, 3, 4, 5];
    expect(lesson.score("funnel-order", { order: inOrder })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score("funnel-order", { order: [1, 0, 2, 3, 4, 5] })).toMatchObject({ score: 5 / 6, correct: false });
    expect(lesson.score("funnel-order", { order: [5, 4, 3, 2, 1, 0] }).score).toBeCloseTo(1 / 6);
  });

  it("averages 1 billion daily actions over 86,400 seconds and applies a 3× peak", () => {
    const avg = 1_000_000_000 / SECONDS_PER_DAY;
    expect(Math.round(avg)).toBe(11_574);
    checkNumeric("avg-qps-billion", Math.round(avg), "QPS", { "k QPS": avg / 1_000 });
    // The mental-arithmetic shortcut (÷ 100,000) is about 14 % low and still accepted.
    expect(lesson.score("avg-qps-billion", { value: 1_000_000_000 / 100_000, unit: "QPS" }).correct).toBe(true);

    const peak = avg * PEAK_MULTIPLIER;
    expect(Math.round(peak)).toBe(34_722);
    checkNumeric("peak-qps-billion", peak, "QPS", { "k QPS": peak / 1_000 });
    // Forgetting the multiplier is not a full-credit answer.
    expect(lesson.score("peak-qps-billion", { value: avg, unit: "QPS" }).correct).toBe(false);
  });

  it("derives the ride-sharing peak write load from online drivers", () => {
    expect(driversOnline).toBe(200_000);
    expect(baseWriteQps).toBe(50_000);
    expect(peakWriteQps).toBe(150_000);
    checkNumeric("ride-peak-writes", peakWriteQps, "QPS", { "k QPS": peakWriteQps / 1_000 });
    // Stopping at the 50,000 base rate is off by the multiplier.
    expect(lesson.score("ride-peak-writes", { value: baseWriteQps, unit: "QPS" }).score).toBe(0);
  });

  it("treats the 3× on a busy-hour count as a stated safety margin", () => {
    const props = quizProps("peak-double-count");
    const right = indexOfOption(props, /safety margin/i);
    expect(props.options.filter((option) => option.correct)).toHaveLength(1);
    expect(props.options[right]!.correct).toBe(true);
    expect(lesson.score("peak-double-count", { selected: [right] })).toMatchObject({ score: 1, correct: true });
    const dailyAverage = indexOfOption(props, /average over the whole day/i);
    expect(lesson.score("peak-double-count", { selected: [dailyAverage] })).toMatchObject({ score: 0, correct: false });
  });

  it("sizes ride storage per day and per year", () => {
    const bytesPerDay = ridesPerDay * rideRecordBytes;
    checkNumeric("ride-daily-storage", bytesPerDay / GB, "GB", { MB: bytesPerDay / MB, TB: bytesPerDay / TB });
    expect(bytesPerDay / GB).toBe(10);

    const bytesPerYear = bytesPerDay * DAYS_PER_YEAR;
    checkNumeric("ride-yearly-storage", bytesPerYear / TB, "TB", { GB: bytesPerYear / GB, PB: bytesPerYear / PB });
    expect((bytesPerYear * 5) / TB).toBeCloseTo(18.25);
  });

  it("sizes peak egress in bits and bytes per second", () => {
    const egressBytesPerSecond = peakReadQps * nearbyResponseBytes;
    expect(peakReadQps).toBe(600_000);
    expect(egressBytesPerSecond / GB).toBeCloseTo(1.2);
    const gbps = (egressBytesPerSecond * BITS_PER_BYTE) / GB;
    checkNumeric("ride-egress", gbps, "Gbps", {
      "GB/s": egressBytesPerSecond / GB,
      "MB/s": egressBytesPerSecond / MB,
      Mbps: (egressBytesPerSecond * BITS_PER_BYTE) / MB,
    });
    // The rounded "about 10 Gbps" is within tolerance; forgetting × 8 (1.2 read as Gbps) is not.
    expect(lesson.score("ride-egress", { value: 10, unit: "Gbps" }).correct).toBe(true);
    expect(lesson.score("ride-egress", { value: egressBytesPerSecond / GB, unit: "Gbps" }).correct).toBe(false);
  });

  it("computes the ride-request peak from 10 million rides a day", () => {
    expect(rideRequestPeakQps).toBeCloseTo(347.2, 1);
    checkNumeric("ride-request-peak", rideRequestPeakQps, "QPS");
  });

  it("flags the ride-request figure that contradicts the assumptions", () => {
    const props = quizProps("spot-inconsistent-figure");
    const right = indexOfOption(props, /Request a ride/);
    expect(props.options.filter((option) => option.correct)).toHaveLength(1);
    expect(props.options[right]!.correct).toBe(true);
    // Even the daily average (≈ 116/s) exceeds the draft's upper bound of 100.
    expect(ridesPerDay / SECONDS_PER_DAY).toBeGreaterThan(100);
    expect(lesson.score("spot-inconsistent-figure", { selected: [right] })).toMatchObject({ score: 1, correct: true });

    // The other lines state figures that do follow from the assumptions.
    const location = indexOfOption(props, /Driver location updates/);
    expect(props.options[location]!.text).toContain(peakWriteQps.toLocaleString("en-US"));
    const nearby = indexOfOption(props, /Nearby-driver reads/);
    expect(props.options[nearby]!.text).toContain(peakReadQps.toLocaleString("en-US"));
    const totals = indexOfOption(props, /Total reads/);
    expect(props.options[totals]!.text).toContain((peakReadQps + 1_000).toLocaleString("en-US"));
    for (const wrong of [location, nearby, totals]) {
      expect(lesson.score("spot-inconsistent-figure", { selected: [wrong] })).toMatchObject({
        score: 0,
        correct: false,
      });
    }
  });

  it("keeps the read-heavy toolbox apart from write-heavy distractors", () => {
    const props = quizProps("read-heavy-techniques");
    expect(props.multiple).toBe(true);
    const right = [/cache/i, /CDN/, /Read replicas/i, /Denormalised/i].map((pattern) => indexOfOption(props, pattern));
    const wrong = [/Kafka/, /LSM-tree/, /Background workers/].map((pattern) => indexOfOption(props, pattern));
    expect(new Set(props.options.flatMap((option, index) => (option.correct ? [index] : [])))).toEqual(new Set(right));
    expect(right.length + wrong.length).toBe(props.options.length);

    expect(lesson.score("read-heavy-techniques", { selected: right })).toMatchObject({ score: 1, correct: true });
    const withKafka = lesson.score("read-heavy-techniques", { selected: [...right, wrong[0]!] });
    expect(withKafka.correct).toBe(false);
    expect(withKafka.score).toBeCloseTo(3 / 4);
    expect(lesson.score("read-heavy-techniques", { selected: wrong })).toMatchObject({ score: 0, correct: false });
  });

  it("classifies every workload card by its read/write balance", () => {
    const block = lesson.block("workload-classifier");
    expect(block.name).toBe("DecisionGame");
    const cards = block.props.cards as { id: string; answer: string; trap?: { choice: string } }[];

    // Expected classifications, from each card's own numbers, as average reads and writes per second.
    const perDay = (count: number) => count / SECONDS_PER_DAY;
    const load: Record<string, { reads: number; writes: number }> = {
      "ride-sharing": { reads: peakReadQps, writes: peakWriteQps },
      "iot-sensors": { reads: 1, writes: 10_000_000 / 10 }, // "fewer than one query a second" taken as 1
      "url-redirects": { reads: perDay(100_000_000 / 30) * 100, writes: perDay(100_000_000 / 30) },
      "log-ingestion": { reads: perDay(300), writes: 5_000 * 200 },
      "news-site": { reads: perDay(30_000_000 * 3), writes: perDay(500) },
      "ad-impressions": { reads: perDay(24 * 4), writes: perDay(2_000_000_000) },
      "product-catalogue": { reads: perDay(5_000_000 * 4), writes: perDay(3_000) },
    };
    const expected = Object.fromEntries(
      Object.entries(load).map(([card, { reads, writes }]) => [card, reads > writes ? "read-heavy" : "write-heavy"]),
    );
    expect(expected).toMatchObject({
      "ride-sharing": "read-heavy",
      "iot-sensors": "write-heavy",
      "url-redirects": "read-heavy",
    });
    expect(cards.map((card) => card.id).sort()).toEqual(Object.keys(expected).sort());

    for (const card of cards) {
      const answer = expected[card.id]!;
      const other = answer === "read-heavy" ? "write-heavy" : "read-heavy";
      expect(card.answer, card.id).toBe(answer);
      expect(lesson.score("workload-classifier", { card: card.id, choice: answer })).toMatchObject({
        score: 1,
        correct: true,
      });
      const wrong = lesson.score("workload-classifier", { card: card.id, choice: other });
      expect(wrong).toMatchObject({ score: 0, correct: false });
      expect(card.trap?.choice).toBe(other);
      expect(wrong.feedback).toMatch(/tempting/);
    }
  });

  it("needs at least 300 application servers for 600,000 reads a second", () => {
    const servers = peakReadQps / APP_SERVER_QPS;
    expect(servers).toBe(300);
    checkNumeric("app-servers", servers, "servers");
    // At 1,000 QPS a server the answer doubles: half credit, not full marks.
    expect(lesson.score("app-servers", { value: peakReadQps / 1_000, unit: "servers" }).score).toBe(0.5);
    // The write path is more than an order of magnitude over one database.
    expect(peakWriteQps / RDBMS_WRITE_QPS).toBe(30);
  });

  it("asks for a 'because X ≫ Y, we need Z' sentence before revealing one", () => {
    for (const id of ["because-sentence", "photo-constraint-sheet"]) {
      const block = lesson.block(id);
      expect(block.name).toBe("Reveal");
      expect(String(block.props.prompt)).toMatch(/because X ≫ Y, we need Z/);
      expect(lesson.score(id, { text: "Because 150k ≫ 5k, we need sharding." })).toMatchObject({ score: null });
    }
  });

  it("sizes the photo-sharing synthesis: storage per year and peak egress", () => {
    const bytesPerYear = photoUploadsPerDay * photoOriginalBytes * DAYS_PER_YEAR;
    checkNumeric("photo-yearly-storage", bytesPerYear / PB, "PB", { TB: bytesPerYear / TB, GB: bytesPerYear / GB });

    const peakViewQps = (photoViewsPerDay / SECONDS_PER_DAY) * PEAK_MULTIPLIER;
    const egressBytesPerSecond = peakViewQps * photoViewBytes;
    checkNumeric("photo-peak-egress", (egressBytesPerSecond * BITS_PER_BYTE) / GB, "Gbps", {
      "GB/s": egressBytesPerSecond / GB,
      Mbps: (egressBytesPerSecond * BITS_PER_BYTE) / MB,
    });
  });

  it("matches each comparison with the component it justifies, from the chapter's own figures", () => {
    const block = lesson.block("number-to-component");
    expect(block.name).toBe("Matching");
    const pairs = block.props.pairs as unknown as { left: string; right: string }[];
    const justified = (pattern: RegExp) => pairs.find((pair) => pattern.test(pair.left))!.right;
    expect(peakReadQps / APP_SERVER_QPS).toBe(300);
    expect(justified(/600,000 reads a second.*2,000 per server/)).toMatch(/fleet of stateless application servers/);
    expect(peakWriteQps / RDBMS_WRITE_QPS).toBe(30);
    expect(justified(/150,000 location writes.*5,000/)).toMatch(/scales out|sharded/);
    expect(justified(/100 MB/)).toMatch(/object store/i);
    expect((10_000 * 100 * MB) / TB).toBe(1);
    // The distractor is the one answer that never fits: one bigger machine.
    expect(block.props.distractors).toEqual([expect.stringMatching(/One larger relational server/)]);
    const options = matchingOptions(block.props as unknown as MatchingProps);
    const key = pairs.map((pair) => options.indexOf(pair.right));
    expect(lesson.score("number-to-component", { matches: key })).toMatchObject({ score: 1, correct: true });
    const distractor = options.length - 1;
    expect(lesson.score("number-to-component", { matches: [key[0]!, distractor, null, key[3]!] })).toMatchObject({
      score: 0.5,
      correct: false,
    });
  });

  it("walks the availability sums with a prediction before each result", () => {
    const block = lesson.block("availability-step-by-step");
    expect(block.name).toBe("StepReveal");
    type Step = { text: string; predict?: { choices: string[]; answer: number } };
    const steps = block.props.steps as unknown as Step[];
    const rightChoice = (index: number) => steps[index]!.predict!.choices[steps[index]!.predict!.answer]!;
    // In series: 0.999 × 0.999.
    expect(0.999 * 0.999).toBeCloseTo(0.998, 3);
    expect(rightChoice(0)).toBe("About 99.8%");
    // In parallel: down together 1 % of 1 % of the time.
    expect(1 - 0.01 * 0.01).toBeCloseTo(0.9999, 6);
    expect(rightChoice(1)).toBe("99.99%");
    // Ten dependencies in series: 0.999¹⁰.
    expect(0.999 ** 10).toBeCloseTo(0.99, 3);
    expect(rightChoice(2)).toBe("About 99.0%");
    const key = steps.flatMap((step) => (step.predict ? [step.predict.answer] : []));
    expect(lesson.score("availability-step-by-step", { predictions: key })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score("availability-step-by-step", { predictions: [0, 2, 1] }).score).toBeCloseTo(2 / 3);
  });
});
