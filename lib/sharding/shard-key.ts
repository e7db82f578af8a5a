import { keyHash } from "@/lib/sharding/hash";

/**
 * The ShardKeyChooser's model: a workload is a set of rows (each with the
 * attributes a key could be built from, and the load it brings) and a mix of
 * queries (each finds its rows by one attribute). Sharding by a key hashes the
 * key's attribute to one of N shards. The model reports the load per shard, the
 * hottest shard against the median, and how many shards each query touches.
 * Pure and deterministic.
 */
export type Row = { attrs: Readonly<Record<string, string>>; load: number };
export type QueryType = { id: string; label: string; share: number; by: string };
export type KeyOption = { id: string; label: string; attr: string };
export type Workload = {
  id: string;
  label: string;
  description: string;
  shards: number;
  /** What one unit of load is (for the labels). */
  unit: string;
  rows: readonly Row[];
  queries: readonly QueryType[];
  keys: readonly KeyOption[];
};

/** A shard this many times busier than the median shard is HOT. */
export const HOT_RATIO = 10;

export type QueryResult = { id: string; label: string; share: number; averageShards: number; maxShards: number };
export type Analysis = {
  key: KeyOption;
  load: number[];
  median: number;
  hottest: number;
  /** Hottest ÷ median (Infinity when the median shard is empty). */
  ratio: number;
  hot: boolean;
  emptyShards: number;
  queries: QueryResult[];
  /** Shards touched by an average query of the mix. */
  shardsPerQuery: number;
};

export function shardOf(value: string, shards: number): number {
  if (!Number.isInteger(shards) || shards < 1)
    throw new Error("the number of shards must be a whole number of at least 1");
  return keyHash(value) % shards;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function validate(workload: Workload) {
  if (workload.rows.length === 0) throw new Error("a workload needs at least one row");
  if (workload.queries.length === 0) throw new Error("a workload needs at least one query");
  const total = workload.queries.reduce((sum, query) => sum + query.share, 0);
  if (Math.abs(total - 1) > 1e-9) throw new Error("query shares must add up to 1");
  for (const row of workload.rows) {
    if (!(row.load >= 0)) throw new Error("a row's load cannot be negative");
    for (const attr of [...workload.keys.map((key) => key.attr), ...workload.queries.map((query) => query.by)])
      if (row.attrs[attr] === undefined) throw new Error(`every row needs a value for "${attr}"`);
  }
}

export function keyOption(workload: Workload, keyId: string): KeyOption {
  const key = workload.keys.find((candidate) => candidate.id === keyId);
  if (!key) throw new Error(`"${keyId}" is not a key offered for ${workload.id}`);
  return key;
}

/**
 * Shards touched by one query type: for each value of the attribute it
 * searches by, the number of distinct shards holding rows with that value,
 * averaged over the values weighted by their load (busy values are asked for
 * more often).
 */
function touched(workload: Workload, key: KeyOption, query: QueryType) {
  const byValue = new Map<string, { load: number; shards: Set<number> }>();
  for (const row of workload.rows) {
    const value = row.attrs[query.by]!;
    const entry = byValue.get(value) ?? { load: 0, shards: new Set<number>() };
    entry.load += row.load;
    entry.shards.add(shardOf(row.attrs[key.attr]!, workload.shards));
    byValue.set(value, entry);
  }
  let weight = 0;
  let sum = 0;
  let max = 0;
  for (const entry of byValue.values()) {
    weight += entry.load;
    sum += entry.load * entry.shards.size;
    max = Math.max(max, entry.shards.size);
  }
  return { averageShards: weight === 0 ? 0 : sum / weight, maxShards: max };
}

export function analyse(workload: Workload, keyId: string): Analysis {
  validate(workload);
  const key = keyOption(workload, keyId);
  const load = Array.from({ length: workload.shards }, () => 0);
  for (const row of workload.rows) load[shardOf(row.attrs[key.attr]!, workload.shards)]! += row.load;
  const middle = median(load);
  const hottest = Math.max(...load);
  const ratio = middle === 0 ? (hottest === 0 ? 1 : Infinity) : hottest / middle;
  const queries = workload.queries.map((query) => ({
    id: query.id,
    label: query.label,
    share: query.share,
    ...touched(workload, key, query),
  }));
  return {
    key,
    load,
    median: middle,
    hottest,
    ratio,
    hot: ratio >= HOT_RATIO,
    emptyShards: load.filter((value) => value === 0).length,
    queries,
    shardsPerQuery: queries.reduce((sum, query) => sum + query.share * query.averageShards, 0),
  };
}
