// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { blockRootOf, collectBlocks, locate } from '../entrypoints/content/collect';
import { mentionsIn } from '../entrypoints/content/mentions';
import { compile } from '../lexicon/matcher';
import { bundledLexicon } from '../build/lexicon-data';
import { liveRangeOf } from '../entrypoints/content/spans';

const matcher = compile(bundledLexicon);
function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('collecting page text', () => {
  it('joins the text of inline elements into one block', () => {
    const blocks = collectBlocks(dom('<p>زار <b>قاسم</b> جومارت <a href="#">توكاييف</a> موسكو</p>'));
    expect(blocks.map((b) => b.text)).toEqual(['زار قاسم جومارت توكاييف موسكو']);
  });
  it('breaks blocks at block elements and <br>', () => {
    const blocks = collectBlocks(dom('<div>روسيا<p>الاتحادية</p>قاسم<br>جومارت</div>'));
    expect(blocks.map((b) => b.text)).toEqual(['روسيا', 'الاتحادية', 'قاسم\nجومارت']);
  });
  it('reads source line breaks as spaces, keeping offsets', () => {
    const [block] = collectBlocks(dom('<p>قاسم\nجومارت توكاييف</p>'));
    expect(block!.text).toBe('قاسم جومارت توكاييف');
  });
  it.each([
    ['script', '<script>var x = "روسيا"</script>'],
    ['style', '<style>/* روسيا */</style>'],
    ['textarea', '<textarea>روسيا</textarea>'],
    ['input', '<input value="روسيا">'],
    ['select', '<select><option>روسيا</option></select>'],
    ['an editable region', '<div contenteditable="true">روسيا</div>'],
    ['a hidden element', '<div hidden>روسيا</div>'],
    ['noscript', '<noscript>روسيا</noscript>'],
    ['template', '<template><p>روسيا</p></template>'],
  ])('skips %s', (_, html) => {
    expect(collectBlocks(dom(`<p>موسكو</p>${html}`)).map((b) => b.text)).toEqual(['موسكو']);
  });
  it('skips our own UI', () => {
    const body = dom('<p>موسكو</p><div id="ours">روسيا</div>');
    const ours = body.querySelector('#ours')!;
    expect(collectBlocks(body, { exclude: (el) => el === ours }).map((b) => b.text)).toEqual(['موسكو']);
  });
  it('reads open shadow roots', () => {
    const body = dom('<div id="host"></div>');
    body.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>طشقند</p>';
    expect(collectBlocks(body).map((b) => b.text)).toEqual(['طشقند']);
  });
  it('locates block offsets in their text nodes', () => {
    const [block] = collectBlocks(dom('<p>زار <b>قاسم</b> جومارت</p>'));
    expect(locate(block!, 4, false)).toEqual({ node: block!.segments[1]!.node, offset: 0 });
    expect(locate(block!, 8, true)).toEqual({ node: block!.segments[1]!.node, offset: 4 });
    expect(locate(block!, 9, false)).toEqual({ node: block!.segments[2]!.node, offset: 1 });
  });
  it('finds the block a change belongs to', () => {
    const body = dom('<div><p>زار <b id="b">قاسم</b></p></div>');
    expect(blockRootOf(body.querySelector('#b')!.firstChild!)).toBe(body.querySelector('p'));
  });
});

describe('mentions as DOM ranges', () => {
  it('spans inline elements with one range that reads the name', () => {
    const body = dom('<p>أشرف الرئيس <b>قاسم</b> جومارت <i>توكاييف</i> على المهمة</p>');
    const [m] = mentionsIn(body, matcher);
    expect(m).toMatchObject({ id: 'tokayev', kind: 'name', text: 'قاسم جومارت توكاييف' });
    expect(liveRangeOf(m!.range)?.toString()).toBe('قاسم جومارت توكاييف');
    expect(m!.range.startContainer.parentElement!.tagName).toBe('B');
    expect(m!.range.endContainer.parentElement!.tagName).toBe('I');
  });
  it("reads a block in the light of the blocks before it: the headline's country decides a shared name below", () => {
    const found = mentionsIn(dom('<h1>اشتباكات على حدود طاجيكستان</h1><p>وأعلنت لجنة الأمن القومي اعتقال مشتبهين.</p>'), matcher);
    expect(found.map((m) => m.id)).toEqual(['tajikistan', 'tajik-national-security-committee']);
  });
  it('does not tag a block without Arabic letters, whatever names it holds in Latin script', () => {
    const matchSpy = vi.spyOn(matcher, 'match');
    const found = mentionsIn(dom('<p>Reuters: 101.25 (+0.4%)</p><p>نقلت رويترز عن مصادر</p>'), matcher);
    expect(found.map((m) => m.id)).toEqual(['reuters']);
    expect(matchSpy).toHaveBeenCalledTimes(1);
    matchSpy.mockRestore();
  });
  it('does not run a name across blocks', () => {
    expect(mentionsIn(dom('<p>قاسم</p><p>جومارت توكاييف</p>'), matcher).map((m) => m.text)).toEqual(['جومارت توكاييف']);
  });
});
