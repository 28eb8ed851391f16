import type { HighlightStyle } from './highlighter';
import type { PopoverView } from './popover-view';

/**
 * What the page-start script (entrypoints/page-start.ts) leaves for the main content script, and the card's view
 * (entrypoints/popover-view.ts) for the popover that loaded it. All scripts of the extension in a frame share one
 * isolated world, which the page cannot see into.
 */
export interface Handoff {
  /** The ::highlight() style, adopted before the page was styled. */
  style?: HighlightStyle;
  /** Local storage, read while the page loaded. Withdrawn when storage changes before it is taken. */
  storage?: EarlyRead;
  /** What draws cards, loaded on the first card opened (content/popover-loader.ts). */
  popoverView?: PopoverView;
}

export interface EarlyRead {
  values: Promise<Record<string, unknown>>;
  /** Stops watching for changes: whoever takes the read watches from then on. */
  release: () => void;
}

const HANDOFF = Symbol.for('arabic-news-companion.page-start');
type WithHandoff = typeof globalThis & { [HANDOFF]?: Handoff };

/** Leaves `part` for the main content script. */
export function leave<K extends keyof Handoff>(key: K, part: NonNullable<Handoff[K]>): void {
  ((globalThis as WithHandoff)[HANDOFF] ??= {})[key] = part;
}

/** Drops a part left earlier that no longer holds. */
export function withdraw(key: keyof Handoff): void {
  delete (globalThis as WithHandoff)[HANDOFF]?.[key];
}

/** What the page-start script left under `key`, if anything; taken once. */
export function take<K extends keyof Handoff>(key: K): Handoff[K] {
  const handoff = (globalThis as WithHandoff)[HANDOFF];
  const part = handoff?.[key];
  delete handoff?.[key];
  return part;
}
