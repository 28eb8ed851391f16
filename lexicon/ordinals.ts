import { ARTICLE } from './clitics';
import { normalizeKey } from './tokenize';

/**
 * Ordinal words as news writes an edition's number into a name («الاجتماع التشاوري السادس لرؤساء دول آسيا الوسطى»,
 * «القمة الثانية عشرة لمنظمة الدول التركية», «القمة الـ11 …»), as keys with their values.
 */
const UNITS: [number, string[]][] = [
  [1, ['الأول', 'الأولى', 'الحادي', 'الحادية']],
  [2, ['الثاني', 'الثانية']],
  [3, ['الثالث', 'الثالثة']],
  [4, ['الرابع', 'الرابعة']],
  [5, ['الخامس', 'الخامسة']],
  [6, ['السادس', 'السادسة']],
  [7, ['السابع', 'السابعة']],
  [8, ['الثامن', 'الثامنة']],
  [9, ['التاسع', 'التاسعة']],
  [10, ['العاشر', 'العاشرة']],
];
const TENS: [number, string[]][] = [
  [20, ['العشرون', 'العشرين']],
  [30, ['الثلاثون', 'الثلاثين']],
  [40, ['الأربعون', 'الأربعين']],
];
const valuesOf = (table: [number, string[]][]) => new Map(table.flatMap(([value, words]) => words.map((w) => [normalizeKey(w), value] as const)));
const UNIT = valuesOf(UNITS);
const TEN = valuesOf(TENS);
const TEENS = new Set(['عشر', 'عشرة'].map(normalizeKey));
/** «والعشرون» in «الحادي والعشرون». */
const AND_TEN = new Map([...TEN].map(([word, value]) => [`و${word}`, value]));
const DIGITS = /^[0-9]+$/;
const YEAR = /^[0-9]{4}$/;
/** «عام 2022» where a name has the bare year («قمة يريفان 2022»). */
const YEAR_WORDS = new Set(['عام', 'العام', 'سنة'].map(normalizeKey));

/** An ordinal starting at a word: how many words it takes and the number it stands for. */
export interface Ordinal {
  length: number;
  value: number;
  /** Written in words («الحادية عشرة»), not digits («الـ11», «11»). */
  inWords: boolean;
}

/**
 * The ordinal from word `at`, if one starts there: «السادس», «الثانية عشرة», «الحادي والعشرون», «العشرين»,
 * «الـ11» (the article and the number are words of their own) or a bare number.
 */
export function ordinalAt(word: (i: number) => string | undefined, at: number): Ordinal | undefined {
  const first = word(at);
  if (first === undefined) return undefined;
  if (DIGITS.test(first)) return { length: 1, value: Number(first), inWords: false };
  const next = word(at + 1);
  if (first === ARTICLE) return DIGITS.test(next ?? '') ? { length: 2, value: Number(next), inWords: false } : undefined;
  const ten = TEN.get(first);
  if (ten !== undefined) return { length: 1, value: ten, inWords: true };
  const unit = UNIT.get(first);
  if (unit === undefined) return undefined;
  if (next !== undefined && TEENS.has(next)) return { length: 2, value: unit + 10, inWords: true };
  const andTen = next === undefined ? undefined : AND_TEN.get(next);
  if (andTen !== undefined) return { length: 2, value: unit + andTen, inWords: true };
  return { length: 1, value: unit, inWords: true };
}

/** How many of the words from `at` make an ordinal (0 when they do not). */
export const ordinalLength = (word: (i: number) => string | undefined, at: number): number => ordinalAt(word, at)?.length ?? 0;

/** 1 when the word at `at` is a word for "year" and a year follows it («في موسكو عام 2022»), else 0. */
export function yearWordLength(word: (i: number) => string | undefined, at: number): number {
  return YEAR_WORDS.has(word(at) ?? '') && YEAR.test(word(at + 1) ?? '') ? 1 : 0;
}
