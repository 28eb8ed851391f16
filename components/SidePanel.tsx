import { useEffect, useRef } from 'preact/hooks';
import type { CardView } from '@/lexicon/card-view';
import type { CandidateSummary, PageSummary } from '@/lexicon/page-summary';
import { CandidateList } from './CandidateList';
import type { Bilingual, EntityType } from '@/lexicon/schema';
import { normalizeKey } from '@/lexicon/tokenize';
import { EntityCard } from './EntityCard';
import { EntityList } from './EntityList';
import { MentionList } from './MentionList';
import { LocatorFigure, PageMapFigure } from './MapFigure';
import type { MapView } from '@/geo/draw';
import { LANGS, dirOf, type Lang } from '@/utils/i18n';
import { useLocale } from './locale';
import { ColourLegend } from './ColourLegend';

export type PanelStatus =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'unreachable' }
  | { kind: 'noArabic' }
  | { kind: 'paused'; hostname: string | null; everywhere: boolean }
  | { kind: 'ready'; page: PageSummary };

export interface SidePanelProps {
  status: PanelStatus;
  names: (id: string) => Bilingual | undefined;
  query: string;
  selected: string | null;
  /** The selected entity's card. */
  card: CardView | null;
  /** The page's places, countries and military sites on a map, the selected one's marker highlighted. */
  pageMap: MapView | null;
  /** The selected entity's locator map, for one the page map does not mark. */
  cardMap: MapView | null;
  /** Which of its mentions the page shows as current. */
  currentMention: number | null;
  disabledIds: readonly string[];
  /** The reader's highlight colours, for the list's dots. */
  colours: Partial<Record<EntityType, string>>;
  /** Names the reader said are not names: left out of "Not in the lexicon yet". */
  dismissed: readonly string[];
  /** What the reader does here; the container carries it out (messages to the page, storage). */
  actions: PanelActions;
}

/** The reader's actions in the panel, one object so that the panel passes it on whole, not ten callbacks. */
export interface PanelActions {
  query: (q: string) => void;
  select: (id: string | null) => void;
  showMention: (index: number) => void;
  toggleHidden: (id: string, hidden: boolean) => void;
  toggleDisabled: (id: string) => void;
  resume: () => void;
  setLang: (lang: Lang) => void;
  showCandidate: (key: string) => void;
  addCandidate: (candidate: CandidateSummary) => void;
  dismissCandidate: (key: string) => void;
}

/** Does the entity's name, in either language, contain the query, read the way the tagger reads Arabic? */
export function matchesQuery(name: Bilingual | undefined, query: string): boolean {
  const q = normalizeKey(query);
  if (q === '') return true;
  return !!name && (normalizeKey(name.en).includes(q) || normalizeKey(name.ar).includes(q));
}

const CARD_HEADING = 'anc-panel-card-heading';

/**
 * Where keyboard focus goes in the panel: to the card's heading when a card opens, and back to the entity's row in
 * the list when the reader returns from it, so that neither leaves focus on the body.
 */
function usePanelFocus(selected: string | null) {
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (selected) {
      returnTo.current = selected;
      document.getElementById(CARD_HEADING)?.focus();
      return;
    }
    const id = returnTo.current;
    returnTo.current = null;
    if (id) document.querySelector<HTMLElement>(`li[data-entity="${id}"] button`)?.focus();
  }, [selected]);
}

