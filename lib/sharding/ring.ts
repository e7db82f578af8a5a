import { hashToDegrees, keyHash } from "@/lib/sharding/hash";

/**
 * A consistent-hash ring, drawn in degrees (0 to 360) instead of 0 to 2³² so
 * positions are easy to read. Pure and deterministic.
 *
 * - Every node owns one or more tokens (positions on the ring). With one
 *   virtual node, its only token is the position it was given; with v, it also
 *   gets v − 1 tokens hashed from "<id>#1" … "<id>#(v−1)".
 * - A key belongs to the first token at or after its position, walking
 *   clockwise, wrapping past 360° to the smallest token. A token therefore owns
 *   the arc (previous token, its own position].
 * - With replication factor RF, a key is stored on the owner and on the next
 *   nodes clockwise, skipping tokens of nodes already chosen, until RF distinct
 *   nodes hold it.
 * - Two tokens at the same position are ordered by node id, then by vnode
 *   index; the first owns the point and the second an empty arc.
 */
export type RingNode = { id: string; position: number };
export type Token = { node: string; position: number; vnode: number };

export const MAX_VNODES = 256;

function checkPosition(position: number, what: string) {
  if (!Number.isFinite(position) || position < 0 || position >= 360)
    throw new Error(`${what} must be a position in degrees, at least 0 and below 360`);
}

/** Every token of every node, sorted clockwise from 0°. */
export function tokensFor(nodes: readonly RingNode[], vnodes = 1): Token[] {
  if (nodes.length === 0) throw new Error("a ring needs at least one node");
  if (!Number.isInteger(vnodes) || vnodes < 1 || vnodes > MAX_VNODES)
    throw new Error(`virtual nodes per node must be a whole number from 1 to ${MAX_VNODES}`);
  const ids = new Set<string>();
  for (const node of nodes) {
    if (node.id.trim() === "") throw new Error("a node needs a name");
    if (ids.has(node.id)) throw new Error(`node names must be unique: ${node.id} appears twice`);
    ids.add(node.id);
    checkPosition(node.position, `${node.id}'s position`);
  }
  const tokens: Token[] = [];
  for (const node of nodes) {
    tokens.push({ node: node.id, position: node.position, vnode: 0 });
    for (let vnode = 1; vnode < vnodes; vnode++)
      tokens.push({ node: node.id, position: hashToDegrees(`${node.id}#${vnode}`), vnode });
  }
  return tokens.sort(
    (a, b) => a.position - b.position || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0) || a.vnode - b.vnode,
  );
}

/** The index of the token that owns a position: the first at or after it, clockwise. */
function ownerIndex(tokens: readonly Token[], angle: number): number {
  checkPosition(angle, "a key");
  if (tokens.length === 0) throw new Error("a ring needs at least one token");
  const index = tokens.findIndex((token) => token.position >= angle);
  return index === -1 ? 0 : index;
}

/** The node that owns a key at `angle` degrees. */
export function ownerAt(tokens: readonly Token[], angle: number): string {
  return tokens[ownerIndex(tokens, angle)]!.node;
}

/** The RF nodes that store a key: its owner, then the next distinct nodes clockwise. */
export function replicasAt(tokens: readonly Token[], angle: number, rf: number): string[] {
  const distinct = new Set(tokens.map((token) => token.node)).size;
  if (!Number.isInteger(rf) || rf < 1) throw new Error("the replication factor must be a whole number of at least 1");
  if (rf > distinct) throw new Error(`RF = ${rf} needs at least ${rf} nodes; the ring has ${distinct}`);
  const start = ownerIndex(tokens, angle);
  const chosen: string[] = [];
  for (let step = 0; chosen.length < rf; step++) {
    const node = tokens[(start + step) % tokens.length]!.node;
    if (!chosen.includes(node)) chosen.push(node);
  }
  return chosen;
}

