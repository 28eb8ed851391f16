import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../build/lexicon-data';
import { compile } from '../lexicon/matcher';
import { tokenize } from '../lexicon/tokenize';
import { WordFilter } from '../lexicon/wordhash';
import { NearNames, editsWithin, looselyNear, nearIndex, nearSpellings, oneEditApart, skeletonOf, transposedSkeletons } from '../lexicon/near';
import type { Entry, Lexicon } from '../lexicon/schema';

const entry = (id: string, aliases: string[]): Entry => ({
  id,
  type: 'place',
  name: { en: id, ar: aliases[0]! },
  aliases,
  card: { summary: { en: '', ar: '' }, facts: [], relations: [] },
});
const lexicon = (entries: Entry[], nearWords: string[] = []): Lexicon => ({ entries, rules: { homographs: {}, blockers: [], nearWords } });
const tag = (lex: Lexicon, text: string) =>
  compile(lex)
    .match(text)
    .map((m) => [m.id, text.slice(m.start, m.end), m.approximate ?? false]);

describe('consonant skeletons', () => {
  it('drop long vowels, fold near consonants and collapse doubles', () => {
    expect(skeletonOf('كازاخستان')).toBe(skeletonOf('كازخستان'));
    expect(skeletonOf('قيرغيزستان')).toBe(skeletonOf('كيرغيزستان'));
    expect(skeletonOf('طاجيكستان')).toBe(skeletonOf('تاجكستان'));
    expect(skeletonOf('بلينكن')).toBe(skeletonOf('بلينكنن'));
    expect(skeletonOf('كازاخستان')).not.toBe(skeletonOf('كازاخستين' + 'ر'));
  });
  it('belong to Arabic words only', () => {
    expect(skeletonOf('Kazakhstan')).toBe('');
  });
});

describe('one edit apart', () => {
  it('holds for a letter inserted, deleted or replaced, and for two neighbours swapped', () => {
    expect(oneEditApart('كازاخستان', 'كازخستان')).toBe(true);
    expect(oneEditApart('كازاخستان', 'كازاخستاان')).toBe(true);
    expect(oneEditApart('كازاخستان', 'كازاخصتان')).toBe(true);
    expect(oneEditApart('كازاخستان', 'كازاختسان')).toBe(true);
  });
  it('fails for two edits and for the same word', () => {
    expect(oneEditApart('كازاخستان', 'كزخستان')).toBe(false);
    expect(oneEditApart('كازاخستان', 'كازختسان')).toBe(false);
    expect(oneEditApart('كازاخستان', 'كازاخستان')).toBe(false);
  });
});

describe('loosely near words', () => {
  it('count letters inserted, deleted, replaced or swapped', () => {
    expect(editsWithin('شانغاي', 'شنغهاي', 2)).toBe(true);
    expect(editsWithin('شانغاي', 'شنغهاي', 1)).toBe(false);
    expect(editsWithin('كافيلاشفيني', 'كافيلاشفيلي', 1)).toBe(true);
    expect(editsWithin('سيدوروف', 'سيدورف', 0)).toBe(false);
  });
  it('have skeletons one consonant apart and words at most two letters apart', () => {
    expect(looselyNear('شانغاي', 'شنغهاي')).toBe(true); // ه dropped, ا added
    expect(looselyNear('كافيلاشفيني', 'كافيلاشفيلي')).toBe(true); // ن for ل
    expect(looselyNear('طاجيكسان', 'طاجيكستان')).toBe(true); // ت dropped
    expect(looselyNear('شانغا', 'شنغهاي')).toBe(false); // its last letter differs
    expect(looselyNear('شينجان', 'شنغهاي')).toBe(false); // two consonants off
  });
  it('keep the article and, after it, the first and last letters, and need five letters in the name', () => {
    expect(looselyNear('اقتصادية', 'الاقتصادية')).toBe(false);
    expect(looselyNear('الرومانية', 'السامانية')).toBe(false);
    expect(looselyNear('العثمنية', 'العثمانية')).toBe(true);
    expect(looselyNear('دريم', 'درايم')).toBe(false);
  });
});

