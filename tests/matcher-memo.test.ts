import { describe, expect, it, vi } from 'vitest';
import { memoised } from '../lexicon/matcher-memo';
import { newTextContext, type Matcher } from '../lexicon/matcher';

const counting = () => {
  const inner: Matcher = {
    rejected: [],
    size: 1,
    match: vi.fn((text: string) =>
      text.includes('روسيا') ? [{ id: 'russia', start: text.indexOf('روسيا'), end: text.indexOf('روسيا') + 5, kind: 'name' as const }] : [],
    ),
  };
  return inner;
};

describe('a matcher that remembers the texts it tagged', () => {
  it('tags a block the page rewrites with the same text once, and a changed one again', () => {
    const inner = counting();
    const m = memoised(inner);
    const context = newTextContext();
    const first = m.match('قالت روسيا إن', { context });
    expect(m.match('قالت روسيا إن', { context })).toEqual(first);
    expect(inner.match).toHaveBeenCalledTimes(1);
    expect(m.match('قالت روسيا أمس إن', { context })).toEqual([{ id: 'russia', start: 5, end: 10, kind: 'name' }]);
    expect(inner.match).toHaveBeenCalledTimes(2);
  });
  it('forgets the least recently used text beyond its limit', () => {
    const inner = counting();
    const m = memoised(inner, 2);
    m.match('أ');
    m.match('ب');
    m.match('أ'); // used again: ب is now the oldest
    m.match('ج');
    expect(inner.match).toHaveBeenCalledTimes(3);
    m.match('أ');
    expect(inner.match).toHaveBeenCalledTimes(3);
    m.match('ب');
    expect(inner.match).toHaveBeenCalledTimes(4);
  });
  it('does not remember the nested reading, which the page never asks for', () => {
    const inner = counting();
    const m = memoised(inner);
    m.match('روسيا', { nested: true });
    m.match('روسيا', { nested: true });
    expect(inner.match).toHaveBeenCalledTimes(2);
  });
});
