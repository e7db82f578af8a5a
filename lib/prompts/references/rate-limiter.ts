import type { PromptReference } from "@/lib/prompts/reference";

export const reference: PromptReference = {
  actors: ["API client", "API operator"],
  referenceRequirements: [
    {
      id: "limit",
      text: "Requests over a client's limit are rejected.",
      synonyms: [["limit"], ["reject"], ["throttl"], ["block"]],
    },
    {
      id: "rules",
      text: "Operators set limits per client and per endpoint.",
      synonyms: [["rule"], ["config"], ["per", "endpoint"], ["per", "client"], ["tier"]],
    },
    {
      id: "response",
      text: "A rejected client gets 429 with when to retry.",
      synonyms: [["429"], ["retry"], ["header"], ["too", "many"]],
    },
    {
      id: "distributed",
      text: "Limits hold across all API servers.",
      synonyms: [["across"], ["distributed"], ["shared"], ["global"], ["servers"]],
    },
    {
      id: "bursts",
      text: "Short bursts are allowed up to a set size.",
      synonyms: [["burst"], ["bucket"], ["spike"]],
    },
  ],
  referenceParkingLot: [
    {
      feature: "Adaptive limits from server load",
      reason: "Needs load signals and tuning; static limits first.",
      synonyms: [["adaptive"], ["dynamic"], ["server", "load"], ["load", "based"], ["auto"]],
    },
    {
      feature: "Billing by usage",
      reason: "Metering is a separate, exact accounting problem.",
      synonyms: [["bill"], ["meter"], ["usage"], ["charg"], ["pay"]],
    },
  ],
  referenceNfrs: [
    { text: "Adds under 1 ms at p99 to a request.", synonyms: [["latency"], ["overhead"], ["adds", "under"]] },
    {
      text: "If the limiter's store fails, requests are allowed (fail open) and the failure alerts.",
      synonyms: [["fail", "open"], ["fail"], ["availab"], ["alert"]],
    },
    {
      text: "Counts may be slightly approximate across servers.",
      synonyms: [["approximat"], ["consisten", "count"], ["eventual"], ["consisten"]],
    },
  ],
  scale: {
    dau: 1_000_000,
    readsPerUserPerDay: 1_000,
    writesPerUserPerDay: 0,
    note: "Our assumption: 1M clients making 1,000 requests a day; every request is one counter check.",
  },
  answerOutline: [
    {
      stage: "Scoping",
      points: ["Reject over-limit, configurable rules, 429 with Retry-After, distributed, bursts."],
    },
    {
      stage: "Estimation",
      points: ["1B checks/day ≈ 11.6k/s average; the counter store must answer in well under a millisecond."],
    },
    {
      stage: "High-level design",
      points: [
        "Middleware at the gateway; counters in an in-memory store shared by all servers; rules cached locally.",
      ],
    },
    {
      stage: "Deep dive",
      points: ["Token bucket vs sliding window; atomic increments; the boundary burst of fixed windows."],
    },
    { stage: "Wrap-up", points: ["Fail open vs closed; X-RateLimit headers."] },
  ],
  source: "Authored by Tradeoff from chapter material (token bucket, sliding windows, 429 and Retry-After).",
  authored: true,
};