describe('near names', () => {
  const near = new NearNames(nearIndex(['كازاخستان', 'التشيك', 'بلينكن', 'بلينكين']), ['كازاخستين']);
  it('reads a word one edit from a name with the same skeleton as that name', () => {
    expect(near.namesFor('كازخستان')).toEqual(['كازاخستان']);
    expect(near.namesFor('قازاخستان')).toEqual(['كازاخستان']);
  });
  it('never changes the first or last letter, where clitics and endings go', () => {
    expect(near.namesFor('كازاخستاني')).toEqual([]);
    expect(near.namesFor('وازاخستان')).toEqual([]);
  });
  it('leaves names of fewer than six letters without the article alone', () => {
    expect(near.namesFor('التشكيك')).toEqual([]);
  });
  it('refuses listed real words and gives every name a word is one edit from', () => {
    expect(near.namesFor('كازاخستين')).toEqual([]);
    expect(near.namesFor('بلينيكن').sort()).toEqual(['بلينكن', 'بلينكين'].sort());
  });
  it('reads two neighbouring consonants typed the wrong way round, inside the word only', () => {
    const panjshir = new NearNames(nearIndex(['بنجشير']), []);
    expect(panjshir.namesFor('بنشجير')).toEqual(['بنجشير']);
    expect(panjshir.namesFor('نبجشير')).toEqual([]);
    expect(panjshir.namesFor('بنشيجر')).toEqual([]);
    expect(nearSpellings('بنجشير')).toContain('بنشجير');
  });
  it('marks while tokenising the words that may be near spellings, so that only they are looked up', () => {
    const tokens = tokenize('زار وكازخستان ثم المدينة', new WordFilter(), undefined, near);
    expect(Array.from(tokens.near.subarray(0, tokens.count))).toEqual([0, 1, 0, 0]);
  });
  it("marks no word whose first or last letter is not a name's of the same consonants («يكازاخستان», «كازاخستاني»)", () => {
    const tokens = tokenize('زار وكازخستان وقزاخستان يكازاخستان كازاخستاني', new WordFilter(), undefined, near);
    expect(Array.from(tokens.near.subarray(0, tokens.count))).toEqual([0, 1, 1, 0, 0]);
  });
  it("swaps no consonants into a double, which no word's skeleton holds", () => {
    expect(transposedSkeletons('abcb')).toEqual(['bacb']);
    expect(transposedSkeletons('abcd')).toEqual(['bacd', 'acbd', 'abdc']);
  });
  it('lists the near spellings it reads, and only those', () => {
    const spellings = nearSpellings('كازاخستان');
    expect(spellings).toContain('كازخستان');
    expect(spellings).toContain('قازاخستان');
    expect(spellings).not.toContain('كازاخستاني');
    for (const s of spellings) expect(near.namesFor(s), s).toEqual(s === 'كازاخستين' ? [] : ['كازاخستان']);
  });
});

