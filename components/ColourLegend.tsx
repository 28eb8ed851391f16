import type { Settings } from '@/utils/settings';
import { ENTITY_TYPES } from '@/lexicon/schema';
import { TypeSwatch } from './TypeSwatch';
import { useLocale } from './locale';

/**
 * What the page's colours mean: a swatch per type, in the reader's colours, and the dotted line of adjectives.
 * Folded away where space is short (the popup, the panel); open on the welcome page.
 */
export function ColourLegend({ colours, open = false }: { colours: Settings['colours']; open?: boolean }) {
  const { t } = useLocale();
  return (
    <details class="anc-legend" open={open}>
      <summary>{t('legend.title')}</summary>
      <ul>
        {ENTITY_TYPES.map((type) => (
          <li key={type}>
            <TypeSwatch type={type} colours={colours} /> {t(`typePlural.${type}`)}
          </li>
        ))}
        <li>
          <span class="anc-legend__nisba" aria-hidden="true">
            ـــ
          </span>{' '}
          {t('legend.nisba')}
        </li>
      </ul>
    </details>
  );
}
