import { AUTH, type PromptReference } from "@/lib/prompts/reference";

export const reference: PromptReference = {
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
    {
      feature: "Scheduled rides",
      reason: "V1 is on-demand only; booking ahead adds a scheduler and reservations.",
      synonyms: [["schedul"], ["book", "ahead"], ["reserv"], ["in", "advance"], ["later"]],
    },
    {
      feature: "Shared rides (pooling)",
      reason: "Matching becomes a multi-stop routing problem and the ride becomes multi-leg.",
      synonyms: [["pool"], ["shared"], ["share"], ["carpool"]],
    },
    {
      feature: "Service tiers (XL, Lux)",
      reason: "More vehicle classes multiply matching and pricing rules without changing the core.",
      synonyms: [["tier"], ["xl"], ["lux"], ["premium"], ["vehicle", "class"], ["vehicle", "type"], ["categor"]],
    },
    {
      feature: "In-app chat",
      reason: "Needs its own real-time messaging system; a phone call covers V1.",
      synonyms: [["chat"], ["messag"]],
    },
    {
      feature: "Surge pricing",
      reason:
        "Needs streaming ingestion of locations, a city split into cells, live supply/demand per cell, history and a safe way to push prices; V1 prices by distance and time.",
      synonyms: [["surge"], ["dynamic", "pric"], ["demand", "pric"]],
    },
    {
      feature: "Complex driver payouts",
      reason: "Instant payouts and earnings dashboards wait; V1 pays drivers on a schedule.",
      synonyms: [["payout"], ["earning"], ["driver", "pay"], ["instant", "pay"]],
    },
  ],
  referenceNfrs: [
    {
      text: "Availability 99.99% (about 52.6 minutes of downtime a year), so no single point of failure.",
      synonyms: [["availab"], ["single", "point"], ["uptime"]],
    },
    {
      text: "A driver's location reaches the rider at p99 under 500 ms; ride history loads at p95 under 300 ms.",
      synonyms: [
        ["latency", "location"],
        ["latency", "driver"],
        ["latency", "map"],
        ["latency", "track"],
        ["latency", "histor"],
        ["location", "reaches"],
        ["latency"],
      ],
    },
    {
      text: "Ride state is strongly consistent (both sides always agree); the moving map icon can be eventually consistent.",
      synonyms: [
        ["consisten", "ride"],
        ["consisten", "state"],
        ["consisten", "trip"],
        ["consisten", "map"],
        ["consisten", "location"],
        ["consisten"],
      ],
    },
    {
      text: "Completed trips and payments are never lost: replicated across failure domains and backed up.",
      synonyms: [["durab"], ["never", "lost"], ["lost"], ["replica"], ["backup"], ["back", "up"]],
    },
  ],
  scale: {
    dau: 10_000_000,
    readsPerUserPerDay: 1_728,
    writesPerUserPerDay: 432,
    note: "Averages behind chapter 2's figures: 200,000 location updates/s and 200,000 nearby-driver reads/s on average for 10M DAU (×3 at peak).",
  },
  answer: {
    estimatePreset: "ride-sharing",
    design: [
      "Rider and driver apps: the rider app polls for nearby drivers over HTTPS while browsing; both apps hold a WebSocket once a ride is matched, and drivers hold one whenever they are online.",
      "Load balancer and API gateway: TLS, authentication and rate limits in front of stateless services; the 600K peak reads a second need a fleet (about 300 servers at 2K requests a second each), not a bigger machine.",
      "Connection gateway: a fleet of WebSocket servers that keeps roughly 720K connections at peak (200K drivers plus about 520K riders in a ride), with a registry of which server holds which user, so the backend can push to anyone.",
      "Location service and geo index: 150K location writes a second at peak overwrite each driver's last position in an in-memory index keyed by geohash (or S2) cell and partitioned by city; nothing per ping goes to a disk-bound database. The whole index is only about 20 MB (200K drivers × ~100 B).",
      "Nearby-drivers service: answers the 600K reads a second from the same index, reading the rider's cell and only the neighbouring cells the search circle overlaps.",
      "Matching service: picks candidates from the geo index and reserves one driver with a conditional update (available → offered), so two requests can never be offered the same driver; it offers to one driver at a time with a timeout.",
      "Ride service on a consensus-backed store: every ride's state (requested, accepted, en route, in progress, completed, cancelled) lives in a strongly consistent, replicated database sharded by city, so rider and driver never disagree. It is small: about 347 requests a second at peak, under 2,000 state writes a second.",
      "Ride events log and payment worker: a completed ride is written together with an event; the worker charges the card through the payment provider with the ride id as idempotency key, so retries never charge twice, and the app is answered 202 at once.",
      "Metrics beside the usual RED ones: active_drivers_by_region, ride_requests_unmatched_total by reason and driver_match_time_seconds, because a healthy service can still leave riders without a car.",
    ],
    diagram: {
      title: "Ride-sharing V1: location, matching, ride state and payments",
      source: `flowchart LR
  Rider([Rider app]) -- HTTPS --> LB[Load balancer]
  Rider -- WebSocket --> WS[Connection gateway]
  Driver([Driver app]) -- WebSocket --> WS
  LB -- HTTPS --> API[API gateway]
  API -- gRPC --> Nearby[Nearby drivers service]
  API -- gRPC --> Rides[Ride service]
  WS -- gRPC --> Loc[Location service]
  Loc -- RESP --> Geo[(Geo index by city)]
  Loc -- gRPC --> WS
  Nearby -- RESP --> Geo
  Rides -- gRPC --> Match[Matching service]
  Match -- RESP --> Geo
  Match -- SQL --> RideDB[(Ride state DB with consensus)]
  Rides -- SQL --> RideDB
  Rides -- Kafka --> Log[(Ride events log)]
  Log -- Kafka --> WS
  Log -- Kafka --> Pay[Payment worker]
  Pay -- HTTPS --> PSP[Payment provider]
  Pay -- SQL --> PayDB[(Payments DB)]`,
    },
    deepDives: [
      {
        id: "geo-index",
        title: "Where are the drivers? An in-memory geo index by cell",
        decision:
          "Keep only each online driver's latest position, in memory, in an index keyed by geohash (or S2) cell and partitioned by city, with the largest cities split into zones. A nearby search reads the rider's cell plus only the neighbouring cells its circle overlaps.",
        forIt: [
          "150K writes a second at peak is about 30 times what one relational primary takes (5K), but each write only replaces one small value: an in-memory store absorbs it without disks or indexes to update.",
          "The state is tiny: 200K drivers × ~100 B ≈ 20 MB, so a city's index fits on one node many times over; the limit is operations a second, which city partitions spread.",
          "A position is worthless after a few seconds. Losing the index costs one update interval (4 s) while drivers re-send, not data anyone needs.",
          "Cells turn a radius search into a handful of key lookups: at precision 6 in London a 500 m search reads 4 to 9 cells of about 0.76 × 0.61 km.",
          "Sharding by city keeps every search and every match on one partition, since a rider is matched with drivers where the rider is.",
        ],
        againstIt: [
          "A database with a spatial index (PostGIS, say) is simpler and durable; it wins for a small fleet (a few thousand drivers) or when positions must be kept, but not at 150K writes a second.",
          "City partitions are uneven: one megacity can carry a large share of the load, so it must be split into zones, and searches near a zone edge then read two partitions.",
          "Geohash cells are rectangles whose size in metres changes with latitude and whose neighbours can share no prefix; S2 or H3 cells are more even, at the price of a less familiar library.",
        ],
      },
      {
        id: "matching-and-ride-state",
        title: "Matching once, and a ride state both sides agree on",
        decision:
          "Reserve a driver with a conditional write (set offered only if still available, at the version read) before offering the ride, one driver at a time with a timeout; keep the ride's state machine in a consensus-backed, strongly consistent store sharded by city.",
        forIt: [
          "Two matchers can pick the same nearest driver at the same moment; only a compare-and-set on the driver's state lets exactly one of them win.",
          "If rider and driver read different states (completed and in progress), the fare, the rating prompt and the next match all go wrong: ride state is the item that must be strong.",
          "The strongly consistent part is small: about 347 ride requests a second at peak and five or so transitions each, under 2,000 writes a second, so paying a consensus round trip on each is affordable.",
          "A consensus-replicated store (Raft or Paxos groups, as in CockroachDB, Spanner or etcd) survives a node loss with no lost acknowledged write and no split brain.",
        ],
        againstIt: [
          "A single PostgreSQL primary with a synchronous standby would also give strong reads and carries this write rate easily; it is more familiar to run, but promoting the standby safely needs an outside failover manager, and failover typically takes longer.",
          "Offering to one driver at a time is slower when drivers ignore offers; offering to several at once matches faster but needs the same reservation to pick a single winner.",
          "Consensus writes cost a round trip to a majority; spreading replicas across regions for availability would add tens of milliseconds to every transition.",
        ],
      },
      {
        id: "payments",
        title: "Charging once: 202, an event, and an idempotency key",
        decision:
          "When the ride completes, write the completed state and a payment-requested event in one transaction, answer the app 202 Accepted, and let a worker charge the card with the ride id as idempotency key, retrying with backoff until the provider gives a definite answer.",
        forIt: [
          "A card charge through an outside provider can take seconds and sometimes times out; the rider should not wait on it to see the ride end.",
          "A timeout does not say whether the charge happened. Retrying with the same key is safe because the provider (and our payments table) returns the first result instead of charging again.",
          "Writing the event with the state change (an outbox) means a crash between the two cannot lose the charge or charge a ride that never completed.",
          "Payments are CP: if the payment store cannot confirm, the worker waits and retries rather than guessing.",
        ],
        againstIt: [
          "Charging synchronously is simpler and tells the rider at once that the card was declined; some products pre-authorise the card at request time to get that signal early.",
          "Asynchronous payment needs a pending state, a retry policy, alerts on payments stuck in pending and a way to chase declined cards afterwards.",
        ],
      },
    ],
    wrapUp: {
      bottlenecks: [
        "The location write path: 150K writes a second at peak into the geo index; the fix is more city partitions and zones, not a bigger box.",
        "Egress: 600K nearby-driver responses of 2 KB at peak are 1.2 GB/s (9.6 Gbps); serve each city from a nearby region, send compact binary responses and let a slow-changing map refresh less often.",
        "Megacities: one city's partition can run hot; split it into zones before it reaches its limit.",
      ],
      failureModes: [
        "A geo index node dies: that city's searches fail until a replica takes over or drivers' next updates (4 s) refill a new node.",
        "A connection gateway node dies: its users reconnect to another node, re-register, and fetch the current ride state before trusting pushes again.",
        "The payment provider is down: charges stay pending and are retried with the same key; rides still complete.",
        "A driver's phone drops mid-ride: the ride stays in progress on the server; tracking pauses, and the driver's app resumes from the stored state when it reconnects.",
      ],
      monitoring: [
        "active_drivers_by_region (gauge): supply per region; a fall explains unmatched rides before anyone blames the code.",
        "ride_requests_unmatched_total{reason} (counter): requests no driver took, by reason (no_available_drivers, timeout, all_declined).",
        "driver_match_time_seconds (histogram): time from request to accepted; its p95 rising is an early sign riders will give up.",
        "RED per service, plus payments stuck in pending and the age of the newest location per city.",
      ],
      v2: [
        "Surge pricing as a separate streaming system: supply and demand per cell from the same location stream.",
        "Pooling: multi-stop matching and a multi-leg ride state.",
        "Scheduled rides, service tiers, in-app chat and instant driver payouts from the parking lot.",
      ],
    },
    followUps: [
      {
        question: "Why not save every location update in the database?",
        answer:
          "At 150K writes a second that is about 30 primaries' worth of writes for data that is stale in seconds. Keep the latest position in memory; if the product needs trails (disputes, analytics), append them to a log and store them in bulk, off the hot path.",
      },
      {
        question: "How do you stop two riders being matched with the same driver?",
        answer:
          "The matcher reserves the driver with a conditional write: set the driver to offered only if the driver is still available at the version it read. One matcher wins; the other moves to its next candidate.",
      },
      {
        question: "A rider is near the edge of a city partition. What does the search do?",
        answer:
          "It computes the cells its circle overlaps, as always; if some of them belong to the next zone or city, it reads that partition too and merges. Edges are rare, so most searches still touch one partition.",
      },
      {
        question: "Why not push nearby drivers over WebSockets instead of polling every 10 s?",
        answer:
          "Browsing riders far outnumber riders in a ride; a poll every 10 s is cheap, cacheable per cell and needs no held connection. Once matched, the rider needs sub-second updates of one driver, which is what the WebSocket is for.",
      },
      {
        question: "The payment provider times out after you sent the charge. What now?",
        answer:
          "Retry with the same idempotency key (the ride id), with backoff. If the first attempt went through, the provider returns that result instead of charging again; the ride stays payment pending until a definite answer.",
      },
      {
        question: "Your error rate is 0.1% but riders complain they get no car. Where do you look?",
        answer:
          "At the business metrics: if ride_requests_unmatched_total{reason=no_available_drivers} climbs while active_drivers_by_region falls, it is a supply problem in that region, not a bug.",
      },
      {
        question: "How would you add surge pricing later?",
        answer:
          "As a separate streaming job that reads the location and request streams, counts supply and demand per cell and publishes a multiplier per cell; the ride service only reads the multiplier when it quotes a fare.",
      },
    ],
  },
  source:
    "The course's running example (the scoping and estimation chapters); the design, deep dives and follow-ups are assembled in case study C from the chapters on real-time APIs, idempotency, consistency and observability.",
  authored: false,
};
