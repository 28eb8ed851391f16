import { describe, expect, it } from 'vitest';
import { CharClass, FOLDS, classify, encodeClassRuns } from '../lexicon/char-rules';
import { CLASS_TABLE, decodeClassRuns, foldedCode } from '../lexicon/chars';

describe('character tables', () => {
  it('ship the class the rules give every code unit (npm run gen:chars rewrites them after a rule change)', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (CLASS_TABLE[code] !== classify(code)) wrong.push(`U+${code.toString(16).padStart(4, '0')}: ${CLASS_TABLE[code]} ≠ ${classify(code)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('decode what they encode, runs of any length included', () => {
    const classOf = (code: number) => (code < 3 ? CharClass.HARD : code < 0x1000 ? CharClass.ARABIC : code === 0xffff ? CharClass.MARK : CharClass.SOFT);
    const runs = encodeClassRuns(classOf);
    expect(runs).toEqual([CharClass.HARD, 3, CharClass.ARABIC, 0x1000 - 3, CharClass.SOFT, 0xffff - 0x1000, CharClass.MARK, 1]);
    const table = decodeClassRuns(runs);
    expect([table[0], table[2], table[3], table[0xfff], table[0x1000], table[0xfffe], table[0xffff]]).toEqual([10, 10, 1, 1, 8, 8, 5]);
  });

  it('fold each spelling variant and capital, and leave every other character as it is', () => {
    for (const [from, to] of Object.entries(FOLDS)) expect(String.fromCharCode(foldedCode(from.charCodeAt(0)))).toBe(to);
    expect(String.fromCharCode(foldedCode('Q'.charCodeAt(0)))).toBe('q');
    for (const ch of 'بتqz،') expect(foldedCode(ch.charCodeAt(0))).toBe(ch.charCodeAt(0));
  });
});
