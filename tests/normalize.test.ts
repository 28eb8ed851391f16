import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../lexicon/normalize';
import { normalizeKey } from '../lexicon/tokenize';

describe('normalisation: deleted characters', () => {
  const cases: [string, string][] = [
    ['tashkeel', 'بُوتِينَ'],
    ['tanween', 'جواً'],
    ['shadda and sukun', 'شُرْطَّة'],
    ['superscript alef', 'هٰذا'],
    ['tatweel', 'روسـيـا'],
    ['ZWJ', 'رو\u200dسيا\u200d'],
    ['LRM and RLM', '\u200eروسيا\u200f'],
    ['Arabic letter mark', 'روس\u061cيا'],
    ['bidi embedding and override', '\u202bروسيا\u202c\u202e'],
    ['bidi isolates', '\u2067روسيا\u2069\u2066\u2068'],
    ['BOM', '\ufeffروسيا'],
    ['soft hyphen', 'رو\u00adسيا'],
  ];
  it.each(cases)('deletes %s without splitting the word', (_, input) => {
    const out = normalize(input).text;
    expect(out).not.toMatch(/[\u064b-\u065f\u0670\u0640\u200b\u200d-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/);
    expect(out).not.toContain(' ');
  });
  it('leaves the letters in order', () => {
    expect(normalize('روسـيـا').text).toBe('روسيا');
    expect(normalize('بُوتِينَ').text).toBe('بوتين');
  });
});

describe('normalisation: folds', () => {
  const folds: [string, string][] = [
    ['أ', 'ا'],
    ['إ', 'ا'],
    ['آ', 'ا'],
    ['ٱ', 'ا'],
    ['ى', 'ي'],
    ['ی', 'ي'],
    ['ة', 'ه'],
    ['ک', 'ك'],
    ['پچژڤ', 'بجزف'],
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['IL', 'il'],
  ];
  it.each(folds)('folds %s to %s', (from, to) => {
    expect(normalize(from).text).toBe(to);
  });
  it('reads a Persian spelling on an Arabic page as the Arabic one: «پزشکیان» is «بزشكيان»', () => {
    expect(normalizeKey('مسعود پزشکیان')).toBe(normalizeKey('مسعود بزشكيان'));
    expect(normalizeKey('عراقچی')).toBe(normalizeKey('عراقجي'));
  });
  it('makes «القاعدة 201» and «القاعدة ٢٠١» the same key', () => {
    expect(normalizeKey('القاعدة ٢٠١')).toBe(normalizeKey('القاعدة 201'));
  });
  it('folds presentation forms by NFKC', () => {
    // ﺭﻭﺳﻴﺎ written in isolated/final/medial presentation forms
    expect(normalize('\ufead\ufeed\ufeb3\ufef4\ufe8e').text).toBe('روسيا');
  });
  it('expands a lam-alef ligature into two letters', () => {
    expect(normalize('\ufefb').text).toBe('لا');
    expect(normalize('\ufef7').text).toBe('لا'); // lam with alef-hamza, the hamza folded too
  });
});

describe('normalisation: offset map', () => {
  it('maps every normalised code unit back to its original index', () => {
    const original = 'قال بُوتِـينُ';
    const n = normalize(original);
    expect(n.text).toBe('قال بوتين');
    const start = n.text.indexOf('بوتين');
    const span = toOriginalSpan(n, start, start + 5);
    expect(original.slice(span.start, span.end)).toBe('بُوتِـين');
  });
  it('maps both letters of an expanded ligature to the ligature', () => {
    const original = 'ك\ufefbم';
    const n = normalize(original);
    expect(n.text).toBe('كلام');
    expect(Array.from(n.offsets)).toEqual([0, 1, 1, 2]);
    expect(toOriginalSpan(n, 1, 3)).toEqual({ start: 1, end: 2 });
  });
});
