import type { PromptReference } from "@/lib/prompts/reference";

export const reference: PromptReference = {
  actors: ["Searcher"],
  referenceRequirements: [
    {
      id: "suggest",
      text: "Typing a prefix shows the top matching suggestions.",
      synonyms: [["suggest"], ["prefix"], ["autocomplete"], ["complete"], ["type"]],
    },
    {
      id: "ranked",
      text: "Suggestions are ranked by popularity.",
      synonyms: [["rank"], ["popular"], ["top"], ["frequen"]],
    },
    {
      id: "fresh",
      text: "New popular queries appear within a day.",
      synonyms: [["fresh"], ["update"], ["trend"], ["new", "quer"]],
    },
    {
      id: "filter",
      text: "Offensive suggestions are filtered out.",
      synonyms: [["filter"], ["offensive"], ["block"], ["moderat"]],
    },
  ],
  referenceParkingLot: [
    {
      feature: "Personalised suggestions",
      reason: "Needs per-user history and ranking models.",
      synonyms: [["personal"], ["per", "user"], ["user", "histor"]],
    },
    {
      feature: "Spelling correction",
      reason: "A separate language problem.",
      synonyms: [["spell"], ["typo"], ["correct"], ["fuzzy"]],
    },
    {
      feature: "Many languages",
      reason: "Tokenisation differs per language; start with one.",
      synonyms: [["language"], ["multilingual"], ["international"], ["i18n"], ["locale"]],
    },
  ],
  referenceNfrs: [
    {
      text: "Suggestions return at p99 under 100 ms, since they appear while typing.",
      synonyms: [["latency", "suggest"], ["latency"], ["keystroke"], ["while", "typing"]],
    },
    {
      text: "Popularity can be hours stale (eventual).",
      synonyms: [["consisten"], ["stale"], ["fresh"], ["eventual"], ["popular"]],
    },
    {
      text: "Availability 99.9%: search still works without suggestions.",
      synonyms: [["availab"], ["degrad"], ["uptime"]],
    },
  ],
  scale: {
    dau: 100_000_000,
    readsPerUserPerDay: 40,
    writesPerUserPerDay: 4,
    note: "Our assumption: 4 searches a day, each typed as about 10 prefix lookups.",
  },
  answerOutline: [
    { stage: "Scoping", points: ["Prefix suggestions ranked by popularity, refreshed daily, filtered."] },
    { stage: "Estimation", points: ["4B prefix lookups/day ≈ 46k/s average: read-heavy, latency-bound."] },
    {
      stage: "High-level design",
      points: [
        "A prefix index (trie or sorted keys) with the top-k per prefix precomputed, served from memory; an offline job rebuilds it from query logs.",
      ],
    },
    {
      stage: "Deep dive",
      points: ["Sharding the trie by prefix; caching in the browser and CDN; debouncing keystrokes."],
    },
    { stage: "Wrap-up", points: ["Freshness vs cost of rebuilding; trending queries as a faster side path."] },
  ],
  source: "Authored by Tradeoff.",
  authored: true,
};
