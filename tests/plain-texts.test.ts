// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PlainTexts, textsOf } from '../entrypoints/content/plain-texts';

function ticker(headlines: string[]): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = `<b>عاجل</b> ${headlines.map((h) => `<span>${h}</span>`).join(' ')}`;
  document.body.append(el);
  return el;
}

describe('texts re-reads found no names in', () => {
  it('splits a block into the texts of its text nodes, blank ones left out', () => {
    expect(textsOf(ticker(['خبر أول', 'خبر ثان']))).toEqual(['عاجل', 'خبر أول', 'خبر ثان']);
  });

  it('knows a block again in a new order of the headlines it was read with', () => {
    const plain = new PlainTexts();
    const block = ticker(['خبر أول', 'خبر ثان', 'خبر ثالث']);
    expect(plain.knows(block, textsOf(block))).toBe(false);
    plain.remember(block, textsOf(block));
    block.innerHTML = '<b>عاجل</b> <span>خبر ثالث</span> <span>خبر أول</span>';
    expect(plain.knows(block, textsOf(block))).toBe(true);
  });

  it('reads a block again when one of its headlines is new, and keeps what it knows per block', () => {
    const plain = new PlainTexts();
    const block = ticker(['خبر أول']);
    const other = ticker(['خبر أول']);
    plain.remember(block, textsOf(block));
    expect(plain.knows(other, textsOf(other))).toBe(false);
    block.innerHTML = '<span>خبر أول</span> <span>وصل الوفد إلى دوشنبه</span>';
    expect(plain.knows(block, textsOf(block))).toBe(false);
  });

  it('remembers a bounded number of texts per block, the oldest forgotten first', () => {
    const plain = new PlainTexts();
    const block = ticker([]);
    for (let i = 0; i < 300; i++) plain.remember(block, [`خبر ${i}`]);
    expect(plain.knows(block, ['خبر 299', 'خبر 100'])).toBe(true);
    expect(plain.knows(block, ['خبر 0'])).toBe(false);
    // A text seen again is fresh again: it outlives older ones.
    plain.remember(block, ['خبر 44']);
    for (let i = 300; i < 330; i++) plain.remember(block, [`خبر ${i}`]);
    expect(plain.knows(block, ['خبر 44'])).toBe(true);
    expect(plain.knows(block, ['خبر 45'])).toBe(false);
  });
});
