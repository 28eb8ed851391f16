/**
 * The tagger's view of characters: every UTF-16 code unit's class and folded form, as tables read on the hot
 * path. The rules themselves live in char-rules.ts; the class of every code unit is shipped precomputed.
 */
import { CharClass, FOLDS } from './char-rules';
import { CLASS_RUNS } from './char-classes.generated';

export { CharClass, Gap } from './char-rules';

export const isWordClass = (c: CharClass): boolean => c >= CharClass.ARABIC && c <= CharClass.OTHER_LETTER;
export const isDeletedClass = (c: CharClass): boolean => c === CharClass.MARK || c === CharClass.FORMAT;

/** The class of every code unit. */
export const CLASS_TABLE = decodeClassRuns(CLASS_RUNS);
/** The folded code unit of each word character that folds (أ → ا, A → a); 0 where it stays as it is. */
export const FOLD_TABLE = new Uint16Array(0x10000);
for (const [from, to] of Object.entries(FOLDS)) FOLD_TABLE[from.charCodeAt(0)] = to.charCodeAt(0);
for (let code = 0x41; code <= 0x5a; code++) FOLD_TABLE[code] = code + 32;

/**
 * Reads the runs written by `encodeClassRuns` (char-rules.ts). This runs on every page load, before the code is
 * warm, so the loop is over runs (JSON.parse read the numbers) and the filling is the typed array's own.
 */
export function decodeClassRuns(runs: readonly number[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0, at = 0; i < runs.length; i += 2) {
    const end = at + runs[i + 1]!;
    table.fill(runs[i]!, at, end);
    at = end;
  }
  return table;
}

/** Class of a UTF-16 code unit. */
export function charClass(code: number): CharClass {
  return CLASS_TABLE[code] as CharClass;
}

/** The folded code unit of a word character. */
export function foldedCode(code: number): number {
  return FOLD_TABLE[code] || code;
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

/** The original offset after `n` normalised letters from `from`: deleted marks between them are skipped. */
export function skipLetters(text: string, from: number, n: number): number {
  let i = from;
  let seen = 0;
  while (i < text.length && seen < n) {
    const cls = charClass(text.charCodeAt(i));
    if (isWordClass(cls)) seen++;
    else if (cls === CharClass.EXPAND) seen += expand(text.charCodeAt(i)).length;
    i++;
  }
  // Marks on the last skipped letter belong to it, not to the name.
  while (i < text.length && isDeletedClass(charClass(text.charCodeAt(i)))) i++;
  return i;
}
