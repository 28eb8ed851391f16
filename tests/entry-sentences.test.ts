import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledLexicon, readBundledData } from '../build/lexicon-data';
import { compile } from '../lexicon/matcher';
import { normalizeKey } from '../lexicon/tokenize';

/** One sentence or more per hand-written entry, written for the test (not copied from any page): `id TAB sentence`. */
const sentences = readFileSync(new URL('./fixtures/entry-sentences.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => line.split('\t') as [string, string]);
const matcher = compile(bundledLexicon);
const { files } = readBundledData();
const handWritten = bundledLexicon.entries.filter((_, i) => files[i]!.startsWith('entries/'));

describe('every entry in a sentence', () => {
  it('has a test sentence for each hand-written entry', () => {
    const covered = new Set(sentences.map(([id]) => id));
    expect(handWritten.filter((e) => !covered.has(e.id)).map((e) => e.id)).toEqual([]);
  });
  it.each(sentences)('finds %s in «%s»', (id, sentence) => {
    expect(matcher.match(sentence).map((m) => m.id)).toContain(id);
  });
});

describe('every alias on its own', () => {
  // A generated country has no sentence of its own: each of its names is tried in one.
  // A name every state gives its own body needs the page to name whose it is (tests/shared-names.test.ts).
  const stateBodies = new Set((bundledLexicon.rules.stateBodies ?? []).map(normalizeKey));
  const byAlias = bundledLexicon.entries.flatMap((e) =>
    e.aliases.filter((a) => !a.includes('{') && !stateBodies.has(normalizeKey(a))).map((a) => [e.id, a] as const),
  );
  // A name several entries share goes to one of them, as the text decides (tests/shared-names.test.ts).
  const sharers = new Map<string, string[]>();
  for (const [id, alias] of byAlias) sharers.set(normalizeKey(alias), [...(sharers.get(normalizeKey(alias)) ?? []), id]);
  it('finds the entry of each alias, or of a sharer of it, in a sentence', () => {
    const missed = byAlias.filter(([, alias]) => {
      const found = matcher.match(`وقال مصدر إن ${alias} أعلن ذلك.`).map((m) => m.id);
      return !sharers.get(normalizeKey(alias))!.some((id) => found.includes(id));
    });
    expect(missed).toEqual([]);
  });
});
