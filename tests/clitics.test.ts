import { describe, expect, it } from 'vitest';
import { strippedReadings } from '../lexicon/clitics';
import { compile } from '../lexicon/matcher';
import { entry, lexiconOf } from './helpers/lexicon';

const known =
  (...keys: string[]) =>
  (k: string) =>
    keys.includes(k);

describe('proclitic readings', () => {
  it.each([
    ['و', 'وروسيا'],
    ['ف', 'فروسيا'],
    ['ب', 'بروسيا'],
    ['ل', 'لروسيا'],
    ['ك', 'كروسيا'],
    ['و + ب', 'وبروسيا'],
    ['ف + ل', 'فلروسيا'],
  ])('strips %s', (_, token) => {
    expect(strippedReadings(token, known('روسيا')).map((r) => r.key)).toEqual(['روسيا']);
  });

  it("never strips the future's «س», which attaches to verbs only: «ساربيل» is a name, not Erbil", () => {
    expect(strippedReadings('ساربيل', known('اربيل'))).toEqual([]);
    expect(strippedReadings('وساربيل', known('اربيل'))).toEqual([]);
  });

  it('reads ك before a bare word of under five letters only as the first word of a longer name', () => {
    // «كاكار» is Kakar, not "like Akar"; «كمالي» is Kamali, not "like Mali".
    expect(strippedReadings('كاكار', known('اكار'))).toEqual([{ key: 'اكار', outside: 1, short: true, article: false }]);
    expect(strippedReadings('كمالي', known('مالي'))[0]?.short).toBe(true);
    expect(strippedReadings('بمالي', known('مالي'))[0]?.short).toBe(false);
    expect(strippedReadings('كالعراق', known('العراق'))[0]?.short).toBe(false);
    const m = compile(lexiconOf([entry('akar', ['أكار']), entry('mali', ['مالي']), entry('nato', ['حلف الناتو'])]));
    expect(m.match('قال بخت كاكار إن كمالي وبمالي كحلف الناتو').map((x) => x.id)).toEqual(['mali', 'nato']);
  });

  it('strips the article and finds the name with or without it, saying when the name lacks it', () => {
    expect(strippedReadings('الناتو', known('ناتو'))).toEqual([{ key: 'ناتو', outside: 0, short: false, article: true }]);
    expect(strippedReadings('والعراق', known('العراق'))).toEqual([{ key: 'العراق', outside: 1, short: false, article: false }]);
  });

  it('reads the contraction لل as ل + ال', () => {
    expect(strippedReadings('للعراق', known('العراق'))).toEqual([{ key: 'العراق', outside: 2, short: false, article: false }]);
    expect(strippedReadings('للناتو', known('ناتو'))).toEqual([{ key: 'ناتو', outside: 2, short: false, article: true }]);
    expect(strippedReadings('وللناتو', known('ناتو'))).toEqual([{ key: 'ناتو', outside: 3, short: false, article: true }]);
  });

  it('reads ل before a word that starts with ل as ل + ال, the article gone (للجنة = ل + اللجنة)', () => {
    expect(strippedReadings('للجنة', known('اللجنة'))).toEqual([{ key: 'اللجنة', outside: 1, short: false, article: false }]);
    expect(strippedReadings('وللجنة', known('اللجنة'))).toEqual([{ key: 'اللجنة', outside: 2, short: false, article: false }]);
    // Only before ل: «لقاهرة» is not a spelling of «للقاهرة».
    expect(strippedReadings('لقاهرة', known('القاهرة'))).toEqual([]);
  });

  it('keeps the slot order: a preposition never comes before a conjunction', () => {
    expect(strippedReadings('بوروسيا', known('روسيا'))).toEqual([]);
  });

  it('strips only when the remainder is a known key', () => {
    expect(strippedReadings('لبنان', known('بنان'))).toHaveLength(1);
    expect(strippedReadings('لبنان', known('روسيا'))).toEqual([]);
  });

  it('never leaves fewer than three letters for a name on its own', () => {
    expect(strippedReadings('وتا', known('تا'))).toEqual([{ key: 'تا', outside: 1, short: true, article: false }]);
    expect(strippedReadings('وتاس', known('تاس'))).toEqual([{ key: 'تاس', outside: 1, short: false, article: false }]);
    expect(strippedReadings('وت', known('ت'))).toEqual([]);
  });
});

describe('short stems in the matcher', () => {
  const m = compile(lexiconOf([entry('su', ['سو 25']), entry('ta', ['تا'])]));
  it('does not take a two-letter remainder for a name on its own', () => {
    expect(m.match('وتا')).toEqual([]);
  });
  it('lets a two-letter remainder open a longer name', () => {
    expect(m.match('وسو-25')).toEqual([{ id: 'su', start: 1, end: 6, kind: 'name' }]);
  });
});

describe('names that begin with clitic letters', () => {
  const m = compile(
    lexiconOf([
      entry('lebanon', ['لبنان']),
      entry('libya', ['ليبيا']),
      entry('belarus', ['بيلاروسيا']),
      entry('blinken', ['بلينكن']),
      entry('ministry', ['وزارة الدفاع']),
      entry('russia', ['روسيا']),
    ]),
  );
  it.each([
    ['لبنان', 'lebanon'],
    ['ليبيا', 'libya'],
    ['بيلاروسيا', 'belarus'],
    ['بلينكن', 'blinken'],
    ['وزارة الدفاع', 'ministry'],
  ])('%s is matched whole', (text, id) => {
    expect(m.match(text)).toEqual([{ id, start: 0, end: text.length, kind: 'name' }]);
  });
  it('takes them with their own clitics too', () => {
    expect(m.match('ولبنان')).toEqual([{ id: 'lebanon', start: 1, end: 6, kind: 'name' }]);
    expect(m.match('لليبيا')).toEqual([{ id: 'libya', start: 1, end: 6, kind: 'name' }]);
  });
});

describe('a name that starts with «الل» after ل', () => {
  const m = compile(lexiconOf([entry('committee', ['اللجنة الدستورية السورية'], { type: 'organization' })]));
  it('is found in «للجنة …» with the preposition outside the mention', () => {
    const text = 'دعا للجنة الدستورية السورية';
    expect(m.match(text).map((x) => [x.id, text.slice(x.start, x.end)])).toEqual([['committee', 'لجنة الدستورية السورية']]);
  });
});
