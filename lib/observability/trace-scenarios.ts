import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import { nearestOption } from "@/lib/observability/slo";
import {
  gapsIn,
  gapLength,
  largestGap,
  reschedule,
  slowdownIfLonger,
  totalDuration,
  type Span,
} from "@/lib/observability/trace";
import { CHECKOUT_TRACE, FEED_TRACE, SEARCH_TRACE, type BuiltInTrace } from "@/lib/observability/traces";

/**
 * The TraceWaterfall's questions, asked while the learner reads a trace and
 * before its analysis is shown. Every answer is computed by the model in
 * lib/observability/trace.ts from the built-in traces.
 */
const pick = (value: number, options: readonly { id: string; label: string; value: number }[]) => ({
  options: options.map(({ id, label }) => ({ id, label })),
  answer: nearestOption(value, options),
});

/** The request's duration once every call starts as soon as the calls it needs have ended. */
export const parallelDuration = (spans: readonly Span[]) => totalDuration(reschedule(spans, { parallel: true }));

/** Time a client span spent outside the work inside it: its gaps, summed. */
export const timeOutside = (spans: readonly Span[], id: string) =>
  gapsIn(spans, id).reduce((sum, gap) => sum + gapLength(gap), 0);

/** The largest gap as an option id: "<span>@<from>". */
export function largestGapKey(spans: readonly Span[]): string {
  const gap = largestGap(spans);
  return gap ? `${gap.span}@${gap.from}` : "none";
}

/** Of the given spans, the one that could take `byMs` longer without slowing the request; throws unless exactly one can. */
export function onlySpanWithSlack(spans: readonly Span[], ids: readonly string[], byMs: number): string {
  const free = ids.filter((id) => slowdownIfLonger(spans, id, byMs) === 0);
  if (free.length !== 1) throw new Error(`expected exactly one span with ${byMs} ms of slack, got ${free.join(", ")}`);
  return free[0]!;
}

const checkoutParallel = pick(parallelDuration(CHECKOUT_TRACE.spans), [
  { id: "ms480", label: "About 480 ms: no change", value: 480 },
  { id: "ms400", label: "About 400 ms", value: 400 },
  { id: "ms295", label: "About 295 ms", value: 295 },
  { id: "ms215", label: "About 215 ms", value: 215 },
]);

const checkoutWire = pick(timeOutside(CHECKOUT_TRACE.spans, "pay-call"), [
  { id: "ms7", label: "7 ms", value: 7 },
  { id: "ms14", label: "14 ms", value: 14 },
  { id: "ms46", label: "46 ms", value: 46 },
  { id: "ms60", label: "60 ms", value: 60 },
]);

const feedSaving = pick(totalDuration(FEED_TRACE.spans) - parallelDuration(FEED_TRACE.spans), [
  { id: "ms30", label: "About 30 ms", value: 30 },
  { id: "ms60", label: "About 60 ms", value: 60 },
  { id: "ms125", label: "About 125 ms", value: 125 },
  { id: "ms185", label: "About 185 ms", value: 185 },
]);

export const SLACK_CANDIDATES = ["auth", "es-query", "details", "ratings"] as const;

export const TRACE_SCENARIOS: PredictionScenarios = {
  "checkout-parallel": {
    question:
      "Checkout trace. Inventory, pricing and fraud each need only the cart, yet they ran one after another. If checkout started all three as soon as the cart arrived, about how long would the whole request take?",
    ...checkoutParallel,
    why: "They would overlap from about 95 ms to 215 ms, so the longest of the three (inventory, 120 ms) sets the pace, and the payment call can start at about 220 ms. Pricing's 80 ms, fraud's 100 ms and the 5 ms of dispatch between them disappear: 480 − 185 = 295 ms.",
  },
  "checkout-wire": {
    question:
      "Checkout trace. Compare the checkout service's span for its call to payments with the payments service's own span inside it. How much of that call was spent outside the payments service?",
    ...checkoutWire,
    why: "The client span runs 405–465 ms and the server span 412–458 ms: 7 ms before and 7 ms after, 14 ms in all. That is the network both ways, queueing, and encoding and decoding on each side; the payments service's own time is the 46 ms inside.",
  },
  "search-gap": {
    question: "Search trace. Where is the longest stretch of time that no child span covers?",
    options: [
      { id: "search-api@0", label: "Inside search-api, before the token check starts" },
      { id: "search-api@105", label: "Inside search-api, between the Elasticsearch reply and the catalog call" },
      { id: "search-api@335", label: "Inside search-api, after the catalog call returns" },
      { id: "none", label: "There is none: the child spans cover the whole request" },
    ],
    answer: largestGapKey(SEARCH_TRACE.spans),
    why: "From 105 ms to 265 ms, 160 ms, search-api runs its own code with no span open: here, re-ranking the hits in process. It is the biggest cost in the trace, and no downstream service can explain it; add a span (or a profile) inside search-api to see what it does.",
  },
  "search-slack": {
    question: "Search trace. Which of these calls could take 20 ms longer without making the request any slower?",
    options: [
      { id: "auth", label: "The token check" },
      { id: "es-query", label: "The Elasticsearch query" },
      { id: "details", label: "The catalog call for product details" },
      { id: "ratings", label: "The reviews call for ratings" },
    ],
    answer: onlySpanWithSlack(SEARCH_TRACE.spans, SLACK_CANDIDATES, 20),
    why: "Ratings runs beside the catalog call and ends at 300 ms, 35 ms before the catalog call does, so it has 35 ms of slack: it is off the critical path. The other three are on it: anything they add, the request adds.",
  },
  "feed-saving": {
    question:
      "Feed trace. The five profile calls each need only the timeline. If the feed sent all five at once, how much sooner would the request finish?",
    ...feedSaving,
    why: "Five 30 ms calls in series, 2 ms apart, take 158 ms; sent together they take about 30 ms. The four later calls and their four 2 ms gaps disappear: 4 × 32 = 128 ms, so the request drops from 200 ms to 72 ms. A batch endpoint (GET /users?ids=…) would save the extra requests as well.",
  },
};

/** Which questions belong to which trace, in the order the simulator asks them. */
export const TRACE_QUESTIONS: Record<BuiltInTrace["id"], string[]> = {
  checkout: ["checkout-parallel", "checkout-wire"],
  search: ["search-gap", "search-slack"],
  feed: ["feed-saving"],
};
