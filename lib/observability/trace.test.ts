import { describe, expect, it } from "vitest";
import {
  allGaps,
  criticalPath,
  depthOf,
  gapsIn,
  largestGap,
  parallelSaving,
  reschedule,
  selfTime,
  slowdownIfLonger,
  totalDuration,
  traceProblem,
  waitedNeedlessly,
  waterfallOrder,
  type Span,
} from "@/lib/observability/trace";
import {
  largestGapKey,
  parallelDuration,
  SLACK_CANDIDATES,
  timeOutside,
  TRACE_QUESTIONS,
  TRACE_SCENARIOS,
} from "@/lib/observability/trace-scenarios";
import { CHECKOUT_TRACE, FEED_TRACE, SEARCH_TRACE, TRACES } from "@/lib/observability/traces";

const checkout = CHECKOUT_TRACE.spans;
const search = SEARCH_TRACE.spans;
const feed = FEED_TRACE.spans;
const startOf = (spans: readonly Span[], id: string) => spans.find((s) => s.id === id)!.start;

describe("the built-in traces", () => {
  it("are well formed", () => {
    for (const trace of TRACES) expect(traceProblem(trace.spans), trace.id).toBeNull();
    expect(totalDuration(checkout)).toBe(480);
    expect(totalDuration(search)).toBe(350);
    expect(totalDuration(feed)).toBe(200);
  });

  it("list parents before children, depth first", () => {
    expect(waterfallOrder(checkout).map((s) => s.id)).toEqual([
      "gateway",
      "orders",
      "auth",
      "cart",
      "inventory",
      "pricing",
      "fraud",
      "pay-call",
      "payments",
      "card-network",
    ]);
    expect(depthOf(checkout, "card-network")).toBe(4);
  });

  it("re-laid out with no options, are exactly as recorded", () => {
    for (const trace of TRACES) expect(reschedule(trace.spans)).toEqual(trace.spans);
  });
});

describe("traceProblem", () => {
  const ok: Span[] = [
    { id: "a", parent: null, service: "s", name: "root", start: 0, end: 100 },
    { id: "b", parent: "a", service: "s", name: "b", start: 10, end: 40 },
    { id: "c", parent: "a", service: "s", name: "c", start: 50, end: 90, needs: ["b"] },
  ];
  it("accepts a tree and names what is wrong with a broken one", () => {
    expect(traceProblem(ok)).toBeNull();
    expect(traceProblem([])).toMatch(/at least one span/);
    expect(traceProblem([...ok, { ...ok[1]!, id: "b" }])).toMatch(/share the id "b"/);
    expect(traceProblem([...ok, { ...ok[0]!, id: "z" }])).toMatch(/exactly one root/);
    expect(traceProblem([ok[0]!, { ...ok[1]!, parent: "x" }])).toMatch(/parent "x"/);
    expect(traceProblem([ok[0]!, { ...ok[1]!, end: 5 }])).toMatch(/end after it starts/);
    expect(traceProblem([ok[0]!, { ...ok[1]!, end: 120 }])).toMatch(/within its parent/);
    expect(traceProblem([ok[0]!, ok[1]!, { ...ok[2]!, start: 30 }])).toMatch(/started before it ended/);
    expect(traceProblem([ok[0]!, ok[1]!, { ...ok[2]!, needs: ["a"] }])).toMatch(/not one of its siblings/);
    expect(() => criticalPath([])).toThrow(/at least one span/);
  });
});

describe("critical path", () => {
  it("checkout: every span, since each call waited for the one before", () => {
    expect(criticalPath(checkout)).toHaveLength(checkout.length);
  });

  it("search: ratings overlapped the slower catalog call, so it is off the path", () => {
    expect(criticalPath(search)).toEqual(["search-api", "auth", "es-query", "details"]);
  });

  it("agrees with slack: a span is on the path exactly when making it 1 ms longer delays the request", () => {
    for (const trace of TRACES) {
      const path = new Set(criticalPath(trace.spans));
      for (const span of trace.spans) {
        expect(slowdownIfLonger(trace.spans, span.id, 1) > 0, `${trace.id}/${span.id}`).toBe(path.has(span.id));
      }
    }
  });

  it("ratings has 35 ms of slack: 20 ms more costs nothing, 50 ms more costs 15", () => {
    expect(slowdownIfLonger(search, "ratings", 20)).toBe(0);
    expect(slowdownIfLonger(search, "ratings", 35)).toBe(0);
    expect(slowdownIfLonger(search, "ratings", 50)).toBe(15);
    expect(slowdownIfLonger(search, "details", 20)).toBe(20);
    expect(slowdownIfLonger(search, "es-query", 20)).toBe(20);
    expect(slowdownIfLonger(search, "search-api", 20)).toBe(20);
  });
});

