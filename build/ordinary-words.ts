import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalizeKey } from '../lexicon/tokenize';

/** The Uthmani script writes some long vowels small (سَلَٰم for سلام); as full letters they spell today's words. */
const SMALL_VOWELS: [RegExp, string][] = [
  [/\u0670/g, 'ا'],
  [/\u06e5/g, 'و'],
  [/\u06e6/g, 'ي'],
];

/**
 * Words of ordinary Arabic: every word of the Quran (quran-json, CC BY 4.0), normalised as the tagger reads
 * them, with a leading و or ف of conjunction also taken off. A real text rather than a dictionary: Arabic word
 * lists such as Ayaspell also hold the names of countries and cities, which is what must not count as ordinary.
 */
export function ordinaryWords(): Set<string> {
  const require = createRequire(import.meta.url);
  const chapters = JSON.parse(readFileSync(require.resolve('quran-json/dist/quran.json'), 'utf8')) as { verses: { text: string }[] }[];
  const words = new Set<string>();
  for (const chapter of chapters) {
    for (const verse of chapter.verses) {
      const modern = SMALL_VOWELS.reduce((t, [small, full]) => t.replace(small, full), verse.text);
      for (const word of normalizeKey(modern).split(' ')) {
        words.add(word);
        if (/^[وف]/.test(word) && word.length > 3) words.add(word.slice(1));
      }
    }
  }
  return words;
}
