import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { phrasesOf } from '../lexicon/aliases';
import { strippedReadings } from '../lexicon/clitics';
import { distinctiveNameWords } from '../lexicon/matcher';
import { nearSpellings } from '../lexicon/near';
import { PhraseTrie } from '../lexicon/trie';
import type { Lexicon } from '../lexicon/schema';
import { arabicWords } from './arabic-words';
import { ordinaryWords } from './ordinary-words';

export const NEAR_WORDS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../lexicon/data/near-words.generated.json');

/**
 * The real words among the near spellings of a lexicon's distinctive name words, sorted. A near spelling that
 * the tagger reads exactly (a name, or a name behind a proclitic) never reaches the near reading and is left out.
 */
export function nearWordsOf(lexicon: Lexicon): string[] {
  const dictionary = arabicWords();
  const ordinary = ordinaryWords();
  const trie = PhraseTrie.of(phrasesOf(lexicon).phrases);
  const isKey = (key: string) => trie.child(0, key) !== undefined;
  const out = new Set<string>();
  for (const name of distinctiveNameWords(trie)) {
    for (const word of nearSpellings(name)) {
      if (isKey(word) || strippedReadings(word, isKey).length > 0) continue;
      if (ordinary.has(word) || dictionary.has(word)) out.add(word);
    }
  }
  return [...out].sort();
}
