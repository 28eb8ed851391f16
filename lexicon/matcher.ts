import { Gap } from './chars';
import { strippedReadings } from './clitics';
import { phrasesOf, type MentionKind, type Phrase, type PhraseList } from './aliases';
import type { Lexicon } from './schema';
import { tokenize } from './tokenize';
import { CharClass, charClass, expand, isWordClass } from './chars';

export interface Mention {
  id: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** A name of the entity, or a quieter nisba adjective related to it (الروسية). */
  kind: MentionKind;
}

interface Node {
  next: Map<string, Node> | null;
  hit: Phrase | null;
}

const KIND_RANK: Record<Phrase['kind'], number> = { block: 3, name: 2, nisba: 1 };

export interface Matcher {
  match(text: string): Mention[];
  /** Aliases the lexicon holds that can never match, with the reason. */
  rejected: PhraseList['rejected'];
  /** Number of distinct phrases compiled. */
  size: number;
}

/** Builds a word trie over every alias of the lexicon, once; `match` then runs in one pass over the text. */
export function compile(lexicon: Lexicon): Matcher {
  const { phrases, rejected } = phrasesOf(lexicon);
  const root: Node = { next: new Map(), hit: null };
  let size = 0;
  for (const phrase of phrases) {
    let node = root;
    for (const word of phrase.key.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) {
        child = { next: null, hit: null };
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.hit) size++;
    // When two entries share a phrase the first in the lexicon keeps it; a name outranks a nisba.
    if (!node.hit || KIND_RANK[phrase.kind] > KIND_RANK[node.hit.kind]) node.hit = phrase;
  }
  const firstWords = root.next!;
  const isKey = (key: string) => firstWords.has(key);

  function match(text: string): Mention[] {
    const { count, keys, starts, ends, gaps } = tokenize(text);
    const mentions: Mention[] = [];
    let i = 0;
    while (i < count) {
      const whole = keys[i]!;
      let bestEnd = -1;
      let bestHit: Phrase | null = null;
      let bestOutside = 0;
      const walk = (first: Node | undefined, outside: number) => {
        let node = first;
        let j = i;
        while (node) {
          if (node.hit && j > bestEnd) {
            bestEnd = j;
            bestHit = node.hit;
            bestOutside = outside;
          }
          if (!node.next || j + 1 >= count || gaps[j + 1]! > Gap.SOFT) break;
          j++;
          node = node.next.get(keys[j]!);
        }
      };
      walk(firstWords.get(whole), 0);
      for (const reading of strippedReadings(whole, isKey)) walk(firstWords.get(reading.key), reading.outside);
      const hit = bestHit as Phrase | null;
      if (hit === null) {
        i++;
        continue;
      }
      if (hit.id !== undefined && hit.kind !== 'block') {
        const start = bestOutside > 0 ? skipLetters(text, starts[i]!, bestOutside) : starts[i]!;
        mentions.push({ id: hit.id, start, end: ends[bestEnd]!, kind: hit.kind });
      }
      i = bestEnd + 1;
    }
    return mentions;
  }

  return { match, rejected, size };
}

/** The original offset after `n` normalised letters from `from`: deleted marks between them are skipped. */
function skipLetters(text: string, from: number, n: number): number {
  let i = from;
  let seen = 0;
  while (i < text.length && seen < n) {
    const cls = charClass(text.charCodeAt(i));
    if (isWordClass(cls)) seen++;
    else if (cls === CharClass.EXPAND) seen += expand(text.charCodeAt(i)).length;
    i++;
  }
  // Marks on the last skipped letter belong to it, not to the name.
  while (i < text.length && charClass(text.charCodeAt(i)) === CharClass.DELETED) i++;
  return i;
}
