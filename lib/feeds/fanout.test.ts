import { describe, expect, it } from "vitest";
import {
  compareStrategies,
  describeThreshold,
  fanoutCosts,
  feedModelProblem,
  PULL_EVERYONE,
  PUSH_EVERYONE,
  tierPostsPerSecond,
  type FeedModel,
} from "@/lib/feeds/fanout";
import { FANOUT_SCENARIOS, FEED_PRESET, hybridSavings, THRESHOLDS, twoFigures } from "@/lib/feeds/scenarios";

/** One tier, small enough to check on paper: 86,400 accounts posting once a day is one post a second. */
const ONE_TIER: FeedModel = {
  tiers: [{ name: "Everyone", accounts: 86_400, followers: 300, postsPerDay: 1 }],
  timelineLoadsPerSecond: 10,
};

describe("fan-out on write", () => {
  it("is posts/s × followers: 1 post a second to 300 followers is 300 timeline writes a second", () => {
    const costs = fanoutCosts(ONE_TIER, PUSH_EVERYONE);
    expect(costs.postsPerSecond).toBe(1);
    expect(costs.timelineWritesPerSecond).toBe(300);
    expect(costs.meanFollowersPerPost).toBe(300);
    expect(costs.readsPerLoad).toBe(1);
    expect(costs.readsPerSecond).toBe(10);
    expect(costs.worstPostFanout).toBe(300);
  });

  it("on the preset: about 1,163 posts a second become about 578,704 timeline writes a second", () => {
    const costs = fanoutCosts(FEED_PRESET, PUSH_EVERYONE);
    expect(tierPostsPerSecond(FEED_PRESET.tiers[0]!)).toBeCloseTo(1_157.407, 3);
    expect(costs.postsPerSecond).toBeCloseTo(1_163.218, 3);
    expect(costs.timelineWritesPerSecond).toBeCloseTo(578_703.7, 1);
    // posts/s × mean followers per post = writes/s, the plan's formula.
    expect(costs.postsPerSecond * costs.meanFollowersPerPost).toBeCloseTo(costs.timelineWritesPerSecond, 6);
    expect(costs.meanFollowersPerPost).toBeCloseTo(497.5, 1);
    // The fan-out storm: one celebrity post is 10 million timeline writes.
    expect(costs.worstPostFanout).toBe(10_000_000);
    expect(costs.extraReadsPerLoad).toBe(0);
  });
});

describe("fan-out on read", () => {
  it("writes no timelines and reads every followed account at each load", () => {
    const costs = fanoutCosts(ONE_TIER, PULL_EVERYONE);
    expect(costs.timelineWritesPerSecond).toBe(0);
    expect(costs.worstPostFanout).toBe(0);
    expect(costs.readsPerLoad).toBe(300);
    expect(costs.readsPerSecond).toBe(3_000);
  });

  it("on the preset: the average reader follows 24 billion follows ÷ 100,100,200 accounts ≈ 239.8", () => {
    const costs = fanoutCosts(FEED_PRESET, PULL_EVERYONE);
    expect(costs.followsPerReader).toBeCloseTo(24e9 / 100_100_200, 9);
    expect(costs.readsPerLoad).toBeCloseTo(239.76, 2);
    expect(costs.readsPerSecond).toBeCloseTo(50_000 * 239.76, -2);
  });
});

