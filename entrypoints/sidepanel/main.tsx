import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { cardView } from '@/lexicon/card-view';
import { SidePanel, type PanelStatus } from '@/components/SidePanel';
import { PAGE_STATE_PORT, type PageState } from '@/utils/channels/page-state';
import { sendToPage } from '@/utils/channels/to-page';
import { panelSelection } from '@/utils/panel-selection';
import { currentLexicon } from '@/utils/current-lexicon';
import { watchRecords } from '@/utils/lexicon-records';
import type { Entry } from '@/lexicon/schema';
import { uiLangOf, type Settings } from '@/utils/settings';
import { setDocumentLanguage } from '@/utils/document-language';
import { useDismissedNames } from '@/components/hooks/use-watched';
import { settingsItem, toggleDisabled, update } from '@/utils/settings-store';
import { dismissName } from '@/utils/dismissed-names';
import { addRequestHash } from '@/utils/add-request';
import { GATE_STATUS_REQUEST, type GateStatus } from '@/utils/channels/gate-status';
import { usePanelMaps } from './use-maps';
import './style.css';
import { LocaleProvider } from '@/components/locale';

const lexicon = currentLexicon();

interface ActiveTab {
  id: number;
  url: string | undefined;
}

function statusOf(state: PageState): PanelStatus {
  if (state.status === 'paused') return { kind: 'paused', hostname: state.hostname, everywhere: state.everywhere };
  if (state.status === 'scanning') return { kind: 'loading' };
  return { kind: 'ready', page: state.page };
}

/**
 * Attempts to reconnect to a page that closed its port or had none yet, 0.25 s to 8 s apart: the reading companion
 * is loaded only once the page's gate has found Arabic, which on a busy machine can take seconds.
 */
const CONNECT_RETRIES = 6;

/** Whether the page's gate says it holds no Arabic (so no companion was loaded); false when nothing answers. */
async function noArabicOn(tabId: number): Promise<boolean> {
  const answer = (await browser.tabs.sendMessage(tabId, GATE_STATUS_REQUEST, { frameId: 0 }).catch(() => null)) as GateStatus | null;
  return answer?.arabic === false;
}

/** Pages no extension may read; anything else that does not answer is a page loaded before us, or loading. */
const restricted = (url: string | undefined) => !!url && !/^https?:/.test(url);

