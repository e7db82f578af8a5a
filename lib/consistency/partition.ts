/**
 * The partition simulator's model: five replicas of one value, a network
 * that can be cut into two sides, and CP or AP behaviour. Pure and
 * deterministic: every step returns a new state, and the UI only renders it.
 *
 * CP: a side with a majority (3 of 5) keeps serving; the minority refuses
 * reads and writes with an error. AP: both sides serve their own copy and
 * accept writes, so the sides diverge; healing then either keeps the last
 * write (last-write-wins, the other is lost) or keeps both for the
 * application to merge.
 */
export const REPLICAS = ["R1", "R2", "R3", "R4", "R5"] as const;
export type ReplicaId = (typeof REPLICAS)[number];
export type Mode = "CP" | "AP";
export type Resolution = "last-write-wins" | "keep-both";

/** One written value; `at` is the step it was written, used by last-write-wins. */
export type Version = { value: string; at: number; side: "A" | "B" | "all" };

export type Outcome = "value" | "stale" | "error" | "conflict";
export const OUTCOME_LABELS: Record<Outcome, string> = {
  value: "The latest value",
  stale: "A stale value",
  error: "An error",
  conflict: "Two conflicting versions",
};

export type TimelineEvent = {
  step: number;
  text: string;
  outcome?: Outcome;
  prediction?: Outcome;
};

export type Cluster = {
  mode: Mode;
  resolution: Resolution;
  /** The versions each replica holds: one normally, two after a keep-both heal. */
  copies: Record<ReplicaId, Version[]>;
  /** Replicas cut off on side B; null when the network is whole. */
  sideB: ReplicaId[] | null;
  step: number;
  timeline: TimelineEvent[];
};

const MAJORITY = Math.floor(REPLICAS.length / 2) + 1;

export function createCluster(mode: Mode, resolution: Resolution = "last-write-wins", initial = "v0"): Cluster {
  const version: Version = { value: initial, at: 0, side: "all" };
  return {
    mode,
    resolution,
    copies: Object.fromEntries(REPLICAS.map((id) => [id, [version]])) as Record<ReplicaId, Version[]>,
    sideB: null,
    step: 0,
    timeline: [],
  };
}

export function sideOf(cluster: Cluster, replica: ReplicaId): "A" | "B" | "all" {
  if (!cluster.sideB) return "all";
  return cluster.sideB.includes(replica) ? "B" : "A";
}

/** The replicas a request to `replica` can reach (its side, or everyone). */
export function reachable(cluster: Cluster, replica: ReplicaId): ReplicaId[] {
  const side = sideOf(cluster, replica);
  return side === "all" ? [...REPLICAS] : REPLICAS.filter((id) => sideOf(cluster, id) === side);
}

const hasQuorum = (cluster: Cluster, replica: ReplicaId) => reachable(cluster, replica).length >= MAJORITY;

/** The newest write anywhere in the cluster (what a perfectly consistent read would return). */
function newest(cluster: Cluster): Version {
  return Object.values(cluster.copies)
    .flat()
    .reduce((latest, version) => (version.at > latest.at ? version : latest));
}

function next(cluster: Cluster, event: Omit<TimelineEvent, "step">, copies = cluster.copies): Cluster {
  const step = cluster.step + 1;
  return { ...cluster, copies, step, timeline: [...cluster.timeline, { step, ...event }] };
}

export function cut(cluster: Cluster, sideB: ReplicaId[]): Cluster {
  if (sideB.length === 0 || sideB.length === REPLICAS.length)
    throw new Error("a partition needs replicas on both sides");
  const sideA = REPLICAS.filter((id) => !sideB.includes(id));
  return {
    ...next(cluster, { text: `Network cut: ${sideA.join(", ")} | ${[...sideB].join(", ")}` }),
    sideB: [...sideB],
  };
}

/** What a write to `replica` returns now (for predicting) without changing anything. */
export function writeOutcome(cluster: Cluster, replica: ReplicaId): Outcome {
  return cluster.mode === "CP" && !hasQuorum(cluster, replica) ? "error" : "value";
}

