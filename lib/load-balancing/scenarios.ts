import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import {
  busiestShare,
  deepestQueue,
  simulate,
  steadyStream,
  type Algorithm,
  type HealthCheck,
  type Request,
  type Server,
} from "@/lib/load-balancing/balancer";

/**
 * The LoadBalancerSim's presets and the predictions asked about them. Every
 * answer below is computed by running the model, never typed by hand.
 */
export type Preset = {
  id: string;
  label: string;
  description: string;
  servers: Server[];
  algorithm: Algorithm;
  requests: Request[];
  healthCheck?: HealthCheck;
  ticks?: number;
  /** The prediction asked about this preset. */
  scenario: string;
};

const even = (ids: string[], extra: Partial<Server> = {}): Server[] => ids.map((id) => ({ id, speed: 1, ...extra }));

export const NAT_ADDRESS = "203.0.113.7";
const HOME_ADDRESSES = ["198.51.100.23", "198.51.100.41", "192.0.2.15"];
/** 12 requests: 9 from one office behind a NAT, 3 from homes, interleaved. */
const natStream: Request[] = [
  NAT_ADDRESS,
  NAT_ADDRESS,
  HOME_ADDRESSES[0]!,
  NAT_ADDRESS,
  NAT_ADDRESS,
  HOME_ADDRESSES[1]!,
  NAT_ADDRESS,
  NAT_ADDRESS,
  HOME_ADDRESSES[2]!,
  NAT_ADDRESS,
  NAT_ADDRESS,
  NAT_ADDRESS,
].map((client, index) => ({ at: Math.floor(index / 3), client }));

