import { CLASS_TABLE, CharClass, FOLD_TABLE, Gap, charClass, expand, foldedCode, isWordClass } from './chars';
import { PROCLITIC_LETTERS, MAX_PROCLITIC_LENGTH } from './clitics';
import { POWERS, stepHash, type WordFilter } from './wordhash';
import { MIN_LENGTH, type NearNames } from './near';

/**
 * Words of a text with their spans in the original text. Typed parallel arrays rather than objects: a 10 MB
 * page has millions of words and this is the hot path. A word's normalised key is built up front only when the
 * tokeniser was told the lexicon may want it, and on demand otherwise.
 */
/** The typed arrays have spare capacity: entries at and past `count` mean nothing. */
export class Tokens {
  count = 0;
  /** UTF-16 offset of each word's first character in the original text. */
  starts: Int32Array;
  /** UTF-16 offset just past each word, including marks that sit on its last letter. */
  ends: Int32Array;
  /** How each word is separated from the one before it. */
  gaps: Uint8Array;
  /** 1 for a word that may be a near spelling of a name (NearNames.mayHold), worked out while tokenising. */
  near: Uint8Array;
  /** Words whose key was built while tokenising (those the lexicon may start with): index and key, ascending. */
  readonly firstIndex: number[] = [];
  readonly firstKey: string[] = [];

  constructor(
    public text: string,
    capacity: number,
  ) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.gaps = new Uint8Array(capacity);
    this.near = new Uint8Array(capacity);
  }

  /** Empties the list for another text, keeping its arrays: a page is tagged block by block. */
  reset(text: string): this {
    this.text = text;
    this.count = 0;
    this.lastKeyIndex = -1;
    this.firstIndex.length = 0;
    this.firstKey.length = 0;
    return this;
  }

  add(start: number, end: number, gap: Gap, key: string | undefined, near = false): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.gaps[this.count] = gap;
    this.near[this.count] = near ? 1 : 0;
    if (key !== undefined) {
      this.firstIndex.push(this.count);
      this.firstKey.push(key);
    }
    this.count++;
  }

  // The last key built: the matcher asks for the word after a first word once for each reading of the first.
  private lastKeyIndex = -1;
  private lastKey = '';

  /** The normalised key of word i, built from the text: the matcher asks only for words after a first word. */
  key(i: number): string {
    if (i !== this.lastKeyIndex) {
      this.lastKey = keyOf(this.text, this.starts[i]!, this.ends[i]!);
      this.lastKeyIndex = i;
    }
    return this.lastKey;
  }

  /** Every word's key; for tests and short phrases, not for pages. */
  get keys(): string[] {
    return Array.from({ length: this.count }, (_, i) => this.key(i));
  }

  private grow(): void {
    const size = this.starts.length * 2 + 16;
    const grown = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T) => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.starts = grown(this.starts, (n) => new Int32Array(n));
    this.ends = grown(this.ends, (n) => new Int32Array(n));
    this.gaps = grown(this.gaps, (n) => new Uint8Array(n));
    this.near = grown(this.near, (n) => new Uint8Array(n));
  }
}

const SEPARATOR_GAP: Partial<Record<CharClass, Gap>> = {
  [CharClass.SOFT]: Gap.SOFT,
  [CharClass.DOT]: Gap.HARD, // softened inside single-letter abbreviations
  [CharClass.HARD]: Gap.HARD,
};

/** The longest name of a letter in an abbreviation read aloud: «سي», «إيه». */
const MAX_LETTER_NAME = 3;

/** Longest word whose folded letters are kept for building its key; longer words are read from the text. */
const BUFFER = 64;

/**
 * Splits text into normalised words in one pass. A word is a run of letters of one script or of digits:
 * «سوخوي25» is two words, so that «سوخوي 25», «سوخوي-25» and «سوخوي25» all match one alias. Deleted
 * characters (tashkeel, tatweel, bidi marks) vanish without splitting the word they sit in.
 *
 * `reuse` hands in a list to refill instead of allocating one (its previous contents are gone).
 * With `wanted`, a word's key is built only when its hash, or the hash of what follows a possible proclitic,
 * is in the filter, or `near` says it may be a near spelling of a name; the others are built only if asked
 * for. That keeps a long page from allocating a string per word.
 */
