import type { Entry, Lexicon } from '../../lexicon/schema';

/** A minimal entry for tests that build their own small lexicon. */
export function entry(id: string, aliases: string[], extra: Partial<Entry> = {}): Entry {
  return {
    id,
    type: 'place',
    name: { en: id, ar: aliases[0] ?? id },
    aliases,
    card: { summary: { en: '', ar: '' }, facts: [], relations: [] },
    ...extra,
  };
}

export function lexiconOf(entries: Entry[], rules: Partial<Lexicon['rules']> = {}): Lexicon {
  return { entries, rules: { homographs: {}, blockers: [], ...rules } };
}
