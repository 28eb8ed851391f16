// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { liveRangeOf, spanHas, spanOf } from '@/entrypoints/content/spans';

function paragraph(html: string): HTMLParagraphElement {
  document.body.innerHTML = `<p>${html}</p>`;
  return document.querySelector('p')!;
}

describe('a span of the page text', () => {
  it('is a StaticRange, which the browser does not move on each change the page makes', () => {
    const text = paragraph('وصل الوفد إلى دوشنبه').firstChild!;
    const span = spanOf(document, { node: text, offset: 14 }, { node: text, offset: 20 });
    expect(span).toBeInstanceOf(StaticRange);
    expect(span).not.toBeInstanceOf(Range);
    expect(liveRangeOf(span)?.toString()).toBe('دوشنبه');
  });

  it('holds the points from its start to its end, in its first, last and middle nodes', () => {
    const p = paragraph('قال <b>قاسم</b> جومارت <a>توكاييف</a> إن');
    const [first, bold, middle, link] = [p.firstChild!, p.querySelector('b')!.firstChild!, p.childNodes[2]!, p.querySelector('a')!.firstChild!];
    const span = spanOf(document, { node: bold, offset: 0 }, { node: link, offset: 7 });
    expect(spanHas(span, bold, 0)).toBe(true);
    expect(spanHas(span, middle, 3)).toBe(true);
    expect(spanHas(span, link, 7)).toBe(true);
    expect(liveRangeOf(span)?.toString()).toBe('قاسم جومارت توكاييف');
    const later = spanOf(document, { node: first, offset: 2 }, { node: first, offset: 4 });
    expect(spanHas(later, first, 1)).toBe(false);
    expect(spanHas(later, first, 2)).toBe(true);
    expect(spanHas(later, first, 4)).toBe(true);
  });

  it('measures nothing once the page has taken its text away or cut it shorter', () => {
    const p = paragraph('وصل الوفد إلى دوشنبه');
    const text = p.firstChild as Text;
    const span = spanOf(document, { node: text, offset: 14 }, { node: text, offset: 20 });
    text.data = 'أخبار الطقس';
    expect(liveRangeOf(span)).toBeNull();
    const whole = spanOf(document, { node: text, offset: 0 }, { node: text, offset: 5 });
    p.textContent = 'نص جديد';
    expect(liveRangeOf(whole)).toBeNull();
  });
});
