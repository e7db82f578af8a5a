import { SECONDS_PER_DAY } from "@/lib/estimation/month";
import { formatNumber } from "@/lib/format/number";

/**
 * The cost of building home timelines three ways: fan-out on write (push each
 * post into every follower's timeline), fan-out on read (gather the followed
 * accounts' posts at every load), and the hybrid that pushes for most accounts
 * but pulls for those with more followers than a threshold. Pure.
 *
 * The follower distribution is a short list of account tiers, so every figure
 * can be checked by hand. Follows are assumed to be spread evenly over the
 * readers: the average reader follows (accounts × followers) / all accounts of
 * each tier, because every follow has one follower and one account followed.
 */
export type AccountTier = {
  name: string;
  /** How many accounts are in this tier. */
  accounts: number;
  /** Followers each of them has. */
  followers: number;
  /** Posts each of them writes a day. */
  postsPerDay: number;
};

export type FeedModel = {
  tiers: readonly AccountTier[];
  /** Home-timeline loads a second, across all readers. */
  timelineLoadsPerSecond: number;
};

export { SECONDS_PER_DAY } from "@/lib/estimation/month";

/** The threshold that pulls nobody (pure fan-out on write) and the one that pulls everybody (pure fan-out on read). */
export const PUSH_EVERYONE = Number.POSITIVE_INFINITY;
export const PULL_EVERYONE = 0;

/** What is wrong with a model, in words, or null when every figure is usable. */
export function feedModelProblem(model: FeedModel): string | null {
  if (model.tiers.length === 0) return "Add at least one tier of accounts.";
  for (const tier of model.tiers) {
    for (const [field, value] of [
      ["accounts", tier.accounts],
      ["followers", tier.followers],
      ["posts a day", tier.postsPerDay],
    ] as const)
      if (!Number.isFinite(value) || value < 0) return `${tier.name}: ${field} must be a number of 0 or more.`;
  }
  if (totalAccounts(model.tiers) <= 0) return "At least one tier needs some accounts.";
  if (!Number.isFinite(model.timelineLoadsPerSecond) || model.timelineLoadsPerSecond < 0)
    return "Timeline loads a second must be a number of 0 or more.";
  return null;
}

function assertModel(model: FeedModel) {
  const problem = feedModelProblem(model);
  if (problem) throw new Error(problem);
}

export const totalAccounts = (tiers: readonly AccountTier[]) => tiers.reduce((sum, tier) => sum + tier.accounts, 0);

/** Posts a second from one tier: accounts × posts a day ÷ 86,400. */
export const tierPostsPerSecond = (tier: AccountTier) => (tier.accounts * tier.postsPerDay) / SECONDS_PER_DAY;

/** How many of this tier's accounts the average reader follows: accounts × followers ÷ all accounts. */
export const followedPerReader = (tier: AccountTier, allAccounts: number) =>
  (tier.accounts * tier.followers) / allAccounts;

/** A tier is pulled on read when its accounts have more followers than the threshold. */
export const isPulled = (tier: AccountTier, threshold: number) => tier.followers > threshold;

export type TierCost = {
  tier: AccountTier;
  pulled: boolean;
  postsPerSecond: number;
  /** Timeline writes a second its posts cause (0 when pulled). */
  timelineWritesPerSecond: number;
  /** Of the accounts a reader follows, how many are in this tier. */
  followedPerReader: number;
};

export type FanoutCosts = {
  threshold: number;
  tiers: TierCost[];
  postsPerSecond: number;
  /** Followers per post, weighted by how often each tier posts: writes/s ÷ posts/s under pure fan-out on write. */
  meanFollowersPerPost: number;
  /** Accounts the average reader follows (= the mean number of followers per account). */
  followsPerReader: number;
  timelineWritesPerSecond: number;
  /** Reads one home-timeline load makes: its precomputed timeline (if anything is pushed) plus each pulled account followed. */
  readsPerLoad: number;
  /** The pulled accounts alone: what the hybrid adds to each load. */
  extraReadsPerLoad: number;
  readsPerSecond: number;
  /** Timeline writes caused by one post from the most-followed account still pushed: the fan-out storm. */
  worstPostFanout: number;
};

/** Every cost at one threshold (PUSH_EVERYONE for fan-out on write, PULL_EVERYONE for fan-out on read). */
export function fanoutCosts(model: FeedModel, threshold: number): FanoutCosts {
  assertModel(model);
  if (Number.isNaN(threshold) || threshold < 0) throw new Error("the threshold must be 0 or more");
  const all = totalAccounts(model.tiers);
  const tiers = model.tiers.map((tier): TierCost => {
    const pulled = isPulled(tier, threshold);
    const postsPerSecond = tierPostsPerSecond(tier);
    return {
      tier,
      pulled,
      postsPerSecond,
      timelineWritesPerSecond: pulled ? 0 : postsPerSecond * tier.followers,
      followedPerReader: followedPerReader(tier, all),
    };
  });
  const sum = (pick: (cost: TierCost) => number) => tiers.reduce((total, cost) => total + pick(cost), 0);
  const postsPerSecond = sum((cost) => cost.postsPerSecond);
  const allWrites = sum((cost) => cost.postsPerSecond * cost.tier.followers);
  const extraReadsPerLoad = sum((cost) => (cost.pulled ? cost.followedPerReader : 0));
  const pushesAny = tiers.some((cost) => !cost.pulled);
  const readsPerLoad = (pushesAny ? 1 : 0) + extraReadsPerLoad;
  return {
    threshold,
    tiers,
    postsPerSecond,
    meanFollowersPerPost: postsPerSecond > 0 ? allWrites / postsPerSecond : 0,
    followsPerReader: sum((cost) => cost.followedPerReader),
    timelineWritesPerSecond: sum((cost) => cost.timelineWritesPerSecond),
    readsPerLoad,
    extraReadsPerLoad,
    readsPerSecond: model.timelineLoadsPerSecond * readsPerLoad,
    worstPostFanout: Math.max(0, ...tiers.filter((cost) => !cost.pulled).map((cost) => cost.tier.followers)),
  };
}

/** The three strategies side by side: push everyone, pull everyone, and the hybrid at `threshold`. */
export function compareStrategies(model: FeedModel, threshold: number) {
  return {
    write: fanoutCosts(model, PUSH_EVERYONE),
    read: fanoutCosts(model, PULL_EVERYONE),
    hybrid: fanoutCosts(model, threshold),
  };
}

/** A threshold in words, naming the two pure strategies at its ends. */
export function describeThreshold(threshold: number): string {
  if (threshold === PUSH_EVERYONE) return "none: every account is fanned out (pure fan-out on write)";
  if (threshold === PULL_EVERYONE) return "0: every account is pulled (pure fan-out on read)";
  return `more than ${formatNumber(threshold)} followers are pulled`;
}
