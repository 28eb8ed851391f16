import { render } from 'preact';
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { Popover, type PopoverProps } from '@/components/Popover';
import type { Lang } from '@/utils/i18n';
import { LocaleProvider } from '@/components/locale';
import { liveRangeOf } from './spans';

/**
 * What draws and places a card: Preact, the card's components, their locales and Floating UI. The content script
 * loads it on the first card a reader opens (popover-ui.tsx), so that a page that only gets highlights does not
 * load, parse and compile it.
 */
export interface PopoverView {
  draw(container: HTMLElement, lang: Lang, props: PopoverProps): void;
  clear(container: HTMLElement): void;
  /** Keeps the card next to the mention as the page scrolls and resizes; returns what stops that. */
  place(container: HTMLElement, span: AbstractRange): () => void;
}

/** The shortest a card is squeezed to; with less room than that, flip and shift find it more. */
const MIN_CARD_HEIGHT = 120;

export const popoverView: PopoverView = {
  draw(container, lang, props) {
    render(
      <LocaleProvider lang={lang}>
        <Popover {...props} />
      </LocaleProvider>,
      container,
    );
  },

  clear(container) {
    render(null, container);
  },

  place(container, span) {
    const floating = container.querySelector<HTMLElement>('.anc-popover');
    // A live range follows the mention while its card is open (one range: the page hardly pays for it).
    const range = liveRangeOf(span);
    if (!floating || !range) return () => undefined;
    const anchorElement = range.startContainer.parentElement;
    const rtl = anchorElement ? getComputedStyle(anchorElement).direction === 'rtl' : false;
    // Mirror for right-to-left text: the card hangs from the mention's right edge.
    const placement = rtl ? 'bottom-end' : 'bottom-start';
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: anchorElement ?? undefined,
    };
    return autoUpdate(reference, floating, () => {
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement,
        // The card never runs off the screen: it flips to the side with more room, slides along the edge, and is no
        // taller than the room on its side (it scrolls inside; its close button stays at the top).
        middleware: [
          inline(),
          offset(6),
          flip({ padding: 8, fallbackStrategy: 'initialPlacement' }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              floating.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y, placement: final }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
        floating.dataset.placement = final;
      });
    });
  },
};
