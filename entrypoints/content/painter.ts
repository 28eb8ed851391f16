import { blockRootOf } from './collect';
import type { Highlighter } from './highlighter';
import type { Tracked } from './page-model';

/**
 * Above this much text a page is painted near the viewport only: the browser's pre-paint work grows with
 * every highlighted range in the registry, and a page of 1 MB holds over ten thousand of them.
 */
export const LAZY_TEXT_LENGTH = 150_000;

function nearViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const h = el.ownerDocument.defaultView?.innerHeight ?? 0;
  return r.bottom >= -h && r.top <= 2 * h;
}

/**
 * Decides when a found mention is actually painted. Short pages: at once. Long pages: while the block holding it
 * is within a screen's height of the viewport (an IntersectionObserver watches the blocks), so the reader sees
 * the same highlights and the browser paints a few hundred ranges instead of every one on the page.
 */
export class Painter {
  private readonly byBlock = new Map<Element, Set<Tracked>>();
  private readonly visible = new Set<Element>();
  private readonly observer: IntersectionObserver | null;

  constructor(
    private readonly highlighter: Highlighter,
    lazy: boolean,
  ) {
    this.observer = lazy
      ? new IntersectionObserver(
          (entries) => {
            for (const e of entries) {
              const block = e.target;
              // The first report on every block comes in one batch: act on changes only, not on the whole page.
              if (e.isIntersecting === this.visible.has(block)) continue;
              const mentions = this.byBlock.get(block) ?? new Set<Tracked>();
              if (e.isIntersecting) {
                this.visible.add(block);
                for (const m of mentions) this.draw(m);
              } else {
                this.visible.delete(block);
                for (const m of mentions) this.erase(m);
              }
            }
          },
          { rootMargin: '100% 0px' },
        )
      : null;
  }

  add(m: Tracked): void {
    if (!this.observer) return this.draw(m);
    const block = blockRootOf(m.range.startContainer) as Element;
    let set = this.byBlock.get(block);
    if (!set) {
      set = new Set();
      this.byBlock.set(block, set);
      this.observer.observe(block);
      // The observer answers a frame later; what is on screen now is painted now.
      if (nearViewport(block)) this.visible.add(block);
    }
    set.add(m);
    if (this.visible.has(block)) this.draw(m);
  }

  remove(m: Tracked): void {
    this.erase(m);
    if (!this.observer) return;
    const block = blockRootOf(m.range.startContainer) as Element;
    const set = this.byBlock.get(block);
    set?.delete(m);
    if (set?.size === 0) {
      this.byBlock.delete(block);
      this.visible.delete(block);
      this.observer.unobserve(block);
    }
  }

  dispose(): void {
    this.observer?.disconnect();
    this.byBlock.clear();
    this.visible.clear();
  }

  /** Resolves in the frame that first shows highlights; null until one is drawn. */
  firstFrame: Promise<void> | null = null;

  private draw(m: Tracked): void {
    this.highlighter.add(m.range, m.type, m.kind === 'nisba');
    if (this.firstFrame) return;
    performance.mark('anc:first-set');
    this.firstFrame = new Promise((resolve) =>
      requestAnimationFrame(() => {
        performance.mark('anc:first-highlights');
        resolve();
      }),
    );
  }

  private erase(m: Tracked): void {
    this.highlighter.remove(m.range, m.type, m.kind === 'nisba');
  }
}
