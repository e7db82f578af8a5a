import { AUTH, type PromptReference } from "@/lib/prompts/reference";

export const reference: PromptReference = {
  actors: ["Author", "Reader"],
  referenceRequirements: [
    AUTH,
    { id: "post", text: "A user publishes a post.", synonyms: [["post"], ["publish"], ["share"], ["tweet"]] },
    {
      id: "follow",
      text: "A user follows and unfollows others.",
      synonyms: [["follow"], ["friend"], ["subscribe"], ["connect"]],
    },
    {
      id: "feed",
      text: "A user sees a feed of recent posts from people they follow.",
      synonyms: [["feed"], ["timeline"], ["home"]],
    },
    {
      id: "interact",
      text: "A user likes and comments on posts.",
      synonyms: [["like"], ["comment"], ["react"], ["reply"]],
    },
  ],
  referenceParkingLot: [
    {
      feature: "Ranked feed",
      reason: "Ranking needs features, models and experiments; V1 is reverse-chronological.",
      synonyms: [["rank"], ["algorithm"], ["relevan"], ["recommend"]],
    },
    {
      feature: "Direct messages",
      reason: "A separate real-time messaging system.",
      synonyms: [["direct", "messag"], ["dm"], ["chat"], ["messag"]],
    },
    {
      feature: "Stories and video",
      reason: "Media processing and delivery are their own system.",
      synonyms: [["stories"], ["story"], ["video"], ["media"], ["reel"]],
    },
  ],
  referenceNfrs: [
    {
      text: "Feed loads at p99 under 500 ms.",
      synonyms: [["latency", "feed"], ["latency", "load"], ["feed", "loads"], ["latency"]],
    },
    {
      text: "Feeds and like counts are eventually consistent (seconds of lag are fine); a user's own post shows to them at once (read-your-writes).",
      synonyms: [
        ["consisten", "feed"],
        ["consisten", "like"],
        ["consisten", "post"],
        ["read", "your", "writes"],
        ["eventual"],
        ["consisten"],
      ],
    },
    {
      text: "Availability 99.99% for reading the feed; posting may degrade first.",
      synonyms: [["availab"], ["uptime"]],
    },
  ],
  scale: {
    dau: 100_000_000,
    readsPerUserPerDay: 20,
    writesPerUserPerDay: 1,
    note: "Our assumption: 20 feed loads and 1 post per user per day.",
  },
  answerOutline: [
    { stage: "Scoping", points: ["Post, follow, feed, like and comment; ranking and messaging parked."] },
    {
      stage: "Estimation",
      points: ["2B feed reads/day ≈ 23k/s average, read-heavy; celebrities make fan-out uneven."],
    },
    {
      stage: "High-level design",
      points: [
        "Posts in a partitioned store; feeds built on write for most users and merged on read for celebrities; caches for hot posts.",
      ],
    },
    {
      stage: "Deep dive",
      points: ["The celebrity fan-out storm; comment hot spots split into buckets; counters kept denormalized."],
    },
    { stage: "Wrap-up", points: ["Eventual consistency for likes; read-your-writes for a user's own post."] },
  ],
  source: "Authored by Tradeoff from chapter material (celebrity fan-out, bucketed comments, eventual likes).",
  authored: true,
};
