/**
 * Near spellings of names: «كازخستان» for كازاخستان, «طاجكستان» for طاجيكستان, «جاباروف» for جباروف. Outlets
 * transliterate the same foreign name with or without long vowels, with ق/ك/غ/ج or ت/ط for one sound, and with
 * a letter doubled or not; readers see through it. A word is read as a name when
 *   - the name has at least MIN_LENGTH letters not counting the article (التشيك is too short: «التشكيك»,
 *     doubting, is one letter from it), and both are Arabic words,
 *   - they share a consonant skeleton (long vowels dropped, near consonants folded, doubles collapsed), and
 *   - they are one edit apart (a letter inserted, deleted, replaced, or two swapped) inside the word: first and
 *     last letters agree, because the edges of a word are where Arabic attaches clitics and endings
 *     (وطاجيكستان، سوري from سوريا, طالباني) — morphology, not spelling; two neighbouring consonants typed the
 *     wrong way round («بنشجير» for بنجشير) change the skeleton by the same swap,
 * and the word is neither a listed common word (rules.homographs) nor a real word listed in rules.nearWords
 * (tests/near-words.test.ts checks every name's near spellings against an Arabic dictionary).
 */
import { POWERS, WordFilter, hashWord, stepHash } from './wordhash';

export const MIN_LENGTH = 6;
const MIN_SKELETON = 4;
const ARTICLE = 'ال';

/** Letters that count towards MIN_LENGTH: the article makes no name more distinctive. */
export const stemLength = (word: string) => stem(word).length;
/** A word without the article. */
const stem = (word: string) => (word.startsWith(ARTICLE) ? word.slice(ARTICLE.length) : word);

/** Consonants of one sound in transliterated names, each folded to the first of its group. */
const NEAR_CONSONANTS = ['كقغجگ', 'تط', 'سصث', 'زذظ', 'دض', 'هح', 'فڤ'];
/** Long vowels and hamza on the line: written or left out at will in transliteration. */
const VOWELS = 'اويء';

const SKELETON_TABLE = new Uint16Array(0x10000);
for (let code = 0x0621; code <= 0x06ff; code++) SKELETON_TABLE[code] = code;
for (const group of NEAR_CONSONANTS) for (const c of group) SKELETON_TABLE[c.charCodeAt(0)] = group.charCodeAt(0);
for (const c of VOWELS) SKELETON_TABLE[c.charCodeAt(0)] = 0;

const isArabic = (code: number) => code >= 0x0621 && code <= 0x06ff;

/** A letter as its sound: near consonants alike, every other letter itself. */
const soundOf = (code: number) => SKELETON_TABLE[code] || code;
/** A skeleton's hash extended with the sounds of a word's first and last letters (NearNames' filter). */
const withEdges = (skeleton: number, first: number, last: number) => stepHash(stepHash(skeleton, first), last);

/**
 * Whether two different words of one length sound alike letter by letter (متكي، متقي): read only for a word after
 * two words of a name read exactly («الأمير خان متكي»), where the rest of the name vouches for it.
 */
export function soundAlike(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  for (let i = 0; i < a.length; i++) if (soundOf(a.charCodeAt(i)) !== soundOf(b.charCodeAt(i))) return false;
  return true;
}

/**
 * A skeleton with each pair of neighbouring consonants swapped: the skeletons of a name's typos that swap two
 * neighbouring consonants. A swap that puts one consonant twice in a row is no word's skeleton (doubles collapse).
 */
export function transposedSkeletons(skeleton: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < skeleton.length; i++) {
    const swapped = skeleton.slice(0, i) + skeleton[i + 1] + skeleton[i] + skeleton.slice(i + 2);
    if (skeleton[i - 1] === skeleton[i + 1] || skeleton[i] === skeleton[i + 2]) continue;
    out.push(swapped);
  }
  return out;
}

/** Whether two words begin and end with the same letter, near consonants alike (قازاخستان، كازاخستان). */
export const sameEdges = (a: string, b: string) =>
  soundOf(a.charCodeAt(0)) === soundOf(b.charCodeAt(0)) && soundOf(a.charCodeAt(a.length - 1)) === soundOf(b.charCodeAt(b.length - 1));

/** The consonant skeleton of a normalised word, or '' for a word that is not all Arabic letters. */
export function skeletonOf(word: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!isArabic(code)) return '';
    const s = SKELETON_TABLE[code]!;
    if (s !== 0 && s !== last) out += String.fromCharCode(s);
    if (s !== 0) last = s;
  }
  return out;
}

