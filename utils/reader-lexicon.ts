import { phrasesOf } from '@/lexicon/aliases';
import { contextRules, matcherOf, type Matcher, type MatcherData } from '@/lexicon/matcher';
import { PhraseTrie } from '@/lexicon/trie';
import type { EntityType } from '@/lexicon/schema';
import type { UserRecord } from '@/lexicon/user-lexicon';
import type { Settings } from '@/utils/settings';
import { rules } from 'virtual:bundled-lexicon';

export interface ReaderLexicon {
  matcher: Matcher;
  types: Record<string, EntityType>;
}

/**
 * The matcher for the reader's lexicon: the bundle's trie (`bundle`, compiled at build time) with the reader's own
 * entries added, looking for every phrase but those of entries the reader switched off and the bundle's phrases of
 * entries the reader edited. Built by the background for every tab (tagging-service.ts).
 */
export function readerLexicon(settings: Settings, records: readonly UserRecord[], bundle: MatcherData): ReaderLexicon {
  const trie = new PhraseTrie(bundle.trie);
  const bundled = trie.phrases.length;
  const own = new Set(records.map((r) => r.entry.id));
  const bundledTypes = bundle.types;
  const typeOf: Record<string, EntityType> = { ...bundledTypes };
  for (const r of records) typeOf[r.entry.id] = r.entry.type;
  const disabledIds = new Set(settings.disabledIds);
  const disabledTypes = new Set(settings.disabledTypes);
  const off = (id: string) => disabledIds.has(id) || disabledTypes.has(typeOf[id]!);
  if (records.length > 0) {
    // A reader's alias may name a bundled entry ({astana}): its bundled names, as normalised keys.
    const bundledNames = (id: string) => (bundledTypes[id] ? trie.keysOf(id, 'name') : undefined);
    for (const p of phrasesOf({ entries: records.map((r) => r.entry), rules }, bundledNames).phrases) trie.add(p);
  }
  const changed = records.length > 0 || disabledIds.size > 0 || disabledTypes.size > 0;
  const keep = ({ id }: { id?: string }, index: number) => id === undefined || (!off(id) && (index >= bundled || !own.has(id)));
  const persons = new Set(Object.keys(typeOf).filter((id) => typeOf[id] === 'person'));
  const options = { near: bundle.near, shared: bundle.shared, persons, ...contextRules(rules) };
  // The build's index of transliterated names holds every bundled person's names, and only theirs.
  return { matcher: matcherOf(trie, changed ? { ...options, keep } : { ...options, variants: bundle.variants }), types: typeOf };
}

/** What the matcher depends on: when this changes, the background builds it again and pages are tagged again. */
export function lexiconKey(settings: Settings, records: readonly UserRecord[]): string {
  return [
    settings.disabledIds.join(' '),
    settings.disabledTypes.join(' '),
    records
      .map((r) => `${r.entry.id}@${r.updatedAt}`)
      .sort()
      .join(' '),
  ].join('|');
}
