/**
 * Functions that run in the page, handed to Playwright (Chromium) and Puppeteer (Firefox) alike: each is
 * serialised and sent as it is, so it may use nothing from outside its own body.
 */

export interface HighlightedRange {
  name: string;
  /** The text it covers; '' when its text has left the page (a span there is not painted). */
  text: string;
  /** The selectors of `highlightsInPage`'s argument that contain its start. */
  within: string[];
  /** Its box in the viewport, when it covers text on the page. */
  box: { top: number; bottom: number } | null;
  /** The article line (data-line) the range starts in, and its offsets within that line's text. */
  line: number | null;
  start: number;
  end: number;
}

export interface PopoverState {
  /** The entity id of the card shown, or null when no popover is open. */
  entity: string | null;
  text: string;
  /** Whether keyboard focus is inside the popover. */
  focused: boolean;
  /** Whether it is rendered with a size (not hidden by the page). */
  visible: boolean;
  /** Its border box in the viewport, when it is open. */
  box: { left: number; top: number; right: number; bottom: number } | null;
  /** The card's map: its accessible name and its drawn width in pixels; null while the card has none. */
  map: { label: string; width: number } | null;
}

/** What the readers of the popover give while none is open. */
export const noPopover: PopoverState = { entity: null, text: '', focused: false, visible: false, box: null, map: null };

/**
 * Reads our open popover from our UI's shadow root, handed over by a driver that can reach a closed root
 * (WebDriver BiDi names it; the page itself cannot).
 */
export function popoverIn(root: ShadowRoot): PopoverState {
  const popover = root.querySelector('.anc-popover');
  // noPopover, spelt out: this function is sent to the page as its source alone.
  if (!popover) return { entity: null, text: '', focused: false, visible: false, box: null, map: null };
  const rect = popover.getBoundingClientRect();
  const svg = popover.querySelector('svg[role="img"]');
  return {
    entity: popover.querySelector('[data-entity]')?.getAttribute('data-entity') ?? null,
    text: popover.textContent ?? '',
    focused: document.activeElement?.tagName.startsWith('ANC-UI-') ?? false,
    visible: rect.width > 50 && rect.height > 50,
    box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
    map: svg ? { label: svg.getAttribute('aria-label') ?? '', width: svg.getBoundingClientRect().width } : null,
  };
}

/** The centre of the button of our popover whose text is `label`, in the viewport. */
export function buttonInPopover(root: ShadowRoot, label: string): { x: number; y: number } | null {
  const button = [...root.querySelectorAll('.anc-popover button')].find((b) => b.textContent === label);
  if (!button) return null;
  const r = button.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/**
 * Every range of our highlights (the highlight registry is shared with the page), static or live, as painted: a
 * range over text that left the page reads ''. A static range read over text that changed under it would be a
 * wrong highlight: its offsets past the end of its text throw, failing the test that reads it.
 */
export function highlightsInPage(selectors: string[] = []): HighlightedRange[] {
  const out: HighlightedRange[] = [];
  const offsetIn = (root: Element, node: Node, offset: number) => {
    const r = document.createRange();
    r.selectNodeContents(root);
    r.setEnd(node, offset);
    return r.toString().length;
  };
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('anc-')) continue;
    for (const span of highlight as unknown as Iterable<AbstractRange>) {
      const onPage = span.startContainer.isConnected && span.endContainer.isConnected;
      const range = document.createRange();
      if (onPage) {
        range.setStart(span.startContainer, span.startOffset);
        range.setEnd(span.endContainer, span.endOffset);
      }
      const host = onPage ? ((range.startContainer.parentElement as Element | null)?.closest('[data-line]') ?? null) : null;
      const box = range.getBoundingClientRect();
      out.push({
        name: name.replace(/-[a-z0-9]+$/, ''),
        text: range.toString(),
        within: selectors.filter((s) => onPage && document.querySelector(s)?.contains(range.startContainer)),
        box: onPage ? { top: box.top, bottom: box.bottom } : null,
        line: host ? Number(host.getAttribute('data-line')) : null,
        start: host ? offsetIn(host, range.startContainer, range.startOffset) : -1,
        end: host ? offsetIn(host, range.endContainer, range.endOffset) : -1,
      });
    }
  }
  return out;
}

/** Whether our highlights hold at least `count` ranges. (A function, not a string: a page's CSP may forbid eval.) */
export function hasHighlights(count: number): boolean {
  return [...CSS.highlights].filter(([k]) => k.startsWith('anc-')).reduce((s, [, h]) => s + h.size, 0) >= count;
}

/** The centre of the first highlighted range whose text is `wanted`, scrolled into view, to point at it. */
export function centreOfHighlight(wanted: string): { x: number; y: number } {
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('anc-')) continue;
    for (const span of h as unknown as Iterable<AbstractRange>) {
      if (!span.startContainer.isConnected) continue;
      const r = document.createRange();
      r.setStart(span.startContainer, span.startOffset);
      r.setEnd(span.endContainer, span.endOffset);
      if (r.toString() !== wanted) continue;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  throw new Error(`no highlighted range reads ${wanted}`);
}

/**
 * The page's DOM against the page as served: how many of our UI hosts were added to its body, and whether body
 * and head are otherwise exactly as the server sent them (the attributes the page's own script sets aside).
 */
export async function domAgainstServed(): Promise<{ added: number; sameBody: boolean; sameHead: boolean }> {
  const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
  const live = document.body.cloneNode(true) as HTMLElement;
  const added = [...live.children].filter((c) => c.tagName.startsWith('ANC-UI-'));
  added.forEach((c) => c.remove());
  live.removeAttribute('data-ready');
  live.removeAttribute('data-sheets-while-parsing');
  return { added: added.length, sameBody: live.outerHTML === served.body.outerHTML, sameHead: document.head.outerHTML === served.head.outerHTML };
}

/** Whether the reading companion ran in this frame: it marks the page's timeline when it starts. */
export function companionStarted(): boolean {
  return performance.getEntriesByName('anc:start').length > 0;
}
