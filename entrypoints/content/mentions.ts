import type { Matcher, Mention, MentionKind } from '@/lexicon';
import { newTextContext } from '@/lexicon/matcher';
import { collectBlocks, locate, type Block, type CollectOptions } from './collect';
import { hasArabicLetter } from './gate';
import { spanOf } from './spans';

/** A mention found on the page, with the span of text it covers (spans.ts: static, so the page pays nothing for it). */
export interface PageMention {
  id: string;
  kind: MentionKind;
  range: StaticRange;
  /** The text as it stands on the page. */
  text: string;
  /** Read from a near spelling of a name (كازخستان), not from the name as the lexicon writes it. */
  approximate?: true;
  /** Every entry the name may stand for, when several share it (the reader may pick another in the card). */
  choices?: string[];
}

/** A block's mentions, as its tagging found them, turned into spans of the page's text. */
export function pageMentionsOf(block: Block, mentions: readonly Mention[], doc: Document): PageMention[] {
  return mentions.map((m) => {
    const range = spanOf(doc, locate(block, m.start, false), locate(block, m.end, true));
    const mention: PageMention = { id: m.id, kind: m.kind, range, text: block.text.slice(m.start, m.end) };
    if (m.approximate) mention.approximate = true;
    if (m.choices) mention.choices = m.choices;
    return mention;
  });
}

/** Collects and tags everything under `root` in one go, with a matcher at hand: for tests and small subtrees. */
export function mentionsIn(root: Node, matcher: Matcher, options: CollectOptions = {}): PageMention[] {
  const doc = root.ownerDocument ?? (root as Document);
  const context = newTextContext();
  return collectBlocks(root, options)
    .filter((b) => hasArabicLetter(b.text))
    .flatMap((b) => pageMentionsOf(b, matcher.match(b.text, { context }), doc));
}
