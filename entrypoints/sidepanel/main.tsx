import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { cardView } from '@/lexicon/card-view';
import { SidePanel, type PanelActions } from '@/components/SidePanel';
import { sendToPage } from '@/utils/channels/to-page';
import { panelSelection } from '@/utils/panel-selection';
import { currentLexicon } from '@/utils/current-lexicon';
import { watchRecords } from '@/utils/lexicon-records';
import type { Entry } from '@/lexicon/schema';
import { uiLangOf } from '@/utils/settings';
import { setDocumentLanguage } from '@/utils/document-language';
import { useDismissedNames, useSettings } from '@/components/hooks/use-watched';
import { toggleDisabled, update } from '@/utils/settings-store';
import { dismissName } from '@/utils/dismissed-names';
import { addRequestHash } from '@/utils/add-request';
import { usePanelMaps } from './use-maps';
import { useFollowedPage } from './use-followed-page';
import './style.css';
import { LocaleProvider } from '@/components/locale';

const lexicon = currentLexicon();

const NONE_DISMISSED: string[] = [];
const NO_COLOURS = {};

function App() {
  const settings = useSettings();
  const [selected, setSelected] = useState<string | null>(null);
  const [current, setCurrent] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [entries, setEntries] = useState<Entry[]>([]);
  const dismissed = useDismissedNames() ?? NONE_DISMISSED;
  useEffect(() => {
    const load = () => void lexicon.get().then((m) => setEntries(m.lexicon.entries));
    load();
    return watchRecords(load);
  }, []);
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const names = useCallback((id: string) => byId.get(id)?.name, [byId]);

  const lang = uiLangOf(settings, browser.i18n.getUILanguage());
  useEffect(() => setDocumentLanguage(lang, 'panel'), [lang]);

  // A change of pause or of disabled entries changes what the page shows: ask again (not on other settings).
  const shown = settings && [settings.paused, ...settings.pausedSites, '|', ...settings.disabledIds].join(' ');
  const { tab, status } = useFollowedPage(() => {
    setSelected(null);
    setCurrent(null);
  }, shown);

  // The card a popover's "Open in side panel" asks for, once the panel follows a tab and whenever it is asked again.
  const following = tab !== null;
  useEffect(() => {
    if (!following) return undefined;
    const show = (pending: { id: string } | null) => {
      if (!pending) return;
      setSelected(pending.id);
      setCurrent(null);
      void panelSelection.setValue(null);
    };
    void panelSelection.getValue().then(show);
    return panelSelection.watch(show);
  }, [following]);

  const card = useMemo(() => (selected ? cardView(selected, entries) : null), [selected, entries]);
  const { pageMap, cardMap } = usePanelMaps(status, byId, selected, lang);

  const toPage = tab ? { tabId: tab.id, frameId: 0 } : null;
  const actions: PanelActions = {
    query: setQuery,
    select: (id) => {
      setSelected(id);
      setCurrent(null);
    },
    showMention: (index) => {
      if (!toPage || !selected) return;
      setCurrent(index);
      void sendToPage('showMention', { id: selected, index }, toPage).catch(() => {});
    },
    toggleHidden: (id, hidden) => {
      if (toPage) void sendToPage('setHidden', { id, hidden }, toPage).catch(() => {});
    },
    toggleDisabled: (id) => void toggleDisabled(id),
    resume: () => {
      const host = status.kind === 'paused' ? status.hostname : null;
      void update((s) => ({ paused: false, pausedSites: s.pausedSites.filter((h) => h !== host) }));
    },
    setLang: (l) => void update(() => ({ uiLanguage: l })),
    showCandidate: (key) => {
      if (toPage) void sendToPage('showCandidate', key, toPage).catch(() => {});
    },
    addCandidate: (c) => {
      const from = `${c.before}${c.text}${c.after}`.trim();
      void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${addRequestHash({ text: c.text, type: c.type, from })}`) });
    },
    dismissCandidate: (key) => void dismissName(key),
  };

  return (
    <LocaleProvider lang={lang}>
      <SidePanel
        status={status}
        names={names}
        query={query}
        selected={selected}
        card={card}
        pageMap={pageMap}
        cardMap={cardMap}
        currentMention={current}
        disabledIds={settings?.disabledIds ?? []}
        colours={settings?.colours ?? NO_COLOURS}
        dismissed={dismissed}
        actions={actions}
      />
    </LocaleProvider>
  );
}

render(<App />, document.getElementById('app')!);
