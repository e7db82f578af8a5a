import { AUTH, type PromptReference } from "@/lib/prompts/reference";

export const reference: PromptReference = {
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
    {
      feature: "Voice and video calls",
      reason: "Media streaming (WebRTC) is a separate system.",
      synonyms: [["voice"], ["video"], ["call"], ["webrtc"]],
    },
    {
      feature: "End-to-end encryption",
      reason: "Key exchange changes storage and search; decide early but build later.",
      synonyms: [["encrypt"], ["e2e"], ["end", "to", "end"]],
    },
    {
      feature: "Presence for large groups",
      reason: "Fan-out of online status is costly at scale.",
      synonyms: [["presence"], ["online", "status"], ["last", "seen"], ["typing"]],
    },
  ],
  referenceNfrs: [
    {
      text: "A message reaches an online recipient at p99 under 500 ms.",
      synonyms: [
        ["latency", "messag"],
        ["latency", "deliver"],
        ["latency", "send"],
        ["latency", "recipient"],
        ["recipient"],
        ["latency"],
      ],
    },
    {
      text: "Messages are never lost once the sender sees them as sent; order is kept within a conversation.",
      synonyms: [["durab"], ["never", "lost"], ["lost"], ["order"]],
    },
    { text: "Availability 99.99% for sending.", synonyms: [["availab"], ["uptime"]] },
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
};
