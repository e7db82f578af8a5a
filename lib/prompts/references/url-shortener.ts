import type { PromptReference } from "@/lib/prompts/reference";

export const reference: PromptReference = {
  actors: ["Link creator", "Visitor"],
  referenceRequirements: [
    {
      id: "shorten",
      text: "A user submits a long URL and gets a short one back.",
      synonyms: [["short"], ["create", "link"], ["generate"]],
    },
    {
      id: "redirect",
      text: "Opening a short URL redirects to the original.",
      synonyms: [["redirect"], ["resolve"], ["open"], ["visit"], ["forward"]],
    },
    {
      id: "custom",
      text: "A user may choose a custom alias.",
      synonyms: [["custom"], ["alias"], ["vanity"], ["choose"]],
    },
    { id: "expiry", text: "Links can expire.", synonyms: [["expir"], ["ttl"], ["lifetime"]] },
    {
      id: "analytics",
      text: "The creator sees how many times a link was opened.",
      synonyms: [["click"], ["count"], ["analytic"], ["stat"], ["views"], ["how", "many"]],
    },
  ],
  referenceParkingLot: [
    {
      feature: "Detailed analytics (referrers, geography)",
      reason: "A streaming analytics pipeline; V1 keeps a click count.",
      synonyms: [["analytic"], ["referr"], ["geograph"], ["dashboard"], ["report"]],
    },
    {
      feature: "Link editing after creation",
      reason: "Caching redirects gets harder when a target can change.",
      synonyms: [["edit"], ["updat"], ["change"], ["modif"]],
    },
    {
      feature: "Malware scanning of targets",
      reason: "Needs an external reputation service; V1 blocks a static list.",
      synonyms: [["malware"], ["scan"], ["spam"], ["abuse"], ["phishing"], ["safe"]],
    },
  ],
  referenceNfrs: [
    {
      text: "Redirects at p99 under 50 ms from the nearest region; creation at p99 under 300 ms.",
      synonyms: [["latency", "redirect"], ["latency", "creat"], ["latency", "short"], ["redirects", "at"], ["latency"]],
    },
    {
      text: "Redirect availability 99.99%; creation may be less available than redirects.",
      synonyms: [["availab"], ["uptime"]],
    },
    {
      text: "A short code never points at two URLs (uniqueness is strongly consistent); click counts can be eventual.",
      synonyms: [["consisten"], ["uniq"], ["collision"], ["eventual"]],
    },
  ],
  scale: {
    dau: 10_000_000,
    readsPerUserPerDay: 10,
    writesPerUserPerDay: 0.1,
    note: "Our assumption: about 100 redirects per link created.",
  },
  answerOutline: [
    {
      stage: "Scoping",
      points: ["Shorten, redirect, optional alias and expiry, a click count; analytics beyond that parked."],
    },
    {
      stage: "Estimation",
      points: [
        "1M links/day, 100M redirects/day: ~1,160 reads/s average, 100:1 read-heavy; 500 B per link → 0.5 GB/day.",
      ],
    },
    {
      stage: "High-level design",
      points: [
        "Key-value store keyed by code; a cache and CDN in front of redirects; code generation by counter ranges or random codes with a uniqueness check.",
      ],
    },
    {
      stage: "Deep dive",
      points: [
        "301 vs 302 (caching vs counting clicks); a single counter as a hot spot and how ranges or a Snowflake-style id avoid it.",
      ],
    },
    { stage: "Wrap-up", points: ["Abuse and spam, hot links, expiring old links."] },
  ],
  source: "Authored by Tradeoff; our source material has no worked answer for this prompt.",
  authored: true,
};
