import type { Lexicon } from '../lexicon/schema';
import type { Matcher } from '../lexicon/matcher';
import { strippedReadings, ARTICLE } from '../lexicon/clitics';
import { normalizeKey } from '../lexicon/tokenize';

const ARABIC_WORD = /\p{Script=Arabic}+/gu;

/**
 * Where the cards' own Arabic prose (summaries and facts) uses a word outside every name the matcher reads in it:
 * modern news Arabic, which the Quran's words (ordinary-words.ts) lack («قانوني», «مدني», «ترأس»). Only the words
 * `wanted` asks about, as the tagger reads them (with proclitics and the article taken off), each with the entries
 * whose card uses it so.
 */
export function proseUses(lexicon: Lexicon, matcher: Matcher, wanted: (key: string) => boolean): Map<string, Set<string>> {
  const uses = new Map<string, Set<string>>();
  for (const entry of lexicon.entries) {
    const text = [entry.card.summary.ar, ...entry.card.facts.map((f) => f.value.ar)].join(' . ');
    const names = matcher.match(text);
    for (const word of text.matchAll(ARABIC_WORD)) {
      const start = word.index;
      const end = start + word[0].length;
      if (names.some((m) => m.start < end && start < m.end)) continue;
      const key = normalizeKey(word[0]);
      const readings = [key, ...strippedReadings(key, () => true).map((r) => r.key)];
      for (const reading of readings)
        for (const k of [reading, reading.startsWith(ARTICLE) ? reading.slice(ARTICLE.length) : undefined])
          if (k !== undefined && wanted(k)) (uses.get(k) ?? uses.set(k, new Set()).get(k)!).add(entry.id);
    }
  }
  return uses;
}
