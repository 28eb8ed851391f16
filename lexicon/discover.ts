import * as v from 'valibot';
import { Gap, skipLetters } from './chars';
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
  /** Words that end a name of the given type after a name word: «آماج نيوز», «خبر أون لاين». */
  tails: PerType,
  /**
   * Nouns of bodies named by a common noun with the article or by a country after them: «وزارة الصحة», «سفارة الصين»,
   * with a nisba or a country that follows («وزارة الصحة القرغيزية», «السفارة الصينية في دوشنبه» stops at the nisba).
   */
  bodies: PerType,
  /**
   * Nouns of bodies named only by whose they are: a nisba or a country after them, past one common noun with the
   * article («مجلس الأمن الأرمني», «السفارة الصينية», «الرئاسة التركية»).
   */
  qualifiedBodies: PerType,
  /**
   * Nouns that make a new name of the given type with a place the lexicon knows after them: an airport, a base or a
   * summit named after its town («ميناء جوادار», «قاعدة شيمكنت الجوية», «قمة باكو») is not the town.
   */
  ofPlace: PerType,
  /** Function words and common adjectives: never part of a proposed name. */
  stopWords: Words,
  /** Beginnings of verbs (يستضيف، تستعيد): a word with one is no name, whatever its ending. */
  verbPrefixes: Words,
  /** Common first names of the field; with the lexicon's people's, one before an unknown word is a person. */
  firstNames: Words,
  /** Words that open a byline at the start of a line («كتبت – زبيدة حمادنة», «بقلم: …»): the name after them is the writer's. */
  bylines: Words,
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
/** Most words that stand between a title and the name («المتحدث باسم وزارة الخارجية الهندية رندهير جايسوال»). */
const MAX_BETWEEN = 6;
/** Most words of a quoted name after a head noun. */
const MAX_QUOTED_WORDS = 6;
const OPENERS: Record<string, string> = { '«': '»', '"': '"', '“': '”', "'": "'" };

/** A nisba-shaped adjective (الروسي، الطاجيكية): what stands between a title and the name (وزير الخارجية الطاجيكي). */
const looksLikeNisba = (key: string) => key.startsWith('ال') && key.length >= 5 && /(ي|يه|يون|يين|يان)$/.test(key);
/** A singular nisba with the article (الأرمني، الصينية): says whose a body is, never names one. */
const SINGULAR_NISBA = /^ال.{2,}(ي|يه)$/;
/** An adjective's ending after a head noun (منطقة حدودية، حركة احتجاجية، مدينة صغيرة): not a name. */
const looksLikeAdjective = (key: string) => /(يه|ي|ي.ه)$/.test(key);
/**
 * Verbal nouns by their patterns (تبادل، تعيين، اغتيال، انسحاب، استقبال), behind any proclitic («بتوقيف»): ordinary
 * words of news, never names, and what most often follows «اتفاقية» or stands before a surname («اغتيال علامجونوف»).
 */
const VERBAL_NOUN = /^[وف]?[بلك]?(ت[^ش]ا..|ت..ي.|ا..ا.|ا.ت.ا.|ان..ا.|است..ا.)$/; // تش spells foreign sounds: تشانغ is a name
/** Case endings written out (صوتًا، مؤثرٍ): names in news go without them. */
const TANWEEN = /[\u064b-\u064d]/;
/** A proclitic a head noun may carry: «بمطار», «ولمدينة», «للحركة» is not one (the article makes it a common noun). */
const HEAD_PROCLITIC = /^[وف]?[بلك]?/;
/** Fewest letters of a word a name's shape (-وف، -ستان) is read in; a person's -وف/-يف, one fewer. */
const MIN_SHAPED = 6;
/** The person shapes read in five letters: a Russian surname's ending (رجبوف، تاشوف). */
const SHORT_SHAPES = new Set(['وف', 'يف']);
/**
 * Five-letter ordinary words that end like one: the مفعول pattern (معروف، مكشوف) and broken plurals of the فعائل
 * pattern (قذائف، وظائف، طوائف, their ئ folded to ي).
 */
