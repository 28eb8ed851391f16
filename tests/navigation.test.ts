import { describe, expect, it } from 'vitest';
import { nextStop } from '../entrypoints/content/navigation';
import type { Tracked } from '../entrypoints/content/page-model';

const mention = (id: string, kind: Tracked['kind'] = 'name') => ({ id, kind, type: 'country', text: id }) as unknown as Tracked;

describe('keyboard navigation', () => {
  const [a, nisba, b, c] = [mention('russia'), mention('russia', 'nisba'), mention('putin'), mention('astana')];
  const page = [a!, nisba!, b!, c!];
  const none = new Set<string>();

  it('starts at the first mention going forward and at the last going back', () => {
    expect(nextStop(page, none, null, 1)).toBe(a);
    expect(nextStop(page, none, null, -1)).toBe(c);
  });
  it('steps over nisba adjectives and wraps around at either end', () => {
    expect(nextStop(page, none, a!, 1)).toBe(b);
    expect(nextStop(page, none, c!, 1)).toBe(a);
    expect(nextStop(page, none, a!, -1)).toBe(c);
  });
  it('skips entities the reader hid on the page', () => {
    expect(nextStop(page, new Set(['putin']), a!, 1)).toBe(c);
  });
  it('starts over when the mention it was on has left the page, and stops nowhere on a page without names', () => {
    expect(nextStop(page, none, mention('gone'), 1)).toBe(a);
    expect(nextStop([nisba!], none, null, 1)).toBeNull();
  });
});
