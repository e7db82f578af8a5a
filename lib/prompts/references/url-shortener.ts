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
    dau: 100_000_000,
    readsPerUserPerDay: 100 / 30,
    writesPerUserPerDay: 1 / 30,
    note: "Our assumption, matching chapter 2's card: 100M daily users, each creating about one link a month and opening about 3.3 short links a day. That is 100M new links a month (about 39 a second) and 100 redirects per link (about 3,900 a second).",
  },
  answer: {
    estimatePreset: "url-shortener",
    design: [
      "Two paths with different needs, run as separate services: creation (about 39 links a second on average, 116 at peak) must never give one code to two URLs; redirects (about 3,900 a second on average, 11,600 at peak) must be fast and almost never down.",
      "Link API: checks the long URL (and a custom alias, if any), takes the next code from the id block its server has leased, and writes the link with a conditional put, which succeeds only if the code is still free; it returns the short URL.",
      "Id range allocator: hands each API server a block of 10,000 counter values from one row updated in a transaction. Servers scramble each value with a reversible permutation and write it as 7 base62 characters, so codes are unique without a check and do not come out in order. At peak it is asked about once every 86 s.",
      "Links store: a replicated key-value store (DynamoDB-style) partitioned by short code, because the only query on the hot path is get-by-key. 6B links after five years at 481 B each come to about 2.9 TB, 8.7 TB with three copies.",
      "Redirect service in every region, behind an edge load balancer that sends visitors to the nearest one: Redis first, the store on a miss, then the expiry and blocked checks, and a 302 Found with the long URL in Location.",
      "Redis hot set: about 20% of links take about 80% of redirects, so caching them takes store reads at peak from 11,574 a second to about 2,300. Twenty percent of five years of links is 577 GB; the links actually hot are mostly recent, so far less memory does in practice.",
      "Click pipeline: each redirect publishes a small event to Kafka without waiting for it; an aggregator appends the raw clicks to Cassandra (partitioned by code and day) and adds them up per link every few seconds into the counts table the creator reads. Counts lag by seconds.",
    ],
    diagram: {
      title: "URL shortener V1: create, redirect and count",
      source: `flowchart LR
  Creator([Creator app]) -- HTTPS --> API[Link API]
  Visitor([Visitor browser]) -- HTTPS GET --> Edge[Edge load balancer]
  Edge -- HTTPS to nearest region --> Redirect[Redirect service]
  API -- gRPC lease a block --> Alloc[Id range allocator]
  Alloc -- SQL --> RangeDB[(Range table in PostgreSQL)]
  API -- HTTPS conditional put --> Links[(Links KV store)]
  Redirect -- RESP GET --> Hot[(Redis hot set)]
  Redirect -- HTTPS get by code on miss --> Links
  Redirect -- Kafka produce --> Clicks[[Click events topic]]
  Clicks -- Kafka consume --> Agg[Click aggregator]
  Agg -- CQL append --> ClickLog[(Click log in Cassandra)]
  Agg -- CQL add per link --> Counts[(Click counts table)]
  API -- CQL read counts --> Counts`,
    },
    deepDives: [
      {
        id: "key-generation",
        title: "Making short codes: counter ranges, Snowflake or random",
        decision:
          "Seven base62 characters from counter ranges: each API server leases 10,000 values at a time and turns each into a code locally, through a reversible scramble. Custom aliases go through the same conditional put, and must not look like a generated code.",
        forIt: [
          "62^7 ≈ 3.5 × 10^12 codes last about 2,900 years at 100M links a month; 62^6 ≈ 5.7 × 10^10 would last about 47.",
          "Unique by construction: no collision checks and no retries; the conditional put stays only as a guard, mostly for aliases.",
          "No coordination per link. A single Redis counter would add a network hop to every creation and make one node the point every creation depends on (the sequencer hot spot); leased blocks ask the allocator once every 86 s at peak and keep working while it is down.",
          "The scramble keeps codes short but out of order, so nobody can walk every link by counting up from their own.",
        ],
        againstIt: [
          "A Snowflake-style id (milliseconds, machine number, sequence) needs no allocator at all, but a 63-bit number takes 11 base62 characters: right for message ids, long for a short link.",
          "Random 7-character codes need no state either, but they collide: about 142,000 expected pairs among a billion codes (the birthday bound). Every insert must then be conditional and retried on conflict, which is simple and cheap at 116 writes a second, so this is a fine choice when you want no allocator.",
          "Hashing the long URL gives one code per URL (free deduplication), which is wrong when two creators need their own counts and expiry, and a truncated hash still needs the collision check.",
          "A server that crashes wastes the rest of its block, up to 10,000 codes: nothing, against 3.5 × 10^12.",
        ],
      },
      {
        id: "redirect-status",
        title: "301 or 302: letting browsers cache, or seeing every click",
        decision:
          "Answer 302 Found with Cache-Control: no-store, so every click comes back to us: we can count it, honour expiry and stop a link that turns out to be phishing.",
        forIt: [
          "A 301 says the move is permanent, and browsers may keep it with no expiry: a visitor who opens a campaign link three times reaches us once, so a third of the clicks are counted.",
          "Expiry, blocking a malicious target and (in V2) editing a link all need the next click to reach us; a cached 301 outlives all three.",
          "The price is small: the redirect path is sized for every click anyway (about 11,600 a second at peak), and Redis answers most of them.",
        ],
        againstIt: [
          "A 301 (or any redirect with a long max-age) takes repeat clicks off our servers and is the fastest redirect there is, answered from the browser with no network trip: right when a link is truly permanent and nobody needs counts, such as a moved domain or internal go-links.",
          "A middle road: a 302 with a short max-age (say 60 s), or a CDN that caches redirects briefly and counts from its logs. Most of the load relief, clicks still counted, and a blocked link dies within a minute.",
          "307 and 308 are the variants that keep the method and body; for links opened with GET, 302 and 307 behave the same.",
        ],
      },
      {
        id: "click-analytics",
        title: "Counting clicks without slowing the redirect",
        decision:
          "Count off the redirect path: publish a click event and answer at once; an aggregator appends raw clicks to an append-only store and adds them up per link every few seconds. Counts are eventually consistent, seconds late.",
        forIt: [
          "An increment in the link's row on every redirect turns the read path into a write path: up to 11,574 writes a second at peak instead of 116, with a viral link's row as one hot key.",
          "Clicks are written once, never changed, and read by link and time: an append-only log in a wide-column store (Cassandra, partition key code and day) takes that write rate spread across nodes.",
          "Adding up in the aggregator means a link clicked 5,000 times a second costs one counter update per flush, not 5,000.",
          "If Kafka or the aggregator is down, redirects still work; the counts catch up from the log.",
        ],
        againstIt: [
          "At-least-once delivery counts a click twice after a consumer restarts mid-batch; exact counts need an event id and deduplication, or per-batch writes that can be replayed safely. For a click counter, a rare double is usually accepted.",
          "A Redis INCR per redirect is simpler and live, and 11,574 a second fits one Redis node, but it sits on the redirect path and loses counts on a crash unless Redis persists them.",
          "Load balancer or CDN access logs already record every redirect; counting from them adds nothing to the hot path, at the price of minutes of delay.",
        ],
      },
    ],
    wrapUp: {
      bottlenecks: [
        "A viral link: one key in Redis takes a large share of all redirects; a few seconds of in-process cache on each redirect server spreads it.",
        "The store when the cache is cold or down: it must then take up to 11,574 reads a second at peak instead of about 2,300.",
        "Replication between regions: a link opened in another region a moment after it was created may not be there yet.",
      ],
      failureModes: [
        "Redis down: redirects fall through to the store; coalesce identical misses on each server and shed load before the store tips over.",
        "Id allocator down: creation keeps going from the blocks already leased (10,000 codes each) and fails only when they run out; redirects are unaffected.",
        "Kafka down: redirects still answer; click events wait in a small local buffer and are then dropped, so counts miss part of the outage.",
        "A region down: the edge load balancer sends its visitors to the next region, which can answer because every link is replicated everywhere.",
      ],
      monitoring: [
        "Redirect p99 latency and error rate per region, against the 50 ms and 99.99% targets.",
        "Cache hit rate, expected near 80%: a drop means the store takes more reads.",
        "Consumer lag on the click topic (how late the counts are) and click events dropped.",
        "Codes left in leased blocks, the allocator's availability, and conditional-put conflicts (near zero apart from aliases).",
      ],
      v2: [
        "Detailed analytics (referrer, country, device) from enriched click events in a columnar store.",
        "Editing a link's target, with cache invalidation; possible because redirects are 302s.",
        "Scanning targets for malware and phishing, at creation and again later.",
        "API keys and per-creator rate limits for bulk shortening.",
      ],
    },
    followUps: [
      {
        question: "Why not one Redis INCR counter for the codes?",
        answer:
          "Throughput is not the problem at 116 creations a second. The problems are an extra network hop on every creation, one node every creation depends on, and codes that come out in order and can be walked. Leasing blocks of 10,000 and scrambling each value keeps the counter's uniqueness without those costs.",
      },
      {
        question: "How do custom aliases not clash with generated codes?",
        answer:
          "Both live in the same table and both are written with a conditional put, so one code can never point at two URLs. Aliases are also kept out of the generator's space: generated codes are exactly 7 letters and digits, so an alias must have another length or contain a hyphen, and the counter can never reach a code someone has already chosen.",
      },
      {
        question: "What happens when a link expires?",
        answer:
          "The redirect service checks expires_at on every read and answers 410 Gone (or 404); the store's TTL deletes the row later. The code is never given to another URL, since old copies of the short link are still out there.",
      },
      {
        question: "Would PostgreSQL do instead of a key-value store?",
        answer:
          "At this size, yes: 116 writes a second at peak is about 2% of one primary's capacity, and 2.9 TB fits on one machine. Its primary key is a B-tree (O(log N), three or four levels deep); a hash-partitioned KV store gives O(1) expected lookups, spreads across nodes without resharding work and replicates to every region more easily. Either is a defensible answer if you say why.",
      },
      {
        question: "How do you stop someone from walking through every link?",
        answer:
          "Codes do not come out in order (the counter value is scrambled), redirects are rate limited per client, and short links are treated as public: anything private needs sign-in on the target, not an obscure code.",
      },
      {
        question:
          "A link created in Europe gives a 404 to a visitor in America a second later. Why, and what do you do?",
        answer:
          "The new row has not reached the American replica yet. On a miss, the redirect service reads from the primary region before answering 404, and caches not found only for a few seconds, so a brand-new link is not hidden for long.",
      },
      {
        question: "A link goes viral at 50,000 redirects a second. What breaks first?",
        answer:
          "The one Redis shard holding that key, and the counter row if clicks were counted in place. Cache the link for a few seconds inside each redirect server, and keep counting in the aggregator, which turns 50,000 clicks into one update per flush.",
      },
    ],
  },
  source: "Authored by Tradeoff; our source material has no worked answer for this prompt.",
  authored: true,
};
