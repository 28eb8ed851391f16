import { useMemo } from 'preact/hooks';
import { ENTITY_TYPES, type Entry, type EntityType } from '@/lexicon/schema';
import { normalizeKey } from '@/lexicon/tokenize';
import type { Origin } from '@/lexicon/user-lexicon';
import { useLocale } from '../locale';

export interface LexiconBrowserProps {
  entries: Entry[];
  origins: Readonly<Record<string, Origin>>;
  disabledIds: readonly string[];
  disabledTypes: readonly EntityType[];
  query: string;
  type: EntityType | '';
  origin: Origin | '';
  onQuery: (q: string) => void;
  onType: (t: EntityType | '') => void;
  onOrigin: (o: Origin | '') => void;
  /** How many of the matching entries are drawn: the first `shownLimit`, then `onMore` draws the next page. */
  shownLimit: number;
  onMore: () => void;
  onEdit: (id: string) => void;
  onNew: () => void;
}

/** Every name of an entry a search may find, read the way the tagger reads Arabic. */
const searchKeysOf = (e: Entry): string[] => [e.id, e.name.en, e.name.ar, ...e.aliases, ...(e.nisba ?? [])].map(normalizeKey);

/** Does any name or alias of the entry contain the query, read the way the tagger reads Arabic? */
export function entryMatches(e: Entry, query: string, keys: readonly string[] = searchKeysOf(e)): boolean {
  const q = normalizeKey(query);
  return q === '' || keys.some((key) => key.includes(q));
}

const ORIGINS: Origin[] = ['bundled', 'edited', 'added', 'imported'];

/**
 * Rows drawn at a time. Drawing all of a lexicon of thousands of entries took seconds on every return from the editor
 * and on every keystroke in the search box; a page of rows is drawn at once and the reader asks for more.
 */
export const LIST_PAGE = 100;

/** Every entry of the lexicon, searchable by any alias, filtered by type and by where it comes from. */
export function LexiconBrowser(p: LexiconBrowserProps) {
  const { t } = useLocale();
  // Normalised once per lexicon, not on every keystroke: the bundle alone has some 16,000 names.
  const keys = useMemo(() => new Map(p.entries.map((e) => [e, searchKeysOf(e)])), [p.entries]);
  const disabledIds = useMemo(() => new Set(p.disabledIds), [p.disabledIds]);
  const shown = p.entries.filter((e) => (!p.type || e.type === p.type) && (!p.origin || p.origins[e.id] === p.origin) && entryMatches(e, p.query, keys.get(e)));
  const hidden = Math.max(0, shown.length - p.shownLimit);
  return (
    <section class="anc-browser" aria-label={t('options.lexicon')}>
      <div class="anc-browser__filters">
        <input
          type="search"
          aria-label={t('options.search')}
          placeholder={t('options.search')}
          value={p.query}
          onInput={(e) => p.onQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <select aria-label={t('options.type')} value={p.type} onChange={(e) => p.onType((e.currentTarget as HTMLSelectElement).value as EntityType | '')}>
          <option value="">{t('options.allTypes')}</option>
          {ENTITY_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`typePlural.${ty}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('options.allOrigins')} value={p.origin} onChange={(e) => p.onOrigin((e.currentTarget as HTMLSelectElement).value as Origin | '')}>
          <option value="">{t('options.allOrigins')}</option>
          {ORIGINS.map((o) => (
            <option key={o} value={o}>
              {t(`options.origin.${o}`)}
            </option>
          ))}
        </select>
        <button type="button" class="anc-button anc-button--primary" data-new-entry onClick={p.onNew}>
          {t('options.newEntry')}
        </button>
      </div>
      <p class="anc-muted" role="status">
        {t('options.entries', String(shown.length))}
      </p>
      <ul class="anc-browser__list">
        {shown.slice(0, p.shownLimit).map((e) => {
          const off = disabledIds.has(e.id) || p.disabledTypes.includes(e.type);
          return (
            <li key={e.id} data-entity={e.id} data-origin={p.origins[e.id]} data-off={off || undefined}>
              <button type="button" class="anc-browser__item" onClick={() => p.onEdit(e.id)}>
                <span class="anc-browser__names">
                  <span dir="rtl" lang="ar">
                    {e.name.ar}
                  </span>{' '}
                  <span class="anc-muted">{e.name.en}</span>
                </span>
                <span class="anc-browser__meta">
                  <span class={`anc-badge anc-badge--${e.type}`}>{t(`type.${e.type}`)}</span>
                  <span class={`anc-origin anc-origin--${p.origins[e.id]}`}>{t(`options.origin.${p.origins[e.id] ?? 'bundled'}`)}</span>
                  {off && <span class="anc-origin anc-origin--off">{t('options.disabled')}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <button type="button" class="anc-button" data-show-more onClick={p.onMore}>
          {t('options.showMore', String(Math.min(LIST_PAGE, hidden)), String(hidden))}
        </button>
      )}
    </section>
  );
}