describe('the matcher with near spellings', () => {
  const lex = lexicon([entry('kazakhstan', ['كازاخستان']), entry('sco', ['منظمة شنغهاي للتعاون'])], ['كازاخستين']);
  it('finds a name from a near spelling and says it was read approximately', () => {
    expect(tag(lex, 'زار كازخستان أمس')).toEqual([['kazakhstan', 'كازخستان', true]]);
    expect(tag(lex, 'زار كازاخستان أمس')).toEqual([['kazakhstan', 'كازاخستان', false]]);
  });
  it('takes proclitics off a near spelling as off a name', () => {
    expect(tag(lex, 'وبكازخستان')).toEqual([['kazakhstan', 'كازخستان', true]]);
  });
  it('reads a near spelling inside a multi-word name', () => {
    expect(tag(lex, 'قمة منظمة شانغهاي للتعاون')).toEqual([['sco', 'منظمة شانغهاي للتعاون', true]]);
  });
  it("reads a person's surname alone only as written, but a near surname after the first name", () => {
    const person = (id: string, aliases: string[]): Entry => ({ ...entry(id, aliases), type: 'person' });
    const people = lexicon([person('mirziyoyev', ['شوكت ميرزيوييف', 'ميرزيوييف'])]);
    expect(tag(people, 'وصل ميرزيوييف')).toEqual([['mirziyoyev', 'ميرزيوييف', false]]);
    expect(tag(people, 'اعتقل ميرزوييف')).toEqual([]); // Mirzoyev, another man
    expect(tag(people, 'وصل شوكت ميرزوييف')).toEqual([['mirziyoyev', 'شوكت ميرزوييف', true]]);
  });
  it('reads a near spelling of a surname alone only after the full name, as the exact short form', () => {
    const person = (id: string, aliases: string[]): Entry => ({ ...entry(id, aliases), type: 'person' });
    const one = lexicon([person('tileuberdi', ['مختار تليوبردي'])]);
    expect(tag(one, 'قال مختار تليوبردي إن الوضع هادئ، كما أشار تليوبيردي إلى')).toEqual([
      ['tileuberdi', 'مختار تليوبردي', false],
      ['tileuberdi', 'تليوبيردي', true],
    ]);
    expect(tag(one, 'كما أشار تليوبيردي إلى')).toEqual([]);
  });
  it("reads a near surname one edit from two spellings of the same person's name, but not from two people's", () => {
    const person = (id: string, aliases: string[]): Entry => ({ ...entry(id, aliases), type: 'person' });
    const one = lexicon([person('tileuberdi', ['مختار تليوبردي', 'مختار تلوبيردي'])]);
    expect(tag(one, 'قال مختار تليوبيردي إن')).toEqual([['tileuberdi', 'مختار تليوبيردي', true]]);
    const two = lexicon([person('a', ['مختار تليوبردي']), person('b', ['مختار تلوبيردي'])]);
    expect(tag(two, 'قال مختار تليوبيردي إن')).toEqual([]);
  });
  it('reads a near spelling of a word that up to three entries share, inside one of their names, but not of a word more share', () => {
    const crocus = lexicon([entry('hall', ['كروكوس سيتي هول']), entry('attack', ['هجوم كروكوس'])]);
    expect(tag(crocus, 'الهجوم على كروكس سيتي هول')).toEqual([['hall', 'كروكس سيتي هول', true]]);
    const ministries = (n: number) =>
      lexicon(['الأولى', 'الثانية', 'الثالثة', 'الرابعة'].slice(0, n).map((w, i) => entry(`m${i}`, [`الوزارة الاتحادية ${w}`])));
    expect(tag(ministries(3), 'الوزارة الاتحدية الأولى')).toEqual([['m0', 'الوزارة الاتحدية الأولى', true]]);
    expect(tag(ministries(4), 'الوزارة الاتحدية الأولى')).toEqual([]);
  });
  it('does not read a listed real word as a name', () => {
    expect(tag(lex, 'كازاخستين')).toEqual([]);
  });
  it('reads one word loosely near its name inside a name of three words, or of two when that word is long', () => {
    const loose = lexicon(
      [entry('sco', ['منظمة شنغهاي للتعاون', 'منظمة شنغهاي']), entry('tajikistan', ['جمهورية طاجيكستان']), entry('ottoman', ['الدولة العثمانية'])],
      [],
    );
    expect(tag(loose, 'قمة منظمة شانغاي للتعاون')).toEqual([['sco', 'منظمة شانغاي للتعاون', true]]);
    expect(tag(loose, 'قمة منظمة شانغاي')).toEqual([]); // the distinctive word alone, loosely: too little
    expect(tag(loose, 'حكومة جمهورية طاجيكسان')).toEqual([['tajikistan', 'جمهورية طاجيكسان', true]]);
    expect(tag(loose, 'منظمة شينجان للتعاون')).toEqual([]); // two consonants off
    // A word listed as ordinary is never read loosely: «العلمانية» (secularism) is no «العثمانية».
    expect(tag({ ...loose, rules: { ...loose.rules, homographs: { العلمانية: { en: 'secularism', ar: 'العلمانية' } } } }, 'الدولة العلمانية')).toEqual([]);
    expect(tag(loose, 'الدولة العثمنية')).toEqual([['ottoman', 'الدولة العثمنية', true]]);
  });
  it('leaves ordinary words near bundled names alone', () => {
    const m = compile(bundledLexicon);
    for (const text of ['التشكيك في النتائج', 'الكوادر الطبية', 'احتياجات السكان', 'عصير البرتقال', 'الطلاب والطالبين']) {
      expect(m.match(text), text).toEqual([]);
    }
  });
  it('reads near spellings of bundled names', () => {
    const m = compile(bundledLexicon);
    const text = 'وصل الوفد إلى قيرغزيستان';
    expect(m.match(text).map((x) => [x.id, text.slice(x.start, x.end), x.approximate])).toEqual([['kyrgyzstan', 'قيرغزيستان', true]]);
  });
});
