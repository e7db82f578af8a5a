import type { PromptReference } from "@/lib/prompts/reference";

export const reference: PromptReference = {
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
    {
      feature: "Email and SMS channels",
      reason: "External providers with their own rate limits and retries.",
      synonyms: [["email"], ["sms"], ["text", "message"], ["channel"]],
    },
    {
      feature: "Digest and batching rules",
      reason: "Scheduling and grouping logic waits for usage data.",
      synonyms: [["digest"], ["batch"], ["summar"], ["group"]],
    },
  ],
  referenceNfrs: [
    {
      text: "An online subscriber sees a notification within 2 s at p99.",
      synonyms: [
        ["latency", "notif"],
        ["latency", "deliver"],
        ["latency", "subscriber"],
        ["latency", "push"],
        ["sees", "notif"],
        ["latency"],
      ],
    },
    {
      text: "Seen status is stored, not inferred from delivery.",
      synonyms: [["seen"], ["read", "status"], ["read", "receipt"], ["inferred"]],
    },
    {
      text: "A viral event (300,000 subscribers) must not take the system down: absorb the burst in a queue.",
      synonyms: [["viral"], ["burst"], ["spike"], ["fan", "out"], ["celebrit"], ["peak"]],
    },
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
};
