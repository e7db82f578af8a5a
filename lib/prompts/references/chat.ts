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
  answer: {
    estimatePreset: "chat",
    design: [
      "Chat clients: each device keeps one WebSocket open to a connection gateway, through a layer-4 load balancer. A gateway only holds sockets and forwards frames; at our assumed 10M connections at peak and 500K per gateway that is 20 gateways, plus spares.",
      "Presence registry (Redis, entries that expire): which gateway holds each device, refreshed by a heartbeat every 30 s and dropped after about 90 s of silence. Routing needs it fresh; the 'last seen' shown to people can lag.",
      "Message service: checks the sender belongs to the conversation, stamps a Snowflake-style message id (unique, roughly time-ordered, no central counter) and produces to the Kafka topic incoming-messages, keyed by conversation id, with acks=all. Once Kafka has it, the sender sees one tick: the message will not be lost.",
      "Kafka incoming-messages: the durable, replayable intake. Keying by conversation puts every message of a conversation on one partition, read by one consumer at a time, which is what makes per-conversation order cheap.",
      "Sequencer-writers: the consumer of a partition gives each message the next sequence number of its conversation, writes it to the message store, then hands it to fan-out. A replay after a crash finds the message id already stored and reuses its number.",
      "Message store (wide-column, Cassandra-style): partition (conversation_id, bucket), clustering (seq DESC, message_id), replication factor 3, LOCAL_QUORUM. A message is stored once per conversation, groups included; about 1 TB a day with 3 copies, 1.9 PB in 5 years.",
      "Membership store (PostgreSQL): users, conversations and members, plus per-member pointers for delivered and read up to a sequence number. Small, relational, read through a cache by fan-out.",
      "Fan-out service: for each stored message, looks up the members and their gateways, pushes to online devices over gRPC to their gateway (about 2.5 deliveries per message on average), and produces offline members to a push-notifications topic.",
      "Push workers and the history service: push workers call APNs and FCM, collapsing a burst into one alert per conversation; the history service answers 'everything after seq N' when a device reconnects, one partition read per conversation.",
    ],
    diagram: {
      title: "Chat: one message from the sender's socket to every member's device",
      source: `flowchart LR
  Client([Mobile client]) -- WebSocket --> LB[L4 load balancer]
  LB -- WebSocket --> GW[Connection gateway]
  GW -- gRPC heartbeat --> Presence[(Presence registry Redis)]
  GW -- gRPC send --> MsgSvc[Message service]
  MsgSvc -- Kafka produce keyed by conversation --> Incoming[[incoming-messages topic]]
  Incoming -- Kafka consume --> Writer[Sequencer writers]
  Writer -- CQL --> Store[(Message store Cassandra)]
  Writer -- gRPC --> Fanout[Fan-out service]
  Fanout -- SQL --> Members[(Membership DB PostgreSQL)]
  Fanout -- RESP lookup --> Presence
  Fanout -- gRPC deliver --> GW
  Fanout -- Kafka produce --> PushTopic[[push-notifications topic]]
  PushTopic -- Kafka consume --> PushWorkers[Push workers]
  PushWorkers -- HTTPS --> Apns{{APNs and FCM}}
  GW -- gRPC sync --> History[History service]
  History -- CQL --> Store`,
    },
    deepDives: [
      {
        id: "connections",
        title: "Connections and presence",
        decision:
          "Every device holds one WebSocket to a gateway that keeps no other state. A presence registry maps each device to its gateway, kept alive by heartbeats every 30 s; gateways are sized at 500K connections so that losing one is survivable, and phones in the background are reached by push notifications instead.",
        forIt: [
          "Chat needs both directions at once with the delay of one network trip; polling every 30 s would add 15 s on average to every message.",
          "10M connections at peak (our assumption: 20% of DAU) over 500K per gateway is 20 gateways; a heartbeat every 30 s is about 333K tiny messages a second, far more than the 69K messages sent, so heartbeats stay in the gateway and presence layer and never touch the message store.",
          "Keeping gateways free of chat logic means they can be drained and replaced like any server; the state they hold (the sockets) is rebuilt by clients reconnecting.",
          "Routing presence (which gateway) must be fresh or a message goes to a dead socket; displayed presence ('last seen') may lag by a minute, so it is eventually consistent and pulled only when a chat is opened.",
        ],
        againstIt: [
          "Bigger gateways (the seed's illustrative 2M sockets per server) would need only 5 machines, but one crash would send 2M clients reconnecting at once; that only wins with very well-tested reconnect backoff.",
          "Long polling or SSE plus HTTP POST works through proxies that block WebSockets; keep it as a fallback, not the main path.",
          "A mobile OS closes background sockets anyway, so for phones push notifications carry much of the delivery; a web-only product could lean on the socket alone.",
        ],
      },
      {
        id: "ordering",
        title: "Ordering per conversation",
        decision:
          "Order is promised per conversation, not globally. Every message gets a Snowflake-style id for identity (no central counter), and a sequence number in its conversation from the single consumer that owns the conversation's Kafka partition. The store clusters by (seq, message_id), so even a duplicated number never overwrites a message.",
        forIt: [
          "A single Redis counter for every message is a hot spot and a single point of failure: 69K increments a second at peak is most of one instance, every send waits on one box, and after a failover its asynchronous replica can hand out numbers it already gave.",
          "Snowflake ids (41 bits of milliseconds, about 69.7 years; 10 bits of generator; 12 bits of counter, 4,096 per millisecond per generator) need no coordination, so any message server can mint them.",
          "Time-based ids alone do not order a conversation: two servers whose clocks differ by a few milliseconds can sort two quick messages backwards, and a client cannot tell a gap from nothing. A per-conversation sequence from one owner gives a gap-free order that clients check.",
          "The owner comes for free: keying incoming-messages by conversation sends every message of a conversation to one partition, read by one consumer.",
        ],
        againstIt: [
          "A conversation's throughput is capped by one partition's consumer; a huge broadcast channel might need its own partitions and an order that is only approximate.",
          "During a rebalance an old consumer that has not noticed it lost the partition can assign a number twice; fencing, or the (seq, message_id) clustering key, is needed so nothing is lost.",
          "If the product can live with 'roughly in time order' (comments under a post, say), Snowflake ids alone are simpler and need no owner.",
        ],
      },
      {
        id: "group-fanout",
        title: "Group fan-out and storage",
        decision:
          "A group message is stored once, in the group's partition (sharded by group id), and fanned out as deliveries and notifications, not as copies. Each member keeps only pointers (delivered and read up to a sequence number). No logged batch writes a message into hundreds of inboxes.",
        forIt: [
          "Sharding by group id keeps a group's history on one shard in order, so opening a group reads one partition; sharding by message id scatters it over every shard.",
          "Copying a message into each of 400 inboxes is 400 partition writes; in one logged batch that is about 68 KB for the coordinator to log on two other nodes and hold until every replica answers, over Cassandra's default 50 KB fail threshold.",
          "With about 2.5 deliveries per message on average, fan-out is around 174K pushes a second at peak, which gateways handle in memory; storing copies would multiply the 1 TB a day of writes instead.",
          "Offline members get a push notification through Kafka and push workers, so a burst in a big group is smoothed rather than sent synchronously.",
        ],
        againstIt: [
          "Per-user inboxes make 'sync everything since I was last online' one partition read per user instead of one per active conversation; for direct messages (two copies) that can be worth it.",
          "A very large group (thousands of members) turns one message into thousands of presence lookups and pushes; cap group size in V1 and treat channels as a separate broadcast product.",
          "Storing once means a member who leaves still has rows in the shared partition; hiding history from new or former members needs per-member visibility ranges.",
        ],
      },
    ],
    wrapUp: {
      bottlenecks: [
        "Reconnect storms: a gateway crash or a careless deploy sends up to 500K clients reconnecting at once; jittered backoff and draining one gateway at a time keep it smooth.",
        "A hot conversation: one busy group is one partition and one consumer; watch the busiest partitions and give huge groups their own.",
        "Fan-out lookups: every delivery asks presence where the device is; batch the lookups per message and cache membership.",
        "Push providers throttle senders; collapse notifications per conversation and send them from a queue.",
      ],
      failureModes: [
        "A gateway dies: its clients reconnect elsewhere and ask the history service for everything after their last sequence number, so nothing is lost, only late.",
        "A sequencer-writer crashes after storing but before committing its Kafka offset: the replay finds the message id already stored and reuses its number.",
        "A stale consumer keeps writing after a rebalance: numbers may repeat, but the clustering key (seq, message_id) keeps both messages; clients order ties by message id.",
        "A Kafka broker or a Cassandra node is lost: acks=all with min.insync.replicas = 2 and LOCAL_QUORUM with 3 copies each survive one loss without losing an acknowledged message.",
      ],
      monitoring: [
        "Send-to-deliver latency at p99 per region, measured from the message id's timestamp to the gateway's delivery: the 500 ms target.",
        "Consumer lag on incoming-messages per partition, and the largest partitions: the first sign of a hot conversation.",
        "Open connections per gateway and reconnects a second: the first sign of a storm.",
        "Sequence gaps reported by clients, and push notifications failed or throttled.",
      ],
      v2: [
        "End-to-end encryption with the Signal protocol: the server stores ciphertext only and loses server-side search and content checks.",
        "Large channels and communities as a broadcast product with its own fan-out.",
        "Media through object storage and a CDN, with only a link in the message.",
        "Several regions, with each conversation homed in one region for ordering.",
      ],
    },
    followUps: [
      {
        question: "Your sequencer is a hot spot. What do you do?",
        answer:
          "Agree first, then ask what the worry is: throughput, the single point of failure, or both. Then ask what order we promised: per conversation, not global. So drop the single Redis counter: Snowflake-style ids give identity with no coordination, and the consumer that owns a conversation's partition hands out its sequence numbers. The trade-off: order exists only within a conversation, and a very busy conversation is limited to one consumer.",
      },
      {
        question: "Why Kafka rather than RabbitMQ for incoming-messages?",
        answer:
          "Because every accepted message must survive and be replayable to storage and to fan-out at around 70K a second at peak, instead of a broker that deletes a message once it is acknowledged. Kafka's keyed partitions also give per-conversation order for free. The trade-off: no per-message routing or per-message acknowledgement, and a slow conversation holds up the others behind it on its partition.",
      },
      {
        question:
          "Write a group message into all 400 members' inboxes in one logged batch, so it is all or nothing. What is its p99?",
        answer:
          "I do not know the number, and I would measure it rather than guess: a harness sending such batches at our rate, watching p99 latency and the coordinators' CPU and memory. My hypothesis is that it is poor: the batch spans up to 400 partitions on most nodes, the coordinator writes it to a batchlog on two other nodes first and holds all of it until every replica answers, and at about 68 KB it is over the default 50 KB fail threshold. Atomic here also means eventually all applied, not isolated. Better not to copy: store the message once in the group's partition.",
      },
      {
        question: "A phone was offline for three days. How does it catch up?",
        answer:
          "It reconnects, sends the last sequence number it holds for each conversation, and the history service returns what came after, newest conversations first, one partition read each. Delivered pointers then move forward, which is what turns the sender's tick into two.",
      },
      {
        question: "Can you guarantee each message is delivered exactly once?",
        answer:
          "Delivery is at least once: gateways retry until the device acknowledges. The device drops duplicates by message id (and the client attaches its own id when it retries a send), so what the user sees happens exactly once.",
      },
      {
        question: "How would end-to-end encryption change this?",
        answer:
          "The server would store and forward ciphertext only: no server-side search or content filtering, keys per device, and a group message encrypted for each device or with a sender key. The Double Ratchet gives forward secrecy (a stolen key does not open earlier messages), but it heals after a compromise only once the compromised device has made a fresh Diffie-Hellman ratchet key pair and the other side has used it, about one round trip, and only against an attacker who just listens; messages until then are exposed. We park it but keep the message format ready for it.",
      },
      {
        question: "Show who is online in a 5,000-member group?",
        answer:
          "Not in V1: broadcasting every status change to every member is thousands of updates per change. Show a count or the status of the people on screen, fetched when the group is opened.",
      },
    ],
  },
  source: "Authored by Tradeoff.",
  authored: true,
};
