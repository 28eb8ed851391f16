/**
 * Paces the re-reading of blocks a page keeps rewriting (a ticker, a live score, a clock): each re-read of a block
 * costs a message to the background, so a block changed again soon after it was read waits twice as long as last
 * time before it is read again, up to MAX_WAIT_MS. A block left alone for QUIET_MS past its wait is read at once
 * again. Most blocks change once or never and are never held back.
 */
export const FIRST_WAIT_MS = 1_000;
export const MAX_WAIT_MS = 8_000;
export const QUIET_MS = 3_000;

interface Pace {
  /** When the block was last re-read. */
  readAt: number;
  /** How long after that it may be read again. */
  wait: number;
}

export class LiveBlocks {
  private readonly paces = new WeakMap<Node, Pace>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** How long until `block` may be read again: 0 when it may be read now. Asking does not count as a read. */
  heldFor(block: Node): number {
    const pace = this.paces.get(block);
    return pace ? Math.max(0, pace.readAt + pace.wait - this.now()) : 0;
  }

  /**
   * How long to hold back the re-read of `block`, changed now: 0 means read it now, and the read is counted.
   */
  holdBack(block: Node): number {
    const now = this.now();
    const pace = this.paces.get(block);
    if (!pace || now - pace.readAt - pace.wait > QUIET_MS) {
      this.paces.set(block, { readAt: now, wait: 0 });
      return 0;
    }
    const due = pace.readAt + pace.wait;
    if (now < due) return due - now;
    this.paces.set(block, { readAt: now, wait: Math.min(Math.max(pace.wait * 2, FIRST_WAIT_MS), MAX_WAIT_MS) });
    return 0;
  }
}
