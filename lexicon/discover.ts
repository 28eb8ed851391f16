import * as v from 'valibot';
import { Gap } from './chars';
import type { Mention } from './matcher';
import { ENTITY_TYPES, type EntityType } from './schema';
import { normalizeKey, tokenize, type Tokens } from './tokenize';

/**
 * Names the lexicon does not hold yet, found by the marks news Arabic puts on names: a title or role before a
 * person (وزير الخارجية الطاجيكي سراج الدين مهر الدين), a head noun before a place or a body (مدينة خوروغ، حركة
 * "أنصار الله"), and the shapes of transliterated names (-وف، -ييف، -ينكو، -زاده؛ -ستان، -آباد). Arabic has no
 * capitals, so each rule asks for more than one sign where one could mislead, and the whole prefers silence to
 * noise: a span the lexicon covers, a function word, a word with the article or a nisba-shaped adjective after a
 * head noun is never proposed.
 */
export interface Candidate {
  /** UTF-16 offsets, like mentions. */
  start: number;
  end: number;
  type: EntityType;
  text: string;
  /** The rule that proposed it and what it saw: «title: وزير الخارجية», «head noun: مدينة», «shape: -وف». */
  evidence: string;
}

const Words = v.array(v.pipe(v.string(), v.minLength(1)));
const PerType = v.record(v.picklist(ENTITY_TYPES), Words);

/** The rules as data (lexicon/data/discovery.json). */
export const DiscoveryRulesSchema = v.strictObject({
  /** Titles and roles that come before a person's name. */
  titles: v.strictObject({ person: Words }),
  /** Nouns that come before a name of the given type: مدينة before a place, حركة before an organisation. */
  heads: PerType,
  /** Endings of transliterated names of the given type. */
  shapes: PerType,
  /** Function words and common adjectives: never part of a proposed name. */
  stopWords: Words,
  /** Beginnings of verbs (يستضيف، تستعيد): a word with one is no name, whatever its ending. */
  verbPrefixes: Words,
  /** Common first names of the field; with the lexicon's people's, one before an unknown word is a person. */
  firstNames: Words,
});
export type DiscoveryRules = v.InferOutput<typeof DiscoveryRulesSchema>;

const ARABIC_WORD = /^[\u0621-\u064a]+$/;
/** The article, alone or behind a proclitic (البلاد، للدول، وبالعاصمة): a common noun's mark, not a name's. */
const WITH_ARTICLE = /^([وف]?[بلك]?ال|[وف]?لل)/;
/** Words that join the next one into a personal name even when it has the article (عبد الله، أبو بكر). */
const NAME_JOINERS = new Set(['عبد', 'ابو', 'ابي', 'ابن', 'بن', 'بنت', 'ام']);
/** Second halves of compound personal names, with the article (سراج الدين، حميد الله). */
const NAME_ENDINGS = new Set(['الدين', 'الله', 'الرحمن', 'الحق', 'الزمان', 'الاسلام']);
/** Most words a person's name runs to after a title. */
const MAX_NAME_WORDS = 3;
/** Most words of a quoted name after a head noun. */
const MAX_QUOTED_WORDS = 4;
const OPENERS: Record<string, string> = { '«': '»', '"': '"', '“': '”', "'": "'" };

/** A nisba-shaped adjective (الروسي، الطاجيكية): what stands between a title and the name (وزير الخارجية الطاجيكي). */
const looksLikeNisba = (key: string) => key.startsWith('ال') && key.length >= 5 && /(ي|يه|يون|يين|يان)$/.test(key);
/** An adjective's ending after a head noun (منطقة حدودية، حركة احتجاجية، مدينة صغيرة): not a name. */
const looksLikeAdjective = (key: string) => /(يه|ي|ي.ه)$/.test(key);
/**
 * Verbal nouns by their patterns (تبادل، تعيين، اغتيال، انسحاب، استقبال): ordinary words of news, never names, and
 * what most often follows «اتفاقية» or stands before a surname («اغتيال علامجونوف»).
 */
