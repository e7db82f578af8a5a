/**
 * Every simulator in the course, for the /practice/simulators index: what it
 * shows, and the lesson that teaches it. The consistency simulators predate
 * saved predictions and keep their own pages under /practice/games.
 */
export type SimulatorEntry = {
  /** Its MDX block name. */
  block: string;
  /** Its default block id, and its page: /practice/simulators/<id> (unless `href` says otherwise). */
  id: string;
  title: string;
  summary: string;
  /** The slug of the lesson that teaches it. */
  lesson: string;
  href?: string;
};

export const SIMULATORS: readonly SimulatorEntry[] = [
  {
    block: "PartitionSimulator",
    id: "partition-simulator",
    title: "Partition simulator",
    summary: "Cut the network between replicas and choose, per request, whether to refuse or answer stale.",
    lesson: "mastering-consistency",
    href: "/practice/games/partition",
  },
  {
    block: "QuorumExplorer",
    id: "quorum-explorer",
    title: "Quorum explorer",
    summary: "Set N, W and R and see which reads are guaranteed to meet the latest write.",
    lesson: "mastering-consistency",
    href: "/practice/games/quorum",
  },
  {
    block: "LagTimeline",
    id: "lag-timeline",
    title: "Replication lag",
    summary: "Watch a write reach followers late and find which reads see the old value.",
    lesson: "mastering-consistency",
    href: "/practice/games/lag",
  },
  {
    block: "PushPullTimeline",
    id: "push-pull-timeline",
    title: "Push or pull: delivery timeline",
    summary:
      "Follow the same events with short polling, long polling, SSE or a WebSocket and count requests, empty responses, delay and open connections.",
    lesson: "apis-and-real-time",
  },
  {
    block: "LoadBalancerSim",
    id: "load-balancer-sim",
    title: "Load balancer simulator",
    summary:
      "Route a request stream over servers of different speed and health with round robin, weighted, least connections or IP hash; predict each target and watch the queues.",
    lesson: "queues-logs-and-load-balancers",
  },
  {
    block: "ConsumerLagDLQ",
    id: "consumer-lag-dlq",
    title: "Consumer lag and dead-letter queue",
    summary:
      "Set producer and consumer rates to see lag drain or grow, then step a poison message through a partition with and without a DLQ.",
    lesson: "queues-logs-and-load-balancers",
  },
  {
    block: "MemoryHierarchy",
    id: "memory-hierarchy",
    title: "Memory hierarchy",
    summary:
      "The cache layers of a request, costed from the latency table: what a hit saves at each step, and why a remote cache is sub-millisecond.",
    lesson: "caching",
  },
  {
    block: "CacheEvictionLab",
    id: "cache-eviction-lab",
    title: "Cache eviction lab",
    summary:
      "Step one request stream through LRU, LFU and FIFO side by side and predict which key each policy evicts next.",
    lesson: "caching",
  },
  {
    block: "StampedeSimulator",
    id: "stampede-simulator",
    title: "Cache stampede simulator",
    summary:
      "Expire a hot key under load and count the database queries with no protection, a lock, early refresh or jittered TTLs.",
    lesson: "caching",
  },
  {
    block: "HotKeyMitigator",
    id: "hot-key-mitigator",
    title: "Hot key mitigator",
    summary:
      "Split one hot key's writes over k buckets, find the fewest that fit a partition's limit, and compare gathering every bucket on each read with a cached rollup.",
    lesson: "hot-spots-and-indexes",
  },
  {
    block: "OutboxFailureGame",
    id: "outbox-failure-game",
    title: "Outbox failure game",
    summary:
      "Inject a crash, a dead relay, a broker outage or an index timeout into an order's write path and predict whether a dual write and an outbox lose, duplicate or delay the event.",
    lesson: "polyglot-persistence",
  },
  {
    block: "PartitionKeyDesigner",
    id: "partition-key-designer",
    title: "Partition key designer",
    summary:
      "Pick a partition key, a clustering key and its order for sample chat, sensor and single-table rows; see which partitions a query reads, the rows it returns in order and the largest partition.",
    lesson: "the-database-decision-tree",
  },
  {
    block: "ConsistentHashRing",
    id: "consistent-hash-ring",
    title: "Consistent-hash ring",
    summary:
      "Add and remove nodes on a hash ring, raise the virtual nodes and the replication factor, and count the keys that move against hash mod N.",
    lesson: "sharding-and-consistent-hashing",
  },
  {
    block: "ShardKeyChooser",
    id: "shard-key-chooser",
    title: "Shard-key chooser",
    summary:
      "Pick a shard key for a bank, rides, train tickets or group chat and see the load per shard, the hottest shard against the median and the shards each query touches.",
    lesson: "sharding-and-consistent-hashing",
  },
  {
    block: "RateLimiterLab",
    id: "rate-limiter-lab",
    title: "Rate limiter lab",
    summary:
      "Send one request pattern, including a burst across a window boundary, through a fixed window, a sliding log, a sliding window counter, a token bucket and a leaky bucket, and predict which requests each lets through.",
    lesson: "rate-limiting",
  },
  {
    block: "LostMessageSim",
    id: "lost-message-sim",
    title: "Lost message simulator",
    summary:
      "Lose a payment's request or response, crash the server mid-way or slow the charge, and predict how often the card is charged and what the app shows with no retry, a retry without a key and a retry with an idempotency key.",
    lesson: "idempotency-and-safe-retries",
  },
  {
    block: "CircuitBreakerSim",
    id: "circuit-breaker-sim",
    title: "Circuit breaker simulator",
    summary:
      "Send batches of calls through a circuit breaker with a failure-rate threshold, a sliding window, a minimum number of calls and a cool-down; predict CLOSED, OPEN or HALF-OPEN after each batch, then step through the calls.",
    lesson: "circuit-breakers-timeouts-and-retries",
  },
  {
    block: "BackoffJitterPlot",
    id: "backoff-jitter-plot",
    title: "Backoff and jitter plot",
    summary:
      "Let 1,000 clients retry after an outage with no backoff, exponential backoff or full jitter, and compare the retries per 100 ms, the time each client waits and how many get through a thin recovery.",
    lesson: "circuit-breakers-timeouts-and-retries",
  },
  {
    block: "SagaSimulator",
    id: "saga-simulator",
    title: "Saga simulator",
    summary:
      "Make one step of a five-step order saga fail, say no, go silent or leave a compensation in trouble; predict which compensations run and in which order, then watch it orchestrated with a saga log and choreographed with events.",
    lesson: "asynchronism-and-decoupling",
  },
  {
    block: "SloCalculator",
    id: "slo-calculator",
    title: "SLO and error-budget calculator",
    summary:
      "Turn an availability objective and a window into an error budget in minutes and in requests, see how long a burn rate takes to spend it, and check which multi-window burn-rate alerts an incident fires.",
    lesson: "observability",
  },
  {
    block: "TraceWaterfall",
    id: "trace-waterfall",
    title: "Trace waterfall",
    summary:
      "Read the spans of a checkout, a search and a feed request on a timeline; find the critical path, the gaps no child span covers and the calls made in series that could run in parallel, and see the time saved.",
    lesson: "observability",
  },
  {
    block: "JwtInspector",
    id: "jwt-inspector",
    title: "JWT inspector",
    summary:
      "Make a JWT in the page with HS256, RS256 or ES256, decode it, edit a claim, strip the signature, run the clock past exp and let a verifier try to mint; predict each verdict, then watch jose verify it for real.",
    lesson: "security-by-design",
  },
  {
    block: "GeoCellExplorer",
    id: "geo-cell-explorer",
    title: "Geo-cell explorer",
    summary:
      "Pick a point, a geohash precision and a search radius; see the cells around the point on a map and in a table, which of them the search must read, and how many drivers that means when the cells are too fine or too coarse.",
    lesson: "case-study-ride-sharing",
  },
  {
    block: "JobPipelineSim",
    id: "job-pipeline-sim",
    title: "Job pipeline simulator",
    summary:
      "Run six jobs through a queue with workers: at-most-once or at-least-once delivery, max attempts, backoff, a DLQ and an idempotency key; inject crashes and a poison job, step through the log, and count duplicates, losses and DLQ entries.",
    lesson: "case-study-task-scheduler",
  },
  {
    block: "FanoutCalculator",
    id: "fanout-calculator",
    title: "Fan-out calculator",
    summary:
      "Turn posts a second and a follower distribution into timeline writes under fan-out on write, reads per load under fan-out on read, and both under a hybrid whose follower threshold you move; watch one celebrity post become millions of writes.",
    lesson: "case-study-social-feed",
  },
  {
    block: "KeyspaceCalculator",
    id: "keyspace-calculator",
    title: "Key-space calculator",
    summary:
      "Pick an alphabet, a key length and a rate of new short links; see how many keys there are, how many years they last, the shortest length that lasts long enough, and the birthday odds of a collision for keys drawn at random.",
    lesson: "case-study-url-shortener",
  },
  {
    block: "ExpandContractPlanner",
    id: "expand-contract-planner",
    title: "Expand-and-contract planner",
    summary:
      "Order the six steps of renaming a column on a live table while every deploy leaves half the pods on the old code; play the plan stage by stage and see which reads, writes and names break.",
    lesson: "deploying-and-migrating-safely",
  },
];

export const simulatorHref = (entry: SimulatorEntry) => entry.href ?? `/practice/simulators/${entry.id}`;

/** The catalog entry of a simulator block: its default id and title come from here alone. */
export function simulatorEntry(block: string): SimulatorEntry {
  const entry = SIMULATORS.find((candidate) => candidate.block === block);
  if (!entry) throw new Error(`${block} is not in lib/simulators/catalog.ts`);
  return entry;
}
