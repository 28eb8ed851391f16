import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../build/lexicon-data';
import { ordinaryWords } from '../build/ordinary-words';
import { arabicWords } from '../build/arabic-words';
import { proseUses } from '../build/prose-words';
import { compile } from '../lexicon/matcher';
import { phrasesOf } from '../lexicon/aliases';
import { normalizeKey } from '../lexicon/tokenize';

describe('aliases against ordinary Arabic', () => {
  const words = ordinaryWords();
  const { homographs, ordinaryNames = {} } = bundledLexicon.rules;
  const listed = new Set(Object.keys(ordinaryNames).map(normalizeKey));
  const oneWordNames = bundledLexicon.entries.flatMap((e) =>
    [e.name.ar, ...e.aliases, ...(e.nisba ?? [])]
      .filter((a) => !a.includes('{'))
      .map((a) => [e.id, normalizeKey(a)] as const)
      .filter(([, k]) => !k.includes(' ')),
  );

  it('knows ordinary words when it sees them', () => {
    for (const w of ['كان', 'كيف', 'سلام', 'نور', 'بنين']) expect(words.has(w), w).toBe(true);
    expect(words.has('طاجيكستان')).toBe(false);
  });
  it('holds no name that is an ordinary word unless rules.json says why it is safe (ordinaryNames) or refuses it (homographs)', () => {
    const unguarded = oneWordNames.filter(([, k]) => words.has(k) && !listed.has(k) && !homographs[k]);
    expect(unguarded).toEqual([]);
  });
  // A person's surname, read after the full name («الضيف» after «محمد الضيف»), as a key with and without the article.
  const surnames = phrasesOf(bundledLexicon)
    .phrases.filter((p) => p.kind === 'echo' && !p.key.includes(' '))
    .map((p) => [p.id!, p.key] as const);
  const ordinary = (k: string) => words.has(k) || (k.startsWith('ال') && words.has(k.slice(2)));
  it('reads no surname that is an ordinary word as a name unless rules.json says why it is safe (ordinaryNames)', () => {
    const unguarded = surnames.filter(([, k]) => ordinary(k) && !listed.has(k));
    expect(unguarded).toEqual([]);
  });
  // The Quran lacks the words of modern news («قانوني», «مدني»); the cards' own prose has them. A surname their prose
  // uses outside every name in at least this many cards, and that Ayaspell knows as a word, is an ordinary word.
  const MIN_CARDS = 3;
  it('reads no surname that modern prose uses as an ordinary word unless rules.json says why it is safe (ordinaryNames) or refuses it (homographs)', () => {
    const keys = new Set(surnames.map(([, k]) => k));
    const dictionary = arabicWords();
    const uses = proseUses(bundledLexicon, compile(bundledLexicon), (k) => keys.has(k));
    const unguarded = [...uses].filter(([k, cards]) => cards.size >= MIN_CARDS && dictionary.has(k) && !listed.has(k)).map(([k]) => k);
    expect(unguarded).toEqual([]);
  }, 60_000);
  it('lists no ordinary name that no entry holds any more', () => {
    const held = new Set([...oneWordNames, ...surnames].map(([, k]) => k));
    expect([...listed].filter((k) => !held.has(k))).toEqual([]);
  });
});
