import { phrasesOf } from '@/lexicon/aliases';
import { compilePhrases, type Matcher } from '@/lexicon/matcher';
import type { EntityType } from '@/lexicon/schema';
import type { UserRecord } from '@/lexicon/user-lexicon';
import type { Settings } from '@/utils/settings';
import { phrases, rules, types } from 'virtual:bundled-lexicon';

/** Bundled names by entry, as normalised keys, for the reader's aliases that name a bundled entry ({astana}). */
let bundledNames: Map<string, string[]> | null = null;
function bundledNamesOf(id: string): string[] | undefined {
  if (!bundledNames) {
    bundledNames = new Map();
    for (const p of phrases.phrases) if (p.id && p.kind === 'name') bundledNames.set(p.id, [...(bundledNames.get(p.id) ?? []), p.key]);
  }
  return bundledNames.get(id);
}

export interface PageLexicon {
  matcher: Matcher;
  types: Record<string, EntityType>;
}

/**
 * The matcher for the reader's lexicon: the bundle's phrases (normalised at build time) less the entries the
 * reader edited or switched off, plus the reader's own entries, normalised here.
 */
export function pageLexicon(settings: Settings, records: readonly UserRecord[]): PageLexicon {
  const own = new Set(records.map((r) => r.entry.id));
  const typeOf: Record<string, EntityType> = { ...types };
  for (const r of records) typeOf[r.entry.id] = r.entry.type;
  const disabledIds = new Set(settings.disabledIds);
  const disabledTypes = new Set(settings.disabledTypes);
  const off = (id: string) => disabledIds.has(id) || disabledTypes.has(typeOf[id]!);
  const bundled = phrases.phrases.filter((p) => !p.id || (!own.has(p.id) && !off(p.id)));
  const mine = phrasesOf({ entries: records.map((r) => r.entry).filter((e) => !off(e.id)), rules }, bundledNamesOf).phrases;
  return { matcher: compilePhrases({ phrases: [...bundled, ...mine], rejected: [] }), types: typeOf };
}

/** What the matcher depends on: when this changes, the page is tagged again. */
export function lexiconKey(settings: Settings, records: readonly UserRecord[]): string {
  return [settings.disabledIds.join(' '), settings.disabledTypes.join(' '), records.map((r) => `${r.entry.id}@${r.updatedAt}`).sort().join(' ')].join('|');
}
