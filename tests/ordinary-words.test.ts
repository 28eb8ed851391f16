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
  // Folding the hamza makes «بأنه» ("that it") read as «بانه» (Baneh). A word the cards' own prose writes with a hamza
  // in this many cards, in a form no entry holding the key lists, is prose, not a spelling of the name.
  const MIN_HAMZA_CARDS = 30;
  it('holds no one-word name that a common word becomes once its hamza is folded («بأنه» → «بانه»), unless refused (homographs)', () => {
    const HAMZA = /[أإآؤئ]/;
    const MARKS = /[\u064b-\u0652\u0640]/g;
    const cards = new Map<string, Map<string, Set<string>>>();
    for (const e of bundledLexicon.entries)
      for (const text of [e.card.summary.ar, ...e.card.facts.map((f) => f.value.ar)])
        for (const raw of text.split(/[^\p{L}\p{M}]+/u)) {
          const word = raw.replace(MARKS, '');
          if (!HAMZA.test(word)) continue;
          const forms = cards.get(normalizeKey(word)) ?? new Map<string, Set<string>>();
          cards.set(normalizeKey(word), forms);
          forms.set(word, (forms.get(word) ?? new Set()).add(e.id));
        }
    const unguarded = bundledLexicon.entries.flatMap((e) => {
      const own = new Set([e.name.ar, ...e.aliases].map((a) => a.replace(MARKS, '')));
      return [e.name.ar, ...e.aliases]
        .map((a) => [e.id, normalizeKey(a)] as const)
        .filter(([, k]) => !k.includes(' ') && !homographs[k])
        .filter(([, k]) => [...(cards.get(k) ?? [])].some(([form, ids]) => !own.has(form) && ids.size >= MIN_HAMZA_CARDS));
    });
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