// Scratch for mayHold: the skeleton of one word, with prefix hashes and where each consonant last occurs.
const MAX_WORD = 64;
const skeletonPrefix = new Int32Array(MAX_WORD + 1);
const lastAt = new Int32Array(MAX_WORD);
const wordCodes = new Uint16Array(MAX_WORD);
const NO_PREFIX: ReadonlySet<number> = new Set();

/** Whether two different words are one edit apart: a letter inserted, deleted or replaced, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1 || a === b) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}

/**
 * Fewest letters of a name's word, not counting the article, that a word loosely near it may stand for (the page's
 * word may have one fewer).
 */
export const LOOSE_MIN_LENGTH = 5;

/**
 * Letters of a long name's word (the article not counted): one that a word loosely near it stands for in a name of
 * two words.
 */
export const LOOSE_LONG_LENGTH = 7;

/**
 * The sounds of a word's first and last letters after the article, as one number: what a word loosely near it keeps
 * (looselyNear), and so a cheap look before it.
 */
export const looseEdgesOf = (word: string): number => {
  const s = stem(word);
  return soundOf(s.charCodeAt(0)) * 0x10000 + soundOf(s.charCodeAt(s.length - 1));
};

/** Whether two words are at most `max` edits apart: letters inserted, deleted or replaced, or neighbours swapped. */
export function editsWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // Damerau–Levenshtein (restricted) over the two short words, rows kept for the swap.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let k = 1; k <= b.length; k++) {
      let d = Math.min(previous[k]! + 1, row[k - 1]! + 1, previous[k - 1]! + (a[i - 1] === b[k - 1] ? 0 : 1));
      if (i > 1 && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1]) d = Math.min(d, before[k - 2]! + 1);
      row.push(d);
      least = Math.min(least, d);
    }
    if (least > max) return false;
    [before, previous] = [previous, row];
  }
  return previous[b.length]! <= max;
}

/**
 * Whether `word` may be `name`, a word inside a longer name, typed without care or transliterated with a sound left
 * out: their consonant skeletons one edit apart and the words at most two («منظمة شانغاي للتعاون» for «منظمة شنغهاي
 * للتعاون»), both with the article or both without, and after it the same first and last letters (sameEdges) and
 * LOOSE_MIN_LENGTH letters in the name's word. Looser than a near spelling, so the matcher takes it only where the
 * other words of the name vouch for it.
 */
export function looselyNear(word: string, name: string): boolean {
  if (word === name || word.startsWith(ARTICLE) !== name.startsWith(ARTICLE)) return false;
  [word, name] = [stem(word), stem(name)];
  if (Math.abs(word.length - name.length) > 2 || word.length < LOOSE_MIN_LENGTH - 1 || name.length < LOOSE_MIN_LENGTH || !sameEdges(word, name)) return false;
  const [a, b] = [skeletonOf(word), skeletonOf(name)];
  return a !== '' && b.length >= MIN_SKELETON && (a === b || oneEditApart(a, b)) && editsWithin(word, name, 2);
}

/** The names of a lexicon indexed by skeleton, to find the one a misspelt or variant word stands for. */
export class NearNames {
  private readonly bySkeleton = new Map<string, readonly string[]>();
  /** Every name of the index: asked about each word of the trie while the matcher is built, so a set, not skeletons. */
  private readonly names = new Set<string>();
  private readonly filter = new WordFilter();
  private readonly refused: ReadonlySet<string>;

  /** `index`: names by skeleton (nearIndex), built once by the build; `refused`: words never read as a near name. */
  constructor(index: Iterable<readonly [skeleton: string, names: readonly string[]]>, refused: Iterable<string>) {
    this.refused = new Set(refused);
    for (const [skeleton, names] of index) {
      this.bySkeleton.set(skeleton, names);
      // The filter holds each skeleton with the sounds of its names' first and last letters, which a near spelling
      // keeps (sameEdges): most ordinary words share some name's consonants, few also its edges. It lets a typo that
      // swaps two of the name's consonants through; namesFor swaps them back.
      const skeletons = [skeleton, ...transposedSkeletons(skeleton)].map(hashWord);
      for (const name of names) {
        this.names.add(name);
        const [first, last] = [soundOf(name.charCodeAt(0)), soundOf(name.charCodeAt(name.length - 1))];
        for (const h of skeletons) this.filter.addHash(withEdges(h, first, last));
      }
    }
  }

