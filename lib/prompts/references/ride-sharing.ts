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
      points: ["Bottlenecks: the location write path and egress. Next: surge pricing as a separate streaming system."],
    },
  ],
  source: "Chapters 1 and 2 (the running ride-sharing example).",
  authored: false,
};
