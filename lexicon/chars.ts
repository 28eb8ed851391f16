/**
 * The character rules of Arabic normalisation, as tables (the way Yomitan keeps its Arabic transforms):
 * what is deleted, what folds to what, and how each remaining character separates words.
 * Everything else in the tagger reads these tables; no rule lives in a branch elsewhere.
 */

/**
 * Deleted outright: a space here would split a word. Marks belong to the letter they sit on, so a mention
 * that ends on that letter ends after them; format controls belong to nobody.
 */
export const MARK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x064b, 0x065f], // tashkeel (fathatan … sukun) and the rarer marks after it
  [0x0670, 0x0670], // superscript alef
  [0x0640, 0x0640], // tatweel
];
export const FORMAT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x200b, 0x200f], // zero-width space, ZWNJ, ZWJ, LRM, RLM
  [0x061c, 0x061c], // Arabic letter mark
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
  [0x00ad, 0x00ad], // soft hyphen
];

/** One-to-one folds of spelling variants. */
export const FOLDS: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'گ': 'غ',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};

/** Presentation forms fold by NFKC; a lam-alef ligature expands to two letters. */
export const NFKC_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe],
];

/**
 * How a non-word character separates the words around it. A multi-word name may run across SOFT gaps
 * (spaces, hyphens, quotes, brackets) but never across a HARD one (sentence punctuation, line breaks).
 * A dot is soft only inside an abbreviation of single letters (أ.ف.ب), hard elsewhere.
 */
export const Gap = { NONE: 0, SOFT: 1, HARD: 3 } as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

export const SOFT_SEPARATORS = ' \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000' +
  '-\u2010\u2011_«»"\'“”„‘’‹›()[]{}<>*/\\|';
export const DOT_SEPARATORS = '.';

/** Character classes stored in the lookup table. */
export const CharClass = {
  UNKNOWN: 0,
  ARABIC: 1,
  LATIN: 2,
  DIGIT: 3,
  OTHER_LETTER: 4,
  MARK: 5,
  FORMAT: 6,
  EXPAND: 7,
  SOFT: 8,
  DOT: 9,
  HARD: 10,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

export const isWordClass = (c: CharClass): boolean => c >= CharClass.ARABIC && c <= CharClass.OTHER_LETTER;
export const isDeletedClass = (c: CharClass): boolean => c === CharClass.MARK || c === CharClass.FORMAT;

/** Lazily filled per code unit; read directly on the hot path, with `charClass` as the slow path. */
export const CLASS_TABLE = new Uint8Array(0x10000);
/** Folded code unit of each word character, filled together with CLASS_TABLE. */
export const FOLD_TABLE = new Uint16Array(0x10000);

function inRanges(code: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([lo, hi]) => code >= lo && code <= hi);
}

function classify(code: number): CharClass {
  if (inRanges(code, MARK_RANGES)) return CharClass.MARK;
  if (inRanges(code, FORMAT_RANGES)) return CharClass.FORMAT;
  if (inRanges(code, NFKC_RANGES)) return CharClass.EXPAND;
  const ch = String.fromCharCode(code);
  const folded = FOLDS[ch] ?? ch;
  if (folded >= '0' && folded <= '9') return CharClass.DIGIT;
  if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3) || code === 0x06d5 ||
      (code >= 0x06fa && code <= 0x06fc) || (code >= 0x0750 && code <= 0x077f)) return CharClass.ARABIC;
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) return CharClass.LATIN;
  if (SOFT_SEPARATORS.includes(ch)) return CharClass.SOFT;
  if (DOT_SEPARATORS.includes(ch)) return CharClass.DOT;
  if (/\p{M}/u.test(ch)) return CharClass.MARK; // other combining marks stay with their letter
  if (/[\p{L}\p{N}]/u.test(ch)) return code < 0x0250 ? CharClass.LATIN : CharClass.OTHER_LETTER;
  if (/\s/u.test(ch)) return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029' ? CharClass.HARD : CharClass.SOFT;
  return CharClass.HARD;
}

/** Class of a UTF-16 code unit; computed once per code unit and cached. */
export function charClass(code: number): CharClass {
  let c = CLASS_TABLE[code] as CharClass;
  if (c === CharClass.UNKNOWN) {
    c = classify(code);
    CLASS_TABLE[code] = c;
    FOLD_TABLE[code] = fold(code);
  }
  return c;
}

function fold(code: number): number {
  const ch = String.fromCharCode(code);
  const f = FOLDS[ch];
  if (f !== undefined) return f.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  return code;
}

/** The folded code unit of a word character (call charClass first). */
export function foldedCode(code: number): number {
  return FOLD_TABLE[code]!;
}

/** NFKC expansion of a presentation form, itself folded (ﻷ → لا). */
export function expand(code: number): string {
  let out = '';
  for (const ch of String.fromCharCode(code).normalize('NFKC')) {
    const c = ch.charCodeAt(0);
    const cls = charClass(c);
    if (isDeletedClass(cls)) continue;
    out += isWordClass(cls) ? String.fromCharCode(foldedCode(c)) : ' ';
  }
  return out;
}
