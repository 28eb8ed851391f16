import './popover.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defaultLang, translator } from '@/components/i18n';
import { isPausedOn, uiLangOf, type Settings } from '@/utils/settings';
import type { UserRecord } from '@/lexicon/user-lexicon';
import { onMessage, sendMessage, type PageState } from '@/utils/messaging';
import { Companion } from './companion';
import { Highlighter, adoptHighlightStyle, highlightSupported, takeEarlyStyle } from './highlighter';
import { childFrames, exposeFrame, focusedElement, parentFrame, sameOriginAsTop, type PageFrame } from './frames';
import { nextStop } from './navigation';
import { pageStateChannel } from './state-channel';
import { take } from './handoff';
import { PopoverUi } from './popover-ui';
import { lexiconKey, pageLexicon, type PageLexicon } from './lexicon';
import type { Tracked } from './page-model';
import { readReaderState, watchReaderState } from '@/utils/reader-state';
import { nthMention, summarise } from './summary';
import { summariseCandidates } from './candidates';
import { Discoverer } from '@/lexicon/discover';
import { discovery } from 'virtual:bundled-lexicon';
import { yieldToBrowser } from './slicer';

/** Whether the reader was told once that this browser cannot highlight without rewriting pages. */
const NOTICE_SHOWN_KEY = 'noHighlightNoticeShown';

