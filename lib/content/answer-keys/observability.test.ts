import { describe, expect, it } from "vitest";
import { keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { matchingKey, type MatchingProps } from "@/lib/lessons/blocks/matching";
import { tableBlanks, type TableChoiceCell, type TableFillProps } from "@/lib/lessons/blocks/table-fill";
import {
  ALERT_RULES,
  MINUTES_PER_DAY,
  budgetFraction,
  budgetSpent,
  burnRate,
  errorBudget,
  evaluateAlerts,
  exhaustionDays,
  firstAlert,
} from "@/lib/observability/slo";
import { SLO_INPUTS, SLO_SCENARIOS } from "@/lib/observability/slo-scenarios";
import { largestGap, parallelSaving, totalDuration } from "@/lib/observability/trace";
import { parallelDuration, TRACE_SCENARIOS } from "@/lib/observability/trace-scenarios";
import { CHECKOUT_TRACE, FEED_TRACE, SEARCH_TRACE } from "@/lib/observability/traces";

/**
 * Answer keys of the observability chapter, recomputed from the chapter's
 * stated inputs and from the models behind the SloCalculator and the
 * TraceWaterfall.
 */
const lesson = lessonBlocks("observability");
const { expectSingleChoice, expectMultipleChoice, expectDecisions, expectNumeric, expectOrdering, expectSimulator } =
  keyAssertions(lesson);

const percent = (part: number, whole: number) => (part / whole) * 100;
const FUNNEL = { viewCart: 10_000, enterShipping: 6_000, enterPayment: 4_500, purchaseComplete: 2_000 };

describe("observability answer keys", () => {
  it("has the blocks the chapter is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "pillar-for-the-question",
        "green-dashboard",
        "metric-level",
        "funnel-shipping",
        "funnel-payment",
        "funnel-purchase",
        "error-budget-minutes",
        "budget-spent-in-an-hour",
        "naive-slo-alert",
        "slo-calculator",
        "what-goes-in-a-log-line",
        "propagation-steps",
        "forward-traceparent",
        "head-or-tail",
        "trace-waterfall",
        "order-to-search-hops",
        "symptom-to-hop",
        "correlation-key",
        "beancart-findings",
      ].sort(),
    );
    const scored = lesson.ids.filter((id) => lesson.block(id).name !== "Reveal");
    expect(scored.length).toBeGreaterThanOrEqual(8);
  });

  it("matches each question with the signal that answers it", () => {
    const props = lesson.block("pillar-for-the-question").props as unknown as MatchingProps;
    expect(props.pairs.map((p) => p.right)).toEqual(["Metrics", "Logs", "Traces", "Metrics", "Logs"]);
    expect(lesson.score("pillar-for-the-question", { matches: matchingKey(props) })).toMatchObject({ correct: true });
  });

  it("a business metric is what sees orders stop reaching search", () => {
    expectSingleChoice("green-dashboard", /^Orders made searchable per minute/, [
      /^CPU and memory/,
      /^The checkout service's rate of 5xx/,
      /^The average latency/,
    ]);
  });

  it("sorts 14 metrics into infrastructure, service and business, with traps on the tempting ones", () => {
    const expected = {
      "match-time-p95": "business",
      "disk-busy": "infra",
      "grpc-unavailable": "service",
      "items-in-cart": "business",
      "run-queue": "infra",
      "orders-indexed": "business",
      "search-p99": "service",
      "card-failures": "business",
      "nic-drops": "infra",
      "orders-rps": "service",
      "unmatched-rides": "business",
      "redis-memory": "infra",
      "checkout-5xx": "service",
      "drivers-online": "business",
    };
    expectDecisions("metric-level", expected, { minimum: 12 });
    // Every level is well represented, so no answer can be guessed from the deck's make-up.
    const counts = Object.values(expected).reduce<Record<string, number>>(
      (acc, level) => ({ ...acc, [level]: (acc[level] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ infra: 4, service: 4, business: 6 });
  });

  it("funnel: 10,000 → 6,000 → 4,500 → 2,000 converts at 60 %, 75 % and 44.4 %", () => {
    const shipping = percent(FUNNEL.enterShipping, FUNNEL.viewCart);
    const payment = percent(FUNNEL.enterPayment, FUNNEL.enterShipping);
    const purchase = percent(FUNNEL.purchaseComplete, FUNNEL.enterPayment);
    expect([shipping, payment]).toEqual([60, 75]);
    expect(purchase).toBeCloseTo(44.44, 2);
    expectNumeric("funnel-shipping", shipping, "%");
    expectNumeric("funnel-payment", payment, "%");
    expectNumeric("funnel-purchase", purchase, "%");
    // The prose: step losses of 40 %, 25 % and 55.6 %, and 20 % of carts become orders.
    expect([100 - shipping, 100 - payment, 100 - purchase].map((x) => Number(x.toFixed(1)))).toEqual([40, 25, 55.6]);
    expect(percent(FUNNEL.purchaseComplete, FUNNEL.viewCart)).toBe(20);
    // The tolerance is tight enough that 44 % or 45 % are not accepted as 44.4 %.
    expect(lesson.score("funnel-purchase", { value: 45, unit: "%" }).correct).toBe(false);
  });

  it("99.9 % over 30 days: 43.2 minutes, or 518,400 requests at 200 a second", () => {
    const budget = errorBudget({ targetPercent: 99.9, windowDays: 30, requestsPerSecond: 200 });
    expect(30 * MINUTES_PER_DAY).toBe(43_200);
    expect(budget.minutes).toBeCloseTo(43.2, 10);
    expect(budget.requests).toBeCloseTo(518_400, 6);
    expect(200 * 30 * 86_400).toBe(518_400_000);
    expectNumeric("error-budget-minutes", budget.minutes, "min", { h: 0.72, s: 2_592 });
    // The calculator's prose: each nine divides the budget by ten.
    expect([99, 99.9, 99.99].map((t) => errorBudget({ targetPercent: t, windowDays: 30 }).minutes)).toEqual([
      expect.closeTo(432, 9),
      expect.closeTo(43.2, 9),
      expect.closeTo(4.32, 9),
    ]);
  });

  it("burn rates: 2 % against 0.1 % is 20 (1.5 days); 14.4 spends 2 % an hour and lasts 2.08 days", () => {
    expect(burnRate(0.1, 99.9)).toBeCloseTo(1, 10);
    expect(burnRate(2, 99.9)).toBeCloseTo(20, 10);
    expect(exhaustionDays(20, 30)).toBe(1.5);
    expect(budgetFraction(99.9)).toBe(0.001);
    const hour = budgetSpent(14.4, 1, 30) * 100;
    expect(hour).toBeCloseTo(2, 10);
    expect(30 * 24).toBe(720);
    expectNumeric("budget-spent-in-an-hour", hour, "%");
    expect(exhaustionDays(14.4, 30)).toBeCloseTo(2.08, 2);
    expect(exhaustionDays(14.4, 30) * 24).toBeCloseTo(50, 10);
  });

  it("a 5-minute alert at the budget's pace pages for a blip worth 0.12 % of the budget", () => {
    expectSingleChoice("naive-slo-alert", /^It pages for blips/, [
      /^It pages too late/,
      /^It can never fire/,
      /^Nothing: alerting at the SLO's own rate/,
    ]);
    const spike = budgetSpent(burnRate(1, 99.9), 5 / 60, 30) * 100;
    expect(spike).toBeCloseTo(0.1157, 4);
    expect(spike.toFixed(2)).toBe("0.12");
  });

  it("the workbook table in the prose matches the model's rules and their budget shares", () => {
    const table = ALERT_RULES.map((rule) => ({
      severity: rule.severity,
      long: rule.longMinutes,
      short: rule.shortMinutes,
      threshold: rule.threshold,
      spent: Number((budgetSpent(rule.threshold, rule.longMinutes / 60, 30) * 100).toFixed(6)),
    }));
    expect(table).toEqual([
      { severity: "page", long: 60, short: 5, threshold: 14.4, spent: 2 },
      { severity: "page", long: 360, short: 30, threshold: 6, spent: 5 },
      { severity: "ticket", long: 3 * 1_440, short: 360, threshold: 1, spent: 10 },
    ]);
    for (const row of [
      "| Page | 1 hour | 5 minutes | 14.4 | 2 % |",
      "| Page | 6 hours | 30 minutes | 6 | 5 % |",
      "| Ticket | 3 days | 6 hours | 1 | 10 % |",
    ])
      expect(lesson.source).toContain(row);
  });

  it("the SloCalculator's predictions are keyed by its model, and its summary's numbers follow from it", () => {
    expectSimulator("slo-calculator", "SloCalculator", SLO_SCENARIOS);
    expect(firstAlert(99.9, 2)!.minutes).toBeCloseTo(43.2, 9);
    const { targetPercent, incident } = SLO_INPUTS["outage-over"];
    expect(evaluateAlerts(targetPercent, incident).map((s) => s.fires)).toEqual([false, false, true]);
    expect((budgetSpent(1_000, 5 / 60, 30) * 100).toFixed(1)).toBe("11.6");
    // BeanCart: 62 % of the budget in 9 days is a burn rate of about 2, under both pages and over the ticket.
    const beancart = (0.62 * 30) / 9;
    expect(beancart).toBeCloseTo(2.07, 2);
    expect(beancart).toBeLessThan(6);
    expect(beancart).toBeGreaterThan(1);
  });

  it("a log line carries ids and codes, never card data or secrets", () => {
    expectMultipleChoice(
      "what-goes-in-a-log-line",
      [/^The trace id and span id/, /^The order id/, /^The service name/, /^The provider's error code/],
      [/^The full card number/, /^The session cookie/],
    );
  });

  it("context propagation in order: originate, inject, extract, continue, assemble", () => {
    expectOrdering("propagation-steps", [
      /starts a trace/,
      /writes the trace id/,
      /reads the header/,
      /child span/,
      /collector/,
    ]);
  });

  it("traceparent: 2 + 32 + 16 + 2 hex digits and three hyphens, 55 characters; forwarded with the sender's span id", () => {
    const received = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    const [version, traceId, parentId, flags] = received.split("-");
    expect(received).toHaveLength(55);
    expect([version, traceId, parentId, flags].map((field) => field!.length)).toEqual([2, 32, 16, 2]);
    expect(Number.parseInt(flags!, 16) & 1).toBe(1);
    for (const field of [version, traceId, parentId, flags]) expect(field).toMatch(/^[0-9a-f]+$/);
    const forwarded = [version, traceId, "b7ad6b7169203331", flags].join("-");
    expect(lesson.source).toContain(`| trace-id | \`${traceId}\` | 32 hex digits (16 bytes)`);
    expect(lesson.source).toContain(`| parent-id | \`${parentId}\` | 16 hex digits (8 bytes)`);
    expectSingleChoice("forward-traceparent", new RegExp(`^${forwarded}: same trace id`), [
      new RegExp(`^${received}: the header it received`),
      /a fresh trace id/,
      /the flag cleared/,
    ]);
  });

  it("errors and slow requests plus 1 % of the rest need tail sampling", () => {
    expectSingleChoice("head-or-tail", /^Tail sampling in the collector/, [
      /^Head sampling at 1 %/,
      /^Each service keeps 1 %/,
      /^Head sampling at 100 %/,
    ]);
  });

  it("the TraceWaterfall's predictions are keyed by its model, and the prose's numbers follow from it", () => {
    expectSimulator("trace-waterfall", "TraceWaterfall", TRACE_SCENARIOS);
    expect(totalDuration(CHECKOUT_TRACE.spans)).toBe(480);
    expect(parallelDuration(CHECKOUT_TRACE.spans)).toBe(295);
    expect(parallelSaving(FEED_TRACE.spans)).toBe(128);
    const gap = largestGap(SEARCH_TRACE.spans)!;
    expect(gap.to - gap.from).toBe(160);
    expect(lesson.source).toContain("search's 160 ms of uninstrumented re-ranking");
  });

  it("the order's hops, the readings that point at each, and the key that follows it", () => {
    expectOrdering("order-to-search-hops", [
      /outbox row together/,
      /relay publishes/,
      /consumer group reads/,
      /writes the document/,
      /refresh/,
    ]);
    const props = lesson.block("symptom-to-hop").props as unknown as MatchingProps;
    expect(props.pairs.map((p) => p.right)).toEqual([
      "Nothing leaves the database: the relay or the broker",
      "The indexer is too slow, or stuck",
      "A schema change the index mapping refuses",
      "The search cluster is overloaded and pushing back",
      "One order's journey: follow its id",
    ]);
    expect(lesson.score("symptom-to-hop", { matches: matchingKey(props) })).toMatchObject({ correct: true });
    expectSingleChoice("correlation-key", /^The order id/, [
      /^The trace id/,
      /^The Kafka offset/,
      /^The PostgreSQL transaction id/,
    ]);
  });

  it("BeanCart's findings", () => {
    const block = lesson.block("beancart-findings");
    expect(block.name).toBe("TableFill");
    const blanks = tableBlanks(block.props as unknown as TableFillProps).map(({ cell }) => cell as TableChoiceCell);
    expect(blanks.map((cell) => cell.choices[cell.answer])).toEqual([
      expect.stringMatching(/^Levels 1 and 2 look fine/),
      expect.stringMatching(/^Walk the hops/),
      expect.stringMatching(/^A slow burn below both paging thresholds/),
      expect.stringMatching(/^Structured fields on every line/),
    ]);
    expect(lesson.score("beancart-findings", { blanks: blanks.map((cell) => cell.answer) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });

  it("fixes the seed's defects: no dangling pipeline, no escaped dollar, no caret drawing of traceparent", () => {
    expect(lesson.source).not.toMatch(/adaptive messaging pipeline/i);
    expect(lesson.source).not.toContain("\\$");
    expect(lesson.source).toContain("over $500 from the iOS app");
    expect(lesson.source).not.toMatch(/\^\s+\^/);
  });
});
