// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../entrypoints/content/mentions';
import { PageModel, type Tracked } from '../entrypoints/content/page-model';
import { compile } from '../lexicon/matcher';
import { bundledLexicon } from '../build/lexicon-data';

const matcher = compile(bundledLexicon);
function tracked(html: string): Tracked[] {
  document.body.innerHTML = html;
  return mentionsIn(document.body, matcher).map((m) => ({ ...m, type: 'place' }));
}
const texts = (ms: readonly Tracked[]) => ms.map((m) => m.text);

describe('the page model', () => {
  it('lists mentions in page order, whatever order they were found in', () => {
    const [a, b, c, d] = tracked('<p>روسيا ثم موسكو</p><div><p>كازاخستان</p></div><p>أستانا</p>');
    const model = new PageModel();
    for (const m of [a!, b!, c!, d!]) model.add(m);
    expect(texts(model.all())).toEqual(['روسيا', 'موسكو', 'كازاخستان', 'أستانا']);
    const shuffled = new PageModel();
    for (const m of [d!, b!, a!, c!]) shuffled.add(m);
    expect(texts(shuffled.all())).toEqual(['روسيا', 'موسكو', 'كازاخستان', 'أستانا']);
  });

  it('forgets the mentions of a removed block and keeps the others in order', () => {
    const found = tracked('<p>روسيا</p><div id="gone"><p>موسكو</p></div><p>أستانا</p>');
    const model = new PageModel();
    for (const m of found) model.add(m);
    expect(texts(model.removeWithin(document.getElementById('gone')!))).toEqual(['موسكو']);
    expect(texts(model.all())).toEqual(['روسيا', 'أستانا']);
  });

  it('finds a name split across elements from either of its text nodes, and removes it once', () => {
    const [name] = tracked('<p>قال <b>قاسم</b> جومارت توكاييف</p>');
    const model = new PageModel();
    model.add(name!);
    const [first, last] = [name!.range.startContainer, name!.range.endContainer];
    expect(first).not.toBe(last);
    expect(model.at(first, 1)).toEqual([name]);
    expect(model.at(last, 2)).toEqual([name]);
    first.parentNode!.removeChild(first);
    expect(model.removeDetached()).toEqual([name]);
    expect(model.all()).toEqual([]);
    expect(model.at(last, 2)).toEqual([]);
  });

  it('lets go at once of the names running through a text the page rewrote, and of no other', () => {
    const [split, other] = tracked('<p>قال <b>قاسم</b> جومارت توكاييف</p><p>في أستانا</p>');
    const model = new PageModel();
    model.add(split!);
    model.add(other!);
    const last = split!.range.endContainer;
    expect(model.removeThrough(last)).toEqual([split]);
    expect(model.at(split!.range.startContainer, 1)).toEqual([]);
    expect(model.removeThrough(last)).toEqual([]);
    expect(model.all()).toEqual([other]);
  });

  it('finds a name from any text node it runs through, the middle ones included', () => {
    const [name] = tracked('<p>قال قاسم <b>جومارت</b> توكاييف</p>');
    const model = new PageModel();
    model.add(name!);
    const middle = document.querySelector('b')!.firstChild!;
    expect(name!.text).toBe('قاسم جومارت توكاييف');
    expect(model.at(middle, 3)).toEqual([name]);
    document.querySelector('b')!.remove();
    expect(model.removeDetached()).toEqual([name]);
    expect(model.at(name!.range.startContainer, 5)).toEqual([]);
  });
});
