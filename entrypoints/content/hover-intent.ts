/** Wikipedia's page previews: open after a short dwell, forgive a brief slip off the mention. */
export const HIDE_GRACE_MS = 300;

export interface HoverIntentOptions<T> {
  /** What the card shows now, if anything. */
  open: () => T | null;
  show: (target: T) => void;
  hide: () => void;
  /** How long the pointer must rest on a target before its card opens. */
  delayMs: number;
}

/**
 * Whether the reader means to see a card, from where the pointer rests: a card opens once the pointer has stayed on
 * a mention for the delay, and closes a grace period after the pointer has left both the mention and the card.
 * Holds the timers and nothing of the page, so that it is tested with fake timers.
 */
export class HoverIntent<T> {
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: T | null = null;
  private inCard = false;

  constructor(private readonly o: HoverIntentOptions<T>) {}

  /** Whether the pointer is on the card: a click there is the card's, not the page's. */
  get pointerInCard(): boolean {
    return this.inCard;
  }

  set delayMs(ms: number) {
    this.o.delayMs = ms;
  }

  /** The pointer moved over `target` (a mention), or over anything else (null). */
  over(target: T | null): void {
    const open = this.o.open();
    if (target !== null) {
      clearTimeout(this.hideTimer);
      if (target === open || target === this.pending) return;
      clearTimeout(this.showTimer);
      this.pending = target;
      this.showTimer = setTimeout(() => {
        this.pending = null;
        this.o.show(target);
      }, this.o.delayMs);
      return;
    }
    clearTimeout(this.showTimer);
    this.pending = null;
    if (open !== null && !this.inCard) this.hideSoon();
  }

  /** The pointer entered or left the card: moving onto the card keeps it open. */
  card(inside: boolean): void {
    this.inCard = inside;
    if (inside) clearTimeout(this.hideTimer);
    else this.hideSoon();
  }

  /** A card was opened at once (a click, the keyboard): what the pointer was about to do no longer holds. */
  settled(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.pending = null;
  }

  private hideSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (!this.inCard) this.o.hide();
    }, HIDE_GRACE_MS);
  }
}
