import type { Entry, Fact, Relation } from '@/lexicon/schema';
import type { ComponentChildren } from 'preact';
import { useLocale } from './locale';

export interface EntityCardProps {
  entry: Entry;
  /** Its relations, both stated and derived (lexicon/relations.ts). */
  relations: Relation[];
  /** Display names of the entries relations point at. */
  nameOf: (id: string) => { en: string; ar: string } | undefined;
  /** When given, relation targets become buttons that open that entry. */
  onSelect?: (id: string) => void;
  /** Heading level of the entity's name, to fit the surrounding document. */
  headingId?: string;
  /** Its map (components/MapFigure.tsx), under the summary. */
  figure?: ComponentChildren;
}

/** Relations a key fact already states in words: shown once, as the fact. */
const STATED_BY_FACT: Partial<Record<Relation['type'], Fact['key']>> = { 'has-capital': 'capital', 'led-by': 'leader' };

/** Groups relations by type, keeping the order in which each type first appears. */
function groupRelations(relations: Relation[], facts: Fact[]): [Relation['type'], Relation[]][] {
  const groups = new Map<Relation['type'], Relation[]>();
  for (const r of relations) {
    const fact = STATED_BY_FACT[r.type];
    if (fact && facts.some((f) => f.key === fact)) continue;
    groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  }
  return [...groups];
}

/** The host of a source's address, which says who the source is more briefly than its title. */
const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** Where the card's facts come from and the date they hold at: a card is only as good as its sources. */
function Provenance({ entry }: { entry: Entry }) {
  const { t } = useLocale();
  const { sources = [], asOf } = entry.card;
  if (sources.length === 0 && !asOf) return null;
  return (
    <footer class="anc-card__provenance">
      {sources.length > 0 && (
        <span>
          {t('card.sources')}:{' '}
          {sources.map((s, i) => (
            <span key={s.url}>
              {i > 0 && ', '}
              <a href={s.url} title={s.title} target="_blank" rel="noopener noreferrer" dir="ltr">
                {hostOf(s.url)}
              </a>
            </span>
          ))}
        </span>
      )}
      {asOf && <span class="anc-card__as-of">{t('card.asOf', asOf)}</span>}
    </footer>
  );
}

/** Who or what an entity is: names, type, summary, key facts, relations, sources. Shared by the popover and the panel. */
export function EntityCard({ entry, relations, nameOf, onSelect, headingId, figure }: EntityCardProps) {
  const { lang, t } = useLocale();
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <article class="anc-card" data-entity={entry.id} data-type={entry.type}>
      <header class="anc-card__header">
        <span class={`anc-badge anc-badge--${entry.type}`}>{t(`type.${entry.type}`)}</span>
        <h2 class="anc-card__name" id={headingId} tabIndex={headingId ? -1 : undefined} lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
          {entry.name[lang]}
        </h2>
        <p class="anc-card__other-name" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
          {entry.name[other]}
        </p>
      </header>
      <p class="anc-card__summary">{entry.card.summary[lang]}</p>
      {figure}
      {entry.card.facts.length > 0 && (
        <section aria-label={t('card.facts')}>
          <dl class="anc-card__facts">
            {entry.card.facts.map((f) => (
              <div class="anc-card__fact" key={f.key}>
                <dt>{t(`fact.${f.key}`)}</dt>
                <dd>{f.value[lang]}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {relations.length > 0 && (
        <section aria-label={t('card.relations')}>
          <dl class="anc-card__relations">
            {groupRelations(relations, entry.card.facts).map(([type, items]) => (
              <div class="anc-card__relation" key={type} data-relation={type}>
                <dt>{t(`relation.${type}`)}</dt>
                <dd>
                  <ul>
                    {items.map((r) => {
                      const name = nameOf(r.target)?.[lang] ?? r.target;
                      const note = r.note?.[lang] || (r.status && r.status !== 'member' ? t(`status.${r.status}`) : undefined);
                      return (
                        <li key={r.target} data-target={r.target} data-status={r.status}>
                          {onSelect ? (
                            <button type="button" class="anc-link" onClick={() => onSelect(r.target)}>
                              {name}
                            </button>
                          ) : (
                            <span>{name}</span>
                          )}
                          {note && <span class="anc-card__note"> ({note})</span>}
                        </li>
                      );
                    })}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <Provenance entry={entry} />
    </article>
  );
}
