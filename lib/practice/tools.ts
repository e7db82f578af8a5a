/** The practice area's tools, as /practice lists them and search finds them. */
export const PRACTICE_TOOLS = [
  {
    href: "/practice/worksheet",
    title: "Scoping worksheet",
    text: "Actors, V1 requirements, the parking lot and quantified non-functional requirements for a design prompt, checked as you write.",
  },
  {
    href: "/practice/whiteboard",
    title: "Whiteboard",
    text: "Architecture diagrams as Mermaid text, previewed live, checked against the whiteboard rules, versioned and exportable.",
  },
  {
    href: "/practice/games",
    title: "Consistency games",
    text: "CP or AP, strong or eventual, read-after-write fixes and datastores as decision decks, plus partition, quorum and replication-lag simulators.",
  },
  {
    href: "/practice/simulators",
    title: "Simulators",
    text: "Every simulator in the course, from real-time delivery and cache eviction to load balancing and quorums: predict what the system does, then watch it.",
  },
  {
    href: "/practice/estimate",
    title: "Estimator",
    text: "The estimation funnel from daily users to QPS, storage, bandwidth and server counts, with every formula shown.",
  },
  {
    href: "/practice/estimate/availability",
    title: "Availability calculator",
    text: "Nines to downtime and back, components in series and in parallel, and the cost of synchronous fan-out.",
  },
  {
    href: "/practice/estimate/numbers",
    title: "Reference numbers",
    text: "Latency numbers on a log scale, the classic table and a recently measured one, powers of two and conversions.",
  },
  {
    href: "/practice/estimate/drills",
    title: "Estimation drills",
    text: "Generated questions with the answer hidden until you commit, scored by how close you are.",
  },
] as const;

/** Index pages (the games and simulator lists): search finds what they list, not the lists. */
export const PRACTICE_INDEXES: readonly string[] = ["/practice/games", "/practice/simulators"];