export const PRESETS: readonly Preset[] = [
  {
    id: "round-robin",
    label: "Round robin, three equal servers",
    description: "One request per tick to S1, S2 and S3, all equally fast.",
    servers: even(["S1", "S2", "S3"]),
    algorithm: "round-robin",
    requests: steadyStream(1, 6, ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6"]),
    scenario: "round-robin-fifth",
  },
  {
    id: "least-connections",
    label: "Least connections with busy servers",
    description: "S1 holds 5 open requests, S2 holds 2 and S3 holds 7 when a new one arrives.",
    servers: [
      { id: "S1", speed: 1, active: 5 },
      { id: "S2", speed: 1, active: 2 },
      { id: "S3", speed: 1, active: 7 },
    ],
    algorithm: "least-connections",
    requests: [{ at: 0, client: "10.0.0.9" }],
    scenario: "least-connections-pick",
  },
  {
    id: "slow-server",
    label: "Servers of different speeds",
    description:
      "S1 completes 3 requests a tick, S2 completes 2 and S3 only 1; 4 requests arrive every tick for 12 ticks.",
    servers: [
      { id: "S1", speed: 3 },
      { id: "S2", speed: 2 },
      { id: "S3", speed: 1 },
    ],
    algorithm: "round-robin",
    requests: steadyStream(4, 12, ["10.0.1.1", "10.0.1.2", "10.0.1.3", "10.0.1.4", "10.0.1.5"]),
    scenario: "slow-server-round-robin",
  },
  {
    id: "slow-server-least",
    label: "The same servers under least connections",
    description: "The same speeds and stream as before, routed by least connections.",
    servers: [
      { id: "S1", speed: 3 },
      { id: "S2", speed: 2 },
      { id: "S3", speed: 1 },
    ],
    algorithm: "least-connections",
    requests: steadyStream(4, 12, ["10.0.1.1", "10.0.1.2", "10.0.1.3", "10.0.1.4", "10.0.1.5"]),
    scenario: "slow-server-least-connections",
  },
  {
    id: "nat",
    label: "IP hash behind an office NAT",
    description: `9 of 12 requests come from one office whose staff share the public address ${NAT_ADDRESS}; 3 come from homes.`,
    servers: even(["S1", "S2", "S3"], { speed: 2 }),
    algorithm: "ip-hash",
    requests: natStream,
    scenario: "ip-hash-nat",
  },
  {
    id: "health-check",
    label: "A server dies; the health check catches up",
    description:
      "Round robin over three servers, 3 requests a tick for 10 ticks. S2 dies at tick 3. The check runs every 2 ticks and marks a server down after 2 failed checks in a row.",
    servers: [
      { id: "S1", speed: 2 },
      { id: "S2", speed: 2, failsAt: 3 },
      { id: "S3", speed: 2 },
    ],
    algorithm: "round-robin",
    requests: steadyStream(3, 10, ["10.0.2.1", "10.0.2.2", "10.0.2.3", "10.0.2.4"]),
    healthCheck: { interval: 2, threshold: 2 },
    scenario: "failed-before-markdown",
  },
  {
    id: "drain",
    label: "Draining a server before a deploy",
    description: "S3 holds 4 requests and completes 1 a tick. From tick 0 it is draining: it takes nothing new.",
    servers: [
      { id: "S1", speed: 2 },
      { id: "S2", speed: 2 },
      { id: "S3", speed: 1, active: 4, drainsAt: 0 },
    ],
    algorithm: "round-robin",
    requests: steadyStream(2, 6, ["10.0.3.1", "10.0.3.2"]),
    scenario: "drain-finish",
  },
];

export function preset(id: string): Preset {
  const found = PRESETS.find((entry) => entry.id === id);
  if (!found) throw new Error(`no load-balancer preset "${id}"`);
  return found;
}

export const runPreset = (entry: Preset) =>
  simulate(entry.servers, entry.algorithm, entry.requests, { healthCheck: entry.healthCheck, ticks: entry.ticks });

// ---- the model's answers -------------------------------------------------

const serverOptions = (ids: string[]) => ids.map((id) => ({ id, label: id }));

/** The server that receives request `n` (1-based) of a preset. */
export function targetOf(entry: Preset, n: number): string {
  const routed = runPreset(entry).routed[n - 1];
  if (!routed?.server) throw new Error(`request ${n} of "${entry.id}" reached no server`);
  return routed.server;
}

/** Bucket for the deepest queue under least connections. */
export function depthBucket(depth: number): "0-1" | "2-3" | "4+" {
  return depth <= 1 ? "0-1" : depth <= 3 ? "2-3" : "4+";
}

export function shareBucket(share: number): "third" | "half" | "three-quarters" {
  return share >= 0.75 ? "three-quarters" : share >= 0.5 ? "half" : "third";
}

/** Ticks a draining server needs before it holds nothing (its drained tick + 1), or "never". */
export function ticksToDrain(entry: Preset, server: string): string {
  const index = entry.servers.findIndex((s) => s.id === server);
  const drained = runPreset(entry).drainedAt[index];
  return drained === null || drained === undefined ? "never" : String(drained + 1);
}

const rr = preset("round-robin");
const lc = preset("least-connections");
const slow = preset("slow-server");
const slowLeast = preset("slow-server-least");
const nat = preset("nat");
const health = preset("health-check");
const drain = preset("drain");

export const LOAD_BALANCER_SCENARIOS: PredictionScenarios = {
  "round-robin-fifth": {
    question: "Round robin over S1, S2 and S3: which server receives the 5th request?",
    options: serverOptions(["S1", "S2", "S3"]),
    answer: targetOf(rr, 5),
    why: "Round robin hands out requests in list order and wraps around: 1 → S1, 2 → S2, 3 → S3, 4 → S1, 5 → S2. Request k goes to server ((k − 1) mod 3) + 1.",
  },
  "least-connections-pick": {
    question: "S1 has 5 open requests, S2 has 2 and S3 has 7. Under least connections, where does the next request go?",
    options: serverOptions(["S1", "S2", "S3"]),
    answer: targetOf(lc, 1),
    why: "Least connections reads its table of open requests and picks the smallest count: S2 with 2. Round robin would have sent it to whichever server was next in turn, busy or not.",
  },
  "slow-server-round-robin": {
    question:
      "Round robin, 4 requests a tick for 12 ticks; S1 completes 3 a tick, S2 completes 2, S3 completes 1. Which server has the deepest queue at the end?",
    options: [...serverOptions(["S1", "S2", "S3"]), { id: "none", label: "None: every server keeps up" }],
    answer: (() => {
      const deepest = deepestQueue(slow.servers, runPreset(slow));
      return deepest.depth === 0 ? "none" : deepest.server;
    })(),
    why: `Round robin gives each server a third of the ${slow.requests.length} requests, ${runPreset(slow).counts.S3} each, whatever its speed. S3 can finish only 12 in 12 ticks, so ${deepestQueue(slow.servers, runPreset(slow)).depth} are still waiting at the end, while S1 sits idle more than half the time.`,
  },
  "slow-server-least-connections": {
    question:
      "The same servers and stream, routed by least connections instead. How deep is the deepest queue at the end?",
    options: [
      { id: "0-1", label: "0 or 1 requests" },
      { id: "2-3", label: "2 or 3 requests" },
      { id: "4+", label: "4 or more requests" },
    ],
    answer: depthBucket(deepestQueue(slowLeast.servers, runPreset(slowLeast)).depth),
    why: "Least connections sends each request to the server holding the fewest, so the fast server, which empties its queue every tick, takes most of them. Nothing piles up behind S3.",
  },
  "ip-hash-nat": {
    question:
      "IP hash over three servers; 9 of the 12 requests come from one office sharing a single public address. What share does the busiest server get?",
    options: [
      { id: "third", label: "About a third, like the others" },
      { id: "half", label: "Between a half and three quarters" },
      { id: "three-quarters", label: "Three quarters or more" },
    ],
    answer: shareBucket(busiestShare(runPreset(nat))),
    why: "IP hash maps each source address to one server. Behind a NAT the whole office has one address, so all 9 of its requests hash to the same server, and that server gets at least 9 of 12 whatever the hash function.",
  },
  "failed-before-markdown": {
    question:
      "S2 dies at tick 3. The health check runs every 2 ticks and needs 2 failures in a row. How many requests fail before S2 is marked down?",
    options: [
      { id: "0", label: "None: the health check protects every request" },
      { id: "1", label: "1" },
      { id: "3", label: "3" },
      { id: "7", label: "All 7 that round robin would send S2 from tick 3 to the end" },
    ],
    answer: String(runPreset(health).failed),
    why: "The checks at ticks 4 and 6 fail, so S2 is marked down at tick 6. At ticks 3, 4 and 5 round robin still sends it one request each: 3 failures. From tick 6 it receives nothing. Detection takes up to interval × threshold.",
  },
  "drain-finish": {
    question:
      "S3 is draining with 4 requests in flight and completes 1 a tick. After how many ticks can you stop it without cutting anyone off?",
    options: [
      { id: "0", label: "At once: draining means stopping now" },
      { id: "2", label: "2" },
      { id: "4", label: "4" },
      { id: "never", label: "Never: it keeps receiving new requests" },
    ],
    answer: ticksToDrain(drain, "S3"),
    why: "A draining server gets no new requests but finishes the ones it holds: 4 requests at 1 a tick take 4 ticks (ticks 0 to 3). Then it can stop or be deployed.",
  },
};