/** The share of the ring (0 to 1) each node owns: the arcs ending at its tokens. */
export function arcShares(tokens: readonly Token[]): Record<string, number> {
  const shares: Record<string, number> = {};
  for (const token of tokens) shares[token.node] = 0;
  if (tokens.length === 1) {
    shares[tokens[0]!.node] = 1;
    return shares;
  }
  tokens.forEach((token, index) => {
    const previous = tokens[(index - 1 + tokens.length) % tokens.length]!;
    const arc = index === 0 ? token.position + 360 - previous.position : token.position - previous.position;
    shares[token.node] = shares[token.node]! + arc / 360;
  });
  return shares;
}

export type Spread = { max: number; min: number; ratio: number; stdDev: number };

/** How unevenly the nodes share the ring: busiest, idlest, their ratio and the standard deviation. */
export function spreadOf(shares: Readonly<Record<string, number>>): Spread {
  const values = Object.values(shares);
  if (values.length === 0) throw new Error("no nodes to compare");
  const max = Math.max(...values);
  const min = Math.min(...values);
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const stdDev = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
  return { max, min, ratio: min === 0 ? Infinity : max / min, stdDev };
}

/**
 * The exact share of the ring (0 to 1) whose owner differs between two rings:
 * the share of uniformly spread keys that move when the first becomes the second.
 */
export function movedArcShare(before: readonly Token[], after: readonly Token[]): number {
  const cuts = [...new Set([...before, ...after].map((token) => token.position))].sort((a, b) => a - b);
  let moved = 0;
  cuts.forEach((cut, index) => {
    const previous = index === 0 ? cuts[cuts.length - 1]! - 360 : cuts[index - 1]!;
    // Every point of (previous, cut] has the same owner in both rings: the one at `cut`.
    if (ownerAt(before, cut) !== ownerAt(after, cut)) moved += cut - previous;
  });
  return moved / 360;
}

export type Move = { key: string; angle: number; from: string; to: string };

/** The keys whose owner changes from one ring to the other, with where each goes. */
export function movedKeys(keys: readonly SampleKey[], before: readonly Token[], after: readonly Token[]): Move[] {
  return keys.flatMap((key) => {
    const from = ownerAt(before, key.angle);
    const to = ownerAt(after, key.angle);
    return from === to ? [] : [{ key: key.key, angle: key.angle, from, to }];
  });
}

// ---- keys ------------------------------------------------------------------

export type SampleKey = { key: string; angle: number };

/** `count` keys "user-0", "user-1", … placed by their hash. */
export function sampleKeys(count: number, prefix = "user-"): SampleKey[] {
  if (!Number.isInteger(count) || count < 0) throw new Error("the number of keys must be a whole number");
  return Array.from({ length: count }, (_, index) => {
    const key = `${prefix}${index}`;
    return { key, angle: hashToDegrees(key) };
  });
}

// ---- the scheme it replaces: hash mod N --------------------------------------

/** The server a key goes to under `hash(key) mod n` (0-based). */
export function modNServer(key: string, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error("the number of servers must be a whole number of at least 1");
  return keyHash(key) % n;
}

/** The share of these keys whose server changes when `hash mod n` becomes `hash mod m`. */
export function modNMovedShare(keys: readonly string[], n: number, m: number): number {
  if (keys.length === 0) return 0;
  return keys.filter((key) => modNServer(key, n) !== modNServer(key, m)).length / keys.length;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The exact expected share of uniformly hashed keys that move from `mod n` to
 * `mod m`. A key stays only when h mod n = h mod m, which depends on h mod
 * lcm(n, m) alone, so count the residues that agree. From n to n + 1 exactly
 * n of the n(n + 1) residues agree: 1 − 1/(n + 1) of the keys move (3 → 4: 3/4).
 */
export function expectedModNMovedShare(n: number, m: number): number {
  for (const value of [n, m])
    if (!Number.isInteger(value) || value < 1) throw new Error("server counts must be whole numbers of at least 1");
  const lcm = (n / gcd(n, m)) * m;
  let stay = 0;
  for (let residue = 0; residue < lcm; residue++) if (residue % n === residue % m) stay++;
  return 1 - stay / lcm;
}
