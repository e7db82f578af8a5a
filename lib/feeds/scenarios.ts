import { compareStrategies, fanoutCosts, type FeedModel, PULL_EVERYONE, PUSH_EVERYONE } from "@/lib/feeds/fanout";
import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import { formatNumber } from "@/lib/format/number";

/**
 * The FanoutCalculator's worked example and the predictions asked about it.
 * Every figure here is an invented assumption for teaching (not any real
 * network's numbers); every answer is computed by the model.
 */
export const FEED_PRESET: FeedModel = {
  tiers: [
    { name: "Everyday accounts", accounts: 100_000_000, followers: 200, postsPerDay: 1 },
    { name: "Popular accounts", accounts: 100_000, followers: 20_000, postsPerDay: 5 },
    { name: "Celebrities", accounts: 200, followers: 10_000_000, postsPerDay: 10 },
  ],
  timelineLoadsPerSecond: 50_000,
};

/** The thresholds the learner can choose, from pulling everyone to pushing everyone. */
export const THRESHOLDS = [PULL_EVERYONE, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, PUSH_EVERYONE] as const;
export const WORKED_THRESHOLD = 100_000;

/** A number rounded to two significant figures, as an estimate is said aloud. */
export function twoFigures(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number.parseFloat(value.toPrecision(2));
}

const worked = compareStrategies(FEED_PRESET, WORKED_THRESHOLD);
const pushAll = fanoutCosts(FEED_PRESET, PUSH_EVERYONE);
const pullAll = fanoutCosts(FEED_PRESET, PULL_EVERYONE);

/** How much each cost falls, as a fraction, going from pure fan-out on write to the hybrid (negative: it rises). */
export function hybridSavings(model: FeedModel, threshold: number) {
  const { write, hybrid } = compareStrategies(model, threshold);
  const fall = (before: number, after: number) => (before > 0 ? (before - after) / before : 0);
  return {
    writes: fall(write.timelineWritesPerSecond, hybrid.timelineWritesPerSecond),
    worstPost: fall(write.worstPostFanout, hybrid.worstPostFanout),
    readsPerLoad: fall(write.readsPerLoad, hybrid.readsPerLoad),
  };
}

const savings = hybridSavings(FEED_PRESET, WORKED_THRESHOLD);
const biggestFall = (Object.entries(savings) as [keyof typeof savings, number][]).reduce((best, entry) =>
  entry[1] > best[1] ? entry : best,
)[0];

const fmt = (value: number) => formatNumber(Math.round(value));
const pct = (fraction: number) => `${Math.round(fraction * 1000) / 10} %`;

export const FANOUT_SCENARIOS: PredictionScenarios = {
  "push-writes": {
    question:
      "Assumed network: 100M everyday accounts (200 followers, 1 post a day), 100k popular ones (20k followers, 5 a day) and 200 celebrities (10M followers, 10 a day). With pure fan-out on write, about how many timeline writes a second?",
    options: [
      { id: "1200", label: "About 1,200 a second (one per post)" },
      { id: "230000", label: "About 230,000 a second" },
      { id: "580000", label: "About 580,000 a second" },
      { id: "12000000", label: "About 12 million a second" },
    ],
    answer: String(twoFigures(pushAll.timelineWritesPerSecond)),
    why: `Each post is copied into every follower's timeline, so writes/s = posts/s × followers per post. Tier by tier: ${pushAll.tiers
      .map((cost) => `${fmt(cost.timelineWritesPerSecond)} (${cost.tier.name.toLowerCase()})`)
      .join(
        " + ",
      )} = ${fmt(pushAll.timelineWritesPerSecond)}. The 200 celebrities cause as many writes as the 100M everyday accounts.`,
  },
  "pull-reads": {
    question:
      "Same network, pure fan-out on read: one home-timeline load fetches the recent posts of every account the reader follows. How many accounts is that, on average?",
    options: [
      { id: "1", label: "1: the reader's own timeline" },
      { id: "200", label: "About 200, the everyday follower count" },
      { id: "240", label: "About 240" },
      { id: "10000000", label: "About 10 million" },
    ],
    answer: String(twoFigures(pullAll.readsPerLoad)),
    why: `Every follow has one follower and one account followed, so the average reader follows as many accounts as the average account has followers: ${fmt(pullAll.tiers.reduce((sum, cost) => sum + cost.tier.accounts * cost.tier.followers, 0) / 1e9)} billion follows ÷ ${fmt(pullAll.tiers.reduce((sum, cost) => sum + cost.tier.accounts, 0) / 1e6)} million accounts ≈ ${pullAll.readsPerLoad.toFixed(0)}. The big accounts lift it above 200. At ${fmt(FEED_PRESET.timelineLoadsPerSecond)} loads a second that is ${fmt(pullAll.readsPerSecond)} reads a second.`,
  },
  "hybrid-biggest-fall": {
    question:
      "Now the hybrid: accounts with more than 100,000 followers are not fanned out; their posts are pulled when a timeline loads. Compared with pure fan-out on write, which cost falls the most, in proportion?",
    options: [
      { id: "writes", label: "Timeline writes a second" },
      { id: "worstPost", label: "The timeline writes caused by the single biggest post" },
      { id: "readsPerLoad", label: "Reads per timeline load" },
    ],
    answer: biggestFall,
    why: `Writes a second fall by ${pct(savings.writes)} (${fmt(worked.write.timelineWritesPerSecond)} → ${fmt(worked.hybrid.timelineWritesPerSecond)}), but the biggest single post falls by ${pct(savings.worstPost)}: from ${fmt(worked.write.worstPostFanout)} writes at once (the fan-out storm) to ${fmt(worked.hybrid.worstPostFanout)}. Reads per load rise instead, from ${fmt(worked.write.readsPerLoad)} to about ${fmt(worked.hybrid.readsPerLoad)}: each load now also pulls the ~${fmt(worked.hybrid.extraReadsPerLoad)} celebrities the reader follows.`,
  },
};
