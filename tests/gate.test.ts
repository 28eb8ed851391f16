// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_RECHECK_MS,
  MIN_ARABIC_LETTERS,
  RECHECK_MS,
  SAMPLE_CHARS,
  declaredArabic,
  declaredOtherLanguage,
  hasArabicProse,
  watchForArabic,
} from '../entrypoints/content/gate';

afterEach(() => {
  document.documentElement.lang = '';
  document.title = '';
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const paragraph = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
const SENTENCE = 'وصل الرئيس الكازاخستاني إلى موسكو صباح اليوم في زيارة رسمية.';

describe('Arabic prose', () => {
  it('is found in a few words of Arabic, not in one Arabic name inside English text', () => {
    expect(hasArabicProse([paragraph(SENTENCE)])).toBe(true);
    expect(hasArabicProse([paragraph('The sign read «السلام» at the gate of the embassy.')])).toBe(false);
    expect(SENTENCE.replace(/[^\u0621-\u064A]/g, '').length).toBeGreaterThanOrEqual(MIN_ARABIC_LETTERS);
  });
  it('is not looked for in scripts and styles', () => {
    const script = document.createElement('script');
    script.textContent = `var t = "${SENTENCE}";`;
    const style = document.createElement('style');
    style.textContent = `p::after { content: "${SENTENCE}"; }`;
    const div = document.createElement('div');
    div.append(script, style, paragraph('English only.'));
    expect(hasArabicProse([div])).toBe(false);
  });
  it('is read from at most a budget of characters: Arabic after it is not seen', () => {
    const div = document.createElement('div');
    div.append(paragraph('x'.repeat(1000)), paragraph(SENTENCE));
    expect(hasArabicProse([div], 500)).toBe(false);
    expect(hasArabicProse([div], 2000)).toBe(true);
  });
  it('is read from the end when asked, where infinite scroll adds text', () => {
    const div = document.createElement('div');
    div.append(paragraph(SENTENCE), paragraph('x'.repeat(1000)));
    expect(hasArabicProse([div], 500, true)).toBe(false);
    expect(hasArabicProse([div], 500)).toBe(true);
    const tail = document.createElement('div');
    tail.append(paragraph('x'.repeat(1000)), paragraph(SENTENCE));
    expect(hasArabicProse([tail], 500, true)).toBe(true);
  });
  it("is declared by the document's language", () => {
    document.documentElement.lang = 'ar-EG';
    expect(declaredArabic(document)).toBe(true);
    document.documentElement.lang = 'en';
    expect(declaredArabic(document)).toBe(false);
    document.documentElement.lang = 'arn'; // Mapudungun, not Arabic
    expect(declaredArabic(document)).toBe(false);
  });
});

describe('a page that declares another language', () => {
  it('is one whose <html lang> is not written in Arabic script and whose title has no Arabic', () => {
    document.documentElement.lang = 'en-GB';
    document.title = 'Markets';
    expect(declaredOtherLanguage(document)).toBe(true);
    document.title = 'أخبار آسيا الوسطى';
    expect(declaredOtherLanguage(document)).toBe(false);
    document.title = 'Markets';
    for (const lang of ['ar', 'fa-AF', 'ur', 'ps', 'ckb', '']) {
      document.documentElement.lang = lang;
      expect(declaredOtherLanguage(document)).toBe(false);
    }
  });
  it('is not read at load, only once it changes', async () => {
    vi.useFakeTimers();
    document.documentElement.lang = 'en';
    document.title = 'Markets';
    document.body.append(paragraph(SENTENCE));
    const read = vi.spyOn(document, 'createTreeWalker');
    const found = vi.fn();
    watchForArabic(document, found);
    expect(read).not.toHaveBeenCalled();
    expect(found).not.toHaveBeenCalled();
    document.body.append(paragraph(SENTENCE));
    await Promise.resolve();
    vi.advanceTimersByTime(RECHECK_MS);
    expect(found).toHaveBeenCalledTimes(1);
  });
  it('is read at load when its title is Arabic: an Arabic site that mislabels its pages', () => {
    document.documentElement.lang = 'en';
    document.title = 'موسكو تستضيف القمة';
    document.body.append(paragraph(SENTENCE));
    const found = vi.fn();
    watchForArabic(document, found);
    expect(found).toHaveBeenCalledTimes(1);
  });
});

describe('watching a page for Arabic', () => {
  it('answers at once for a page that has it', () => {
    document.body.append(paragraph(SENTENCE));
    const found = vi.fn();
    watchForArabic(document, found);
    expect(found).toHaveBeenCalledTimes(1);
  });
  it('answers once Arabic text is added, after the page settles, and then stops watching', async () => {
    vi.useFakeTimers();
    document.body.append(paragraph('Markets opened higher.'));
    const found = vi.fn();
    watchForArabic(document, found);
    expect(found).not.toHaveBeenCalled();
    document.body.append(paragraph(SENTENCE));
    await Promise.resolve(); // the mutation records are delivered in a microtask
    expect(found).not.toHaveBeenCalled();
    vi.advanceTimersByTime(RECHECK_MS);
    expect(found).toHaveBeenCalledTimes(1);
    document.body.append(paragraph(SENTENCE));
    await Promise.resolve();
    vi.advanceTimersByTime(RECHECK_MS);
    expect(found).toHaveBeenCalledTimes(1);
  });
  it('sees Arabic written into an existing text node', async () => {
    vi.useFakeTimers();
    const p = paragraph('Loading…');
    document.body.append(p);
    const found = vi.fn();
    watchForArabic(document, found);
    (p.firstChild as Text).data = SENTENCE;
    await Promise.resolve();
    vi.advanceTimersByTime(RECHECK_MS);
    expect(found).toHaveBeenCalledTimes(1);
  });
  it('finds Arabic added at the end of a long page while it was not listening', async () => {
    vi.useFakeTimers();
    const feed = document.createElement('div');
    feed.append(paragraph('x'.repeat(SAMPLE_CHARS * 3)));
    document.body.append(feed);
    const found = vi.fn();
    watchForArabic(document, found);
    feed.append(paragraph('Ticker 1'));
    await Promise.resolve(); // the observer hears this change and goes deaf
    feed.append(paragraph(SENTENCE)); // unheard
    await Promise.resolve();
    vi.advanceTimersByTime(RECHECK_MS);
    expect(found).toHaveBeenCalledTimes(1);
  });
  it('reads a page that keeps changing at most once per interval, and not at all once stopped', async () => {
    vi.useFakeTimers();
    const cell = paragraph('100.00');
    document.body.append(cell);
    const found = vi.fn();
    const stop = watchForArabic(document, found);
    const read = vi.spyOn(document, 'createTreeWalker');
    for (let frame = 0; frame < 30; frame++) {
      (cell.firstChild as Text).data = (100 + frame).toFixed(2);
      await Promise.resolve();
      vi.advanceTimersByTime(16);
    }
    // 30 frames of 16 ms rewriting one cell: one check when the interval is up (the changed node, then the
    // page's start and end: three walks), not one a frame.
    expect(read).not.toHaveBeenCalled();
    vi.advanceTimersByTime(RECHECK_MS);
    expect(read).toHaveBeenCalledTimes(3);
    read.mockClear();
    stop();
    cell.textContent = SENTENCE;
    await Promise.resolve();
    vi.advanceTimersByTime(RECHECK_MS);
    expect(read).not.toHaveBeenCalled();
    expect(found).not.toHaveBeenCalled();
  });
  it('reads a page that never rests less and less often, and a page that rested soon again', async () => {
    vi.useFakeTimers();
    const cell = paragraph('100.00');
    document.body.append(cell);
    const found = vi.fn();
    watchForArabic(document, found);
    const read = vi.spyOn(document, 'createTreeWalker');
    const checksAt: number[] = [];
    let elapsed = 0;
    for (let frame = 0; elapsed < 12_000; frame++, elapsed += 16) {
      const before = read.mock.calls.length;
      (cell.firstChild as Text).data = (100 + frame).toFixed(2);
      await Promise.resolve();
      vi.advanceTimersByTime(16);
      if (read.mock.calls.length > before) checksAt.push(elapsed);
    }
    // Each read waits twice as long as the one before, up to the longest wait: 0.5, 1, 2, 4, 4 s apart.
    const gaps = checksAt.slice(1).map((t, i) => t - checksAt[i]!);
    expect(checksAt[0]).toBeLessThanOrEqual(RECHECK_MS);
    expect(gaps.slice(0, 3).map((g) => Math.round(g / RECHECK_MS))).toEqual([2, 4, 8]);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_RECHECK_MS + 32);
    // Quiet for longer than the last wait, then Arabic arrives (client-side navigation): read after the first wait.
    vi.advanceTimersByTime(MAX_RECHECK_MS * 2);
    cell.textContent = SENTENCE;
    await Promise.resolve();
    vi.advanceTimersByTime(RECHECK_MS);
    expect(found).toHaveBeenCalledTimes(1);
  });
});
