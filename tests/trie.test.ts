import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phrasesOf } from '../lexicon/aliases';
import { bundledLexicon } from '../build/lexicon-data';
import { compile, contextRules, matcherOf, nearOptionsOf, sharedNamesOf } from '../lexicon/matcher';
import { PhraseTrie } from '../lexicon/trie';
import { variantIndexOf } from '../lexicon/name-variants';
import { entry, lexiconOf } from './helpers/lexicon';

const corpusDir = resolve(import.meta.dirname, '../../shared/corpus/dev');
const articles = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(resolve(corpusDir, f), 'utf8'));

describe('the phrase trie', () => {
  it('says whether a word going on from a node begins with a prefix, in the frozen trie and in words added since', () => {
    const trie = new PhraseTrie(
      JSON.parse(
        JSON.stringify(
          PhraseTrie.of([
            { key: 'سردار بردي محمدوف', id: 'serdar', kind: 'name' },
            { key: 'سردار بك', id: 'bek', kind: 'name' },
          ]),
        ),
      ),
    );
    const serdar = trie.child(0, 'سردار')!;
    expect(trie.hasChildStartingWith(serdar, 'برد')).toBe(true);
    expect(trie.hasChildStartingWith(serdar, 'بردي')).toBe(true);
    expect(trie.hasChildStartingWith(serdar, 'برديم')).toBe(false);
    expect(trie.hasChildStartingWith(serdar, 'مح')).toBe(false);
    expect(trie.hasChildStartingWith(serdar, 'ب')).toBe(true);
    trie.add({ key: 'سردار مراد', id: 'murad', kind: 'name' });
    expect(trie.hasChildStartingWith(serdar, 'مر')).toBe(true);
  });

  it('tags every seed article alike after a trip through JSON, as the build ships it', () => {
    const shipped = new PhraseTrie(JSON.parse(JSON.stringify(PhraseTrie.of(phrasesOf(bundledLexicon).phrases))));
    // With the options the build ships beside the trie, worked out on the trie that made the trip.
    const { rules } = bundledLexicon;
    const persons = new Set(bundledLexicon.entries.filter((e) => e.type === 'person').map((e) => e.id));
    const fromJson = matcherOf(shipped, {
      near: nearOptionsOf(rules, shipped),
      shared: sharedNamesOf(bundledLexicon, shipped),
      persons,
      variants: variantIndexOf(shipped, persons, () => true),
      ...contextRules(rules),
    });
    const direct = compile(bundledLexicon);
    expect(articles).toHaveLength(5);
    for (const text of articles) {
      const mentions = direct.match(text);
      expect(mentions.length).toBeGreaterThan(50);
      expect(fromJson.match(text)).toEqual(mentions);
    }
    // Two matchers of the whole lexicon: slow beside other work.
  }, 60_000);

  it('numbers its nodes alike after a trip through JSON, which the near options shipped beside it rely on', () => {
    const trie = PhraseTrie.of(phrasesOf(bundledLexicon).phrases);
    const shipped = new PhraseTrie(JSON.parse(JSON.stringify(trie)));
    const keys = trie.phraseWords().map(({ words }) => words.join(' '));
    expect(keys.length).toBeGreaterThan(30_000);
    expect(keys.map((k) => shipped.nodeOf(k))).toEqual(keys.map((k) => trie.nodeOf(k)));
  });

  it('gives a shared phrase to the next entry when the first is left out', () => {
    const trie = PhraseTrie.of(phrasesOf(lexiconOf([entry('first', ['جبل طارق']), entry('second', ['جبل طارق', 'طارق'])])).phrases);
    expect(
      matcherOf(trie)
        .match('عند جبل طارق')
        .map((m) => m.id),
    ).toEqual(['first']);
    const withoutFirst = matcherOf(trie, { keep: (p) => p.id !== 'first' });
    expect(withoutFirst.match('عند جبل طارق').map((m) => m.id)).toEqual(['second']);
    const withoutBoth = matcherOf(trie, { keep: () => false });
    expect(withoutBoth.match('عند جبل طارق')).toEqual([]);
    expect(withoutBoth.size).toBe(0);
  });

  it('falls back to a shorter phrase when the longer one is left out', () => {
    const trie = PhraseTrie.of(phrasesOf(lexiconOf([entry('strait', ['مضيق جبل طارق']), entry('rock', ['جبل طارق'])])).phrases);
    const text = 'عبر مضيق جبل طارق';
    expect(
      matcherOf(trie)
        .match(text)
        .map((m) => [m.id, text.slice(m.start, m.end)]),
    ).toEqual([['strait', 'مضيق جبل طارق']]);
    expect(
      matcherOf(trie, { keep: (p) => p.id !== 'strait' })
        .match(text)
        .map((m) => [m.id, text.slice(m.start, m.end)]),
    ).toEqual([['rock', 'جبل طارق']]);
  });

  it("rebuilds the keys of an entry's names from its edges", () => {
    const trie = PhraseTrie.of(phrasesOf(lexiconOf([entry('astana', ['أستانا', 'نور سلطان'], { nisba: ['أستاني'] }), entry('other', ['نور'])])).phrases);
    expect(trie.keysOf('astana', 'name').sort()).toEqual(['استانا', 'نور سلطان']);
    expect(trie.keysOf('other', 'name')).toEqual(['نور']);
  });
});
