import { CharClass, Gap, charClass, expand, foldedCode, isWordClass } from './chars';

/**
 * Words of a text, normalised, with their spans in the original text. Parallel arrays rather than objects:
 * a 10 MB page has millions of tokens and this is the hot path.
 */
export interface Tokens {
  count: number;
  /** Normalised form of each token: the lookup key. */
  keys: string[];
  /** UTF-16 offset of the token's first character in the original text. */
  starts: number[];
  /** UTF-16 offset just past the token, including marks that sit on its last letter. */
  ends: number[];
  /** How the token is separated from the one before it. */
  gaps: Gap[];
}

const SEPARATOR_GAP: Partial<Record<CharClass, Gap>> = {
  [CharClass.SOFT]: Gap.SOFT,
  [CharClass.DOT]: Gap.HARD, // softened below inside single-letter abbreviations
  [CharClass.HARD]: Gap.HARD,
};

/**
 * Splits text into normalised words in one pass. A word is a run of letters of one script or of digits:
 * «سوخوي25» is two words, so that «سوخوي 25», «سوخوي-25» and «سوخوي25» all match one alias. Deleted
 * characters (tashkeel, tatweel, bidi marks) vanish without splitting the word they sit in.
 */
export function tokenize(text: string): Tokens {
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const gaps: Gap[] = [];

  let start = -1; // start of the current token, -1 when between tokens
  let kind: CharClass = CharClass.UNKNOWN;
  let built = ''; // the normalised token so far, up to `copyFrom`
  let copyFrom = 0; // original characters from here on are copied unchanged
  let wordEnd = 0; // just past the token's last word character
  let spanEnd = 0; // just past the token's last character, marks included
  let gap: Gap = Gap.HARD;
  let sawDot = false;

  const flush = () => {
    const key = built + text.slice(copyFrom, wordEnd);
    let g = gap;
    // «أ.ف.ب»: a dot after a single letter is an abbreviation point, not the end of a sentence.
    if (sawDot && gap === Gap.HARD && keys.length > 0 && keys[keys.length - 1]!.length === 1) g = Gap.SOFT;
    keys.push(key);
    starts.push(start);
    ends.push(spanEnd);
    gaps.push(g);
    start = -1;
    gap = Gap.NONE;
    sawDot = false;
  };

  const separate = (g: Gap, dot: boolean) => {
    if (start >= 0) flush();
    if (g > gap) gap = g;
    if (dot) sawDot = true;
    else if (g === Gap.HARD) sawDot = false;
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (isWordClass(cls)) {
      if (start >= 0 && cls !== kind) flush();
      if (start < 0) {
        start = i;
        kind = cls;
        built = '';
        copyFrom = i;
      }
      const f = foldedCode(code);
      if (f !== code) {
        built += text.slice(copyFrom, i) + String.fromCharCode(f);
        copyFrom = i + 1;
      }
      wordEnd = spanEnd = i + 1;
    } else if (cls === CharClass.DELETED) {
      if (start >= 0) {
        built += text.slice(copyFrom, i);
        copyFrom = i + 1;
        spanEnd = i + 1;
      }
    } else if (cls === CharClass.EXPAND) {
      const expanded = expand(code);
      if (expanded.length === 0 || expanded.includes(' ')) {
        separate(Gap.SOFT, false);
        continue;
      }
      if (start >= 0 && kind !== CharClass.ARABIC) flush();
      if (start < 0) {
        start = i;
        kind = CharClass.ARABIC;
        built = '';
        copyFrom = i;
      }
      built += text.slice(copyFrom, i) + expanded;
      copyFrom = i + 1;
      wordEnd = spanEnd = i + 1;
    } else {
      separate(SEPARATOR_GAP[cls] ?? Gap.HARD, cls === CharClass.DOT);
    }
  }
  if (start >= 0) flush();
  return { count: keys.length, keys, starts, ends, gaps };
}

/** The lookup form of a phrase: its normalised words joined by single spaces. */
export function normalizeKey(phrase: string): string {
  return tokenize(phrase).keys.join(' ');
}
