import type { Candidate, Discoverer } from '@/lexicon/discover';
import type { CandidateSummary } from '@/lexicon/page-summary';
import type { TagClient } from '@/lexicon/tag-client';
import { normalizeKey } from '@/lexicon/tokenize';
import { blocksOf, locate, type CollectOptions } from './collect';
import { hasArabicLetter } from './gate';
import { spanOf } from './spans';
import { contextOf } from './summary';

/** A name the lexicon lacks, found on the page, with the span of text it covers. */
export interface PageCandidate extends Candidate {
  /** Its normalised form: the same name in any spelling the tagger folds together. */
  key: string;
  range: StaticRange;
}

/** Most text discovery reads of a page: asked for by an open panel, it must not cost a long page a second tagging. */
const DISCOVERY_CHARS = 300_000;
/** Names the panel lists at most. */
const MAX_LISTED = 50;

/**
 * The names under `root` that the lexicon lacks, in page order (lexicon/discover.ts), around the names the page's
 * tagging found: a block whose tagging is no longer remembered is left out rather than read as if it named nothing.
 */
export function candidatesIn(root: Node, tagger: TagClient, discoverer: Discoverer, collect: CollectOptions): PageCandidate[] {
  const typeOf = (id: string) => tagger.typeOf(id);
  const doc = root.ownerDocument ?? (root as Document);
  const out: PageCandidate[] = [];
  let read = 0;
  for (const block of blocksOf(root, collect)) {
    if (!hasArabicLetter(block.text)) continue;
    read += block.text.length;
    if (read > DISCOVERY_CHARS) break;
    const known = tagger.known(block.text);
    if (!known) continue;
    for (const c of discoverer.discover(block.text, known, typeOf)) {
      out.push({ ...c, key: normalizeKey(c.text), range: spanOf(doc, locate(block, c.start, false), locate(block, c.end, true)) });
    }
  }
  return out;
}

/** The page's candidates as the side panel lists them: one row per name, most frequent first. */
export function summariseCandidates(candidates: readonly PageCandidate[]): CandidateSummary[] {
  const byKey = new Map<string, CandidateSummary>();
  for (const c of candidates) {
    const row = byKey.get(c.key);
    if (row) {
      row.count++;
      continue;
    }
    byKey.set(c.key, { key: c.key, text: c.text, type: c.type, evidence: c.evidence, count: 1, ...contextOf(c.range) });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count).slice(0, MAX_LISTED);
}
