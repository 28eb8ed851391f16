import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import type { PanelStatus } from '@/components/SidePanel';
import { PAGE_STATE_PORT, type PageState } from '@/utils/channels/page-state';
import { sendToPage } from '@/utils/channels/to-page';
import { forgetTabBeforeStart, tabsBeforeStart } from '@/utils/tabs-before-start';

export interface FollowedTab {
  id: number;
  url: string | undefined;
}

function statusOf(state: PageState): PanelStatus {
  if (state.status === 'paused') return { kind: 'paused', hostname: state.hostname, everywhere: state.everywhere };
  if (state.status === 'scanning') return { kind: 'loading' };
  return { kind: 'ready', page: state.page };
}

/**
 * Reconnects to a page that closed its port or had none yet, 0.25 s apart at first and then twice as long each
 * time up to 8 s, for as long as the panel follows the tab: the reading companion is loaded only once the page's
 * gate has found Arabic, which on a busy machine can take seconds, and on a page that gets Arabic later, any time.
 */
const LONGEST_RETRY_STEP = 5;

/** Pages no extension may read (where the browser tells us the address: Firefox does, Chromium does not). */
const restricted = (url: string | undefined) => !!url && !/^https?:/.test(url);

/**
 * Why no reading companion answers in a tab: a page the browser keeps from extensions, one still loading, one
 * open since before the extension started, or one whose gate found no Arabic (yet: the panel keeps reconnecting).
 */
export function silentPageStatus(tab: { url?: string; status?: string }, openBeforeStart: boolean): PanelStatus {
  if (restricted(tab.url)) return { kind: 'restricted' };
  if (tab.status === 'loading') return { kind: 'loading' };
  return { kind: openBeforeStart ? 'unreachable' : 'noArabic' };
}

/**
 * The tab a side panel follows, its window's active tab (another window's with `?window=ID`: the panel opened as
 * a window of its own, and in tests), and what the page in it shows. The status is asked for again when the panel
 * moves to another tab or page, when the page says its entities changed (over a port to its top frame), and when
 * `askAgain` changes. `onFollow` runs each time the panel moves to another tab or page.
 */
export function useFollowedPage(onFollow: () => void, askAgain: string | null): { tab: FollowedTab | null; status: PanelStatus } {
  const [tab, setTab] = useState<FollowedTab | null>(null);
  const [status, setStatus] = useState<PanelStatus>({ kind: 'loading' });
  const windowId = useRef<number | undefined>(undefined);
  /** The followed tab, for browser event listeners registered once. */
  const tabRef = useRef<FollowedTab | null>(null);
  const onFollowRef = useRef(onFollow);
  onFollowRef.current = onFollow;

  const refresh = useCallback(async (t: FollowedTab) => {
    let next: PanelStatus;
    try {
      next = statusOf(await sendToPage('getPageState', undefined, { tabId: t.id, frameId: 0 }));
    } catch {
      const now = await browser.tabs.get(t.id).catch(() => t);
      next = silentPageStatus(now, (await tabsBeforeStart.getValue()).includes(t.id));
    }
    // An answer from a tab the panel has left since it asked (a slow page, a quick switch) is not this tab's state.
    if (tabRef.current?.id === t.id) setStatus(next);
  }, []);

  useEffect(() => {
    const follow = async (tabId?: number) => {
      const [active] = tabId === undefined ? await browser.tabs.query({ active: true, windowId: windowId.current }) : [await browser.tabs.get(tabId)];
      if (!active?.id) return;
      const next = { id: active.id, url: active.url };
      tabRef.current = next;
      setTab(next);
      onFollowRef.current();
      setStatus({ kind: 'loading' });
      await refresh(next);
    };
    void (async () => {
      const pinned = Number(new URLSearchParams(location.search).get('window'));
      windowId.current = pinned || (await browser.windows.getCurrent()).id;
      await follow();
    })();
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId.current) void follow(info.tabId);
    };
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      if (change.status === 'loading') void forgetTabBeforeStart(id);
      if (id === tabRef.current?.id && (change.status === 'complete' || change.url)) void follow(id);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [refresh]);

  // A page still loading has no content script to connect to yet, and one that goes away closes the port:
  // connect again, a few times.
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
        if (port !== next) return;
        retry = window.setTimeout(
          () => {
            connect(attempt + 1);
            void refresh(tab);
          },
          250 * 2 ** Math.min(attempt, LONGEST_RETRY_STEP),
        );
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

  useEffect(() => {
    if (tabRef.current && askAgain !== null) void refresh(tabRef.current);
  }, [askAgain, refresh]);

  return { tab, status };
}
