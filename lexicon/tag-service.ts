import type { Matcher, Mention, TextContext } from './matcher';
import type { EntityType } from './schema';

/**
 * Tagging as a service: a page sends the texts of its blocks and what it has named so far, and gets their mentions
 * back. The background holds one matcher for every tab (utils/tagging-service.ts), so that a page neither carries
 * the lexicon nor builds a matcher of its own; this module is the pure part, shared with the tests.
 */
export interface TagRequest {
  texts: string[];
  context: WireContext;
  /** The reader's lexicon as the page last read it (lexiconKey): the background reads storage again if it differs. */
  lexicon: string;
}

export interface TagReply {
  /** For each text, its mentions in text order. */
  mentions: Mention[][];
  /** The page's context after these texts. */
  context: WireContext;
  /** The type of each entry the mentions name or offer as a choice. */
  types: Record<string, EntityType>;
}

/** A TextContext as messages carry it: maps become arrays of pairs. */
export interface WireContext {
  counts: [string, number][];
  lastAt: [string, number][];
  lastWords: [string, string][];
  clock: number;
  chosen: [string, string][];
}

export const toWire = (c: TextContext): WireContext => ({
  counts: [...c.counts],
  lastAt: [...c.lastAt],
  lastWords: [...c.lastWords],
  clock: c.clock,
  chosen: [...c.chosen],
});

export const fromWire = (w: WireContext): TextContext => ({
  counts: new Map(w.counts),
  lastAt: new Map(w.lastAt),
  lastWords: new Map(w.lastWords),
  clock: w.clock,
  chosen: new Map(w.chosen),
});

/**
 * Tags the request's texts in order, each reading what the texts before it named. A text with a short form whose
 * full name only a later text gives (a headline's «بوغدانوف» before the article's «ميخائيل بوغدانوف») is read again
 * with what the whole request named.
 */
export function answerTagRequest(matcher: Matcher, typeOf: (id: string) => EntityType | undefined, request: Pick<TagRequest, 'texts' | 'context'>): TagReply {
  const context = fromWire(request.context);
  const waiting = request.texts.map(() => new Set<string>());
  const mentions = request.texts.map((text, k) => matcher.match(text, { context, waiting: waiting[k] }));
  const named = toWire(context);
  for (let k = 0; k < mentions.length - 1; k++)
    if ([...waiting[k]!].some((id) => context.lastAt.has(id))) mentions[k] = matcher.match(request.texts[k]!, { context: fromWire(named) });
  const types: Record<string, EntityType> = {};
  for (const m of mentions.flat()) {
    for (const id of [m.id, ...(m.choices ?? [])]) {
      const type = typeOf(id);
      if (type) types[id] = type;
    }
  }
  return { mentions, context: named, types };
}
