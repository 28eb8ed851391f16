import type { PageModel, Tracked } from './page-model';
import { boxesOf } from './spans';

/** The text position under a point: caretPositionFromPoint where the browser has it, else caretRangeFromPoint. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: unknown) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    // Shadow roots are passed so that text inside open shadow trees is found too.
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const inside = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/**
 * The mention under the pointer, if any. Highlights take no events, so the caret position under the point
 * gives the text node, the index gives its mentions, and the range's own boxes confirm the pointer is on one
 * (the caret snaps to the nearest text even over blank space).
 */
export function mentionAt(doc: Document, model: PageModel, x: number, y: number): Tracked | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  for (const m of model.at(caret.node, caret.offset)) {
    for (const rect of boxesOf(m.range)) if (inside(rect, x, y)) return m;
  }
  return null;
}
