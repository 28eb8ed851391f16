declare module 'virtual:bundled-lexicon' {
  import type { PhraseList } from '@/lexicon/aliases';
  import type { Entry } from '@/lexicon/schema';
  /** The bundled lexicon's aliases, normalised at build time. */
  export const phrases: PhraseList;
  /** The bundled entries with their cards, without aliases. */
  export const entries: Entry[];
}
