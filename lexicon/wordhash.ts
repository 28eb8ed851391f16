/**
 * 32-bit polynomial hashes of normalised words, and a bit set of the hashes the lexicon can use. The
 * tokeniser hashes every word as it scans and materialises a string only for words whose hash — or the hash
 * of what is left after a proclitic — is in the set: most words of a page are never allocated.
 */
const BASE = 31;
const MAX_POWER = 256;

/** BASE^n mod 2^32, for suffix hashes: hash(w[k..n)) = hash(w) - hash(w[0..k)) * BASE^(n-k). */
export const POWERS = new Int32Array(MAX_POWER);
POWERS[0] = 1;
for (let i = 1; i < MAX_POWER; i++) POWERS[i] = Math.imul(POWERS[i - 1]!, BASE);

export const stepHash = (h: number, code: number): number => (Math.imul(h, BASE) + code) | 0;

export function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = stepHash(h, word.charCodeAt(i));
  return h;
}

const BITS = 20;
const MASK = (1 << BITS) - 1;

/** Murmur3's finaliser: spreads the hash of short words over all bits before indexing. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & MASK;
}

/** A set of word hashes; a false positive only costs one string allocation. */
export class WordFilter {
  private readonly bits = new Uint32Array(1 << (BITS - 5));

  add(word: string): void {
    this.addHash(hashWord(word));
  }

  addHash(hash: number): void {
    const h = mix(hash);
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  has(hash: number): boolean {
    const h = mix(hash);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}
