/**
 * The character rules of Arabic normalisation, as tables (the way Yomitan keeps its Arabic transforms):
 * what is deleted, what folds to what, and how each remaining character separates words.
 * `classify` applies them to one code unit. The tagger does not call it: it reads a table of every code unit's
 * class (char-classes.generated.ts, written by `npm run gen:chars` and checked by the tests), because the
 * Unicode property tests below cost a fresh page tens of microseconds per character while its code is cold.
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
  [0x200b, 0x200b], // zero-width space
  [0x200d, 0x200f], // ZWJ, LRM, RLM
  [0x061c, 0x061c], // Arabic letter mark
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
  [0x00ad, 0x00ad], // soft hyphen
];

/** One-to-one folds of spelling variants. */
export const FOLDS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ئ: 'ي',
  ة: 'ه',
  ۀ: 'ه',
  ە: 'ه',
  ؤ: 'و',
  ک: 'ك',
  گ: 'غ',
  // Persian letters on Arabic pages of Iranian and Afghan outlets («پزشکیان»), as Arabic spelling renders them.
  پ: 'ب',
  چ: 'ج',
  ژ: 'ز',
  ڤ: 'ف',
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
  '۰': '0',
  '۱': '1',
  '۲': '2',
  '۳': '3',
  '۴': '4',
  '۵': '5',
  '۶': '6',
  '۷': '7',
  '۸': '8',
  '۹': '9',
};

/** Presentation forms fold by NFKC; a lam-alef ligature expands to two letters. */
export const NFKC_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe],
];

/**
 * How a non-word character separates the words around it. A multi-word name may run across SOFT gaps
 * (spaces, hyphens and the en dash of compound names, quotes, brackets, the plus of formats such as «C5+1») but never across a HARD one (sentence
 * punctuation, the em dash, line breaks).
 * A dot is soft only inside an abbreviation of single letters (أ.ف.ب), hard elsewhere.
 */
export const Gap = { NONE: 0, SOFT: 1, HARD: 3 } as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

// The zero-width non-joiner is Persian spelling's space inside a compound («جلال‌آباد», «مزار‌شریف»): Arabic writes one.
export const SOFT_SEPARATORS =
  ' \t\u00a0\u200c\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000' + '-\u2010\u2011\u2013_«»"\'“”„‘’‹›()[]{}<>*/\\|+';
export const DOT_SEPARATORS = '.';

/** Character classes stored in the lookup table. UNKNOWN is never stored: it stands for "no word yet". */
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

function inRanges(code: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([lo, hi]) => code >= lo && code <= hi);
}

export function classify(code: number): CharClass {
  if (inRanges(code, MARK_RANGES)) return CharClass.MARK;
  if (inRanges(code, FORMAT_RANGES)) return CharClass.FORMAT;
  if (inRanges(code, NFKC_RANGES)) return CharClass.EXPAND;
  const ch = String.fromCharCode(code);
  const folded = FOLDS[ch] ?? ch;
  if (folded >= '0' && folded <= '9') return CharClass.DIGIT;
  if (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    code === 0x06d5 ||
    (code >= 0x06fa && code <= 0x06fc) ||
    (code >= 0x0750 && code <= 0x077f)
  )
    return CharClass.ARABIC;
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) return CharClass.LATIN;
  if (SOFT_SEPARATORS.includes(ch)) return CharClass.SOFT;
  if (DOT_SEPARATORS.includes(ch)) return CharClass.DOT;
  if (/\p{M}/u.test(ch)) return CharClass.MARK; // other combining marks stay with their letter
  if (/[\p{L}\p{N}]/u.test(ch)) return code < 0x0250 ? CharClass.LATIN : CharClass.OTHER_LETTER;
  if (/\s/u.test(ch)) return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029' ? CharClass.HARD : CharClass.SOFT;
  return CharClass.HARD;
}

/**
 * Every code unit's class as runs: a flat list of class and length, class and length, … About a thousand runs
 * cover the Basic Multilingual Plane.
 */
export function encodeClassRuns(classOf: (code: number) => number = classify): number[] {
  const out: number[] = [];
  for (let start = 0; start < 0x10000;) {
    const cls = classOf(start);
    let end = start + 1;
    while (end < 0x10000 && classOf(end) === cls) end++;
    out.push(cls, end - start);
    start = end;
  }
  return out;
}