const ORDINARY_FIVE = /^[وفبلك]?(م..و.|..اي.)$/;
/** Fewest letters of a surname read again on its own after a person's full candidate name («راتوات»). */
const MIN_SURNAME = 4;
/** A word in Latin letters; one capitalised (Hoja); an acronym (PYD). */
const LATIN_WORD = /^[A-Za-z]+$/;
const CAPITALISED = /^[A-Z][a-z]+$/;
const ACRONYM = /^[A-Z]{2,6}$/;
/** Most capitalised Latin words one name holds: a longer run is a headline or a sentence in English. */
const MAX_LATIN_WORDS = 4;
const TA_MARBUTA = 0x0629;
/** A pronoun written onto a word («وصفتها», «نظراؤهم»): a verb or a possessed noun, not a name. */
const PRONOUN_SUFFIX = /[^\s](ها|هما|هم)$/;
/** The same, and «ه» after a feminine ت or a hamza («حكومته», «نظراءه»): never a word of a name. */
const OWNED = /([^\s](ها|هما|هم)|[تءؤئ]ه)$/;

export class Discoverer {
  private readonly titles = new Map<string, string[][]>();
  private readonly heads = new Map<string, EntityType>();
  private readonly bodies = new Map<string, EntityType>();
  private readonly qualifiedBodies = new Map<string, EntityType>();
  private readonly ofPlace = new Map<string, EntityType>();
  private readonly tails: [words: string[], type: EntityType][] = [];
  private readonly shapes: [suffix: string, type: EntityType][] = [];
  private readonly stop: Set<string>;
  private readonly verbPrefixes: string[];
  private readonly bylines: Set<string>;
  private readonly firstNames: Set<string>;

  /**
   * `firstNames`: first names of the lexicon's people, beside the rules' own (فلاديمير، مهدي); one followed by a word
   * that is not the lexicon's is a person the lexicon lacks (مهدي بخشي).
   */
  constructor(rules: DiscoveryRules, firstNames: Iterable<string> = []) {
    for (const title of rules.titles.person) {
      const words = normalizeKey(title).split(' ');
      this.titles.set(
        words[0]!,
        [...(this.titles.get(words[0]!) ?? []), words].sort((a, b) => b.length - a.length),
      );
    }
    for (const type of ENTITY_TYPES) {
      for (const head of rules.heads[type] ?? []) this.heads.set(normalizeKey(head), type);
      for (const suffix of rules.shapes[type] ?? []) this.shapes.push([normalizeKey(suffix), type]);
      for (const body of rules.bodies[type] ?? []) this.bodies.set(normalizeKey(body), type);
      for (const body of rules.qualifiedBodies[type] ?? []) this.qualifiedBodies.set(normalizeKey(body), type);
      for (const head of rules.ofPlace[type] ?? []) this.ofPlace.set(normalizeKey(head), type);
      for (const tail of rules.tails[type] ?? []) this.tails.push([normalizeKey(tail).split(' '), type]);
    }
    this.shapes.sort((a, b) => b[0].length - a[0].length);
    this.stop = new Set(rules.stopWords.map(normalizeKey));
    this.verbPrefixes = rules.verbPrefixes.map(normalizeKey);
    this.bylines = new Set(rules.bylines.map(normalizeKey));
    this.firstNames = new Set(
      [...rules.firstNames, ...firstNames]
        .map(normalizeKey)
        .filter((w) => w.length >= 3 && !this.stop.has(w) && !this.titles.has(w) && !this.heads.has(w) && !NAME_JOINERS.has(w)),
    );
  }

