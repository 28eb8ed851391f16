import type { CandidateSummary, EntitySummary, PageSummary } from '@/lexicon/page-summary';
import type { Tracked } from './page-model';

/** Snippets kept per entity: enough to step through, not a copy of a 1 MB page. */
export const MAX_SNIPPETS = 100;
const CONTEXT = 40;

/** A little of the text on each side of a range, from the text nodes it starts and ends in. */
export function contextOf(range: AbstractRange): { before: string; after: string } {
  const { startContainer: start, startOffset, endContainer: end, endOffset } = range;
  const before = start.nodeType === 3 ? (start as Text).data.slice(Math.max(0, startOffset - CONTEXT), startOffset) : '';
  const after = end.nodeType === 3 ? (end as Text).data.slice(endOffset, endOffset + CONTEXT) : '';
  return { before, after };
}

function snippet(m: Tracked, index: number) {
  return { index, text: m.text, ...contextOf(m.range) };
}

function inHeadline(m: Tracked): boolean {
  return !!m.range.startContainer.parentElement?.closest('h1');
}

/** Summarises the page's mentions (in page order) and the names it holds that the lexicon lacks, for the side panel. */
export function summarise(mentions: readonly Tracked[], hidden: ReadonlySet<string>, doc: Document, candidates: CandidateSummary[] = []): PageSummary {
  const byId = new Map<string, EntitySummary>();
  mentions.forEach((m, position) => {
    let e = byId.get(m.id);
    if (!e) {
      e = { id: m.id, type: m.type, count: 0, nisbaCount: 0, inHeadline: false, firstPosition: position, mentions: [], hidden: hidden.has(m.id) };
      byId.set(m.id, e);
    }
    if (m.kind === 'nisba') {
      e.nisbaCount++;
      return;
    }
    if (e.mentions.length < MAX_SNIPPETS) e.mentions.push(snippet(m, e.count));
    e.count++;
    if (!e.inHeadline && inHeadline(m)) e.inHeadline = true;
  });
  return { url: doc.location?.href ?? '', title: doc.title, entities: [...byId.values()], candidates };
}

/** The n-th name mention of an entity, in page order. */
export function nthMention(mentions: readonly Tracked[], id: string, n: number): Tracked | null {
  let seen = 0;
  for (const m of mentions) {
    if (m.id !== id || m.kind !== 'name') continue;
    if (seen === n) return m;
    seen++;
  }
  return null;
}