export function tokenize(text: string, wanted?: WordFilter, reuse?: Tokens, near?: NearNames): Tokens {
  // Arabic prose averages over five code units a word; the arrays grow if a text is denser.
  const tokens = reuse ? reuse.reset(text) : new Tokens(text, (text.length >> 2) + 4);

  const folded = new Uint16Array(BUFFER);
  const prefixHashes = new Int32Array(MAX_PROCLITIC_LENGTH + 1);
  let start = -1; // start of the current token, -1 when between tokens
  let kind = CharClass.UNKNOWN as CharClass; // set by open(), which TypeScript cannot see
  let length = 0; // normalised letters in the current token
  let hash = 0;
  let verbatim = true; // the token's letters are the original text, unchanged and contiguous
  let wordEnd = 0; // just past the token's last word character
  let spanEnd = 0; // just past the token's last character, marks included
  let gap: Gap = Gap.HARD;
  let sawDot = false;

  const push = (code: number) => {
    if (length < BUFFER) folded[length] = code;
    hash = stepHash(hash, code);
    length++;
    if (length <= MAX_PROCLITIC_LENGTH) prefixHashes[length] = hash;
  };

  const isWanted = (): boolean => {
    if (!wanted || wanted.has(hash)) return true;
    // What follows a proclitic: every prefix made only of proclitic letters, leaving at least two letters.
    const limit = Math.min(MAX_PROCLITIC_LENGTH, length - 2, BUFFER);
    for (let k = 1; k <= limit && PROCLITIC_LETTERS.has(folded[k - 1]!); k++) {
      if (length - k >= POWERS.length) break;
      if (wanted.has((hash - Math.imul(prefixHashes[k]!, POWERS[length - k]!)) | 0)) return true;
    }
    return false;
  };
  // Asked of every word, wanted or not, so that the matcher looks for near spellings only where one may be.
  const mayBeNear = (): boolean =>
    near !== undefined && length >= NEAR_MIN_LENGTH && length <= BUFFER && near.mayHold(folded, length, MAX_PROCLITIC_LENGTH, PROCLITIC_LETTERS);

  const flush = () => {
    let key: string | undefined;
    const nearish = mayBeNear();
    if (isWanted() || nearish) {
      if (verbatim) key = text.slice(start, wordEnd);
      else if (length <= BUFFER) key = String.fromCharCode.apply(null, folded.subarray(0, length) as unknown as number[]);
      else key = keyOf(text, start, wordEnd);
    }
    let g = gap;
    // An abbreviation point, not the end of a sentence: a dot after a single letter («أ.ف.ب», «أ. ف. ب»), or a dot
    // between letter names with no space on either side («سي.بي.إس», «إف.بي.آي»): a sentence's last word is rarely
    // that short and its full stop is followed by a space.
    const last = tokens.count - 1;
    if (sawDot && gap === Gap.HARD && last >= 0) {
      const before = tokens.ends[last]! - tokens.starts[last]!;
      if (before === 1 || (before <= MAX_LETTER_NAME && start - tokens.ends[last]! === 1)) g = Gap.SOFT;
    }
    tokens.add(start, spanEnd, g, key, nearish);
    start = -1;
    gap = Gap.NONE;
    sawDot = false;
  };

  const open = (i: number, cls: CharClass) => {
    start = i;
    kind = cls;
    length = 0;
    hash = 0;
    verbatim = true;
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = CLASS_TABLE[code] as CharClass;
    if (cls <= CharClass.OTHER_LETTER) {
      if (start >= 0 && cls !== kind) flush();
      if (start < 0) open(i, cls);
      const f = FOLD_TABLE[code] || code;
      if (f !== code) verbatim = false;
      push(f);
      wordEnd = spanEnd = i + 1;
    } else if (cls === CharClass.MARK || cls === CharClass.FORMAT) {
      if (start >= 0) {
        verbatim = false;
        if (cls === CharClass.MARK) spanEnd = i + 1;
      }
    } else if (cls === CharClass.EXPAND) {
      const expanded = expand(code);
      if (expanded.length === 0 || expanded.includes(' ')) {
        if (start >= 0) flush();
        gap = widest(gap, Gap.SOFT);
        continue;
      }
      if (start >= 0 && kind !== CharClass.ARABIC) flush();
      if (start < 0) open(i, CharClass.ARABIC);
      verbatim = false;
      for (let k = 0; k < expanded.length; k++) push(expanded.charCodeAt(k));
      wordEnd = spanEnd = i + 1;
    } else if (start >= 0 && kind === CharClass.DIGIT && DECIMAL_POINTS.has(code) && CLASS_TABLE[text.charCodeAt(i + 1)] === CharClass.DIGIT) {
      // «1.2» and «1,200» are one number, keyed by its digits: «روسيا 1.2 مليون» holds no «روسيا 1» (the channel).
      verbatim = false;
      wordEnd = spanEnd = i + 1;
    } else {
      if (start >= 0) flush();
      const g = SEPARATOR_GAP[cls] ?? Gap.HARD;
      gap = widest(gap, g);
      if (cls === CharClass.DOT) sawDot = true;
      else if (g === Gap.HARD) sawDot = false;
    }
  }
  if (start >= 0) flush();
  return tokens;
}

/** What joins the digits of one number: a decimal point or a thousands separator, Latin or Arabic. */
const DECIMAL_POINTS = new Set(['.', ',', '\u066b', '\u066c'].map((c) => c.charCodeAt(0)));

/** A near spelling is a letter short of the shortest name at most: shorter words need not be asked about. */
const NEAR_MIN_LENGTH = MIN_LENGTH - 1;

/** Of two separations, the one that cuts more. */
const widest = (a: Gap, b: Gap): Gap => (b > a ? b : a);

/** The key of the word at [from, to) of the original text, rebuilt from the text. */
export function keyOf(text: string, from: number, to: number): string {
  let out = '';
  let copyFrom = from; // characters from here on are copied as they are
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (isWordClass(cls) && FOLD_TABLE[code] === 0) continue;
    out += text.slice(copyFrom, i);
    copyFrom = i + 1;
    if (isWordClass(cls)) out += String.fromCharCode(foldedCode(code));
    else if (cls === CharClass.EXPAND) out += expand(code);
  }
  return copyFrom === from ? text.slice(from, to) : out + text.slice(copyFrom, to);
}

/** The lookup form of a phrase: its normalised words joined by single spaces. */
export function normalizeKey(phrase: string): string {
  return tokenize(phrase).firstKey.join(' '); // without a filter every word's key is built, in order
}