describe("gaps", () => {
  it("search: 160 ms inside search-api between the Elasticsearch reply (105) and the catalog call (265)", () => {
    expect(gapsIn(search, "search-api")).toEqual([
      { span: "search-api", from: 0, to: 5 },
      { span: "search-api", from: 20, to: 25 },
      { span: "search-api", from: 105, to: 265 },
      { span: "search-api", from: 335, to: 350 },
    ]);
    expect(largestGap(search)).toEqual({ span: "search-api", from: 105, to: 265 });
    expect(largestGapKey(search)).toBe("search-api@105");
    expect(selfTime(search, "search-api")).toBe(185);
  });

  it("checkout: the payment call spends 7 + 7 = 14 ms outside the payments service's 46 ms", () => {
    expect(gapsIn(checkout, "pay-call")).toEqual([
      { span: "pay-call", from: 405, to: 412 },
      { span: "pay-call", from: 458, to: 465 },
    ]);
    expect(timeOutside(checkout, "pay-call")).toBe(14);
    expect(selfTime(checkout, "card-network")).toBe(40);
    expect(gapsIn(checkout, "card-network")).toEqual([]);
    expect(largestGap(checkout)).toEqual({ span: "orders", from: 465, to: 475 });
  });

  it("lists every gap longest first", () => {
    const lengths = allGaps(feed).map((g) => g.to - g.from);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(lengths[0]).toBe(16);
  });
});

describe("serial calls that could run in parallel", () => {
  it("names the calls that waited for a sibling they do not need", () => {
    expect(waitedNeedlessly(checkout)).toEqual(["pricing", "fraud"]);
    expect(waitedNeedlessly(feed)).toEqual(["profile-2", "profile-3", "profile-4", "profile-5"]);
    expect(waitedNeedlessly(search)).toEqual([]);
  });

  it("checkout: 480 ms becomes 295 ms, saving pricing's 80 + fraud's 100 + 5 ms of dispatch = 185 ms", () => {
    const parallel = reschedule(checkout, { parallel: true });
    expect(startOf(parallel, "inventory")).toBe(95);
    expect(startOf(parallel, "pricing")).toBe(94);
    expect(startOf(parallel, "fraud")).toBe(95);
    expect(startOf(parallel, "pay-call")).toBe(220);
    expect(startOf(parallel, "card-network")).toBe(230);
    expect(totalDuration(parallel)).toBe(295);
    expect(parallelDuration(checkout)).toBe(295);
    expect(parallelSaving(checkout)).toBe(185);
    expect(traceProblem(parallel)).toBeNull();
  });

  it("feed: five 30 ms profile calls sent at once: 200 ms becomes 72 ms, saving 4 × 32 = 128 ms", () => {
    const parallel = reschedule(feed, { parallel: true });
    for (let n = 1; n <= 5; n += 1) expect(startOf(parallel, `profile-${n}`)).toBe(26);
    expect(totalDuration(parallel)).toBe(72);
    expect(parallelSaving(feed)).toBe(128);
  });

  it("search: nothing to gain, the calls already start as soon as their inputs are ready", () => {
    expect(parallelSaving(search)).toBe(0);
  });
});

describe("TRACE_SCENARIOS", () => {
  it("keys every question with the model's answer", () => {
    expect(TRACE_SCENARIOS["checkout-parallel"]!.answer).toBe("ms295");
    expect(TRACE_SCENARIOS["checkout-wire"]!.answer).toBe("ms14");
    expect(TRACE_SCENARIOS["search-gap"]!.answer).toBe("search-api@105");
    expect(TRACE_SCENARIOS["search-slack"]!.answer).toBe("ratings");
    expect(TRACE_SCENARIOS["feed-saving"]!.answer).toBe("ms125");
    expect(SLACK_CANDIDATES.map((id) => slowdownIfLonger(search, id, 20))).toEqual([20, 20, 20, 0]);
    for (const [key, spec] of Object.entries(TRACE_SCENARIOS)) {
      expect(
        spec.options.map((o) => o.id),
        key,
      ).toContain(spec.answer);
    }
    expect(Object.values(TRACE_QUESTIONS).flat().sort()).toEqual(Object.keys(TRACE_SCENARIOS).sort());
  });
});
