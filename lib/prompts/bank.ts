/**
 * The design prompts candidates practise on. Each carries what the worksheet
 * checks against (reference V1 requirements with the words that count as
 * covering them), the reference parking lot and non-functional requirements,
 * scale assumptions for the estimator, and an answer outline shown only after
 * the candidate submits.
 *
 * Ride-sharing is the running example of the scoping and estimation chapters
 * and its reference comes from them. The other prompts have no worked answer
 * in our source material: their references are our own (`authored: true`),
 * and the UI says so.
 */
export type ReferenceRequirement = {
  id: string;
  text: string;
  /**
   * Ways of saying it. A requirement is covered when every word of any one
   * group starts a word of the learner's text ("match" also finds "matching").
   */
  synonyms: string[][];
};

export type DesignPrompt = {
  id: string;
  title: string;
  brief: string;
  actors: string[];
  referenceRequirements: ReferenceRequirement[];
  referenceParkingLot: { feature: string; reason: string }[];
  referenceNfrs: string[];
  /** Average behaviour per daily active user, the estimator's starting point. */
  scale: { dau: number; readsPerUserPerDay: number; writesPerUserPerDay: number; note: string };
  answerOutline: { stage: string; points: string[] }[];
  source: string;
  authored: boolean;
};

const AUTH: ReferenceRequirement = {
  id: "auth",
  text: "Users sign up and sign in.",
  synonyms: [["sign", "up"], ["sign", "in"], ["log", "in"], ["login"], ["register"], ["auth"], ["account"]],
};