  /**
   * Candidate names in `text`, given the mentions the lexicon found there (never proposed again) and, where the
   * caller knows them, their entries' types.
   */
  discover(
    text: string,
    mentions: readonly Pick<Mention, 'start' | 'end' | 'id'>[],
    typeOf: (id: string) => EntityType | undefined = () => undefined,
  ): Candidate[] {
    const tokens = tokenize(text);
    const keys = tokens.keys;
    const taken = new Array<boolean>(tokens.count).fill(false);
    // Words of a country's name or nisba the lexicon found: they say whose a body is, never name it.
    const country = new Array<boolean>(tokens.count).fill(false);
    // Words of a person's name the lexicon found: a title before them has its name already.
    const person = new Array<boolean>(tokens.count).fill(false);
    // The last word of the known place that starts at word i, if one does.
    const placeEnd = new Array<number>(tokens.count).fill(-1);
    for (let i = 0; i < tokens.count; i++) {
      const m = mentions.find((m) => m.start < tokens.ends[i]! && tokens.starts[i]! < m.end);
      taken[i] = m !== undefined;
      country[i] = m !== undefined && typeOf(m.id) === 'country';
      person[i] = m !== undefined && typeOf(m.id) === 'person';
      if (m !== undefined && typeOf(m.id) === 'place' && m.start === tokens.starts[i]) {
        let end = i;
        while (end + 1 < tokens.count && tokens.starts[end + 1]! < m.end) end++;
        placeEnd[i] = end;
      }
    }
    const out: Candidate[] = [];
    /** Proposes words from..to; `lead` letters of the first word are a proclitic left out of the span. */
    const propose = (from: number, to: number, type: EntityType, evidence: string, lead = 0) => {
      for (let k = from; k <= to; k++) taken[k] = true;
      const start = lead > 0 ? skipLetters(text, tokens.starts[from]!, lead) : tokens.starts[from]!;
      const end = tokens.ends[to]!;
      out.push({ start, end, type, text: text.slice(start, end), evidence });
    };
    // The gap before word i is soft: the words around it may belong to one name.
    const joined = (i: number) => i < tokens.count && tokens.gaps[i]! <= Gap.SOFT;
    const written = (i: number) => text.slice(tokens.starts[i]!, tokens.ends[i]!);
    const nameWord = (i: number) => {
      if (i >= tokens.count || taken[i]) return false;
      const key = keys[i]!;
      const bare = key.replace(/^[وفبلك]/, '');
      if (!ARABIC_WORD.test(key) || this.stop.has(key) || this.stop.has(bare) || this.heads.has(key) || this.titles.has(key) || this.titles.has(bare))
        return false;
      if (VERBAL_NOUN.test(key) || TANWEEN.test(written(i)) || OWNED.test(written(i))) return false;
      if (WITH_ARTICLE.test(key)) return key.startsWith('ال') && i > 0 && (NAME_JOINERS.has(keys[i - 1]!) || (NAME_ENDINGS.has(key) && !taken[i - 1]));
      return key.length >= 3 || NAME_JOINERS.has(key);
    };
    /**
     * A word after a head noun that the head's own grammar makes ordinary: one written with ة (a feminine noun or
     * adjective: حركة واسعة، مجموعة مكونة; the region's names end in ه, not ة), one with a pronoun written onto it
     * («عملية وصفتها»), or, after an organisation's or an
     * event's head, one behind the preposition ل (اتفاقية لحل، منظمة لمكافحة).
     */
    const ordinaryAfterHead = (k: number, head: EntityType) => {
      const word = written(k).replace(/[\u064b-\u065f\u0670]+$/, '');
      return word.charCodeAt(word.length - 1) === TA_MARBUTA || PRONOUN_SUFFIX.test(word) || (head !== 'place' && keys[k]!.startsWith('ل'));
    };
    const shapeOf = (key: string) => {
      if (key.length < MIN_SHAPED - 1 || this.verbPrefixes.some((p) => key.replace(/^[وف]/, '').startsWith(p))) return undefined;
      const shape = this.shapes.find(([suffix]) => key.endsWith(suffix));
      // Five letters only for a person's -وف/-يف (رجبوف); never the مفعول pattern or a فعائل plural, behind a proclitic
      // too («بقذائف»).
      if (!shape || ORDINARY_FIVE.test(key)) return undefined;
      return key.length >= MIN_SHAPED || SHORT_SHAPES.has(shape[0]) ? shape : undefined;
    };
    // A singular nisba with the article (الأرمني), as written: «المدى» folds to the same key but ends in alef maqsura.
    const singularNisba = (k: number) => SINGULAR_NISBA.test(keys[k]!) && !written(k).endsWith('ى');
    // The gap before word i holds a comma: a name set off between commas after its title («وزير الكهرباء، زياد …»).
    const commaBefore = (i: number) => i < tokens.count && /^\s*[،,]\s*$/.test(text.slice(tokens.ends[i - 1]!, tokens.starts[i]!));

    const latinWord = (i: number) => i >= 0 && i < tokens.count && LATIN_WORD.test(written(i));
    /**
     * A name written in Latin letters inside Arabic prose: an acronym (PYD) or two to four capitalised words
     * (Gulchehra Hoja), with no Latin word right before or after it, which would make it part of an English
     * sentence. Returns its last word and a guessed type.
     */
    const latinNameAt = (i: number): [end: number, type: EntityType] | undefined => {
      if (!latinWord(i) || this.stop.has(keys[i]!) || (latinWord(i - 1) && !taken[i - 1] && joined(i))) return undefined;
      let n = i;
      while (n + 1 < tokens.count && joined(n + 1) && CAPITALISED.test(written(n + 1)) && n - i < MAX_LATIN_WORDS - 1) n++;
      if (joined(n + 1) && latinWord(n + 1) && !taken[n + 1]) return undefined;
      if (n > i && CAPITALISED.test(written(i))) return [n, 'person'];
      return n === i && ACRONYM.test(written(i)) ? [i, 'organization'] : undefined;
    };

    // The start and end of a line around word i: a byline stands alone on its line, or before a dash and its outlet.
    const lineBefore = (i: number) => i === 0 || text.slice(tokens.ends[i - 1]!, tokens.starts[i]!).includes('\n');
    const lineEndsAfter = (i: number) => i + 1 >= tokens.count || /[\n\-–—|]/.test(text.slice(tokens.ends[i]!, tokens.starts[i + 1]!));
    for (let i = 0; i < tokens.count; i++) {
      if (taken[i]) continue;
      if (this.bylines.has(keys[i]!) && lineBefore(i) && i + 1 < tokens.count && !lineBefore(i + 1)) {
        let n = i + 1;
        while (n - i <= MAX_NAME_WORDS && n < tokens.count && nameWord(n) && (n === i + 1 || joined(n)) && !lineEndsAfter(n)) n++;
        if (n < tokens.count && n - i <= MAX_NAME_WORDS && nameWord(n) && lineEndsAfter(n) && n > i + 1) {
          propose(i + 1, n, 'person', `byline: ${keys[i]}`);
          i = n;
          continue;
        }
      }
      const title = this.titleAt(keys, i);
      // A name set off before its title: «أدريان واتسون، المتحدثة باسم …».
      if (title && i >= 2 && commaBefore(i) && joined(i - 1) && nameWord(i - 2) && nameWord(i - 1) && (i === 2 || !joined(i - 2) || !nameWord(i - 3))) {
        propose(i - 2, i - 1, 'person', `title after: ${title.join(' ')}`);
      }
      if (title) {
        let k = i + title.length;
        // What may stand between a title and the name: a portfolio with the article (وزير الكهرباء), a nisba, a body
        // or country the lexicon knows (المتحدث باسم وزارة الخارجية الهندية، وزير خارجية طاجيكستان), a place's head
        // noun before it (مفوض منطقة خيبر), «ل» with a noun of the article after it (لحرس الحدود), then a comma that
        // may set the name off.
        const between = (j: number) =>
          taken[j] ||
          ((WITH_ARTICLE.test(keys[j]!) || this.heads.get(keys[j]!) === 'place' || (keys[j]!.startsWith('ل') && WITH_ARTICLE.test(keys[j + 1] ?? ''))) &&
            !this.stop.has(keys[j]!));
        for (let skip = 0; skip < MAX_BETWEEN && joined(k) && between(k) && !person[k]; skip++) {
          // A place's head noun takes the place's name with it, known or not (مفوض منطقة خيبر).
          k += this.heads.get(keys[k]!) === 'place' && joined(k + 1) && (taken[k + 1] || nameWord(k + 1)) ? 2 : 1;
        }
        // A one-word title alone before a comma («قال الرئيس، …») sets nothing off: the sentence goes on.
        const setOff = commaBefore(k) && !taken[k] && (k > i + title.length || title.length >= 2);
        if (setOff) {
          let end = k;
          while (end - k < MAX_NAME_WORDS && nameWord(end) && (end === k || joined(end))) end++;
          if (end - k >= 2 && (end >= tokens.count || commaBefore(end) || tokens.gaps[end]! > Gap.SOFT)) {
            propose(k, end - 1, 'person', `title: ${title.join(' ')}`);
            i = end - 1;
            continue;
          }
        }
        let n = k;
        // A preposition after the title says what the office is for («رئيس لفترة واحدة», «الرئيس بخطاب»), not whose.
        const preposition = k < tokens.count && /^[لب]/.test(keys[k]!) && !this.firstNames.has(keys[k]!.slice(1));
        while (!preposition && n - k < MAX_NAME_WORDS && joined(n) && nameWord(n)) n++;
        const words = n - k;
        if (words >= 2 || (words === 1 && shapeOf(keys[k]!)?.[1] === 'person')) {
          propose(k, n - 1, 'person', `title: ${title.join(' ')}`);
          i = n - 1;
          continue;
        }
      }
      const body = this.bodyAt(keys[i]!);
      // A quoted name after the noun is read below, without the noun («لصحيفة "الأمة"»).
      if (body && joined(i + 1) && !this.quotedAfter(text, tokens, i, (k) => !taken[k])) {
        // «وزارة الصحة», «سفارة الصين»: a common noun with the article, or a country the lexicon knows, names the body;
        // a nisba after it says whose («وزارة الصحة القرغيزية»). A portfolio shaped like a nisba names it too
        // («وزارة الخارجية الأذربيجانية»); a country's nisba right after the noun does not.
        const k = i + 1;
        const common = WITH_ARTICLE.test(keys[k]!) && ARABIC_WORD.test(keys[k]!) && !this.stop.has(keys[k]!);
        const named = (taken[k] && !(country[k] && singularNisba(k))) || (!taken[k] && common && (!singularNisba(k) || (joined(k + 1) && country[k + 1]!)));
        if (named) {
          const end = joined(k + 1) && looksLikeNisba(keys[k + 1]!) ? k + 1 : k;
          propose(i, end, body[0], `body: ${body[1]}`);
          i = end;
          continue;
        }
      }
      const qualified = this.qualifiedBodies.get(keys[i]!);
      if (qualified && joined(i + 1)) {
        let k = i + 1;
        if (!taken[k] && WITH_ARTICLE.test(keys[k]!) && !singularNisba(k) && !this.stop.has(keys[k]!) && joined(k + 1)) k++;
        // Whose it is must be a name the lexicon knows (a country's nisba, a place): «الرئاسة الدورية» is a role.
        if (taken[k]) {
          propose(i, k, qualified, `body: ${keys[i]}`);
          i = k;
          continue;
        }
      }
      const ofPlace = this.ofPlace.get(keys[i]!.replace(HEAD_PROCLITIC, ''));
      if (ofPlace && joined(i + 1) && placeEnd[i + 1]! >= 0) {
        // «قاعدة شيمكنت الجوية»: an adjective with the article after the place is the facility's own.
        const place = placeEnd[i + 1]!;
        const end = joined(place + 1) && !taken[place + 1] && looksLikeNisba(keys[place + 1]!) ? place + 1 : place;
        propose(i, end, ofPlace, `head noun and known place: ${keys[i]}`);
        i = end;
        continue;
      }
      // A quoted name vouches for itself: after a head noun behind any proclitic («لشركة "كاز ترانس أويل"»).
      const quotedHead = this.heads.get(keys[i]!.replace(HEAD_PROCLITIC, ''));
      const quoted = quotedHead && joined(i + 1) ? this.quotedAfter(text, tokens, i, (k) => !taken[k]) : undefined;
      // One quoted adjective is a label, not a name («كمنظمة "إرهابية"»).
      if (quoted && !(quoted[0] === quoted[1] && looksLikeAdjective(keys[quoted[0]]!))) {
        propose(quoted[0], quoted[1], quotedHead!, `quoted after head noun: ${keys[i]}`);
        i = quoted[1];
        continue;
      }
      // An event's head noun takes a verbal noun after it (عملية حفظ السلام، مؤتمر حوار): its own name stands in
      // quotation marks or names a place, both read above.
      const head = this.headAt(keys[i]!);
      if (head && head !== 'event' && joined(i + 1)) {
        const k = i + 1;
        // A feminine head (مقاطعة، منطقة) takes a feminine adjective: a word in -ي after it is a name («مقاطعة شنشي»).
        const adjective = looksLikeAdjective(keys[k]!) && !(keys[i]!.endsWith('ه') && keys[k]!.endsWith('ي'));
        if (nameWord(k) && !adjective && !ordinaryAfterHead(k, head)) {
          const two = joined(k + 1) && nameWord(k + 1) && shapeOf(keys[k + 1]!) !== undefined;
          propose(k, two ? k + 1 : k, head, `head noun: ${keys[i]}`);
          i = two ? k + 1 : k;
          continue;
        }
      }
      // A known first name, also behind «و» (وحميد أنصاري), but not the «سيما» of «(و)لا سيما» ("especially").
      const lead = this.firstNames.has(keys[i]!) ? 0 : keys[i]!.startsWith('و') && this.firstNames.has(keys[i]!.slice(1)) ? 1 : -1;
      if (lead >= 0 && !/^[وف]?لا$/.test(keys[i - 1] ?? '') && joined(i + 1) && nameWord(i + 1) && !this.firstNames.has(keys[i + 1]!)) {
        let n = i + 2;
        while (n - i < MAX_NAME_WORDS && joined(n) && nameWord(n) && shapeOf(keys[n]!)?.[1] === 'person') n++;
        propose(i, n - 1, 'person', `first name: ${keys[i]!.slice(lead)}`, lead);
        i = n - 1;
        continue;
      }
      const latin = latinNameAt(i);
      if (latin) {
        propose(i, latin[0], latin[1], 'written in Latin letters');
        i = latin[0];
        continue;
      }
      const shape = nameWord(i) ? shapeOf(keys[i]!) : undefined;
      if (shape) {
        // A first name before the surname, with nothing but a space between («مهمة “أندوف” is a mission's name).
        const spaced = i > 0 && /^ +$/.test(text.slice(tokens.ends[i - 1]!, tokens.starts[i]!));
        // Behind و or ف, the word before is a verb more often than a first name («وتابع بوجاجسكي»), unless it is a known one.
        const conjoined = i > 0 && /^[وف]/.test(keys[i - 1]!) && !this.firstNames.has(keys[i - 1]!.slice(1));
        const first = spaced && nameWord(i - 1) && !conjoined && shape[1] === 'person' ? i - 1 : i;
        propose(first, i, shape[1], `shape: -${shape[0]}`);
        continue;
      }
      const tail = this.tailAt(keys, i);
      // The word before may be a place the lexicon knows: «هرات تايمز» is an outlet, not Herat.
      if (tail && i > 0 && joined(i) && (nameWord(i - 1) || taken[i - 1])) {
        // One word before it: a verb before a name looks like a name word too («ذكرت آماج نيوز»).
        const last = i + tail[0].length - 1;
        propose(i - 1, last, tail[1], `ends in: ${tail[0].join(' ')}`);
        i = last;
      }
    }
    this.again(keys, tokens, taken, out, propose);
    return out.sort((a, b) => a.start - b.start);
  }

