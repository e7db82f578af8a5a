/**
 * The replication-lag timeline: a write to the primary at `writeAt`, a
 * replica that receives it `lagMs` later, and a read at `readAt`. Pure.
 */
export type LagRead = {
  writeAt: number;
  lagMs: number;
  readAt: number;
  /** Read-your-writes with a version token: the replica waits (up to `maxWaitMs`) until it has the version. */
  versionToken?: { maxWaitMs: number };
};

export type LagResult = { sees: "new" | "old"; servedBy: "replica" | "primary"; waitedMs: number };

/** The moment the replica has the write. */
export const arrivesAt = ({ writeAt, lagMs }: Pick<LagRead, "writeAt" | "lagMs">) => writeAt + lagMs;

export function readAfterWrite(read: LagRead): LagResult {
  const arrival = arrivesAt(read);
  if (read.readAt < read.writeAt) return { sees: "old", servedBy: "replica", waitedMs: 0 };
  if (read.readAt >= arrival) return { sees: "new", servedBy: "replica", waitedMs: 0 };
  if (!read.versionToken) return { sees: "old", servedBy: "replica", waitedMs: 0 };
  const wait = arrival - read.readAt;
  return wait <= read.versionToken.maxWaitMs
    ? { sees: "new", servedBy: "replica", waitedMs: wait }
    : { sees: "new", servedBy: "primary", waitedMs: read.versionToken.maxWaitMs };
}

/**
 * Routing a read that carries a version token: any replica at or past the
 * version may serve it; if none is, wait, try another, or fall back to the primary.
 */
export function routeByVersion(required: number, replicas: { id: string; version: number }[]) {
  const eligible = replicas.filter((replica) => replica.version >= required).map((replica) => replica.id);
  return eligible.length
    ? { action: "serve" as const, eligible }
    : { action: "fall back to the primary" as const, eligible };
}
