import { describe, expect, it } from "vitest";
import {
  compareAll,
  expectedShortPollDelayS,
  mostRequests,
  settingsProblem,
  simulate,
  type TimelineSettings,
} from "@/lib/realtime/push-pull";
import { evenSchedule, poissonSchedule, seededRandom } from "@/lib/realtime/schedule";

const base: TimelineSettings = { durationS: 600, events: [], pollIntervalS: 2, longPollTimeoutS: 30, rttS: 0 };

describe("schedules", () => {
  it("the same seed gives the same events, a different seed different ones", () => {
    const a = poissonSchedule({ perMinute: 2, durationS: 3600, seed: 7 });
    expect(poissonSchedule({ perMinute: 2, durationS: 3600, seed: 7 })).toEqual(a);
    expect(poissonSchedule({ perMinute: 2, durationS: 3600, seed: 8 })).not.toEqual(a);
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });
  it("a Poisson schedule has about rate × minutes events, ascending, inside the window", () => {
    const events = poissonSchedule({ perMinute: 6, durationS: 36_000, seed: 3 });
    expect(events.length).toBeGreaterThan(3600 * 0.9);
    expect(events.length).toBeLessThan(3600 * 1.1);
    expect(events.every((t, i) => t >= 0 && t < 36_000 && (i === 0 || t >= events[i - 1]!))).toBe(true);
  });
  it("a zero rate gives no events; bad input is rejected", () => {
    expect(poissonSchedule({ perMinute: 0, durationS: 60, seed: 1 })).toEqual([]);
    expect(() => poissonSchedule({ perMinute: -1, durationS: 60, seed: 1 })).toThrow(RangeError);
    expect(() => poissonSchedule({ perMinute: 1, durationS: 0, seed: 1 })).toThrow(RangeError);
    expect(() => evenSchedule({ everyS: 0, firstAtS: 0, durationS: 60 })).toThrow(RangeError);
  });
  it("an even schedule places one event every gap", () => {
    expect(evenSchedule({ everyS: 60, firstAtS: 40, durationS: 600 })).toEqual([
      40, 100, 160, 220, 280, 340, 400, 460, 520, 580,
    ]);
  });
});

describe("short polling", () => {
  it("sends one request per interval whatever happens: 10 minutes at 2 s is 300 requests", () => {
    const outcome = simulate("short-poll", base);
    expect(outcome.requests).toBe(300);
    expect(outcome.emptyResponses).toBe(300);
    expect(outcome.averageDelayS).toBeNull();
    expect(outcome.worstDelayS).toBeNull();
    expect(outcome.requestsPerSecondPer1000).toBe(500);
  });

  it("an event waits for the next poll: at 30 s, an event at 1 s waits 29 s and one at 29 s waits 1 s", () => {
    const outcome = simulate("short-poll", { ...base, pollIntervalS: 30, events: [1, 29, 30] });
    expect(outcome.deliveries.map((d) => d.delayS)).toEqual([29, 1, 0]);
    expect(outcome.averageDelayS).toBe(10);
    expect(outcome.worstDelayS).toBe(29);
    expect(outcome.requests).toBe(20);
    // All three ride in the poll at 30 s: the other 19 polls come back empty.
    expect(outcome.emptyResponses).toBe(19);
  });

  it("averages interval / 2 for events spread evenly over the interval (and over random events)", () => {
    // Events at 0.5, 1.5, …, 29.5 s within each 30 s interval: mean wait 15 s exactly.
    const events = Array.from({ length: 600 }, (_, i) => i + 0.5);
    const even = simulate("short-poll", { ...base, pollIntervalS: 30, events });
    expect(even.averageDelayS).toBeCloseTo(15, 6);
    expect(expectedShortPollDelayS(30)).toBe(15);
    expect(expectedShortPollDelayS(2)).toBe(1);
    expect(expectedShortPollDelayS(30, 0.1)).toBeCloseTo(15.05, 6);
    const random = poissonSchedule({ perMinute: 10, durationS: 36_000, seed: 5 });
    const many = simulate("short-poll", { ...base, durationS: 36_000, pollIntervalS: 30, rttS: 0.1, events: random });
    expect(many.averageDelayS!).toBeGreaterThan(14.5);
    expect(many.averageDelayS!).toBeLessThan(15.6);
    expect(many.worstDelayS!).toBeLessThanOrEqual(30.05);
  });

  it("holds a request open only for its round trip: 1,000 clients at 30 s with 100 ms ≈ 3.3", () => {
    const outcome = simulate("short-poll", { ...base, pollIntervalS: 30, rttS: 0.1 });
    expect(outcome.heldPer1000).toBeCloseTo((1000 * 0.1) / 30, 4);
  });

  it("an event after the last poll of the window is delivered by the next poll, which is not counted", () => {
    const outcome = simulate("short-poll", { ...base, durationS: 60, pollIntervalS: 30, events: [59] });
    expect(outcome.requests).toBe(2);
    expect(outcome.deliveries).toEqual([{ eventAt: 59, deliveredAt: 60, delayS: 1 }]);
  });
});

