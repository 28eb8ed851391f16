/**
 * Functions that run in the page, handed to Playwright (Chromium) and Puppeteer (Firefox) alike: each is
 * serialised and sent as it is, so it may use nothing from outside its own body.
 */

export interface HighlightedRange {
  name: string;
  text: string;
  /** The article line (data-line) the range starts in, and its offsets within that line's text. */
  line: number | null;
  start: number;
  end: number;
}

/** Every range of our highlights (the highlight registry is shared with the page). */
export function highlightsInPage(): HighlightedRange[] {
  const out: HighlightedRange[] = [];
  const offsetIn = (root: Element, node: Node, offset: number) => {
    const r = document.createRange();
    r.selectNodeContents(root);
    r.setEnd(node, offset);
    return r.toString().length;
  };
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('anc-')) continue;
    for (const range of highlight as unknown as Iterable<Range>) {
      const host = (range.startContainer.parentElement as Element | null)?.closest('[data-line]') ?? null;
      out.push({
        name: name.replace(/-[a-z0-9]+$/, ''),
        text: range.toString(),
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
    for (const r of h as unknown as Iterable<Range>) {
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
