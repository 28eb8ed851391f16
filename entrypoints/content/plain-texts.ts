/** How many texts of one block are remembered as naming nothing: a ticker's round of headlines, and more. */
const REMEMBERED_TEXTS = 256;

/** What a block's text is made of, piece by piece: the data of its text nodes, blank ones left out. */
export function textsOf(block: Node): string[] {
  const texts: string[] = [];
  const walker = (block.ownerDocument ?? (block as Document)).createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (data.trim() !== '') texts.push(data);
  }
  return texts;
}

/**
 * The texts that re-reads of a block the page rewrote found no names in, kept per text node rather than for the
 * whole block: a ticker shows the headlines of its round in ever new order, so its whole text is rarely one it had
 * before, while each headline is. A block whose every piece is known to name nothing is not read again.
 */
export class PlainTexts {
  private readonly byBlock = new WeakMap<Node, Set<string>>();

  /** `block` was read with the pieces `texts` and names nothing there. */
  remember(block: Node, texts: readonly string[]): void {
    let known = this.byBlock.get(block);
    if (!known) this.byBlock.set(block, (known = new Set()));
    for (const text of texts) {
      known.delete(text);
      known.add(text);
    }
    for (const oldest of known) {
      if (known.size <= REMEMBERED_TEXTS) break;
      known.delete(oldest);
    }
  }

  /** Whether `block`, made of the pieces `texts`, is known to name nothing. */
  knows(block: Node, texts: readonly string[]): boolean {
    const known = this.byBlock.get(block);
    return known !== undefined && texts.every((t) => known.has(t));
  }
}
