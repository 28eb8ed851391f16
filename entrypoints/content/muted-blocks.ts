/** How long after it is muted a block is first looked at: the longest a new text in one waits to be read, at first. */
export const LOOK_EVERY_MS = 2_000;

/**
 * The longest a muted block goes unlooked at: each look or read of it that finds nothing new doubles its wait, up to
 * this. The pacing of reads (live-blocks.ts) waits as long.
 */
export const MAX_LOOK_EVERY_MS = 16_000;

/** A look this much before its time counts as on time: timers fire a little early or late. */
const EARLY_MS = 20;

interface Muted {
  /** The text the block had when last looked at (null: not looked at since it was muted). */
  last: string | null;
  /** How long between looks at it, and when it is next looked at. */
  every: number;
  lookAt: number;
}

/**
 * Blocks the page keeps rewriting that show no names (a ticker of headlines, a clock): the observer no longer
 * watches them; their text is looked at now and then instead, less and less often while nothing new turns up, and
 * a changed text is handed back to be read (unless it is known to name nothing: plain-texts.ts).
 */
export class MutedBlocks {
  private readonly blocks = new Map<Node, Muted>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  get size(): number {
    return this.blocks.size;
  }

  has(block: Node): boolean {
    return this.blocks.has(block);
  }

  mute(block: Node): void {
    if (!this.blocks.has(block)) this.blocks.set(block, { last: null, every: LOOK_EVERY_MS, lookAt: this.now() + LOOK_EVERY_MS });
  }

  unmute(block: Node): void {
    this.blocks.delete(block);
  }

  /** How long until the next look is due (0: now), or null when no block is muted. */
  nextLookIn(): number | null {
    let soonest = Infinity;
    for (const muted of this.blocks.values()) soonest = Math.min(soonest, muted.lookAt);
    return soonest === Infinity ? null : Math.max(0, soonest - this.now());
  }

  /**
   * Looks at every muted block that is due: returns those whose text changed since the last look. A block taken out
   * of the page is forgotten; one whose text stayed is looked at less often.
   */
  look(): Node[] {
    const changed: Node[] = [];
    const now = this.now();
    for (const [block, muted] of this.blocks) {
      if (!block.isConnected) {
        this.blocks.delete(block);
        continue;
      }
      if (now < muted.lookAt - EARLY_MS) continue;
      const text = block.textContent ?? '';
      if (text === muted.last) this.slowDown(muted, now);
      else {
        muted.last = text;
        muted.lookAt = now + muted.every;
        changed.push(block);
      }
    }
    return changed;
  }

  /** The changed text of `block` names nothing (read, or known): it is looked at less often. */
  foundNothing(block: Node): void {
    const muted = this.blocks.get(block);
    if (muted) this.slowDown(muted, this.now());
  }

  private slowDown(muted: Muted, now: number): void {
    muted.every = Math.min(muted.every * 2, MAX_LOOK_EVERY_MS);
    muted.lookAt = now + muted.every;
  }
}
