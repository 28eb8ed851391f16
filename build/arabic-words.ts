import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decodeTrie } from 'cspell-trie-lib';

/**
 * Ayaspell's Arabic word list, as @cspell/dict-ar ships it (LGPL; see its package), read as a set of words.
 * Its words are written with hamza, ة and ى; `has` takes a normalised word (lexicon/tokenize.ts) and tries the
 * spellings it may stand for.
 */
export function arabicWords(): { has(normalised: string): boolean } {
  const require = createRequire(import.meta.url);
  const path = join(dirname(require.resolve('@cspell/dict-ar/cspell-ext.json')), 'ar.trie.gz');
  const trie = decodeTrie(gunzipSync(readFileSync(path)).toString('utf8'));
  const spellings = (w: string): string[] => {
    const out = new Set([w]);
    for (const s of [...out]) if (s.endsWith('ه')) out.add(s.slice(0, -1) + 'ة');
    for (const s of [...out]) if (s.endsWith('ي')) out.add(s.slice(0, -1) + 'ى');
    for (const s of [...out]) {
      const at = s.startsWith('ال') ? 2 : 0;
      if (s[at] === 'ا') for (const h of ['أ', 'إ', 'آ']) out.add(s.slice(0, at) + h + s.slice(at + 1));
    }
    return [...out];
  };
  return { has: (w) => spellings(w).some((s) => trie.has(s)) };
}
