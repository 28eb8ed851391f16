import { describe, expect, it } from 'vitest';
import { Gap } from '../lexicon/chars';
import { tokenize } from '../lexicon/tokenize';

const words = (text: string) => tokenize(text).keys;

describe('tokenisation', () => {
  it('keeps clitics attached: one Arabic word is one token', () => {
    expect(words('وبالكازاخستان')).toEqual(['وبالكازاخستان']);
  });
  it('splits letters from digits so designators match with or without a hyphen or space', () => {
    expect(words('سوخوي25')).toEqual(['سوخوي', '25']);
    expect(words('سوخوي-25')).toEqual(['سوخوي', '25']);
    expect(words('IL-76')).toEqual(['il', '76']);
    expect(words('Il76')).toEqual(['il', '76']);
  });
  it('reads a number with a decimal point or a thousands separator as one word of its digits, not a full stop after one', () => {
    expect(words('روسيا 1.2 مليون و1,200 و٣٫٥')).toEqual(['روسيا', '12', 'مليون', 'و', '1200', 'و', '35']);
    expect(words('روسيا 1. ثم')).toEqual(['روسيا', '1', 'ثم']);
  });
  it('records how each word is separated from the one before', () => {
    const t = tokenize('روسيا، الاتحادية «ناتو» سوخوي25');
    expect(Array.from(t.gaps.subarray(0, t.count))).toEqual([Gap.HARD, Gap.HARD, Gap.SOFT, Gap.SOFT, Gap.NONE]);
  });
  it('treats a line break and sentence punctuation as hard gaps', () => {
    expect(tokenize('روسيا\nالاتحادية').gaps[1]).toBe(Gap.HARD);
    expect(tokenize('روسيا. الاتحادية').gaps[1]).toBe(Gap.HARD);
  });
  it('softens the dots of a single-letter abbreviation', () => {
    const t = tokenize('(أ.ف.ب)');
    expect(t.keys).toEqual(['ا', 'ف', 'ب']);
    expect(Array.from(t.gaps.subarray(1, t.count))).toEqual([Gap.SOFT, Gap.SOFT]);
  });
  it('softens a dot between letter names written without spaces, and only there', () => {
    const gapsOf = (text: string) => {
      const t = tokenize(text);
      return Array.from(t.gaps.subarray(1, t.count));
    };
    expect(gapsOf('سي.بي.إس')).toEqual([Gap.SOFT, Gap.SOFT]);
    expect(gapsOf('سي.آي.إيه')).toEqual([Gap.SOFT, Gap.SOFT]);
    expect(gapsOf('سي. بي')).toEqual([Gap.HARD]); // a space after the dot: a sentence may end there
    expect(gapsOf('طالبان.روسيا')).toEqual([Gap.HARD]); // a longer word before it
  });
  it('gives each token its span in the original text, marks on the last letter included', () => {
    const text = 'زار بوتينُ موسكو';
    const t = tokenize(text);
    expect(text.slice(t.starts[1], t.ends[1])).toBe('بوتينُ');
    expect(t.keys[1]).toBe('بوتين');
  });
  it('does not split a word at deleted characters', () => {
    expect(words('كازا\u200dخستان')).toEqual(['كازاخستان']);
    expect(words('كازا\u200bخستان')).toEqual(['كازاخستان']);
  });
  it('splits at a zero-width non-joiner, the space inside a Persian compound («جلال‌آباد»)', () => {
    expect(words('جلال\u200cآباد')).toEqual(['جلال', 'اباد']);
  });
});
