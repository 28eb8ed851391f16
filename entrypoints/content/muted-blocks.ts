/** How often the text of a muted block is looked at: the longest a new text in it waits to be read. */
export const LOOK_EVERY_MS = 2_000;

/** How many texts of one block are remembered as naming nothing: a ticker's round of headlines, and more. */
const REMEMBERED_TEXTS = 64;

interface Muted {
  /** The text the block had when last looked at (null: not looked at since it was muted). */
  last: string | null;
  /** Texts of the block that were read and name nothing, oldest first. */
  plain: Set<string>;
}

/**
 * Blocks the page keeps rewriting that show no names (a ticker of headlines, a clock): the observer no longer
 * watches them; their text is looked at every LOOK_EVERY_MS instead, and read again only when it is a text the
 * block has not had before. A ticker cycles through a few headlines, so after a round nothing of it is re-read.
 */
export class MutedBlocks {
  private readonly blocks = new Map<Node, Muted>();

  get size(): number {
    return this.blocks.size;
  }

  has(block: Node): boolean {
    return this.blocks.has(block);
  }

  mute(block: Node): void {
    if (!this.blocks.has(block)) this.blocks.set(block, { last: null, plain: new Set() });
  }

  unmute(block: Node): void {
    this.blocks.delete(block);
  }

  /**
   * Looks at every muted block: returns those whose text changed to one not known to name nothing, to be read
   * again. A block taken out of the page is forgotten.
   */
  look(): Node[] {
    const toRead: Node[] = [];
    for (const [block, muted] of this.blocks) {
      if (!block.isConnected) {
        this.blocks.delete(block);
        continue;
      }
      const text = block.textContent ?? '';
      if (text === muted.last) continue;
      muted.last = text;
      if (!muted.plain.has(text)) toRead.push(block);
    }
    return toRead;
  }

  /** `block` was read with text `text` and names nothing there. */
  readPlain(block: Node, text: string): void {
    const plain = this.blocks.get(block)?.plain;
    if (!plain) return;
    plain.add(text);
    if (plain.size > REMEMBERED_TEXTS) plain.delete(plain.values().next().value!);
  }
}
