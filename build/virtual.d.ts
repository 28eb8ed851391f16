declare module 'virtual:bundled-lexicon' {
  import type { TrieData } from '@/lexicon/trie';
  import type { EntityType, Rules } from '@/lexicon/schema';
  import type { NearOptions, SharedNames } from '@/lexicon/matcher';
  // The large parts are functions: each parses its data on the first call and keeps it.
  /** The bundled lexicon's aliases, normalised and compiled into a trie at build time. */
  export const trie: () => TrieData;
  /** Homographs, blockers and the real words near names. */
  export const rules: Rules;
  /** What decides between bundled entries that share a name. */
  export const shared: () => SharedNames;
  /** The bundled names read from near spellings, and the words never so read. */
  export const near: () => NearOptions;
  /** The type of each bundled entry. */
  export const types: () => Record<string, EntityType>;
  /** The files of the whole bundled lexicon, rules first, then its entries (build/bundled-lexicon.ts lexiconFiles). */
  export const lexiconFiles: import('wxt/browser').PublicPath[];
  /** The rules that propose names the lexicon lacks, and the first names of its people (lexicon/discover.ts). */
  export const discovery: () => { rules: import('@/lexicon/discover').DiscoveryRules; firstNames: string[] };
}
