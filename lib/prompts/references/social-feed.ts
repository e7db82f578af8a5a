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
  answer: {
    estimatePreset: "social-feed",
    design: [
      "Clients (iOS, Android, web) call one API gateway over HTTPS: it authenticates, rate-limits and routes to small services behind it. A REST feed endpoint with a cursor is enough for V1.",
      "The post service writes each post once to a post store partitioned by post id (wide-column, about 450 B a post, 100M a day) and publishes a post event to a log, then answers the author: the author's client shows the post at once (read-your-writes).",
      "The follow service owns the graph as two adjacency tables, followers by account and following by account, plus a denormalised follower count. Feeds need one hop only, so no graph database in V1.",
      "Fan-out workers consume the post events, page through the author's followers and append a 32 B entry (post id, author id, time) to each follower's home timeline: 20B inserts a day, about 231K a second on average and 694K at peak, so they run asynchronously and scale out.",
      "Accounts with more than 100,000 followers (our threshold, tuned by measuring) are not fanned out: the feed service pulls their recent posts at read time and merges them in, which removes the 10M-insert storm a celebrity post would cause.",
      "Home timelines live in a wide-column store, one partition per reader clustered by time, newest first, capped at 800 entries (2.56 TB raw, 7.68 TB with 3 copies); the 20% of readers who are active also have theirs in Redis (512 GB).",
      "The feed service reads the reader's timeline page, merges the pulled posts, hydrates post bodies from a post cache (LFU, so posts that stay popular survive one-off scans, and warmed when a pulled account posts) and returns about 10 KB a page.",
      "The engagement service stores likes as rows keyed by post and user (the truth, idempotent) and comments in time-ordered partitions, split into buckets 1..10 for hot posts; like counts are sub-sharded counters summed into a cached total, eventually consistent.",
    ],
    diagram: {
      title: "Social feed: hybrid fan-out with a wide-column timeline",
      source: `flowchart LR
  Clients([Mobile and web clients]) -- HTTPS --> Gateway[API gateway]
  Gateway -- gRPC --> PostSvc[Post service]
  Gateway -- gRPC --> FeedSvc[Feed service]
  Gateway -- gRPC --> FollowSvc[Follow service]
  Gateway -- gRPC --> Engage[Like and comment service]
  PostSvc -- CQL --> Posts[(Post store Cassandra)]
  PostSvc -- Kafka produce --> Events[[Post events log]]
  Events -- Kafka consume --> Fanout[Fan-out workers]
  Fanout -- gRPC followers --> FollowSvc
  FollowSvc -- CQL --> Graph[(Follow graph DB)]
  Fanout -- CQL append --> Timelines[(Timeline store Cassandra)]
  Fanout -- RESP append --> TimelineCache[(Timeline cache Redis)]
  FeedSvc -- RESP --> TimelineCache
  FeedSvc -- CQL on miss --> Timelines
  FeedSvc -- RESP hydrate --> PostCache[(Post cache Redis LFU)]
  FeedSvc -- CQL on miss --> Posts
  Engage -- CQL --> Engagement[(Likes counters and comments DB)]`,
    },
    deepDives: [
      {
        id: "fanout",
        title: "Fan-out on write, on read, or both",
        decision:
          "Push each post into followers' timelines when it is written, except for accounts above a follower threshold (100,000 in our numbers): their posts are pulled and merged when a timeline loads, and cached.",
        forIt: [
          "Reads are what users wait for: with push, a feed load reads one precomputed partition instead of gathering the recent posts of the ~240 accounts an average reader follows (about 12M reads a second at 50,000 loads a second, in the fan-out calculator's assumed network).",
          "Pure push makes one celebrity post 10M timeline writes at once; the hybrid caps the biggest single post at 20,000 writes, a cut of 99.8%, and total fan-out writes fall by 40% (579K to 347K a second).",
          "What the hybrid adds to a read is small and cacheable: about 20 pulled accounts per load, and their recent posts are the same few items for everyone, the best case for a cache.",
          "The threshold is one number we can move with measurements, and a pulled account can be pushed again if it loses followers.",
        ],
        againstIt: [
          "Pure pull (fan-out on read) wins when reads are rare compared with writes or follow counts are small and even, and it makes follows, unfollows and deletes take effect at once: nothing was copied.",
          "Pure push is simpler (one read path) and fine when no account has a huge following, such as a workplace or a small community app.",
          "The hybrid has two read paths to build, test and keep in step; a reader who follows hundreds of pulled accounts gets a slow merge, so the threshold should weigh posts a day as well as followers.",
          "Pushing to followers who have not opened the app in weeks is wasted work: skip inactive followers and rebuild their timeline by pulling when they return.",
        ],
      },
      {
        id: "timeline-storage",
        title: "Where the timelines live",
        decision:
          "A wide-column table with PRIMARY KEY ((user_id), posted_at, post_id), clustered newest first, holding ids only (32 B an entry, capped at 800 by a TTL and a LIMIT on reads); Redis holds the active 20% of timelines; posts live once in their own store.",
        forIt: [
          "One partition per reader makes a feed page one sequential slice read, and the write path is an append, which an LSM-tree store absorbs well at hundreds of thousands a second.",
          "Ids instead of copies keep 80B entries at 2.56 TB raw (7.68 TB with 3 copies) instead of about 36 TB raw with 454 B copies, and an edit or a delete changes one post row.",
          "Timelines are derived data: if a partition or the cache is lost, it is rebuilt from the post store and the follow graph, so the store can favour availability over strict durability.",
          "Hashing user_id spreads readers evenly; the hot 512 GB of active timelines fits a modest Redis cluster.",
        ],
        againstIt: [
          "Keeping timelines only in Redis (lists trimmed to 800) is simpler and fast; it costs memory for every timeline, or a rebuild on every miss for inactive readers.",
          "Deleting the oldest entries one by one leaves tombstones that slow reads in Cassandra; expiring entries by TTL and reading with LIMIT avoids most of them.",
          "A relational table of timeline rows works at small scale, but 694K inserts a second at peak needs far more primaries than a store built for appends.",
        ],
      },
      {
        id: "counters",
        title: "Likes, counts and hot comments",
        decision:
          "Store each like as a row keyed by (post_id, user_id) and count likes in N counter rows per hot post, summed into a cached total; keep follower_count denormalised and updated from follow events; partition a hot post's comments by (post_id, bucket) with buckets 1..10.",
        forIt: [
          "The like row is the truth and is idempotent: a retried like writes the same key, so the count can always be recomputed; a bare counter increment counts a retry twice.",
          "One counter row takes one partition's write rate; at 24,000 likes a second and about 800 a second per row, 30 rows keep every row under its limit.",
          "follower_count makes a profile view a lookup instead of counting millions of rows; a few seconds of lag in a count costs nothing.",
          "Ten comment buckets split 10,000 comments a second into about 1,000 each; the price, 10 partition reads per page, is paid once a second by a job that caches the first page.",
        ],
        againstIt: [
          "Sub-sharding and buckets add read cost and code for every post; apply them only to posts and accounts that are hot, with a small table saying which are split.",
          "An exact, strongly consistent count needs a single counter row or a transaction, which caps the like rate of one post; no product needs that for likes.",
          "Buffering increments in memory and flushing a sum each second (write-behind) is simpler than sub-sharding, but increments in a crashed buffer are lost.",
        ],
      },
    ],
    wrapUp: {
      bottlenecks: [
        "Fan-out workers during a burst of big posts: the queue of timeline inserts grows and feeds show new posts late.",
        "The post cache node holding a celebrity's newest post: millions of reads a second on one key, spread with replicas of the key or an in-process copy for a second or two.",
        "Like counters and comment partitions of a viral post: one partition's write rate, which sub-sharding and buckets lift.",
        "Feed reads that merge many pulled accounts: the merge waits for the slowest fetch, so pulls run in parallel with a timeout.",
      ],
      failureModes: [
        "The fan-out workers fall behind: feeds are stale but still load; the log keeps the events, so nothing is lost and the backlog drains.",
        "The timeline cache is lost: reads fall through to the wide-column store, and rebuilds are rate-limited so the store is not stampeded.",
        "A region is cut off: both sides keep serving feeds and accepting likes (AP); counts and timelines converge when the link returns.",
        "A celebrity deletes a post: pulled posts vanish at once; pushed entries are filtered at read time against deleted ids until cleaned up.",
      ],
      monitoring: [
        "Feed load latency at p50 and p99 against the 500 ms target, and the share of loads served from the timeline cache.",
        "Fan-out lag: the time from a post being written to its last follower's timeline entry, with the log's consumer lag.",
        "Timeline inserts a second against the estimate (231K average, 694K peak), and the largest single fan-out.",
        "Hot keys in the post cache and the write rate of the busiest counter and comment partitions.",
      ],
      v2: [
        "A ranked feed: the feed service gathers candidates from the same timeline and pulled posts, then a ranking service scores them.",
        "Media: images and video in object storage behind a CDN, processed asynchronously.",
        'Notifications and a live "new posts" banner pushed over a persistent connection.',
        "Multi-region active-active serving, each region with its own timelines and counters.",
      ],
    },
    followUps: [
      {
        question: "Why not always fan out on read?",
        answer:
          "Every feed load would fetch and merge the recent posts of about 240 accounts. At 50,000 loads a second that is about 12M reads a second, and the page waits for the slowest of 240 fetches. Push pays once per post; pull pays on every load, and loads outnumber posts 20 to 1.",
      },
      {
        question: "What is the celebrity problem here: read load or a fan-out storm?",
        answer:
          "Both, on different paths, so ask which one the interviewer means. With push, one post from a 10M-follower account is 10M timeline writes at once, the storm; the hybrid removes it by pulling that account. Pulling turns it into read load on a few posts that everyone reads, which a cache absorbs: the same items, read by millions.",
      },
      {
        question: "A user follows someone new. When do that account's posts show up?",
        answer:
          "Fan-out only carries new posts, so the follow action backfills: it copies the account's newest few posts into the follower's timeline. Unfollow filters that author at read time and removes entries in the background.",
      },
      {
        question: "How do you paginate a feed that changes while the user scrolls?",
        answer:
          "With a cursor, the (posted_at, post_id) of the last item shown, and read the next page strictly older than it. An offset would repeat or skip posts as new ones arrive at the top.",
      },
      {
        question: "Would you use GraphQL?",
        answer:
          "Not for V1: one feed screen has one shape, and a REST endpoint with a cursor serves it. GraphQL earns its place when several clients need different fields of posts, authors and counts on many screens; then add depth and cost limits.",
      },
      {
        question: "Do you need a graph database for the follow graph?",
        answer:
          "No: the feed asks one-hop questions (who follows X, whom does Y follow), which two adjacency tables partitioned by account answer with one partition read each. A graph database earns its place for multi-hop queries such as friend-of-friend suggestions, which are parked.",
      },
      {
        question: "What happens to like counts during a network partition?",
        answer:
          "Both sides keep accepting likes and show their own counts (AP). When the link returns the like rows merge, because each is keyed by post and user, and the counts converge. A user's own like is shown at once by the client and read from the region that took it.",
      },
    ],
  },
  source: "Authored by Tradeoff from chapter material (celebrity fan-out, bucketed comments, eventual likes).",
  authored: true,
};
