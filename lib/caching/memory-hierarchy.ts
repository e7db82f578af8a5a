import { LATENCY_TABLES, type LatencyRow } from "@/lib/estimation/reference-numbers";
import { formatNanoseconds } from "@/lib/estimation/format";
import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import { formatNumber } from "@/lib/format/number";

/**
 * The cache layers of a web request, each tied to a row of the latency tables
 * in lib/estimation/reference-numbers.ts (never retyped here): what a hit at
 * that layer costs, and what a miss falls through to.
 */
export function latencyOf(tableId: string, operation: string): number {
  const table = LATENCY_TABLES.find((candidate) => candidate.id === tableId);
  const row = table?.rows.find((candidate: LatencyRow) => candidate.operation === operation);
  if (!row) throw new Error(`No "${operation}" in the ${tableId} latency table`);
  return row.ns;
}

export type HierarchyRung = {
  id: string;
  layer: string;
  /** What it costs: the operations of the classic table it adds up, in order. */
  operations: readonly string[];
  ns: number;
  note: string;
};

const classic = (...operations: string[]) => ({
  operations,
  ns: operations.reduce((sum, operation) => sum + latencyOf("classic", operation), 0),
});

export const MEMORY_RUNGS: readonly HierarchyRung[] = [
  {
    id: "l1",
    layer: "CPU cache",
    ...classic("L1 cache reference"),
    note: "Managed by the hardware; you benefit from it by keeping hot data small and close together.",
  },
  {
    id: "ram",
    layer: "In-process cache (a map in the server's own memory)",
    ...classic("Main memory reference"),
    note: "No network at all, but each server has its own copy, and a restart empties it.",
  },
  {
    id: "network",
    layer: "Distributed cache (Redis or Memcached on another machine)",
    ...classic("Round trip within a datacenter"),
    note: "The store answers in microseconds; the trip across the network is what you wait for.",
  },
  {
    id: "ssd",
    layer: "Database reading a page that is not in its buffer pool",
    ...classic("Round trip within a datacenter", "Read 4 KB at random from SSD"),
    note: "A network round trip to the database plus the SSD read, before any parsing, planning, locking or joining.",
  },
  {
    id: "disk",
    layer: "The same database read from a spinning disk",
    ...classic("Round trip within a datacenter", "Disk seek"),
    note: "Rare for hot data now, but still the cost model of many archives.",
  },
  {
    id: "ocean",
    layer: "A user far from the origin (no CDN)",
    ...classic("Packet round trip California → Netherlands → California"),
    note: "The speed of light sets this floor; only a copy nearer the user (a CDN edge) removes it.",
  },
];

const rung = (id: string) => MEMORY_RUNGS.find((candidate) => candidate.id === id)!;

/** How many times longer `slow` takes than `fast`. */
export const ratio = (slow: string, fast: string) => rung(slow).ns / rung(fast).ns;

const ns = (id: string) => formatNanoseconds(rung(id).ns);
const times = (slow: string, fast: string) => formatNumber(Math.round(ratio(slow, fast)));

/** The unit a latency reads in naturally: the way engineers should describe it out loud. */
export type LatencyBand = "ns" | "us" | "sub-ms" | "ms";
export function band(ns: number): LatencyBand {
  if (ns < 1_000) return "ns";
  if (ns < 100_000) return "us";
  if (ns < 1_000_000) return "sub-ms";
  return "ms";
}

function nearestTimes(values: readonly number[], result: number): string {
  // Compare on a log scale: these are orders of magnitude.
  const distance = (value: number) => Math.abs(Math.log10(value) - Math.log10(result));
  return `x${values.reduce((a, b) => (distance(b) < distance(a) ? b : a))}`;
}
const timesOptions = (values: readonly number[]) =>
  values.map((value) => ({ id: `x${value}`, label: `About ${formatNumber(value)}×` }));

/** Predictions about the ladder: each answer is computed from the latency table. */
export const MEMORY_HIERARCHY_SCENARIOS: PredictionScenarios = {
  "network-vs-memory": {
    question:
      "An app server can keep a value in its own memory or fetch it from a cache server in the same datacenter. How many times longer does the fetch take, using the classic table?",
    options: timesOptions([5, 50, 5_000, 5_000_000]),
    answer: nearestTimes([5, 50, 5_000, 5_000_000], ratio("network", "ram")),
    why: `A main-memory reference takes about ${ns("ram")} and a round trip inside a datacenter about ${ns("network")}: roughly ${times("network", "ram")} times longer. The network hop, not the cache software, dominates a remote cache hit.`,
  },
  "remote-cache-unit": {
    question: "How should you describe the latency an app server sees for one GET to Redis in the same datacenter?",
    options: [
      { id: "ns", label: "Nanoseconds" },
      { id: "us", label: "A few microseconds" },
      { id: "sub-ms", label: "Hundreds of microseconds: under a millisecond" },
      { id: "ms", label: "Tens of milliseconds" },
    ],
    answer: band(rung("network").ns),
    why: `Redis executes a GET in microseconds, but the client also pays a network round trip: ${ns("network")} in the classic table. 'Under a millisecond' is the honest description; 'microseconds' describes only the work inside the server.`,
  },
  "ocean-vs-datacenter": {
    question:
      "A user in Europe is served from an origin in California instead of a nearby edge. The cross-ocean round trip is how many times a round trip within one datacenter?",
    options: timesOptions([3, 30, 300, 3_000]),
    answer: nearestTimes([3, 30, 300, 3_000], ratio("ocean", "network")),
    why: `${ns("ocean")} against ${ns("network")} is about ${times("ocean", "network")}×. No amount of server tuning recovers that; a copy at an edge near the user does, which is the whole case for a CDN.`,
  },
};