  /**
   * Whether the word in `codes[0..length)` (normalised letters), or what follows up to `maxPrefix` of its first
   * letters when those are proclitic letters, may be a near spelling of a name: a filter the tokeniser asks
   * before building the word's key. One pass over the letters; each reading after a prefix is a hash away.
   */
  mayHold(codes: Uint16Array, length: number, maxPrefix: number, prefixLetters: ReadonlySet<number>): boolean {
    if (length < MIN_LENGTH - 1 || length > MAX_WORD) return false;
    let n = 0;
    let last = 0;
    for (let i = 0; i < length; i++) {
      const code = codes[i]!;
      if (!isArabic(code)) return false;
      const s = SKELETON_TABLE[code]!;
      if (s === 0) continue;
      if (s !== last) {
        skeletonPrefix[n + 1] = stepHash(skeletonPrefix[n]!, s);
        n++;
        last = s;
      }
      lastAt[n - 1] = i;
    }
    if (n < MIN_SKELETON - 1) return false;
    const whole = skeletonPrefix[n]!;
    // The skeleton after k letters starts at the first consonant still sounding at or after letter k.
    let j = 0;
    for (let k = 0; k <= maxPrefix && length - k >= MIN_LENGTH - 1; k++) {
      if (k > 0 && !prefixLetters.has(codes[k - 1]!)) return false;
      while (j < n && lastAt[j]! < k) j++;
      if (n - j < MIN_SKELETON - 1) return false;
      const h = j === 0 ? whole : (whole - Math.imul(skeletonPrefix[j]!, POWERS[n - j]!)) | 0;
      if (this.filter.has(withEdges(h, soundOf(codes[k]!), soundOf(codes[length - 1]!)))) return true;
    }
    return false;
  }

  /** mayHold for a word already built (a key of the tokeniser's). */
  mayHoldWord(word: string, maxPrefix: number, prefixLetters: ReadonlySet<number>): boolean {
    if (word.length > MAX_WORD) return false;
    for (let i = 0; i < word.length; i++) wordCodes[i] = word.charCodeAt(i);
    return this.mayHold(wordCodes, word.length, maxPrefix, prefixLetters);
  }

  /** Whether `word` is one of the names near spellings are read as. */
  isName(word: string): boolean {
    return this.names.has(word);
  }

  /** Whether `word` is never read as a name it is near (a real word, or a listed common word). */
  refuses(word: string): boolean {
    return this.refused.has(word);
  }

  /** The names `word` is a near spelling of (several when it is one edit from each), none when refused. */
  namesFor(word: string): string[] {
    // The filter first: most words asked about (after a name's first word) have no name near them.
    if (stemLength(word) < MIN_LENGTH - 1 || !this.mayHoldWord(word, 0, NO_PREFIX) || this.refused.has(word)) return [];
    // A word that is itself a name is read as that name or not at all, never as another one near it.
    if (this.names.has(word)) return [];
    const skeleton = skeletonOf(word);
    const candidates = [skeleton, ...transposedSkeletons(skeleton)].flatMap((s) => this.bySkeleton.get(s) ?? []);
    return candidates.filter((name) => sameEdges(word, name) && oneEditApart(word, name));
  }
}

/** Names of at least MIN_LENGTH letters by their skeleton (of at least MIN_SKELETON consonants): NearNames's index. */
export function nearIndex(names: Iterable<string>): [skeleton: string, names: string[]][] {
  const index = new Map<string, string[]>();
  for (const name of names) {
    const skeleton = skeletonOf(name);
    if (stemLength(name) < MIN_LENGTH || skeleton.length < MIN_SKELETON) continue;
    const list = index.get(skeleton) ?? [];
    if (!list.includes(name)) list.push(name);
    index.set(skeleton, list);
  }
  return [...index];
}

/**
 * Every word one edit from `name` that shares its skeleton: the spellings NearNames reads as `name`. For the
 * test that checks them against a dictionary, so that no real word is read as a name.
 */
export function nearSpellings(name: string): string[] {
  const skeleton = skeletonOf(name);
  if (stemLength(name) < MIN_LENGTH || skeleton.length < MIN_SKELETON) return [];
  const letters = [...new Set([...VOWELS, ...NEAR_CONSONANTS.join(''), ...name])];
  const out = new Set<string>();
  const typos = new Set([skeleton, ...transposedSkeletons(skeleton)]);
  const tryWord = (w: string) => {
    if (w !== name && sameEdges(w, name) && typos.has(skeletonOf(w))) out.add(w);
  };
  for (let i = 0; i <= name.length; i++) {
    for (const c of letters) tryWord(name.slice(0, i) + c + name.slice(i));
    if (i === name.length) break;
    tryWord(name.slice(0, i) + name.slice(i + 1));
    for (const c of letters) tryWord(name.slice(0, i) + c + name.slice(i + 1));
    if (i + 1 < name.length) tryWord(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
  }
  return [...out];
}
