/**
 * The hash every sharding model uses: 32-bit FNV-1a plus a mixing step. It is small, fast and
 * stable across runs and machines, so a key always lands in the same place and
 * the tests can name exact positions. (Real systems use Murmur3, xxHash or
 * MD5 for the same job; the choice of function is not what makes hashing
 * "consistent", the placement scheme is.)
 */
export const HASH_SPACE = 2 ** 32;

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * MurmurHash3's 32-bit finaliser: FNV-1a alone changes mostly the low bits for
 * keys that differ only in their last character ("S1#1", "S1#2"), which would
 * bunch virtual nodes together on the ring. Mixing spreads every input bit
 * over the whole word.
 */
export function mix32(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The hash the sharding models place keys and nodes with: FNV-1a, then mixed. */
export function keyHash(text: string): number {
  return mix32(fnv1a(text));
}

/** A text's position on a ring drawn in degrees: its 32-bit hash scaled to [0, 360). */
export function hashToDegrees(text: string): number {
  return (keyHash(text) / HASH_SPACE) * 360;
}