const VERBAL_NOUN = /^[وف]?(ت[^ش]ا..|ت..ي.|ا.ت.ا.|ان..ا.|است..ا.)$/; // تش spells foreign sounds: تشانغ is a name
/** Case endings written out (صوتًا، مؤثرٍ): names in news go without them. */
const TANWEEN = /[\u064b-\u064d]/;
const TA_MARBUTA = 0x0629;

export class Discoverer {
  private readonly titles = new Map<string, string[][]>();
  private readonly heads = new Map<string, EntityType>();
  private readonly shapes: [suffix: string, type: EntityType][] = [];
  private readonly stop: Set<string>;
  private readonly verbPrefixes: string[];
  private readonly firstNames: Set<string>;

  /**
   * `firstNames`: first names of the lexicon's people, beside the rules' own (فلاديمير، مهدي); one followed by a word
   * that is not the lexicon's is a person the lexicon lacks (مهدي بخشي).
   */
  constructor(rules: DiscoveryRules, firstNames: Iterable<string> = []) {
    for (const title of rules.titles.person) {
      const words = normalizeKey(title).split(' ');
      this.titles.set(words[0]!, [...(this.titles.get(words[0]!) ?? []), words].sort((a, b) => b.length - a.length));
    }
    for (const type of ENTITY_TYPES) {
      for (const head of rules.heads[type] ?? []) this.heads.set(normalizeKey(head), type);
      for (const suffix of rules.shapes[type] ?? []) this.shapes.push([normalizeKey(suffix), type]);
    }
    this.shapes.sort((a, b) => b[0].length - a[0].length);
    this.stop = new Set(rules.stopWords.map(normalizeKey));
    this.verbPrefixes = rules.verbPrefixes.map(normalizeKey);
    this.firstNames = new Set([...rules.firstNames, ...firstNames].map(normalizeKey).filter((w) => w.length >= 3 && !this.stop.has(w) && !this.titles.has(w) && !this.heads.has(w)));
  }

