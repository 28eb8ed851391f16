import { afterEach, describe, expect, it } from 'vitest';
import { Highlighter, adoptHighlightStyle, highlightNames } from '@/entrypoints/content/highlighter';
import { spanOf } from '@/entrypoints/content/spans';
import { pageOf } from './page';

const sheetsHolding = (name: string) => document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes(name)));

function wordRange(root: HTMLElement): StaticRange {
  const text = root.querySelector('p')!.firstChild!;
  return spanOf(document, { node: text, offset: 0 }, { node: text, offset: text.textContent!.length });
}

describe('the highlighter', () => {
  afterEach(() => {
    document.adoptedStyleSheets = [];
    CSS.highlights.clear();
  });

  it('paints a mention into the highlight of its type, under names a page cannot guess, and unpaints it', () => {
    const names = highlightNames();
    const h = new Highlighter(document, adoptHighlightStyle(document, names));
    const range = wordRange(pageOf('<p>دوشنبه</p>'));
    h.add(range, 'place', false);
    expect(CSS.highlights.get(names.byType.place)?.has(range)).toBe(true);
    expect(CSS.highlights.get(names.nisba)?.size).toBe(0);
    expect(names.byType.place).toMatch(/^anc-place-[a-z0-9]{6}$/);
    h.remove(range, 'place', false);
    expect(CSS.highlights.get(names.byType.place)?.size).toBe(0);
  });

  it('restyles for new colours in the sheet it adopted, without adopting another', () => {
    const names = highlightNames();
    const style = adoptHighlightStyle(document, names);
    const h = new Highlighter(document, style);
    const before = document.adoptedStyleSheets.length;
    h.setColours({ place: '#102030' });
    expect(document.adoptedStyleSheets.length).toBe(before);
    expect(document.adoptedStyleSheets.includes(style.sheet)).toBe(true);
    expect([...style.sheet.cssRules].map((r) => r.cssText).join('\n')).toContain('16, 32, 48');
  });

  it('takes a colour from storage only as #rrggbb: anything else keeps the default and cannot inject CSS', () => {
    const names = highlightNames();
    const style = adoptHighlightStyle(document, names);
    const h = new Highlighter(document, style);
    const css = () => [...style.sheet.cssRules].map((r) => r.cssText).join('\n');
    const original = css();
    h.setColours({ place: 'red; } body { display: none' });
    expect(css()).toBe(original);
  });

  it('leaves the page as it was when disposed: no highlights, no style sheet', () => {
    const names = highlightNames();
    const h = new Highlighter(document, adoptHighlightStyle(document, names));
    h.add(wordRange(pageOf('<p>دوشنبه</p>')), 'place', false);
    expect(sheetsHolding(names.byType.place)).toHaveLength(1);
    h.dispose();
    expect(CSS.highlights.has(names.byType.place)).toBe(false);
    expect(sheetsHolding(names.byType.place)).toHaveLength(0);
  });
});