export const PROMPTS: DesignPrompt[] = [
  {
    id: "ride-sharing",
    title: "Design a ride-sharing app",
    brief:
      "Riders request a car from where they stand to where they want to go; nearby drivers are offered the trip, one accepts, both follow each other on a map, and the rider pays when the ride ends.",
    actors: ["Rider", "Driver"],
    referenceRequirements: [
      {
        id: "auth",
        text: "Riders and drivers sign up and sign in.",
        synonyms: AUTH.synonyms,
      },
      {
        id: "location",
        text: "Drivers report their location and whether they are available.",
        synonyms: [["location"], ["gps"], ["position"], ["available"], ["availability"], ["online"]],
      },
      {
        id: "request",
        text: "Riders see nearby drivers and request a ride from A to B.",
        synonyms: [["request"], ["nearby"], ["book"], ["order", "ride"], ["destination"]],
      },
      {
        id: "matching",
        text: "An open request is matched to one suitable driver.",
        synonyms: [["match"], ["assign"], ["dispatch"], ["pair"], ["accept"]],
      },
      {
        id: "tracking",
        text: "From acceptance to pickup, rider and driver see each other's live location.",
        synonyms: [["track"], ["live"], ["real", "time"], ["each", "other"], ["follow"], ["eta"]],
      },
      {
        id: "ride-state",
        text: "The ride moves through its states: accepted, en route to the rider, in progress, completed.",
        synonyms: [
          ["state"],
          ["status"],
          ["complete"],
          ["in", "progress"],
          ["en", "route"],
          ["lifecycle"],
          ["start", "end"],
        ],
      },
      {
        id: "payment",
        text: "The rider is charged automatically when the ride completes.",
        synonyms: [["pay"], ["charge"], ["bill"], ["fare"], ["price"]],
      },
      {
        id: "ratings",
        text: "Rider and driver rate each other after the ride.",
        synonyms: [["rate"], ["rating"], ["review"], ["feedback"], ["stars"]],
      },
    ],
    referenceParkingLot: [
      { feature: "Scheduled rides", reason: "V1 is on-demand only; booking ahead adds a scheduler and reservations." },
      {
        feature: "Shared rides (pooling)",
        reason: "Matching becomes a multi-stop routing problem and the ride becomes multi-leg.",
      },
      {
        feature: "Service tiers (XL, Lux)",
        reason: "More vehicle classes multiply matching and pricing rules without changing the core.",
      },
      { feature: "In-app chat", reason: "Needs its own real-time messaging system; a phone call covers V1." },
      {
        feature: "Surge pricing",
        reason:
          "Needs streaming ingestion of locations, a city split into cells, live supply/demand per cell, history and a safe way to push prices; V1 prices by distance and time.",
      },
      {
        feature: "Complex driver payouts",
        reason: "Instant payouts and earnings dashboards wait; V1 pays drivers on a schedule.",
      },
    ],
    referenceNfrs: [
      "Availability 99.99% (about 52.6 minutes of downtime a year), so no single point of failure.",
      "A driver's location reaches the rider at p99 under 500 ms; ride history loads at p95 under 300 ms.",
      "Ride state is strongly consistent (both sides always agree); the moving map icon can be eventually consistent.",
      "Completed trips and payments are never lost: replicated across failure domains and backed up.",
    ],
    scale: {
      dau: 10_000_000,
      readsPerUserPerDay: 1_728,
      writesPerUserPerDay: 432,
      note: "Averages behind chapter 2's figures: 200,000 location updates/s and 200,000 nearby-driver reads/s on average for 10M DAU (×3 at peak).",
    },
    answerOutline: [
      {
        stage: "Scoping",
        points: [
          "Actors: rider and driver, one journey each.",
          "Eight V1 requirements from sign-in to ratings; surge, pooling, scheduling, tiers, chat and payouts parked with reasons.",
          "NFRs with numbers: 99.99%, p99 < 500 ms for location to rider, strong ride state, eventual map icon.",
        ],
      },
      {
        stage: "Estimation",
        points: [
          "200k drivers online, 2M riders polling: 150k peak writes/s and 600k peak reads/s, 4:1 read-heavy.",
          "Rides: 10 GB/day, 3.65 TB/year. Egress about 1.2 GB/s (≈ 9.6 Gbps).",
        ],
      },
      {
        stage: "High-level design",
        points: [
          "Apps → load balancer → stateless services; a location ingest path built for writes; nearby-driver reads served from an in-memory geo index.",
          "Ride state in a strongly consistent database; payments asynchronous with idempotency keys; WebSocket gateway for live tracking.",
        ],
      },
      {
        stage: "Deep dive",
        points: [
          "Geo cells (geohash or S2) for nearby search and partitioning; what happens to a ride when a driver's phone drops.",
          "Matching without double-assigning a driver: a conditional update on the driver's state.",
        ],
      },
      {
        stage: "Wrap-up",
        points: [
          "Bottlenecks: the location write path and egress. Next: surge pricing as a separate streaming system.",
        ],
      },
    ],
    source: "Chapters 1 and 2 (the running ride-sharing example).",
    authored: false,
  },
  {
    id: "url-shortener",
    title: "Design a URL shortener",
    brief: "Users turn a long link into a short one; anyone who opens the short link is sent to the long one.",
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
      },
      { feature: "Link editing after creation", reason: "Caching redirects gets harder when a target can change." },
      {
        feature: "Malware scanning of targets",
        reason: "Needs an external reputation service; V1 blocks a static list.",
      },
    ],
    referenceNfrs: [
      "Redirects at p99 under 50 ms from the nearest region; creation at p99 under 300 ms.",
      "Redirect availability 99.99%; creation may be less available than redirects.",
      "A short code never points at two URLs (uniqueness is strongly consistent); click counts can be eventual.",
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
  },
  {
    id: "social-feed",
    title: "Design a social media feed",
    brief: "People follow others and see a feed of their recent posts; they post, like and comment.",
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
      },
      { feature: "Direct messages", reason: "A separate real-time messaging system." },
      { feature: "Stories and video", reason: "Media processing and delivery are their own system." },
    ],
    referenceNfrs: [
      "Feed loads at p99 under 500 ms.",
      "Feeds and like counts are eventually consistent (seconds of lag are fine); a user's own post shows to them at once (read-your-writes).",
      "Availability 99.99% for reading the feed; posting may degrade first.",
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
  },
  {
    id: "task-scheduler",
    title: "Design a distributed task scheduler",
    brief:
      "Services submit jobs to run now or at a time; workers run them at least once, retry failures and report results.",
    actors: ["Submitting service", "Operator"],
    referenceRequirements: [
      {
        id: "submit",
        text: "A client submits a job to run now or at a given time.",
        synonyms: [["submit"], ["schedule"], ["enqueue"], ["create", "job"]],
      },
      {
        id: "recurring",
        text: "Jobs can recur on a schedule.",
        synonyms: [["recur"], ["cron"], ["periodic"], ["repeat"]],
      },
      {
        id: "execute",
        text: "Workers pick up due jobs and run them.",
        synonyms: [["worker"], ["execute"], ["run"], ["pick", "up"]],
      },
      {
        id: "retry",
        text: "Failed jobs are retried with backoff, then set aside.",
        synonyms: [["retry"], ["retries"], ["backoff"], ["dead", "letter"], ["fail"]],
      },
      {
        id: "status",
        text: "Clients and operators see a job's status and result.",
        synonyms: [["status"], ["result"], ["monitor"], ["progress"]],
      },
      { id: "cancel", text: "A pending job can be cancelled.", synonyms: [["cancel"], ["delete"], ["abort"]] },
    ],
    referenceParkingLot: [
      { feature: "Workflows with dependencies between jobs", reason: "A DAG engine is a product of its own." },
      {
        feature: "Per-tenant priorities and quotas",
        reason: "Fairness policies wait until there is more than one big tenant.",
      },
    ],
    referenceNfrs: [
      "No accepted job is lost: accept with 202 only after a durable write.",
      "A due job starts within 5 s at p99.",
      "At-least-once execution, so jobs must be idempotent (keyed by job id).",
    ],
    scale: {
      dau: 1_000,
      readsPerUserPerDay: 10_000,
      writesPerUserPerDay: 100_000,
      note: "Our assumption: 1,000 client services submitting 100M jobs a day.",
    },
    answerOutline: [
      { stage: "Scoping", points: ["Submit, recur, run, retry, status, cancel; DAGs parked."] },
      { stage: "Estimation", points: ["100M jobs/day ≈ 1,160/s average, write-heavy."] },
      {
        stage: "High-level design",
        points: [
          "Durable intake (202 after write) → a due-time index → a queue → idempotent workers; dead-letter queue after a few tries.",
        ],
      },
      {
        stage: "Deep dive",
        points: ["Claiming a due job exactly once (leases); retries with exponential backoff and jitter; poison jobs."],
      },
      { stage: "Wrap-up", points: ["Consumer lag as the key metric; rate limiting jobs sent to fragile downstreams."] },
    ],
    source: "Authored by Tradeoff from chapter material (queues, idempotent workers, backoff, dead-letter queues).",
    authored: true,
  },
  {
    id: "chat",
    title: "Design a chat app",
    brief:
      "People send messages to each other and to groups, see them arrive in real time and read history on any device.",
    actors: ["Sender", "Recipient"],
    referenceRequirements: [
      AUTH,
      { id: "direct", text: "A user sends a message to another user.", synonyms: [["send"], ["message"], ["direct"]] },
      { id: "group", text: "Users chat in groups.", synonyms: [["group"], ["channel"], ["room"]] },
      {
        id: "delivery",
        text: "Messages arrive in real time for online users and wait for offline ones.",
        synonyms: [["real", "time"], ["deliver"], ["offline"], ["push"], ["instant"]],
      },
      {
        id: "history",
        text: "A user reads past messages on any device.",
        synonyms: [["history"], ["past"], ["sync"], ["device"], ["scroll"]],
      },
      {
        id: "receipts",
        text: "Senders see delivered and read receipts.",
        synonyms: [["receipt"], ["read"], ["seen"], ["delivered"]],
      },
    ],
    referenceParkingLot: [
      { feature: "Voice and video calls", reason: "Media streaming (WebRTC) is a separate system." },
      {
        feature: "End-to-end encryption",
        reason: "Key exchange changes storage and search; decide early but build later.",
      },
      { feature: "Presence for large groups", reason: "Fan-out of online status is costly at scale." },
    ],
    referenceNfrs: [
      "A message reaches an online recipient at p99 under 500 ms.",
      "Messages are never lost once the sender sees them as sent; order is kept within a conversation.",
      "Availability 99.99% for sending.",
    ],
    scale: {
      dau: 50_000_000,
      readsPerUserPerDay: 100,
      writesPerUserPerDay: 40,
      note: "Our assumption: 40 messages sent and 100 read per user per day.",
    },
    answerOutline: [
      { stage: "Scoping", points: ["Direct and group messages, real-time delivery, history, receipts; calls parked."] },
      {
        stage: "Estimation",
        points: ["2B messages/day ≈ 23k/s average; connections dominate: millions of open sockets."],
      },
      {
        stage: "High-level design",
        points: [
          "Connection gateways holding WebSockets; a message service writing to a store partitioned by conversation; a log for fan-out to gateways.",
        ],
      },
      { stage: "Deep dive", points: ["Ordering per conversation; delivery to offline devices; group fan-out."] },
      { stage: "Wrap-up", points: ["Presence as a separate eventually consistent service."] },
    ],
    source: "Authored by Tradeoff.",
    authored: true,
  },
  {
    id: "notification-system",
    title: "Design a notification system",
    brief:
      "Course updates and other events notify the people who follow them, instantly if they are online and in their inbox if not.",
    actors: ["Publisher", "Subscriber"],
    referenceRequirements: [
      {
        id: "subscribe",
        text: "Users subscribe to sources they care about.",
        synonyms: [["subscri"], ["follow"], ["opt"]],
      },
      {
        id: "publish",
        text: "A publisher's event creates notifications for its subscribers.",
        synonyms: [["publish"], ["event"], ["trigger"], ["create", "notification"]],
      },
      {
        id: "realtime",
        text: "Online users get the notification in real time.",
        synonyms: [["real", "time"], ["online"], ["push"], ["instant"], ["websocket"]],
      },
      {
        id: "inbox",
        text: "Offline users find it in their inbox later.",
        synonyms: [["inbox"], ["offline"], ["later"], ["list"], ["history"]],
      },
      { id: "seen", text: "Notifications are marked as seen.", synonyms: [["seen"], ["read"], ["unread"], ["mark"]] },
      {
        id: "preferences",
        text: "Users choose which notifications they get.",
        synonyms: [["preference"], ["settings"], ["mute"], ["choose"]],
      },
    ],
    referenceParkingLot: [
      { feature: "Email and SMS channels", reason: "External providers with their own rate limits and retries." },
      { feature: "Digest and batching rules", reason: "Scheduling and grouping logic waits for usage data." },
    ],
    referenceNfrs: [
      "An online subscriber sees a notification within 2 s at p99.",
      "Seen status is stored, not inferred from delivery.",
      "A viral event (300,000 subscribers) must not take the system down: absorb the burst in a queue.",
    ],
    scale: {
      dau: 10_000_000,
      readsPerUserPerDay: 10,
      writesPerUserPerDay: 5,
      note: "Tier 2 of the notification tiers: 10M students, bursts of 300,000 per course update.",
    },
    answerOutline: [
      { stage: "Scoping", points: ["Subscribe, publish, real-time and inbox delivery, seen status, preferences."] },
      {
        stage: "Estimation",
        points: [
          "Pick the tier: 1,000 users need one table; 10M need a queue and workers; 500M × 10 views = 5B/day ≈ 57,870/s need sharding by user.",
        ],
      },
      {
        stage: "High-level design",
        points: ["Producer → log topic → workers → WebSocket for online users, a notifications table for everyone."],
      },
      {
        stage: "Deep dive",
        points: ["Absorbing viral bursts; sharding notifications by user id; persisting seen_at."],
      },
      { stage: "Wrap-up", points: ["Don't over-engineer: the tier decides the architecture."] },
    ],
    source: "Notification tiers from our reference material; requirements authored by Tradeoff.",
    authored: true,
  },
  {
    id: "rate-limiter",
    title: "Design a rate limiter",
    brief:
      "An API must stop any one client from sending more than its share of requests, across many servers, without slowing everyone down.",
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
      { feature: "Adaptive limits from server load", reason: "Needs load signals and tuning; static limits first." },
      { feature: "Billing by usage", reason: "Metering is a separate, exact accounting problem." },
    ],
    referenceNfrs: [
      "Adds under 1 ms at p99 to a request.",
      "If the limiter's store fails, requests are allowed (fail open) and the failure alerts.",
      "Counts may be slightly approximate across servers.",
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
  },
  {
    id: "search-autocomplete",
    title: "Design search autocomplete",
    brief: "As a user types in a search box, the most popular matching queries appear under it.",
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
      { feature: "Personalised suggestions", reason: "Needs per-user history and ranking models." },
      { feature: "Spelling correction", reason: "A separate language problem." },
      { feature: "Many languages", reason: "Tokenisation differs per language; start with one." },
    ],
    referenceNfrs: [
      "Suggestions return at p99 under 100 ms, since they appear while typing.",
      "Popularity can be hours stale (eventual).",
      "Availability 99.9%: search still works without suggestions.",
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
  },
];

const byId = new Map(PROMPTS.map((prompt) => [prompt.id, prompt]));

export function getPrompt(id: string | null | undefined): DesignPrompt | undefined {
  return id ? byId.get(id) : undefined;
}
