import { ARTICLE } from './clitics';
import { normalizeKey } from './tokenize';

/**
 * Ordinal words as news writes an edition's number into a name («الاجتماع التشاوري السادس لرؤساء دول آسيا الوسطى»,
 * «القمة الثانية عشرة لمنظمة الدول التركية», «القمة الـ11 …»), as keys.
 */
const UNITS = ['الأول', 'الأولى', 'الحادي', 'الحادية', 'الثاني', 'الثانية', 'الثالث', 'الثالثة', 'الرابع', 'الرابعة', 'الخامس', 'الخامسة', 'السادس', 'السادسة', 'السابع', 'السابعة', 'الثامن', 'الثامنة', 'التاسع', 'التاسعة', 'العاشر', 'العاشرة'].map(normalizeKey);
const TEENS = new Set(['عشر', 'عشرة'].map(normalizeKey));
const TENS = ['العشرون', 'العشرين', 'الثلاثون', 'الثلاثين', 'الأربعون', 'الأربعين'].map(normalizeKey);
const UNIT = new Set(UNITS);
const TEN = new Set(TENS);
/** «والعشرون» in «الحادي والعشرون». */
const AND_TEN = new Set(TENS.map((t) => `و${t}`));
const DIGITS = /^[0-9]+$/;

/**
 * How many of the words from `at` make an ordinal (0 when they do not): «السادس», «الثانية عشرة», «الحادي
 * والعشرون», «العشرين», «الـ11» (the article and the number are words of their own) or a bare number.
 */
export function ordinalLength(word: (i: number) => string | undefined, at: number): number {
  const first = word(at);
  if (first === undefined) return 0;
  if (DIGITS.test(first)) return 1;
  if (first === ARTICLE) return DIGITS.test(word(at + 1) ?? '') ? 2 : 0;
  if (TEN.has(first)) return 1;
  if (!UNIT.has(first)) return 0;
  const next = word(at + 1);
  return next !== undefined && (TEENS.has(next) || AND_TEN.has(next)) ? 2 : 1;
}
