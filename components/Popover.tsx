import { useEffect, useRef } from 'preact/hooks';
import type { Bilingual, EntityType, Entry, Relation } from '@/lexicon/schema';
import type { MentionKind } from '@/lexicon';
import type { MapView } from '@/geo/draw';
import { EntityCard } from './EntityCard';
import { LocatorFigure } from './MapFigure';
import { dirOf } from '@/utils/i18n';
import { useLocale } from './locale';

export interface PopoverProps {
  entry: Entry;
  relations: Relation[];
  nameOf: (id: string) => { en: string; ar: string } | undefined;
  /** The entry's locator map, once it has come (it follows the card). */
  map?: MapView | null;
  kind: MentionKind;
  /** The page's spelling, when the name was read from a near spelling of it. */
  nearSpelling?: string;
  /** The other entries that share the mention's name, for the reader to say which one the page means. */
  otherReadings?: { id: string; name: Bilingual; type: EntityType }[];
  onChoose?: (id: string) => void;
  /** Move keyboard focus into the popover when it opens (keyboard navigation), not on hover. */
  takeFocus: boolean;
  onClose: () => void;
  onOpenPanel: (id: string) => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

/** The context popover next to a mention: the entity's card, a close button and the way to the side panel. */
export function Popover(props: PopoverProps) {
  const { entry, kind, takeFocus, onClose, onOpenPanel } = props;
  const { lang, t } = useLocale();
  const root = useRef<HTMLDivElement>(null);
  const headingId = `anc-popover-title-${entry.id}`;

  useEffect(() => {
    if (takeFocus) root.current?.focus({ preventScroll: true });
  }, [takeFocus, entry.id]);

  return (
    <div
      ref={root}
      class="anc-popover"
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      lang={lang}
      dir={dirOf(lang)}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <button type="button" class="anc-popover__close" aria-label={t('card.close')} title={t('card.close')} onClick={onClose}>
        ×
      </button>
      {kind === 'nisba' && <p class="anc-popover__kind">{t('card.nisba')}</p>}
      {props.nearSpelling !== undefined && <p class="anc-popover__kind">{t('card.nearSpelling', props.nearSpelling)}</p>}
      {props.otherReadings && props.otherReadings.length > 0 && (
        <div class="anc-popover__readings" role="group" aria-label={t('card.otherReadings')}>
          <span>{t('card.otherReadings')}</span>
          {props.otherReadings.map((r) => (
            <button key={r.id} type="button" class="anc-link-button" onClick={() => props.onChoose?.(r.id)}>
              {t('card.readAs', r.name[lang], t(`type.${r.type}`))}
            </button>
          ))}
        </div>
      )}
      <EntityCard
        entry={entry}
        relations={props.relations}
        nameOf={props.nameOf}
        headingId={headingId}
        figure={props.map && <LocatorFigure entry={entry} view={props.map} size="small" />}
      />
      <footer class="anc-popover__footer">
        <button type="button" class="anc-button" onClick={() => onOpenPanel(entry.id)}>
          {t('card.openInPanel')}
        </button>
      </footer>
    </div>
  );
}
