import './popover.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { storage } from 'wxt/utils/storage';
import { compile } from '@/lexicon/matcher';
import { bundledLexicon } from '@/lexicon/bundle';
import { defaultLang, translator } from '@/components/i18n';
import { isPausedOn, settingsItem, type Settings } from '@/utils/settings';
import { onMessage, sendMessage } from '@/utils/messaging';
import { Companion } from './companion';
import { Highlighter, highlightNames, highlightSupported } from './highlighter';
import { PopoverUi } from './popover-ui';

const noticeShown = storage.defineItem<boolean>('local:noHighlightNoticeShown', { fallback: false });

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Same-origin iframes holding article text get their own instance; each frame paints its own text.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',

  async main(ctx) {
    const lang = defaultLang(browser.i18n.getUILanguage());
    const t = translator(lang);
    // A random element name: a hostile page cannot pre-define or style our host by guessing it.
    const ui = await createShadowRootUi(ctx, {
      name: `anc-ui-${Math.random().toString(36).slice(2, 8)}`,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'closed',
      isolateEvents: true,
      // WXT resets the host with `:host { all: initial !important }`, which outranks even !important page rules.
      onMount: (container) => container,
    });

    if (!highlightSupported(window)) {
      // Rewriting the page would break joined Arabic letters and the page's own scripts: say so, once.
      if (window === window.top && !(await noticeShown.getValue())) {
        await noticeShown.setValue(true);
        ui.mount();
        const note = document.createElement('div');
        note.className = 'anc-notice';
        note.setAttribute('role', 'status');
        note.textContent = t('notice.noHighlightApi');
        ui.uiContainer.append(note);
        setTimeout(() => ui.remove(), 15000);
      }
      return;
    }

    const matcher = compile(bundledLexicon);
    let companion: Companion | null = null;
    let highlighter: Highlighter | null = null;
    const exclude = (el: Element) => el === ui.shadowHost;

    const stop = () => {
      companion?.stop();
      highlighter?.dispose();
      companion = null;
      highlighter = null;
      ui.remove();
    };

    const apply = async (settings: Settings) => {
      if (!ctx.isValid) return;
      if (isPausedOn(settings, location.hostname)) return stop();
      if (companion) return;
      ui.mount();
      highlighter = new Highlighter(document, highlightNames());
      const popover = new PopoverUi(ui.uiContainer, {
        entries: bundledLexicon.entries,
        lang,
        t,
        onOpenPanel: (id) => void sendMessage('openSidePanel', id),
        onHoverChange: (inside) => companion?.popoverHover(inside),
        onClosed: () => highlighter?.setCurrent(null),
      });
      companion = new Companion({
        doc: document,
        matcher,
        entries: bundledLexicon.entries,
        highlighter,
        popover,
        collect: { exclude },
        hoverDelayMs: settings.hoverDelayMs,
      });
      await companion.start();
    };

    onMessage('navigate', ({ data }) => {
      companion?.navigate(data);
    });
    const unwatch = settingsItem.watch((s) => void apply(s));
    ctx.onInvalidated(() => {
      unwatch();
      stop();
    });
    await apply(await settingsItem.getValue());
  },
});