/** The side panel: the page's entities, and the background card of the one selected. */
export function SidePanel(p: SidePanelProps) {
  usePanelFocus(p.selected && p.card ? p.selected : null);
  const { lang, t } = useLocale();
  return (
    <div class="anc-panel anc-theme" lang={lang} dir={dirOf(lang)}>
      <header class="anc-panel__header">
        <h1>{t('panel.title')}</h1>
        <label class="anc-panel__lang">
          <span class="anc-visually-hidden">{t('panel.language')}</span>
          <select value={lang} onChange={(e) => p.actions.setLang((e.currentTarget as HTMLSelectElement).value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {l === 'ar' ? 'العربية' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main class="anc-panel__body">
        <Body {...p} />
      </main>
      <footer class="anc-panel__footer">
        <ColourLegend colours={p.colours} />
      </footer>
    </div>
  );
}

function Body(p: SidePanelProps) {
  const { t } = useLocale();
  const { status } = p;
  if (p.selected && p.card) return <CardPane {...p} card={p.card} />;
  switch (status.kind) {
    case 'loading':
      return (
        <p class="anc-state" role="status">
          {t('panel.loading')}
        </p>
      );
    case 'restricted':
      return (
        <p class="anc-state" role="status">
          {t('panel.restricted')}
        </p>
      );
    case 'unreachable':
      return (
        <p class="anc-state" role="status">
          {t('panel.unreachable')}
        </p>
      );
    case 'noArabic':
      return (
        <p class="anc-state" role="status">
          {t('panel.noArabic')}
        </p>
      );
    case 'paused':
      return (
        <div class="anc-state" role="status">
          <p>{status.everywhere || !status.hostname ? t('panel.pausedEverywhere') : t('panel.paused', status.hostname)}</p>
          <button type="button" class="anc-button" onClick={p.actions.resume}>
            {t('panel.resume')}
          </button>
        </div>
      );
    case 'ready': {
      const candidates = (
        <CandidateList
          candidates={status.page.candidates.filter((c) => !p.dismissed.includes(c.key))}
          onShow={p.actions.showCandidate}
          onAdd={p.actions.addCandidate}
          onDismiss={p.actions.dismissCandidate}
        />
      );
      if (status.page.entities.length === 0) {
        return (
          <>
            <div class="anc-state" role="status">
              <p>{t('panel.empty')}</p>
              <p class="anc-muted">{t('panel.emptyHint')}</p>
            </div>
            {candidates}
          </>
        );
      }
      const shown = status.page.entities.filter((e) => matchesQuery(p.names(e.id), p.query));
      return (
        <>
          {p.pageMap && (
            <section class="anc-panel__map" aria-labelledby="anc-page-map">
              <h2 class="anc-map__heading" id="anc-page-map">
                {t('map.pageTitle')}
              </h2>
              <PageMapFigure view={p.pageMap} onSelect={p.actions.select} />
            </section>
          )}
          <input
            type="search"
            class="anc-search"
            placeholder={t('panel.search')}
            aria-label={t('panel.searchLabel')}
            value={p.query}
            onInput={(e) => p.actions.query((e.currentTarget as HTMLInputElement).value)}
          />
          {shown.length === 0 ? (
            <p class="anc-state" role="status">
              {t('panel.noMatch', p.query)}
            </p>
          ) : (
            <EntityList entities={shown} names={p.names} colours={p.colours} onSelect={p.actions.select} />
          )}
          {candidates}
        </>
      );
    }
  }
}

function CardPane(p: SidePanelProps & { card: CardView }) {
  const { lang, t } = useLocale();
  const { card } = p;
  const id = card.entry.id;
  const onPage = p.status.kind === 'ready' ? p.status.page.entities.find((e) => e.id === id) : undefined;
  const disabled = p.disabledIds.includes(id);
  // An entity the page map marks is shown on it, its marker highlighted among the page's others; any other gets
  // a locator map of its own.
  const figure = p.pageMap?.markers.some((m) => m.id === id) ? (
    <PageMapFigure view={p.pageMap} onSelect={p.actions.select} />
  ) : (
    p.cardMap && <LocatorFigure entry={card.entry} view={p.cardMap} size="large" />
  );
  return (
    <div class="anc-card-pane">
      <button type="button" class="anc-link anc-back" onClick={() => p.actions.select(null)}>
        {lang === 'ar' ? '→' : '←'} {t('panel.back')}
      </button>
      <EntityCard
        entry={card.entry}
        relations={card.relations}
        nameOf={(x) => card.names[x] ?? p.names(x)}
        onSelect={p.actions.select}
        figure={figure}
        headingId={CARD_HEADING}
      />
      {onPage && onPage.count > 0 ? (
        <MentionList mentions={onPage.mentions} total={onPage.count} current={p.currentMention} onShow={p.actions.showMention} />
      ) : (
        <p class="anc-muted">{t('panel.notOnPage')}</p>
      )}
      <div class="anc-card-pane__actions">
        {onPage && (
          <button type="button" class="anc-button" aria-pressed={onPage.hidden} onClick={() => p.actions.toggleHidden(id, !onPage.hidden)}>
            {onPage.hidden ? t('panel.show') : t('panel.hide')}
          </button>
        )}
        <button type="button" class="anc-button" aria-pressed={disabled} onClick={() => p.actions.toggleDisabled(id)}>
          {disabled ? t('panel.enable') : t('panel.disable')}
        </button>
      </div>
      {disabled && (
        <p class="anc-muted" role="status">
          {t('panel.disabledNote')}
        </p>
      )}
    </div>
  );
}
