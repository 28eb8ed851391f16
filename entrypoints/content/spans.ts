/**
 * Where a mention stands in the page's text: a StaticRange, not a live Range. The browser moves every live Range of
 * a document on each change the page makes to its DOM, so the page pays for each range we hold: with 100 of them a
 * ticker's own rewrites took 3 times as long, with 1,000 of them 20 times (.scratch/staticcost.ts). A StaticRange
 * costs the page nothing; the price is that it does not follow the text, so the companion drops a mention's
 * highlight as soon as the page changes its text (companion.ts) and reads the block again.
 */
interface TextPoint {
  node: Node;
  offset: number;
}

export function spanOf(doc: Document, start: TextPoint, end: TextPoint): StaticRange {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  // The page's own constructor: in Firefox a content script's objects reach the page's highlights only so.
  const Static = win?.StaticRange ?? StaticRange;
  return new Static({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
}

/** Whether the span still covers text of the page: both ends in it and within their node's length. */
function holds(span: AbstractRange): boolean {
  const { startContainer: s, endContainer: e } = span;
  return s.isConnected && e.isConnected && span.startOffset <= lengthOf(s) && span.endOffset <= lengthOf(e);
}

function lengthOf(node: Node): number {
  return node.nodeType === 3 ? (node as Text).length : node.childNodes.length;
}

/**
 * A live Range over the span, to measure it (boxes, the popover's anchor); null when its text has left the page or
 * become shorter than the span (a text rewritten to one as long is the observer's to catch: companion.ts).
 */
export function liveRangeOf(span: AbstractRange): Range | null {
  if (!holds(span)) return null;
  const range = span.startContainer.ownerDocument!.createRange();
  range.setStart(span.startContainer, span.startOffset);
  range.setEnd(span.endContainer, span.endOffset);
  return range;
}

/** The span's boxes in the viewport; none when its text has left the page or become shorter than the span. */
export function boxesOf(span: AbstractRange): DOMRect[] {
  return [...(liveRangeOf(span)?.getClientRects() ?? [])];
}

/**
 * Whether the point (`node`, `offset`) lies in the span, for a node the span runs through (its first, last or one
 * in between).
 */
export function spanHas(span: AbstractRange, node: Node, offset: number): boolean {
  if (node === span.startContainer && offset < span.startOffset) return false;
  if (node === span.endContainer && offset > span.endOffset) return false;
  return true;
}
