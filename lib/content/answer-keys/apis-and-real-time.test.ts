import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { matchingOptions, type MatchingProps } from "@/lib/lessons/blocks/matching";
import { tableBlanks, type TableChoiceCell, type TableFillProps } from "@/lib/lessons/blocks/table-fill";
import { compareAll, expectedShortPollDelayS, simulate, type Pattern } from "@/lib/realtime/push-pull";
import { PUSH_PULL_SCENARIOS, SCENARIO_SETTINGS } from "@/lib/realtime/scenarios";

/**
 * Answer keys of "The front door: APIs and real-time delivery", recomputed
 * here from the chapter's stated inputs and from the PushPullTimeline model,
 * never read back from the MDX.
 */
const lesson = lessonBlocks("apis-and-real-time");
const source = readFileSync(path.join(process.cwd(), "content", "apis-and-real-time.mdx"), "utf8");
const { expectSingleChoice, expectDecisions, expectNumeric, expectOrdering, expectSimulator } = keyAssertions(lesson);
const fmt = (n: number) => n.toLocaleString("en-US");

describe("apis-and-real-time answer keys", () => {
  it("has the chapter's blocks, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "ride-request-response",
        "async-request-flow",
        "sync-or-async",
        "n-plus-one-requests",
        "n-plus-one-wait",
        "graphql-resolver-queries",
        "pain-to-style",
        "pick-an-api-style",
        "poll-delay-2s",
        "poll-load",
        "websocket-handshake",
        "push-pull-timeline",
        "patterns-at-scale",
        "pick-a-delivery-pattern",
        "sse-seventh-tab",
        "ride-front-door",
      ].sort(),
    );
  });

  it("answers a slow ride request with 202 Accepted", () => {
    expectSingleChoice("ride-request-response", /^202 Accepted/, [
      /^200 OK with the assigned driver/,
      /^200 OK with an empty/,
    ]);
  });

  it("stores the job before the 202, and the 202 before the work", () => {
    expectOrdering("async-request-flow", [
      /sends the ride request/,
      /records it durably/,
      /202 Accepted/,
      /Workers/,
      /learns the outcome/,
    ]);
  });

  it("sorts sync from async by the three questions, six of each", () => {
    const key = {
      "trip-history": "sync",
      "earnings-pdf": "async",
      "transcode-video": "async",
      "promo-code": "sync",
      "log-in": "sync",
      "charge-at-trip-end": "async",
      "rename-playlist": "sync",
      "trip-completed-event": "async",
      "welcome-email": "async",
      "price-estimate": "sync",
      "contacts-import": "async",
      "product-page": "sync",
    };
    expectDecisions("sync-or-async", key, { minimum: 12, traps: true });
    const answers = Object.values(key);
    expect(answers.filter((a) => a === "sync")).toHaveLength(6);
    expect(answers.filter((a) => a === "async")).toHaveLength(6);
  });

  it("counts the N+1 requests and their wait", () => {
    const n = 20;
    const restRequests = 1 + n;
    expect(restRequests).toBe(21);
    expectNumeric("n-plus-one-requests", restRequests, "requests");
    expect(lesson.score("n-plus-one-requests", { value: n, unit: "requests" }).correct).toBe(false);
    expect(1 + 100).toBe(101);
    expect(source).toContain("1 + N = 1 + 20 = **21 requests**. With 100 posts it is 101");

    const rttMs = 100;
    const sequential = restRequests * rttMs;
    expectNumeric("n-plus-one-wait", sequential, "ms", { s: sequential / 1000 });
    expect(source).toContain(`21 requests × 100 ms = **${fmt(sequential)} ms**`);
    // In parallel: HTTP/1.1 allows about 6 connections per host, HTTP/2 multiplexes all 20 on one.
    const waves = Math.ceil(n / 6);
    expect(waves).toBe(4);
    expect((1 + waves) * rttMs).toBe(500);
    expect(source).toContain("1 + 4 = 5 round trips, about 500 ms");
    expect(2 * rttMs).toBe(200);
    expect(source).toContain("2 round trips, about 200 ms");
  });

  it("moves the N+1 into naive GraphQL resolvers: 21 queries, 2 with batching", () => {
    expectSingleChoice("graphql-resolver-queries", /^21:/, [/^1:/, /^2:/, /^40:/]);
  });

  it("matches each pain with its API style", () => {
    const props = lesson.block("pain-to-style").props as unknown as MatchingProps;
    const expected: Record<string, string> = {
      "full body": "REST",
      "translating proxy": "gRPC",
      "CDN cannot cache": "GraphQL",
      "one more request per item": "REST",
      curl: "gRPC",
      "deeply nested": "GraphQL",
    };
    const options = matchingOptions(props);
    const matches = props.pairs.map((pair) => {
      const key = Object.keys(expected).find((fragment) => pair.left.includes(fragment));
      expect(key, pair.left).toBeDefined();
      expect(pair.right).toBe(expected[key!]);
      return options.indexOf(expected[key!]!);
    });
    expect(lesson.score("pain-to-style", { matches })).toMatchObject({ score: 1, correct: true });
  });

  it("picks an API style per situation", () => {
    expectDecisions(
      "pick-an-api-style",
      {
        "public-developer-api": "rest",
        "internal-mesh": "grpc",
        "three-clients-social-graph": "graphql",
        "big-platform": "hybrid",
        "weekly-screens": "graphql",
        "cacheable-catalogue": "rest",
      },
      { traps: true },
    );
  });

  it("short polling waits interval / 2 on average: 1 s for a 2 s poll, 15 s for 30 s", () => {
    expect(expectedShortPollDelayS(2)).toBe(1);
    expectNumeric("poll-delay-2s", expectedShortPollDelayS(2), "s", { ms: 1000 });
    // The model agrees, on events spread evenly across the interval.
    const events = Array.from({ length: 300 }, (_, i) => i * 2 + 0.5 + (i % 2));
    const outcome = simulate("short-poll", { durationS: 600, events, pollIntervalS: 2, longPollTimeoutS: 30, rttS: 0 });
    expect(outcome.averageDelayS).toBeCloseTo(1, 6);
    expect(expectedShortPollDelayS(30)).toBe(15);
    expect(source).toContain("15 s on average for the back-seat child's 30 s");
  });

  it("one million clients polling every 5 s send 200,000 requests a second, 11 of 12 empty", () => {
    const load = 1_000_000 / 5;
    expectNumeric("poll-load", load, "requests/s", { "k requests/s": load / 1000 });
    expect(source).toContain(`**${fmt(load)} requests per second**`);
    const pollsPerMinute = 60 / 5;
    expect(pollsPerMinute).toBe(12);
    expect(Math.round((100 * (pollsPerMinute - 1)) / pollsPerMinute)).toBe(92);
    expect(source).toContain("11 of 12, about 92 %");
  });

  it("orders the WebSocket handshake around 101 Switching Protocols", () => {
    expectOrdering("websocket-handshake", [
      /TCP connection/,
      /Upgrade: websocket/,
      /101 Switching Protocols/,
      /frames/,
      /close frame/,
    ]);
  });

  it("scores every PushPullTimeline prediction from the model", () => {
    expectSimulator("push-pull-timeline", "PushPullTimeline", PUSH_PULL_SCENARIOS);
    // The browser test plays this one: short polling sends the most requests.
    expect(PUSH_PULL_SCENARIOS["most-requests"]!.answer).toBe("short-poll");
    expect(simulate("short-poll", SCENARIO_SETTINGS["most-requests"]).requests).toBe(300);
  });

  it("fills the patterns-at-scale table from the model", () => {
    const props = lesson.block("patterns-at-scale").props as unknown as TableFillProps;
    // 1,000 clients, one event a minute for ten minutes, 30 s poll and timeout, 100 ms round trip.
    const outcomes = new Map(compareAll(SCENARIO_SETTINGS["held-connections"]).map((o) => [o.pattern, o]));
    const rows: Pattern[] = ["short-poll", "long-poll", "sse", "websocket"];
    expect(outcomes.get("short-poll")!.heldPer1000).toBeCloseTo((1000 * 0.1) / 30, 6);
    expect(source).toContain("1,000 × 0.1 / 30 ≈ 3 at 100 ms");
    const blanks = tableBlanks(props);
    expect(blanks).toHaveLength(12);
    const answers = blanks.map(({ cell, row, column }) => {
      const outcome = outcomes.get(rows[row]!)!;
      if (!("choices" in cell)) {
        expect(outcome.emptyResponses).toBe(0);
        return "none";
      }
      const choice = cell as TableChoiceCell;
      const pick = (pattern: RegExp) => choice.choices.findIndex((text) => pattern.test(text));
      let expected: number;
      if (column === 1) expected = pick(outcome.heldPer1000 > 500 ? /About 1,000/ : /handful/);
      else if (column === 2)
        expected = pick(
          outcome.pattern === "short-poll" ? /Most polls/ : outcome.emptyResponses > 0 ? /quiet timeout/ : /^None$/,
        );
      else expected = pick(outcome.averageDelayS! < 1 ? /One network trip/ : /Half the interval/);
      expect(expected, `row ${row} column ${column}`).toBeGreaterThanOrEqual(0);
      expect(choice.answer, `row ${row} column ${column}`).toBe(expected);
      return expected;
    });
    // Short polling's delay in the table is interval / 2; the model on random events agrees to within a second.
    const random = simulate("short-poll", SCENARIO_SETTINGS["poll-delay"]);
    expect(Math.abs(random.averageDelayS! - 15)).toBeLessThan(1);
    expect(lesson.score("patterns-at-scale", { blanks: answers })).toMatchObject({ score: 1, correct: true });
    // Frequent news: long polling out-requests a 30 s short poll over the same hour.
    const hour = compareAll(SCENARIO_SETTINGS["poll-delay"]);
    expect([hour[0]!.requests, hour[1]!.requests]).toEqual([120, 180]);
    expect(source).toContain("180 long polls against 120 polls at 30 s");
  });

  it("picks a delivery pattern per situation", () => {
    expectDecisions(
      "pick-a-delivery-pattern",
      {
        "group-chat": "websocket",
        "live-scores": "sse",
        "blocked-upgrade": "long-poll",
        "nightly-report": "short-poll",
        "shared-whiteboard": "websocket",
        "build-status": "sse",
      },
      { traps: true },
    );
  });

  it("knows the seventh SSE tab waits under HTTP/1.1", () => {
    expectSingleChoice("sse-seventh-tab", /^The seventh tab's stream waits/, [
      /^All seven/,
      /429/,
      /long polling by itself/,
    ]);
  });

  it("sizes the ride-sharing front door", () => {
    const riders = 2_000_000;
    const pollS = 4;
    const polling = riders / pollS;
    expect(polling).toBe(500_000);
    expect(source).toContain(`2,000,000 ÷ 4 = ${fmt(polling)} requests a second`);
    expect(expectedShortPollDelayS(pollS)).toBe(2);
    expect(source).toContain("wait 2 s on average");
    const perGateway = 100_000; // stated as an illustrative assumption in the lesson
    expect(riders / perGateway).toBe(20);
    expect(source).toContain("that is 20 nodes");
    const drivers = 200_000;
    expect(drivers / 4).toBe(50_000);
    expect((drivers / 4) * 3).toBe(150_000);
    expect(source).toContain("50,000 writes a second, and chapter 2 designs for 150,000");
    expect(source).toContain("2 million riders polling every 4 s is 500,000 requests a second");

    const props = lesson.block("ride-front-door").props as unknown as {
      steps: { predict?: { choices: string[]; answer: number } }[];
    };
    const predictions = props.steps.flatMap((step) => (step.predict ? [step.predict] : []));
    expect(predictions.map((p) => p.choices[p.answer])).toEqual([
      expect.stringMatching(/^Question 2/),
      "gRPC",
      "Server-sent events",
      `About ${fmt(polling)}`,
    ]);
    expect(lesson.score("ride-front-door", { predictions: predictions.map((p) => p.answer) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });
});