export default defineContentScript({
  // Not in the manifest: the page-start script imports it into a frame where its gate found Arabic prose
  // (entrypoints/page-start.ts). Each same-origin frame with Arabic text gets its own instance and paints its own
  // text.
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  // WXT also announces the script with window.postMessage, which every message listener of the page hears and
  // which took 15–50 ms of the script's first task here; its custom event still stops an older copy of us.
  noScriptStartedPostMessage: true,

  async main(ctx) {
    // Cross-origin frames are ads, players and widgets, not the article: leave them alone.
    if (!sameOriginAsTop()) return;
    // Marks on the page's timeline let anyone (and bench:browser) see how long the first paint of highlights took.
    performance.mark('anc:start');
    // From here on this script watches storage (below, in this same task), so the page-start script stops.
    const early = take('storage');
    early?.release();
    let stateRead = readReaderState(early?.values);
    const browserLanguage = browser.i18n.getUILanguage();
    let lang = defaultLang(browserLanguage);
    const t = () => translator(lang);

    let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
    const mountUi = async () => {
      // A random element name: a hostile page cannot pre-define or style our host by guessing it.
      ui ??= await createShadowRootUi(ctx, {
        name: `anc-ui-${Math.random().toString(36).slice(2, 8)}`,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        mode: 'closed',
        isolateEvents: true,
        // WXT resets the host with `:host { all: initial !important }`, which outranks even !important page rules.
        onMount: (container) => container,
      });
      if (!ui.shadowHost.isConnected) ui.mount();
      return ui.uiContainer;
    };

    if (!highlightSupported(window)) {
      // Rewriting the page would break joined Arabic letters and the page's own scripts: say so, once.
      if (window === window.top && !(await browser.storage.local.get(NOTICE_SHOWN_KEY))[NOTICE_SHOWN_KEY]) {
        await browser.storage.local.set({ [NOTICE_SHOWN_KEY]: true });
        const container = await mountUi();
        const note = document.createElement('div');
        note.className = 'anc-notice';
        note.setAttribute('role', 'status');
        note.textContent = t()('notice.noHighlightApi');
        container.append(note);
        setTimeout(() => ui?.remove(), 15000);
      }
      return;
    }

    let lexicon: PageLexicon | null = null;
    let lexiconState = '';
    let records: UserRecord[] = [];
    let companion: Companion | null = null;
    let highlighter: Highlighter | null = null;
    let discoverer: Discoverer | null = null;
    let paused: Settings | null = null;
    const hidden = new Set<string>();
    const exclude = (el: Element) => el === ui?.shadowHost;
    const isTop = window === window.top;

    // A panel following this tab hears of changes at most every 250 ms, and then asks for the state. Same-origin
    // frames tell the top frame, which answers for the whole page.
    const panels = isTop ? pageStateChannel() : null;
    let notifyTimer = 0;
    const notify = () => {
      if (!panels) return parentFrame()?.changed();
      clearTimeout(notifyTimer);
      notifyTimer = window.setTimeout(() => panels.changed(), 250);
    };
    const here: PageFrame = {
      mentions: () => [...(companion?.model.all() ?? []), ...childFrames().flatMap((f) => f.mentions())],
      // A mention belongs to the frame whose document holds it.
      reveal: (m) => {
        if (m.range.startContainer.ownerDocument === document) companion?.reveal(m);
        else for (const f of childFrames()) f.reveal(m);
      },
      focus: (m, returnTo) => {
        if (m.range.startContainer.ownerDocument === document) companion?.focusMention(m, returnTo);
        else companion?.closeCard();
        for (const f of childFrames()) f.focus(m, returnTo);
      },
      openCard: () => companion?.openCard() ?? childFrames().reduce<ReturnType<PageFrame['openCard']>>((open, f) => open ?? f.openCard(), null),
      setHidden: (id, isHidden) => {
        companion?.setHidden(id, isHidden);
        for (const f of childFrames()) f.setHidden(id, isHidden);
      },
      changed: notify,
    };
    exposeFrame(here);
    const state = (): PageState =>
      paused
        ? { status: 'paused', hostname: location.hostname, everywhere: paused.paused }
        : companion
          ? { status: 'ready', page: summarise(here.mentions(), hidden, document, summariseCandidates(companion.candidates())) }
          : { status: 'scanning' };

    const stop = () => {
      companion?.stop();
      highlighter?.dispose();
      companion = null;
      highlighter = null;
      ui?.remove();
    };

    const apply = async (settings: Settings) => {
      if (!ctx.isValid) return;
      const began = performance.now();
      lang = uiLangOf(settings, browserLanguage);
      paused = isPausedOn(settings, location.hostname) ? settings : null;
      const key = lexiconKey(settings, records);
      if (paused || key !== lexiconState) stop();
      if (paused) return notify();
      if (companion) {
        highlighter?.setColours(settings.colours);
        companion.setHoverDelay(settings.hoverDelayMs);
        companion.setShowCandidates(settings.showCandidates);
        return;
      }
      if (!lexicon || key !== lexiconState) {
        lexicon = pageLexicon(settings, records);
        lexiconState = key;
      }
      performance.mark('anc:ready');
      highlighter = new Highlighter(document, takeEarlyStyle(document) ?? adoptHighlightStyle(document), settings.colours);
      const popover = new PopoverUi(mountUi, {
        loadCard: (id) => sendMessage('getCard', id),
        loadMap: (id) => sendMessage('getLocatorMap', id),
        locale: () => ({ lang, t: t() }),
        onOpenPanel: (id) => void sendMessage('openSidePanel', id),
        onChoose: (mention, id) => companion?.choose(mention, id),
        onHoverChange: (inside) => companion?.popoverHover(inside),
        onClosed: () => highlighter?.setCurrent(null),
      });
      companion = new Companion({
        doc: document,
        matcher: lexicon.matcher,
        types: lexicon.types,
        highlighter,
        popover,
        collect: { exclude },
        hoverDelayMs: settings.hoverDelayMs,
        hidden,
        discoverer: (discoverer ??= new Discoverer(discovery.rules, discovery.firstNames)),
        showCandidates: settings.showCandidates,
        onChange: notify,
      });
      // The matcher was built in this task: the first slice of the page gets what is left of the budget.
      await companion.start(began);
      requestAnimationFrame(() => performance.mark('anc:highlighted'));
    };

    /** Applies the latest read of storage, unless a newer read has started meanwhile. */
    const settle = async () => {
      const read = stateRead;
      const state = await read;
      if (read !== stateRead) return;
      records = state.records;
      await apply(state.settings);
    };

    // A changed setting, or an entry added or edited on the settings page, reaches open tabs without a reload.
    const unwatch = watchReaderState(() => {
      stateRead = readReaderState();
      void settle();
    });
    ctx.onInvalidated(() => {
      unwatch();
      panels?.close();
      stop();
    });
    if (isTop) {
      // The shortcut steps through the mentions of the whole page, same-origin frames included. After Escape it
      // goes on from the last mention it showed.
      let lastStop: Tracked | null = null;
      onMessage('navigate', ({ data }) => {
        const open = here.openCard();
        const next = nextStop(here.mentions(), hidden, open?.mention ?? lastStop, data);
        if (!next) return;
        lastStop = next;
        here.focus(next, open ? open.returnTo : focusedElement());
      });
      onMessage('getPageState', () => state());
      onMessage('showMention', ({ data }) => {
        const m = nthMention(here.mentions(), data.id, data.index);
        if (m) here.reveal(m);
        return m !== null;
      });
      onMessage('setHidden', ({ data }) => here.setHidden(data.id, data.hidden));
      onMessage('showCandidate', ({ data }) => companion?.revealCandidate(data) ?? false);
    }

    // The matcher is built in a task of its own: the task that loaded this script is long enough already.
    await yieldToBrowser();
    await settle();
  },
});
