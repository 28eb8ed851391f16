/** How often the texts of muted blocks are looked at, at first: the longest a new text in one waits to be read. */
export const LOOK_EVERY_MS = 2_000;

/**
 * The longest a muted block goes unlooked at: each read of it that finds no names doubles its wait, up to this. A
 * ticker comes round to headlines it has not been read at, each read a message to the background; the pacing of
 * reads (live-blocks.ts) waits as long.
 */
export const MAX_LOOK_EVERY_MS = 16_000;

/** How many texts of one block are remembered as naming nothing: a ticker's round of headlines, and more. */
const REMEMBERED_TEXTS = 64;

interface Muted {
  /** The text the block had when last looked at (null: not looked at since it was muted). */
  last: string | null;
  /** Texts of the block that were read and name nothing, oldest first. */
  plain: Set<string>;
  /** How long between looks at it, and when it is next looked at. */
  every: number;
  lookAt: number;
}

/**
 * Blocks the page keeps rewriting that show no names (a ticker of headlines, a clock): the observer no longer
 * watches them; their text is looked at now and then instead (less often while reads find nothing), and read again
 * only when it is a text the block has not had before. A ticker cycles through a few headlines, so after a round
 * nothing of it is re-read.
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
    if (!this.blocks.has(block)) this.blocks.set(block, { last: null, plain: new Set(), every: LOOK_EVERY_MS, lookAt: 0 });
  }

  unmute(block: Node): void {
    this.blocks.delete(block);
  }

  /**
   * Looks at every muted block that is due: returns those whose text changed to one not known to name nothing, to be
   * read again. A block taken out of the page is forgotten.
   */
  look(): Node[] {
    const toRead: Node[] = [];
    const now = this.now();
    for (const [block, muted] of this.blocks) {
      if (!block.isConnected) {
        this.blocks.delete(block);
        continue;
      }
      // Half a period early is due: the timer that calls this runs every LOOK_EVERY_MS, give or take.
      if (now < muted.lookAt - LOOK_EVERY_MS / 2) continue;
      muted.lookAt = now + muted.every;
      const text = block.textContent ?? '';
      if (text === muted.last) continue;
      muted.last = text;
      if (!muted.plain.has(text)) toRead.push(block);
    }
    return toRead;
  }

  /** `block` was read with text `text` and names nothing there. */
  readPlain(block: Node, text: string): void {
    const muted = this.blocks.get(block);
    if (!muted) return;
    muted.every = Math.min(muted.every * 2, MAX_LOOK_EVERY_MS);
    const plain = muted.plain;
    plain.add(text);
    if (plain.size > REMEMBERED_TEXTS) plain.delete(plain.values().next().value!);
  }
}
