/**
 * The quorum explorer's model: N replicas, a write acknowledged by W of them
 * and a read that asks R of them. Pure: the learner (or a preset) chooses
 * which replicas a write and a read touch, and this says what happens.
 *
 * Read and write sets must share a replica whenever R + W > N, so a read
 * always sees the latest write; with R + W ≤ N a read can miss it entirely.
 */
export type QuorumConfig = { n: number; w: number; r: number; failed: number[] };

export const QUORUM_PRESETS = [
  { id: "strong", title: "N=3, W=2, R=2 (majority quorums)", config: { n: 3, w: 2, r: 2, failed: [] } },
  { id: "fast-reads", title: "N=3, W=3, R=1 (write all, read one)", config: { n: 3, w: 3, r: 1, failed: [] } },
  { id: "fast-writes", title: "N=3, W=1, R=3 (write one, read all)", config: { n: 3, w: 1, r: 3, failed: [] } },
  { id: "eventual", title: "N=3, W=1, R=1 (fast, may be stale)", config: { n: 3, w: 1, r: 1, failed: [] } },
  { id: "five", title: "N=5, W=3, R=3", config: { n: 5, w: 3, r: 3, failed: [] } },
  { id: "five-loose", title: "N=5, W=2, R=2 (overlap not guaranteed)", config: { n: 5, w: 2, r: 2, failed: [] } },
] as const satisfies { id: string; title: string; config: QuorumConfig }[];

export function validateQuorum(config: QuorumConfig): string | null {
  const { n, w, r, failed } = config;
  if (!Number.isInteger(n) || n < 1 || n > 9) return "N must be a whole number from 1 to 9.";
  if (!Number.isInteger(w) || w < 1 || w > n) return "W must be between 1 and N.";
  if (!Number.isInteger(r) || r < 1 || r > n) return "R must be between 1 and N.";
  if (failed.some((index) => !Number.isInteger(index) || index < 0 || index >= n))
    return "A failed replica is not in the cluster.";
  return null;
}

/** Whether every possible read set meets every possible write set. */
export const overlapGuaranteed = ({ n, w, r }: QuorumConfig) => r + w > n;

/** How many failed replicas writes and reads can survive. */
export const tolerates = ({ n, w, r }: QuorumConfig) => ({ writes: n - w, reads: n - r });

export type Round = {
  /** The replicas that acknowledged the write (empty if it failed). */
  written: number[];
  writeOk: boolean;
  /** The replicas that answered the read. */
  readFrom: number[];
  readOk: boolean;
  /** What the read returned: the new value if any replica it asked has it. */
  result: "new" | "old" | "error";
};

const healthy = (config: QuorumConfig) =>
  Array.from({ length: config.n }, (_, index) => index).filter((index) => !config.failed.includes(index));

/**
 * Writes to the first W healthy replicas of `writeTo` (in order) and reads
 * from the first R healthy replicas of `readFrom`. Failed replicas never
 * answer; too few answers fail the operation.
 */
export function playRound(config: QuorumConfig, writeTo: number[], readFrom: number[]): Round {
  const alive = new Set(healthy(config));
  const written = writeTo.filter((index) => alive.has(index)).slice(0, config.w);
  const writeOk = written.length === config.w;
  const asked = readFrom.filter((index) => alive.has(index)).slice(0, config.r);
  const readOk = asked.length === config.r;
  const result = !readOk ? "error" : writeOk && asked.some((index) => written.includes(index)) ? "new" : "old";
  return { written: writeOk ? written : [], writeOk, readFrom: asked, readOk, result };
}

/**
 * A write set and a read set that miss each other, if the configuration
 * allows one (R + W ≤ N among healthy replicas): the stale read, demonstrated.
 */
export function findStaleRead(config: QuorumConfig): { writeTo: number[]; readFrom: number[] } | null {
  const alive = healthy(config);
  if (alive.length < config.w + config.r) return null;
  return { writeTo: alive.slice(0, config.w), readFrom: alive.slice(config.w, config.w + config.r) };
}
