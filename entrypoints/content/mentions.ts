import type { Matcher, MentionKind } from '@/lexicon';
import { collectBlocks, locate, type Block, type CollectOptions } from './collect';

/** A mention found on the page, with the live DOM range it covers. */
export interface PageMention {
  id: string;
  kind: MentionKind;
  range: Range;
  /** The text as it stands on the page. */
  text: string;
  /** Read from a near spelling of a name (كازخستان), not from the name as the lexicon writes it. */
  approximate?: true;
}

/** Tags one block and turns its mentions into DOM ranges. */
export function mentionsInBlock(block: Block, matcher: Matcher, doc: Document): PageMention[] {
  return matcher.match(block.text).map((m) => {
    const start = locate(block, m.start, false);
    const end = locate(block, m.end, true);
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const mention: PageMention = { id: m.id, kind: m.kind, range, text: block.text.slice(m.start, m.end) };
    if (m.approximate) mention.approximate = true;
    return mention;
  });
}

/** Collects and tags everything under `root` in one go: for tests and small subtrees. */
export function mentionsIn(root: Node, matcher: Matcher, options: CollectOptions = {}): PageMention[] {
  const doc = root.ownerDocument ?? (root as Document);
  return collectBlocks(root, options).flatMap((b) => mentionsInBlock(b, matcher, doc));
}
