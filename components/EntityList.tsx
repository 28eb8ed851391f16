import { ENTITY_TYPES, type Bilingual, type EntityType } from '@/lexicon/schema';
import { TypeSwatch } from './TypeSwatch';
import { byProminence, type EntitySummary } from '@/lexicon/page-summary';
import type { Translate } from '@/utils/i18n';
import { useLocale } from './locale';

export interface EntityListProps {
  entities: EntitySummary[];
  names: (id: string) => Bilingual | undefined;
  /** The reader's highlight colours, for the groups' dots. */
  colours: Partial<Record<EntityType, string>>;
  onSelect: (id: string) => void;
}

export const countLabel = (t: Translate, n: number) => t('panel.mentions', String(n));

/** The page's entities grouped by type, each group ordered by how prominent its entities are on the page. */
export function EntityList({ entities, names, colours, onSelect }: EntityListProps) {
  const { lang, t } = useLocale();
  const groups = ENTITY_TYPES.map((type) => [type, entities.filter((e) => e.type === type).sort(byProminence)] as const).filter(([, list]) => list.length > 0);
  return (
    <div class="anc-list">
      {groups.map(([type, list]) => (
        <section key={type} class="anc-list__group" aria-labelledby={`anc-group-${type}`}>
          <h2 id={`anc-group-${type}`} class="anc-list__heading">
            <TypeSwatch type={type} colours={colours} />
            {t(`typePlural.${type}`)} <span class="anc-list__count">{list.length}</span>
          </h2>
          <ul>
            {list.map((e) => {
              const name = names(e.id);
              return (
                <li key={e.id} data-entity={e.id} data-hidden={e.hidden || undefined}>
                  <button type="button" class="anc-list__item" onClick={() => onSelect(e.id)}>
                    <span class="anc-list__name">{name?.[lang] ?? e.id}</span>
                    <span class="anc-list__meta">
                      {countLabel(t, e.count)}
                      {e.nisbaCount > 0 && ` · ${t('panel.adjectives', String(e.nisbaCount))}`}
                      {e.inHeadline && ` · ${t('panel.inHeadline')}`}
                      {e.hidden && ` · ${t('panel.hiddenNote')}`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
