declare module 'virtual:bundled-lexicon' {
  import type { PhraseList } from '@/lexicon/aliases';
  import type { EntityType, Entry, Rules } from '@/lexicon/schema';
  /** The bundled lexicon's aliases, normalised at build time. */
  export const phrases: PhraseList;
  /** Homographs and blockers. */
  export const rules: Rules;
  /** The type of each bundled entry. */
  export const types: Record<string, EntityType>;
  /** The bundled entries with their cards, without aliases. */
  export const entries: Entry[];
}