export function write(cluster: Cluster, replica: ReplicaId, value: string, prediction?: Outcome): Cluster {
  const outcome = writeOutcome(cluster, replica);
  if (outcome === "error") {
    return next(cluster, {
      text: `Write "${value}" to ${replica}: refused, ${replica} cannot reach a majority`,
      outcome,
      prediction,
    });
  }
  const version: Version = { value, at: cluster.step + 1, side: sideOf(cluster, replica) };
  const copies = { ...cluster.copies };
  for (const id of reachable(cluster, replica)) copies[id] = [version];
  return next(
    cluster,
    {
      text: `Write "${value}" to ${replica}: stored on ${reachable(cluster, replica).join(", ")}`,
      outcome,
      prediction,
    },
    copies,
  );
}

/** What a read from `replica` returns now, classified against the newest write anywhere. */
export function readOutcome(cluster: Cluster, replica: ReplicaId): { outcome: Outcome; values: string[] } {
  if (cluster.mode === "CP" && !hasQuorum(cluster, replica)) return { outcome: "error", values: [] };
  const copies = cluster.copies[replica];
  const values = copies.map((version) => version.value);
  if (copies.length > 1) return { outcome: "conflict", values };
  return { outcome: copies[0]!.at === newest(cluster).at ? "value" : "stale", values };
}

export function read(cluster: Cluster, replica: ReplicaId, prediction?: Outcome): Cluster {
  const { outcome, values } = readOutcome(cluster, replica);
  const text =
    outcome === "error"
      ? `Read from ${replica}: error, no majority reachable`
      : `Read from ${replica}: ${values.map((value) => `"${value}"`).join(" and ")}${outcome === "stale" ? " (stale)" : ""}`;
  return next(cluster, { text, outcome, prediction });
}

/**
 * Reconnects the sides. Replicas that missed writes catch up; where both
 * sides wrote (only possible in AP), the resolution decides what survives.
 */
export function heal(cluster: Cluster): Cluster {
  if (!cluster.sideB) return cluster;
  const latestOn = (side: "A" | "B") =>
    REPLICAS.filter((id) => sideOf(cluster, id) === side)
      .flatMap((id) => cluster.copies[id])
      .reduce((latest, version) => (version.at > latest.at ? version : latest));
  const a = latestOn("A");
  const b = latestOn("B");
  const diverged = a.side === "A" && b.side === "B";
  let survivors: Version[];
  let text: string;
  if (!diverged) {
    survivors = [a.at >= b.at ? a : b];
    text = `Network healed: every replica now holds "${survivors[0]!.value}"`;
  } else if (cluster.resolution === "last-write-wins") {
    const [winner, loser] = a.at >= b.at ? [a, b] : [b, a];
    survivors = [winner];
    text = `Network healed with a conflict: last write wins keeps "${winner.value}" and silently drops "${loser.value}"`;
  } else {
    survivors = [a, b];
    text = `Network healed with a conflict: both "${a.value}" and "${b.value}" are kept for the application to merge`;
  }
  const copies = Object.fromEntries(REPLICAS.map((id) => [id, survivors])) as Record<ReplicaId, Version[]>;
  return { ...next(cluster, { text }, copies), sideB: null };
}

/** Whether healing now would find writes on both sides (an AP conflict). */
export function hasConflict(cluster: Cluster): boolean {
  if (!cluster.sideB) return false;
  const wroteOn = (side: "A" | "B") =>
    REPLICAS.some((id) => sideOf(cluster, id) === side && cluster.copies[id].some((version) => version.side === side));
  return wroteOn("A") && wroteOn("B");
}

/** Merges kept versions into one (e.g. the union of two carts), as the application would. */
export function resolve(cluster: Cluster, merged: string): Cluster {
  const version: Version = { value: merged, at: cluster.step + 1, side: "all" };
  const copies = Object.fromEntries(REPLICAS.map((id) => [id, [version]])) as Record<ReplicaId, Version[]>;
  return next(cluster, { text: `Application merged the versions into "${merged}"` }, copies);
}

/** How many predictions on the timeline were right. */
export function predictionScore(cluster: Cluster): { right: number; total: number } {
  const predicted = cluster.timeline.filter((event) => event.prediction && event.outcome);
  return { right: predicted.filter((event) => event.prediction === event.outcome).length, total: predicted.length };
}