  /**
   * A name proposed once is a name wherever else the text writes it, before or after; and a person's surname alone
   * is that person once the text has named them in full («راتوات» after «أندريكا راتوات»).
   */
  private again(
    keys: readonly string[],
    tokens: Tokens,
    taken: boolean[],
    found: readonly Candidate[],
    propose: (from: number, to: number, type: EntityType, evidence: string) => void,
  ): void {
    const names: [words: string[], type: EntityType, evidence: string][] = [];
    for (const c of found) {
      const words = normalizeKey(c.text).split(' ');
      names.push([words, c.type, `again: ${c.text}`]);
      const surname = words[words.length - 1]!;
      if (c.type === 'person' && words.length >= 2 && surname.length >= MIN_SURNAME && !this.stop.has(surname) && !this.firstNames.has(surname)) {
        names.push([[surname], 'person', `surname of: ${c.text}`]);
      }
    }
    names.sort((a, b) => b[0].length - a[0].length);
    for (let i = 0; i < tokens.count; i++) {
      if (taken[i]) continue;
      const name = names.find(([words]) =>
        words.every((w, k) => i + k < tokens.count && !taken[i + k] && keys[i + k] === w && (k === 0 || tokens.gaps[i + k]! <= Gap.SOFT)),
      );
      if (!name) continue;
      propose(i, i + name[0].length - 1, name[1], name[2]);
      i += name[0].length - 1;
    }
  }

