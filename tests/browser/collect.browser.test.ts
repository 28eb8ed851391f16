import { describe, expect, it } from 'vitest';
import { collectBlocks } from '@/entrypoints/content/collect';
import { pageOf } from './page';

const texts = (root: Node) => collectBlocks(root).map((b) => b.text.trim());

describe('the page text read for names', () => {
  it('leaves out what the reader cannot see: display none, the hidden attribute, content-visibility hidden', () => {
    const root = pageOf(`
      <p>نص ظاهر عن طاجيكستان</p>
      <div style="display: none"><p>نص مخفي</p></div>
      <p hidden>نص مخفي آخر</p>
      <section style="content-visibility: hidden"><p>نص مطوي</p></section>`);
    expect(texts(root)).toEqual(['نص ظاهر عن طاجيكستان']);
  });
  it("reads an open shadow root after its host's own text, as a block of its own", () => {
    const root = pageOf('<div id="host">قبل</div><p>بعد</p>');
    root.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>داخل الظل</p>';
    expect(texts(root)).toEqual(['قبل', 'داخل الظل', 'بعد']);
  });
  it('joins a sentence split across inline elements and breaks at block elements', () => {
    const root = pageOf('<p>قال <b>قاسم</b> جومارت <a href="#">توكاييف</a></p><div>سطر آخر</div>');
    expect(texts(root)).toEqual(['قال قاسم جومارت توكاييف', 'سطر آخر']);
  });
});
