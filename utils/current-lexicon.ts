import { bundledLexicon } from './bundled-lexicon';
import { mergeLexicon, type MergedLexicon } from '@/lexicon/user-lexicon';
import { readRecords, watchRecords } from './lexicon-records';

/**
 * The reader's lexicon for the background and the side panel: the bundled cards with the reader's records laid
 * over them, kept in step with storage.
 */
export function currentLexicon(): { get(): Promise<MergedLexicon>; stop(): void } {
  let cached: Promise<MergedLexicon> | null = null;
  const stop = watchRecords(() => (cached = null));
  return {
    get: () => (cached ??= Promise.all([bundledLexicon(), readRecords()]).then(([bundled, records]) => mergeLexicon(bundled, records))),
    stop,
  };
}
