/**
 * Rebuilds lexicon/data/near-words.generated.json: the real Arabic words that sit one near spelling from a
 * distinctive word of the bundled names (lexicon/near.ts), which the tagger must never read as that name
 * («احتياجات» is not a misspelt «احتجاجات», «البرتقال» is an orange, not Portugal). Real words are those of
 * Ayaspell's Arabic dictionary (@cspell/dict-ar) and of the Quran (quran-json). Run after changing the lexicon;
 * tests/near-words.test.ts fails while the file is out of date.
 *   npm run gen:near-words
 */
import { writeFileSync } from 'node:fs';
import { nearWordsOf, NEAR_WORDS_FILE } from '../build/near-words';
import { bundledLexicon } from '../build/lexicon-data';

const words = nearWordsOf(bundledLexicon);
writeFileSync(
  NEAR_WORDS_FILE,
  JSON.stringify(
    { generatedBy: 'scripts/gen-near-words.ts (npm run gen:near-words); do not edit by hand', sources: ['@cspell/dict-ar (Ayaspell)', 'quran-json'], words },
    null,
    1,
  ) + '\n',
);
console.log(`${words.length} real words kept from being read as near spellings of names`);