const NONE_DISMISSED: string[] = [];
const NO_COLOURS = {};

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [status, setStatus] = useState<PanelStatus>({ kind: 'loading' });
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
  const windowId = useRef<number | undefined>(undefined);
  /** The followed tab, for browser event listeners registered once. */
  const tabRef = useRef<ActiveTab | null>(null);

  const lang = uiLangOf(settings, browser.i18n.getUILanguage());
  useEffect(() => setDocumentLanguage(lang, 'panel'), [lang]);

  const refresh = useCallback(async (t: ActiveTab) => {
    let next: PanelStatus;
    try {
      next = statusOf(await sendToPage('getPageState', undefined, { tabId: t.id, frameId: 0 }));
    } catch {
      next = { kind: restricted(t.url) ? 'restricted' : (await noArabicOn(t.id)) ? 'noArabic' : 'unreachable' };
    }
    // An answer from a tab the panel has left since it asked (a slow page, a quick switch) is not this tab's state.
    if (tabRef.current?.id === t.id) setStatus(next);
  }, []);

  const follow = useCallback(
    async (tabId?: number) => {
      const [active] = tabId === undefined ? await browser.tabs.query({ active: true, windowId: windowId.current }) : [await browser.tabs.get(tabId)];
      if (!active?.id) return;
      const next = { id: active.id, url: active.url };
      tabRef.current = next;
      setTab(next);
      setSelected(null);
      setCurrent(null);
      setStatus({ kind: 'loading' });
      await refresh(next);
    },
    [refresh],
  );

  useEffect(() => {
    const stops: (() => void)[] = [];
    const show = (pending: { id: string } | null) => {
      if (!pending) return;
      setSelected(pending.id);
      setCurrent(null);
      void panelSelection.setValue(null);
    };
    void (async () => {
      // ?window=ID follows another window's active tab: the panel opened as a detached window (and in tests).
      const pinned = Number(new URLSearchParams(location.search).get('window'));
      windowId.current = pinned || (await browser.windows.getCurrent()).id;
      setSettings(await settingsItem.getValue());
      stops.push(settingsItem.watch(setSettings));
      await follow();
      show(await panelSelection.getValue());
    })();
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId.current) void follow(info.tabId);
    };
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      if (id === tabRef.current?.id && (change.status === 'complete' || change.url)) void follow(id);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    stops.push(() => browser.tabs.onActivated.removeListener(onActivated));
    stops.push(() => browser.tabs.onUpdated.removeListener(onUpdated));
    stops.push(panelSelection.watch(show));
    return () => stops.forEach((s) => s());
  }, [follow]);

  // The page tells us when its entities change, over a port to its top frame. A page still loading has no
  // content script to connect to yet, and one that goes away closes the port: connect again, a few times.
  useEffect(() => {
    if (!tab) return;
    let port: Browser.runtime.Port | null = null;
    let retry = 0;
    const connect = (attempt: number) => {
      const next = browser.tabs.connect(tab.id, { name: PAGE_STATE_PORT, frameId: 0 });
      port = next;
      next.onMessage.addListener(() => void refresh(tab));
      next.onDisconnect.addListener(() => {
        void browser.runtime.lastError; // "no receiving end" is expected here, not an error to report
        if (port !== next || attempt >= CONNECT_RETRIES) return;
        retry = window.setTimeout(() => {
          connect(attempt + 1);
          void refresh(tab);
        }, 250 * 2 ** attempt);
      });
    };
    connect(0);
    return () => {
      clearTimeout(retry);
      const last = port;
      port = null;
      last?.disconnect();
    };
  }, [tab, refresh]);

  // A change of pause or of disabled entries changes what the page shows: ask again (not on other settings).
  const shown = settings && [settings.paused, ...settings.pausedSites, '|', ...settings.disabledIds].join(' ');
  const following = useRef(tab);
  following.current = tab;
  useEffect(() => {
    if (following.current && shown !== null) void refresh(following.current);
  }, [shown, refresh]);

  const card = useMemo(() => (selected ? cardView(selected, entries) : null), [selected, entries]);
  const { pageMap, cardMap } = usePanelMaps(status, byId, selected, lang);

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
        onQuery={setQuery}
        onSelect={(id) => {
          setSelected(id);
          setCurrent(null);
        }}
        onShowMention={(index) => {
          if (!tab || !selected) return;
          setCurrent(index);
          void sendToPage('showMention', { id: selected, index }, { tabId: tab.id, frameId: 0 }).catch(() => {});
        }}
        onToggleHidden={(id, hidden) => {
          if (tab) void sendToPage('setHidden', { id, hidden }, { tabId: tab.id, frameId: 0 }).catch(() => {});
        }}
        onToggleDisabled={(id) => void toggleDisabled(id)}
        onResume={() => {
          const host = status.kind === 'paused' ? status.hostname : null;
          void update((s) => ({ paused: false, pausedSites: s.pausedSites.filter((h) => h !== host) }));
        }}
        onLang={(l) => void update(() => ({ uiLanguage: l }))}
        onShowCandidate={(key) => {
          if (tab) void sendToPage('showCandidate', key, { tabId: tab.id, frameId: 0 }).catch(() => {});
        }}
        onAddCandidate={(c) => {
          const from = `${c.before}${c.text}${c.after}`.trim();
          void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${addRequestHash({ text: c.text, type: c.type, from })}`) });
        }}
        onDismissCandidate={(key) => void dismissName(key)}
      />
    </LocaleProvider>
  );
}

render(<App />, document.getElementById('app')!);