  /**
   * The head noun a word is, its proclitics aside («بمطار» → مطار); but not behind و or ل («وتنظيم»، «لتنظيم»), where
   * a head of a body or an event is as often a verbal noun (to organise, and organising).
   */
  private headAt(key: string): EntityType | undefined {
    const own = this.heads.get(key);
    if (own) return own;
    const bare = key.replace(HEAD_PROCLITIC, '');
    const type = bare === key ? undefined : this.heads.get(bare);
    return type === 'place' || (type !== undefined && /^[فبك]/.test(key)) ? type : undefined;
  }

  /** The body noun a word is, its proclitics aside, with the noun as written in the rules («لوزارة» → وزارة). */
  private bodyAt(key: string): [EntityType, string] | undefined {
    for (const k of [key, key.replace(HEAD_PROCLITIC, '')]) {
      const type = this.bodies.get(k);
      if (type) return [type, k];
    }
    return undefined;
  }

  /** The tail of a name starting at word i («نيوز», «أون لاين»), if one does. */
  private tailAt(keys: readonly string[], i: number): [string[], EntityType] | undefined {
    return this.tails.find(([words]) => words.every((w, k) => keys[i + k] === w));
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
      if (
        text
          .slice(tokens.ends[j]!, tokens.ends[j]! + 3)
          .trimStart()
          .startsWith(closer)
      )
        return [i + 1, j];
    }
    return undefined;
  }
}