describe("the hybrid", () => {
  it("at 100k pulls only the celebrities: writes fall by 40 %, the worst post to 20,000, reads per load rise to about 21", () => {
    const { write, read, hybrid } = compareStrategies(FEED_PRESET, 100_000);
    expect(hybrid.tiers.map((cost) => cost.pulled)).toEqual([false, false, true]);
    expect(hybrid.timelineWritesPerSecond).toBeCloseTo(347_222.2, 1);
    expect(hybrid.worstPostFanout).toBe(20_000);
    expect(hybrid.extraReadsPerLoad).toBeCloseTo(2e9 / 100_100_200, 9);
    expect(hybrid.readsPerLoad).toBeCloseTo(20.98, 2);
    expect(write.timelineWritesPerSecond).toBeGreaterThan(hybrid.timelineWritesPerSecond);
    expect(read.readsPerLoad).toBeGreaterThan(hybrid.readsPerLoad);
    const savings = hybridSavings(FEED_PRESET, 100_000);
    expect(savings.writes).toBeCloseTo(0.4, 6);
    expect(savings.worstPost).toBeCloseTo(0.998, 6);
    expect(savings.readsPerLoad).toBeLessThan(0);
  });

  it("pulls accounts with more followers than the threshold, not as many", () => {
    expect(fanoutCosts(FEED_PRESET, 10_000_000).worstPostFanout).toBe(10_000_000);
    expect(fanoutCosts(FEED_PRESET, 9_999_999).worstPostFanout).toBe(20_000);
    expect(fanoutCosts(FEED_PRESET, 20_000).worstPostFanout).toBe(20_000);
    expect(fanoutCosts(FEED_PRESET, 19_999).worstPostFanout).toBe(200);
  });

  it("moves monotonically: a lower threshold never writes more and never reads less", () => {
    const costs = THRESHOLDS.map((threshold) => fanoutCosts(FEED_PRESET, threshold));
    for (let i = 1; i < costs.length; i++) {
      expect(costs[i]!.timelineWritesPerSecond).toBeGreaterThanOrEqual(costs[i - 1]!.timelineWritesPerSecond);
      expect(costs[i]!.readsPerLoad).toBeLessThanOrEqual(costs[i - 1]!.readsPerLoad);
    }
    expect(costs[0]).toEqual(fanoutCosts(FEED_PRESET, PULL_EVERYONE));
    expect(costs.at(-1)).toEqual(fanoutCosts(FEED_PRESET, PUSH_EVERYONE));
  });
});

describe("thresholds in words", () => {
  it("name the pure strategies at the ends", () => {
    expect(describeThreshold(PUSH_EVERYONE)).toMatch(/pure fan-out on write/);
    expect(describeThreshold(PULL_EVERYONE)).toMatch(/pure fan-out on read/);
    expect(describeThreshold(100_000)).toBe("more than 100,000 followers are pulled");
  });
});

describe("bad input", () => {
  it("is explained in words and refused by the model", () => {
    expect(feedModelProblem(FEED_PRESET)).toBeNull();
    expect(feedModelProblem({ ...FEED_PRESET, tiers: [] })).toMatch(/at least one tier/);
    const negative = { ...ONE_TIER, tiers: [{ ...ONE_TIER.tiers[0]!, followers: -1 }] };
    expect(feedModelProblem(negative)).toMatch(/Everyone: followers/);
    const empty = { ...ONE_TIER, tiers: [{ ...ONE_TIER.tiers[0]!, accounts: 0 }] };
    expect(feedModelProblem(empty)).toMatch(/some accounts/);
    expect(feedModelProblem({ ...ONE_TIER, timelineLoadsPerSecond: Number.NaN })).toMatch(/loads/);
    expect(() => fanoutCosts(negative, 0)).toThrow();
    expect(() => fanoutCosts(ONE_TIER, -1)).toThrow(/threshold/);
  });

  it("copes with nobody posting", () => {
    const silent = { ...ONE_TIER, tiers: [{ ...ONE_TIER.tiers[0]!, postsPerDay: 0 }] };
    expect(fanoutCosts(silent, PUSH_EVERYONE)).toMatchObject({ timelineWritesPerSecond: 0, meanFollowersPerPost: 0 });
  });
});

describe("the scenarios", () => {
  it("are computed by the model: 580,000 writes/s, 240 reads per load, the worst post falls most", () => {
    expect(FANOUT_SCENARIOS["push-writes"]!.answer).toBe("580000");
    expect(FANOUT_SCENARIOS["pull-reads"]!.answer).toBe("240");
    expect(FANOUT_SCENARIOS["hybrid-biggest-fall"]!.answer).toBe("worstPost");
    // The push-writes explanation says the 200 celebrities write as much as the 100M everyday accounts.
    const [everyday, , celebrities] = fanoutCosts(FEED_PRESET, PUSH_EVERYONE).tiers;
    expect(celebrities!.timelineWritesPerSecond).toBeCloseTo(everyday!.timelineWritesPerSecond, 6);
    expect(FANOUT_SCENARIOS["hybrid-biggest-fall"]!.why).toContain("10,000,000 writes at once");
  });

  it("each answer is among its options", () => {
    for (const [key, scenario] of Object.entries(FANOUT_SCENARIOS))
      expect(
        scenario.options.map((o) => o.id),
        key,
      ).toContain(scenario.answer);
  });

  it("rounds to two figures", () => {
    expect(twoFigures(578_703.7)).toBe(580_000);
    expect(twoFigures(239.76)).toBe(240);
    expect(twoFigures(0)).toBe(0);
  });
});
