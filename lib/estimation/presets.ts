import { DEFAULT_LIMITS, feature, type Preset } from "@/lib/estimation/preset-parts";
import { CASE_STUDY_PRESETS } from "@/lib/estimation/presets-case-studies";

export type { Preset } from "@/lib/estimation/preset-parts";
export { DEFAULT_LIMITS } from "@/lib/estimation/preset-parts";

// The notification tiers share one behaviour per user: 10 page views a day (the
// material's tier-3 figure) and 5 new notifications (ours). Only the scale changes.
const NOTIFICATION_PAGE_VIEWS = feature({
  id: "views",
  name: "Notification page view",
  kind: "read",
  share: 1,
  rate: { unit: "per-day", value: 10 },
  responseBytes: 2_000,
});
const NOTIFICATIONS_CREATED = feature({
  id: "notify",
  name: "Notification created",
  kind: "write",
  share: 1,
  rate: { unit: "per-day", value: 5 },
  requestBytes: 200,
  storedBytes: 200,
});

const FIVE_YEARS = { value: 5, unit: "years" } as const;

export const PRESETS: Preset[] = [
  {
    id: "ride-sharing",
    title: "Ride-sharing (chapter 2)",
    description:
      "10M DAU; 10% are drivers and 20% of those are online at peak (200,000), each sending its location every 4 s; 20% of DAU are riders polling for nearby drivers every 10 s (2M); one ride per DAU per day, 1 KB each; peak ×3. The concurrency figures are already peak-hour ones, so ×3 on top is conservative.",
    inputs: {
      dau: 10_000_000,
      peakMultiplier: 3,
      replication: 1,
      horizon: FIVE_YEARS,
      month: "calendar",
      limits: DEFAULT_LIMITS,
      features: [
        feature({
          id: "location",
          name: "Driver location update",
          kind: "write",
          share: 0.02, // 10% of users are drivers × 20% of them online
          rate: { unit: "every-seconds", value: 4 },
          requestBytes: 256,
        }),
        feature({
          id: "nearby",
          name: "Nearby drivers",
          kind: "read",
          share: 0.2,
          rate: { unit: "every-seconds", value: 10 },
          responseBytes: 2_000,
        }),
        feature({
          id: "ride",
          name: "Ride record",
          kind: "write",
          share: 1,
          rate: { unit: "per-day", value: 1 },
          requestBytes: 1_000,
          storedBytes: 1_000,
        }),
      ],
    },
    reference: [
      "200,000 drivers online; 2M riders",
      "Location writes: 50K/s average → 150K/s peak",
      "Nearby-driver reads: 200K/s average → 600K/s peak",
      "Read:write 4:1, read-heavy",
      "Storage 10 GB/day, 3.65 TB/year, 18.25 TB over 5 years",
      "Ingress ~38.4 MB/s (307.2 Mbps); egress ~1.2 GB/s (9.6 Gbps)",
      "600K reads ÷ 2K per server = 300 app servers for reads; writes ≈ 30× one primary",
    ],
  },
  {
    id: "iot",
    title: "IoT sensors (the write-heavy contrast)",
    description:
      "10M temperature sensors, each reporting every 20 s (our assumption, giving 1M writes/s at peak ×2); about 100 analysts running 20 queries a day (ours). Reads are so rare that caching would be beside the point.",
    inputs: {
      dau: 10_000_000,
      peakMultiplier: 2,
      replication: 3,
      horizon: FIVE_YEARS,
      month: "calendar",
      limits: DEFAULT_LIMITS,
      features: [
        feature({
          id: "reading",
          name: "Sensor reading",
          kind: "write",
          share: 1,
          rate: { unit: "every-seconds", value: 20 },
          requestBytes: 100,
          storedBytes: 100,
        }),
        feature({
          id: "query",
          name: "Analyst query",
          kind: "read",
          share: 0.00001,
          rate: { unit: "per-day", value: 20 },
          responseBytes: 100_000,
        }),
      ],
    },
    reference: [
      "1,000,000 writes/s against under 1 read/s",
      "Ratio effectively 0: write-heavy (log ingestion, LSM or time-series store, batch analytics)",
    ],
  },
  {
    id: "notifications-tier-1",
    title: "Notifications, tier 1: ~1,000 users",
    description:
      "A small product: 1,000 users opening their notifications 10 times a day. One PostgreSQL table and a WebSocket are enough; no sharding, no log.",
    inputs: {
      dau: 1_000,
      peakMultiplier: 3,
      replication: 2,
      horizon: FIVE_YEARS,
      month: "calendar",
      limits: DEFAULT_LIMITS,
      features: [NOTIFICATION_PAGE_VIEWS, NOTIFICATIONS_CREATED],
    },
    reference: ["About 0.1 reads/s on average: one database table and a WebSocket; don't over-engineer"],
  },
  {
    id: "notifications-tier-2",
    title: "Notifications, tier 2: 10M students",
    description:
      "100K instructors and 10M students; one course update notifies up to 300,000 students at once. A producer writes to a log topic, workers fan out, online users get a WebSocket push and everyone gets a stored row.",
    inputs: {
      dau: 10_000_000,
      peakMultiplier: 3,
      replication: 3,
      horizon: FIVE_YEARS,
      month: "calendar",
      limits: DEFAULT_LIMITS,
      features: [NOTIFICATION_PAGE_VIEWS, NOTIFICATIONS_CREATED],
    },
    reference: [
      "100M page views a day ≈ 1,157/s on average",
      "A single update can create 300,000 notifications: absorb the burst in a queue",
    ],
  },
  {
    id: "notifications-tier-3",
    title: "Notifications, tier 3: 500M users",
    description:
      "1M channels, 500M users with about 1,000 subscriptions each, 10 notification page views per user per day. Shard notifications by user, use an event log, WebSocket gateways and a shock absorber for viral content, and persist seen status.",
    inputs: {
      dau: 500_000_000,
      peakMultiplier: 3,
      replication: 3,
      horizon: FIVE_YEARS,
      month: "calendar",
      limits: DEFAULT_LIMITS,
      features: [
        NOTIFICATION_PAGE_VIEWS,
        feature({
          id: "seen",
          name: "Seen status stored",
          kind: "write",
          share: 1,
          rate: { unit: "per-day", value: 10 },
          requestBytes: 100,
          storedBytes: 64,
        }),
      ],
    },
    reference: ["500M × 10 = 5 billion page views a day ≈ 57,870/s on average"],
  },
  ...CASE_STUDY_PRESETS,
];

export function getPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
