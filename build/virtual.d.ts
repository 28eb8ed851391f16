declare module 'virtual:bundled-lexicon' {
  import type { Rules } from '@/lexicon/schema';
  /** Homographs, blockers and the other rules, but the near words and ordinary names. */
  export const rules: Rules;
  /** The files of the bundled lexicon compiled for the matcher (build/bundled-lexicon.ts matcherFiles). */
  export const matcherFiles: import('wxt/browser').PublicPath[];
  /** The files of the whole bundled lexicon, rules first, then its entries (build/bundled-lexicon.ts lexiconFiles). */
  export const lexiconFiles: import('wxt/browser').PublicPath[];
  /**
   * The rules that propose names the lexicon lacks, and the first names of its people (lexicon/discover.ts), parsed
   * on the first call and kept.
   */
  export const discovery: () => { rules: import('@/lexicon/discover').DiscoveryRules; firstNames: string[] };
}
