/**
 * Reads the prose of a page as blocks of text, each with a map back to its text nodes, so that a name split
 * across inline elements («<b>قاسم</b> جومارت توكاييف», a link inside a sentence) is tagged as one.
 * Blocks come one at a time from a generator, so a long page can be read in slices.
 */

/** Elements whose text is not prose, or not ours to touch. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'PRE',
  'CODE',
  'KBD',
  'SAMP',
]);

/** Elements that flow inside a line: their text joins the text around them. Everything else breaks a block. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RP',
  'RT',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'NOBR',
]);

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the block text. */
  start: number;
}

export interface Block {
  /** The block's text: its text nodes joined, source line breaks read as spaces, <br> as a line break. */
  text: string;
  segments: Segment[];
}

export interface CollectOptions {
  /** Elements never read, such as our own UI host. */
  exclude?: (el: Element) => boolean;
}

export const isInline = (el: Element): boolean => INLINE.has(el.tagName.toUpperCase());

export function isSkipped(el: Element, options: CollectOptions = {}): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || (el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true') return true;
  return options.exclude?.(el) ?? false;
}

/**
 * Yields the text blocks under `root` (an element, a document or an open shadow root), in document order.
 * Hidden subtrees are left out where the browser can tell (checkVisibility); open shadow roots are read too.
 * The walk keeps its own stack: nested generators would pay for every level of the page on every block.
 */
export function* blocksOf(root: Node, options: CollectOptions = {}): Generator<Block> {
  if (root.nodeType === 1 && isSkipped(root as Element, options)) return;
  let text = '';
  let segments: Segment[] = [];
  const take = (): Block | null => {
    const block = segments.length > 0 && /\S/.test(text) ? { text, segments } : null;
    text = '';
    segments = [];
    return block;
  };

  // Each frame: the next child to visit, and whether leaving the parent ends a block.
  const stack: { next: Node | null; closes: boolean }[] = [{ next: root.firstChild, closes: true }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.next;
    if (!node) {
      stack.pop();
      if (frame.closes) {
        const block = take();
        if (block) yield block;
      }
      continue;
    }
    frame.next = node.nextSibling;
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (value.length === 0) continue;
      segments.push({ node: node as Text, start: text.length });
      text += asRendered(value);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName === 'BR') {
      text += '\n';
      continue;
    }
    const inline = isInline(el);
    if (!inline) {
      const block = take();
      if (block) yield block;
    }
    if (isSkipped(el, options)) continue;
    if (!inline && typeof el.checkVisibility === 'function' && !el.checkVisibility()) continue;
    // An open shadow root is read after the element's own children, as a block of its own.
    if (el.shadowRoot) stack.push({ next: el.shadowRoot.firstChild, closes: true });
    stack.push({ next: el.firstChild, closes: !inline || el.shadowRoot !== null });
  }
  const last = take();
  if (last) yield last;
}

/** A text node's data as a block reads it: source line breaks render as spaces, one for one, so offsets stay exact. */
const asRendered = (data: string) => data.replace(/[\n\r\t\f]/g, ' ');

export const collectBlocks = (root: Node, options: CollectOptions = {}): Block[] => [...blocksOf(root, options)];

/** The text node and offset of a position in a block's text; an end position stays in the node it ends. */
export function locate(block: Block, offset: number, isEnd: boolean): { node: Text; offset: number } {
  const { segments } = block;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segments[mid]!;
    if (s.start < offset || (!isEnd && s.start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo]!;
  return { node: seg.node, offset: Math.min(Math.max(offset - seg.start, 0), seg.node.data.length) };
}

/** The element whose text a change under `node` belongs to: its nearest ancestor that is not inline. */
export function blockRootOf(node: Node): Node {
  let n: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (n && n.nodeType === 1 && isInline(n as Element)) n = n.parentNode;
  return n ?? node;
}

/** Whether the block's text nodes still hold the text it was read with: a page may change them while it is tagged. */
export const isIntact = (block: Block): boolean =>
  block.segments.every(({ node, start }) => node.isConnected && block.text.startsWith(asRendered(node.data), start));
