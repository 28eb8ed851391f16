import type { Tracked } from './page-model';

/** Whether this frame is the top one or shares its origin (reading the top's location throws otherwise). */
export function sameOriginAsTop(): boolean {
  try {
    return window === window.top || window.top!.location.origin === location.origin;
  } catch {
    return false;
  }
}

/**
 * What the content script of one frame offers the others. Content scripts of one extension share an isolated
 * world across the same-origin frames of a page, so a frame reads this object off another frame's window; the
 * page's own scripts live in another world and cannot see it.
 */
export interface PageFrame {
  /** This frame's mentions in page order, then those of its same-origin frames. */
  mentions(): Tracked[];
  /** Shows a mention of this frame or of one inside it. */
  reveal(m: Tracked): void;
  /**
   * Opens the card of a mention with keyboard focus in it, to give focus back to `returnTo` when it closes; the
   * frames that do not hold the mention close their card.
   */
  focus(m: Tracked, returnTo: HTMLElement | null): void;
  /** The card open in this frame or one inside it: its mention, and where focus goes back when it closes. */
  openCard(): { mention: Tracked; returnTo: HTMLElement | null } | null;
  setHidden(id: string, hidden: boolean): void;
  /** Told by a frame inside this one that its mentions changed. */
  changed(): void;
}

const FRAME = Symbol.for('arabic-news-companion.frame');
type WithFrame = Window & { [FRAME]?: PageFrame };

export function exposeFrame(frame: PageFrame): void {
  (window as WithFrame)[FRAME] = frame;
}

/** The companion of a window, if it is ours to read: same-origin, with the content script running. */
function frameOf(win: Window | null): PageFrame | undefined {
  try {
    return (win as WithFrame | null)?.[FRAME];
  } catch {
    return undefined; // a cross-origin frame
  }
}

/** The companions of this window's same-origin child frames. */
export function childFrames(): PageFrame[] {
  return Array.from({ length: window.frames.length }, (_, i) => frameOf(window.frames[i]!)).filter((f): f is PageFrame => f !== undefined);
}

/** The companion of the frame holding this one, if this is not the top frame. */
export const parentFrame = (): PageFrame | undefined => (window === window.top ? undefined : frameOf(window.parent));

/**
 * The element with keyboard focus, looking into same-origin frames: where focus goes back when a card opened from
 * the keyboard closes, even when the card opened in another frame than the one the reader was in.
 */
export function focusedElement(): HTMLElement | null {
  let active: Element | null = window.top!.document.activeElement;
  while (active?.tagName === 'IFRAME') {
    const inner = frameDocument(active as HTMLIFrameElement);
    if (!inner?.activeElement) break;
    active = inner.activeElement;
  }
  // Elements of another frame are not instances of this frame's HTMLElement: test for focus() instead.
  return active && typeof (active as HTMLElement).focus === 'function' ? (active as HTMLElement) : null;
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}