  /** Candidate names in `text`, given the mentions the lexicon found there (never proposed again). */
  discover(text: string, mentions: readonly Pick<Mention, 'start' | 'end'>[]): Candidate[] {
    const tokens = tokenize(text);
    const keys = tokens.keys;
    const taken = new Array<boolean>(tokens.count).fill(false);
    for (let i = 0; i < tokens.count; i++) {
      taken[i] = mentions.some((m) => m.start < tokens.ends[i]! && tokens.starts[i]! < m.end);
    }
    const out: Candidate[] = [];
    const propose = (from: number, to: number, type: EntityType, evidence: string) => {
      for (let k = from; k <= to; k++) taken[k] = true;
      const start = tokens.starts[from]!;
      const end = tokens.ends[to]!;
      out.push({ start, end, type, text: text.slice(start, end), evidence });
    };
    // The gap before word i is soft: the words around it may belong to one name.
    const joined = (i: number) => i < tokens.count && tokens.gaps[i]! <= Gap.SOFT;
    const written = (i: number) => text.slice(tokens.starts[i]!, tokens.ends[i]!);
    const nameWord = (i: number) => {
      if (i >= tokens.count || taken[i]) return false;
      const key = keys[i]!;
      if (!ARABIC_WORD.test(key) || this.stop.has(key) || this.stop.has(key.replace(/^[وفبلك]/, '')) || this.heads.has(key) || this.titles.has(key)) return false;
      if (VERBAL_NOUN.test(key) || TANWEEN.test(written(i))) return false;
      if (WITH_ARTICLE.test(key)) return key.startsWith('ال') && i > 0 && (NAME_JOINERS.has(keys[i - 1]!) || (NAME_ENDINGS.has(key) && !taken[i - 1]));
      return key.length >= 3 || NAME_JOINERS.has(key);
    };
    /**
     * A word after a head noun that the head's own grammar makes ordinary: one written with ة (a feminine noun or
     * adjective: حركة واسعة، مجموعة مكونة; the region's names end in ه, not ة), or, after an organisation's or an
     * event's head, one behind the preposition ل (اتفاقية لحل، منظمة لمكافحة).
     */
    const ordinaryAfterHead = (k: number, head: EntityType) => {
      const word = written(k).replace(/[\u064b-\u065f\u0670]+$/, '');
      return word.charCodeAt(word.length - 1) === TA_MARBUTA || (head !== 'place' && keys[k]!.startsWith('ل'));
    };
    const shapeOf = (key: string) =>
      key.length >= 6 && !this.verbPrefixes.some((p) => key.replace(/^[وف]/, '').startsWith(p)) ? this.shapes.find(([suffix]) => key.endsWith(suffix)) : undefined;

    for (let i = 0; i < tokens.count; i++) {
      if (taken[i]) continue;
      const title = this.titleAt(keys, i);
      if (title) {
        let k = i + title.length;
        // What may stand between a title and the name: a nisba or a country the lexicon knows (وزير خارجية طاجيكستان).
        for (let skip = 0; skip < 2 && joined(k) && (looksLikeNisba(keys[k]!) || taken[k]); skip++) k++;
        let n = k;
        while (n - k < MAX_NAME_WORDS && joined(n) && nameWord(n)) n++;
        const words = n - k;
        if (words >= 2 || (words === 1 && shapeOf(keys[k]!)?.[1] === 'person')) {
          propose(k, n - 1, 'person', `title: ${title.join(' ')}`);
          i = n - 1;
          continue;
        }
      }
      const head = this.heads.get(keys[i]!);
      if (head && joined(i + 1)) {
        const quoted = this.quotedAfter(text, tokens, i, (k) => !taken[k]);
        if (quoted) {
          propose(quoted[0], quoted[1], head, `quoted after head noun: ${keys[i]}`);
          i = quoted[1];
          continue;
        }
        const k = i + 1;
        if (nameWord(k) && !looksLikeAdjective(keys[k]!) && !ordinaryAfterHead(k, head)) {
          const two = joined(k + 1) && nameWord(k + 1) && shapeOf(keys[k + 1]!) !== undefined;
          propose(k, two ? k + 1 : k, head, `head noun: ${keys[i]}`);
          i = two ? k + 1 : k;
          continue;
        }
      }
      if (this.firstNames.has(keys[i]!) && joined(i + 1) && nameWord(i + 1) && !this.firstNames.has(keys[i + 1]!)) {
        let n = i + 2;
        while (n - i < MAX_NAME_WORDS && joined(n) && nameWord(n) && shapeOf(keys[n]!)?.[1] === 'person') n++;
        propose(i, n - 1, 'person', `first name: ${keys[i]}`);
        i = n - 1;
        continue;
      }
      const shape = nameWord(i) ? shapeOf(keys[i]!) : undefined;
      if (shape) {
        const first = i > 0 && joined(i) && nameWord(i - 1) && shape[1] === 'person' ? i - 1 : i;
        propose(first, i, shape[1], `shape: -${shape[0]}`);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** The longest title starting at word i (its proclitic و or ف aside), as its words. */
  private titleAt(keys: readonly string[], i: number): string[] | undefined {
    const first = keys[i]!;
    for (const key of [first, first.replace(/^[وف]/, '')]) {
      const found = this.titles.get(key)?.find((words) => words.every((w, k) => (k === 0 ? true : keys[i + k] === w)));
      if (found) return found;
    }
    return undefined;
  }

  /** The words i+1..j of a quoted name right after the head noun at i («حركة "أنصار الله"»), if they are one. */
  private quotedAfter(text: string, tokens: Tokens, i: number, free: (k: number) => boolean): [number, number] | undefined {
    let at = tokens.ends[i]!;
    while (text[at] === ' ') at++;
    const closer = OPENERS[text[at] ?? ''];
    if (!closer || at >= tokens.starts[i + 1]!) return undefined;
    for (let j = i + 1; j < tokens.count && j - i <= MAX_QUOTED_WORDS; j++) {
      if (!free(j)) return undefined;
      if (text.slice(tokens.ends[j]!, tokens.ends[j]! + 3).trimStart().startsWith(closer)) return [i + 1, j];
    }
    return undefined;
  }
}