describe("long polling", () => {
  it("answers the moment an event arrives: the delay is the trip back", () => {
    const outcome = simulate("long-poll", { ...base, rttS: 0.1, events: [10, 20] });
    expect(outcome.deliveries.map((d) => d.delayS)).toEqual([0.05, 0.05]);
  });

  it("on a silent channel answers empty once per timeout (plus the round trip)", () => {
    const outcome = simulate("long-poll", { ...base, durationS: 600, longPollTimeoutS: 30 });
    expect(outcome.requests).toBe(20);
    expect(outcome.emptyResponses).toBe(20);
    const withRtt = simulate("long-poll", { ...base, durationS: 600, longPollTimeoutS: 30, rttS: 0.1 });
    expect(withRtt.requests).toBe(Math.ceil(600 / 30.1));
  });

  it("sends one request per event plus one per timeout: one event a minute, 30 s timeout, 10 minutes → 21", () => {
    const events = evenSchedule({ everyS: 60, firstAtS: 40, durationS: 600 });
    const outcome = simulate("long-poll", { ...base, events, rttS: 0.1 });
    expect(outcome.requests - outcome.emptyResponses).toBe(10);
    expect(outcome.requests).toBe(21);
  });

  it("an event in the gap between two long polls waits for the next one to reach the server", () => {
    // Event at 10 s answered at 10, received at 10.5, next request at the server at 11; the event at 10.2 waits.
    const outcome = simulate("long-poll", { ...base, rttS: 1, events: [10, 10.2] });
    expect(outcome.deliveries).toEqual([
      { eventAt: 10, deliveredAt: 10.5, delayS: 0.5 },
      { eventAt: 10.2, deliveredAt: 11.5, delayS: 1.3 },
    ]);
  });

  it("events at the same moment travel in one response", () => {
    const outcome = simulate("long-poll", { ...base, events: [5, 5, 5] });
    expect(outcome.exchanges[0]!.events).toBe(3);
    // Sent at 0 (answered at 5), 5, 35, …, 575: 2 + 19 = 21.
    expect(outcome.requests).toBe(21);
  });

  it("keeps one request parked almost all the time: about 1,000 open per 1,000 clients", () => {
    expect(simulate("long-poll", { ...base, rttS: 0.1 }).heldPer1000).toBeCloseTo(1000, 6);
  });
});

describe("SSE and WebSocket", () => {
  it("open one stream, send no empty responses and deliver each event after one trip", () => {
    for (const pattern of ["sse", "websocket"] as const) {
      const outcome = simulate(pattern, { ...base, rttS: 0.1, events: [0, 10, 300] });
      expect(outcome.requests).toBe(1);
      expect(outcome.emptyResponses).toBe(0);
      // The event at 0 waits for the stream to reach the server (0.05 s), then travels back.
      expect(outcome.deliveries.map((d) => d.delayS)).toEqual([0.1, 0.05, 0.05]);
      expect(outcome.heldPer1000).toBe(1000);
    }
  });
});

describe("comparisons and edge cases", () => {
  it("short polling sends the most requests for one event a minute with a 2 s poll", () => {
    const events = evenSchedule({ everyS: 60, firstAtS: 40, durationS: 600 });
    expect(mostRequests({ ...base, events, rttS: 0.1 })).toBe("short-poll");
    expect(compareAll({ ...base, events }).map((o) => o.requests)).toEqual([300, 21, 1, 1]);
  });

  it("with frequent events and a slow poll, long polling can send more requests than short polling", () => {
    const events = poissonSchedule({ perMinute: 2, durationS: 3600, seed: 7 });
    const settings = { ...base, durationS: 3600, pollIntervalS: 30, rttS: 0.1, events };
    const [short, long] = compareAll(settings);
    expect(long!.requests).toBeGreaterThan(short!.requests);
    expect(mostRequests(settings)).toBe("long-poll");
  });

  it("ties go to the first pattern listed", () => {
    // A 30 s poll and a 30 s timeout on a silent channel send 20 requests each.
    expect(mostRequests({ ...base, pollIntervalS: 30, longPollTimeoutS: 30 })).toBe("short-poll");
  });

  it("rejects settings that make no sense", () => {
    expect(settingsProblem(base)).toBeNull();
    expect(settingsProblem({ ...base, pollIntervalS: 0 })).toMatch(/poll interval/);
    expect(settingsProblem({ ...base, longPollTimeoutS: -1 })).toMatch(/timeout/);
    expect(settingsProblem({ ...base, rttS: -0.1 })).toMatch(/round-trip/);
    expect(settingsProblem({ ...base, durationS: 0 })).toMatch(/window/);
    expect(settingsProblem({ ...base, events: [700] })).toMatch(/inside the window/);
    expect(settingsProblem({ ...base, events: [5, 3] })).toMatch(/time order/);
    expect(() => simulate("short-poll", { ...base, pollIntervalS: Number.NaN })).toThrow(RangeError);
  });
});
