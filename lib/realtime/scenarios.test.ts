import { describe, expect, it } from "vitest";
import { scorePrediction } from "@/lib/lessons/blocks/prediction";
import { simulate } from "@/lib/realtime/push-pull";
import { nearestOption, PUSH_PULL_SCENARIOS, SCENARIO_SETTINGS } from "@/lib/realtime/scenarios";

describe("push/pull prediction scenarios", () => {
  it("has at least three scenarios, each answer one of its own options, with kebab-case ids", () => {
    const keys = Object.keys(PUSH_PULL_SCENARIOS);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    for (const [key, scenario] of Object.entries(PUSH_PULL_SCENARIOS)) {
      expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(scenario.options.map((o) => o.id)).toContain(scenario.answer);
      expect(new Set(scenario.options.map((o) => o.id)).size).toBe(scenario.options.length);
      expect(scenario.why.length).toBeGreaterThan(40);
    }
  });

  it("keys match what the lesson teaches", () => {
    expect(PUSH_PULL_SCENARIOS["most-requests"]!.answer).toBe("short-poll");
    expect(PUSH_PULL_SCENARIOS["poll-delay"]!.answer).toBe("fifteen");
    expect(PUSH_PULL_SCENARIOS["long-poll-delay"]!.answer).toBe("one-trip");
    expect(PUSH_PULL_SCENARIOS["quiet-long-poll"]!.answer).toBe("most");
    expect(PUSH_PULL_SCENARIOS["held-connections"]!.answer).toBe("sse-far-more");
  });

  it("the figures quoted in the explanations come from the model", () => {
    const busy = SCENARIO_SETTINGS["most-requests"];
    expect(simulate("short-poll", busy).requests).toBe(300);
    expect(simulate("long-poll", busy).requests).toBe(21);
    expect(PUSH_PULL_SCENARIOS["most-requests"]!.why).toContain("300 requests for 10 events");
    const delay = simulate("short-poll", SCENARIO_SETTINGS["poll-delay"]).averageDelayS!;
    expect(Math.abs(delay - 15)).toBeLessThan(1);
    expect(PUSH_PULL_SCENARIOS["held-connections"]!.why).toContain("1,000 open streams");
    expect(PUSH_PULL_SCENARIOS["held-connections"]!.why).toContain("≈ 3.3");
    const quiet = simulate("long-poll", SCENARIO_SETTINGS["quiet-long-poll"]);
    expect(quiet.emptyResponses / quiet.requests).toBeGreaterThan(0.9);
  });

  it("scores a prediction through the shared scorer", () => {
    const scenario = PUSH_PULL_SCENARIOS["most-requests"]!;
    expect(scorePrediction(PUSH_PULL_SCENARIOS, { scenario: "most-requests", choice: "short-poll" })).toMatchObject({
      correct: true,
      score: 1,
    });
    const wrong = scenario.options.find((o) => o.id !== scenario.answer)!;
    expect(scorePrediction(PUSH_PULL_SCENARIOS, { scenario: "most-requests", choice: wrong.id }).correct).toBe(false);
  });

  it("nearestOption picks the closest value and breaks ties towards the first", () => {
    const options = [
      { id: "a", value: 0 },
      { id: "b", value: 10 },
    ];
    expect(nearestOption(options, 2)).toBe("a");
    expect(nearestOption(options, 8)).toBe("b");
    expect(nearestOption(options, 5)).toBe("a");
  });
});
