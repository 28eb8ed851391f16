import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { againstGold } from './gold';
import { centreOfHighlight, companionStarted, domAgainstServed, highlightsInPage } from './in-page';
import { articles } from './site/pages';
import { hasUiHost, openExtensionPage, readHighlights, waitForHighlights, withFirefox } from './firefox';

// The same pages and expectations as in Chromium (reading.e2e, gate.e2e), in Debian's Firefox ESR. What needs the
// DevTools protocol there (reading inside the popover's closed shadow root, the keyboard shortcut, the side
// panel) is not driven here yet: BiDi sees neither closed shadow roots nor the browser's own shortcuts.
const env = withFirefox();

async function open(path: string): Promise<Page> {
  const page = await env.browser.newPage();
  await page.goto(env.site.url + path);
  return page;
}

const companionStartedIn = (page: Page) => page.evaluate(companionStarted);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Firefox: highlighting the seed articles', () => {
  it.each(articles().map((a, i) => [a.doc, i] as const))('%s: the hand-checked mentions are highlighted with their type', async (_doc, index) => {
    const page = await open(`/article/${index}`);
    await waitForHighlights(page, 10);
    await pause(300); // let the sliced scan finish
    const { missed, stray } = againstGold(index, await readHighlights(page));
    expect(missed).toEqual([]);
    expect(stray).toEqual([]);
    await page.close();
  });

  it('highlights paragraphs added after load', async () => {
    const page = await open('/dynamic');
    await waitForHighlights(page, 2);
    await page.evaluate(() => (window as unknown as { addParagraph(t: string): void }).addParagraph('والتقى بوتين توكاييف في أستانا مجددا.'));
    await expect.poll(async () => (await readHighlights(page)).some((r) => r.text === 'توكاييف'), { timeout: 8000 }).toBe(true);
    await page.close();
  });

  it('leaves the DOM and text of the page as they were; a card opened on hover adds one host element', async () => {
    const page = await open('/article/1');
    await waitForHighlights(page, 10);
    expect(await page.evaluate(domAgainstServed)).toEqual({ added: 0, sameBody: true, sameHead: true });
    expect(await hasUiHost(page)).toBe(false);
    const point = await page.evaluate(centreOfHighlight, 'روسيا');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => hasUiHost(page), { timeout: 8000 }).toBe(true);
    expect(await page.evaluate(domAgainstServed)).toEqual({ added: 1, sameBody: true, sameHead: true });
    await page.close();
  });

  it('covers a same-origin iframe and an open shadow root, and leaves cross-origin frames alone', async () => {
    const page = await open('/iframe');
    const frame = () => page.frames().find((f) => /\/article\/0$/.test(f.url()));
    await expect.poll(async () => (await frame()?.evaluate(highlightsInPage))?.some((r) => r.text === 'أفغانستان'), { timeout: 10_000 }).toBe(true);
    const other = page.frames().find((f) => /localhost:\d+\/article\/1$/.test(f.url()));
    await pause(1500);
    expect(other ? await other.evaluate(highlightsInPage) : 'no cross-origin frame').toEqual([]);
    const shadow = await open('/shadow');
    await waitForHighlights(shadow, 3);
    expect((await readHighlights(shadow)).map((r) => r.text).sort()).toEqual(['آسيا الوسطى', 'طشقند', 'لافروف'].sort());
    await page.close();
    await shadow.close();
  });
});

describe('Firefox: the gate', () => {
  it('leaves a page without Arabic alone: the companion is never loaded there', async () => {
    const page = await open('/english');
    await pause(1500);
    expect(await companionStartedIn(page)).toBe(false);
    expect(await readHighlights(page)).toEqual([]);
    await page.close();
  });

  it('loads the companion when the page turns Arabic later, as on client-side navigation', async () => {
    const page = await open('/english');
    await pause(800);
    await page.evaluate(() => (window as unknown as { openArabicArticle(): void }).openArabicArticle());
    await waitForHighlights(page, 10);
    expect(await companionStartedIn(page)).toBe(true);
    await page.close();
  });
});

describe('Firefox: the settings reach open tabs', () => {
  it('adds an alias on the settings page that an already open article highlights at once, without reloading or re-adopting its style sheet', async () => {
    const page = await open('/article/0');
    await waitForHighlights(page, 10);
    const texts = async () => (await readHighlights(page)).map((r) => r.text);
    expect(await texts()).not.toContain('الكوادر الدبلوماسية');
    // Adopting a sheet restyles every element of the page: an edit must repaint ranges with the sheet it has.
    const sheetBefore = await page.evaluate(() => {
      (window as unknown as { ancSheet: CSSStyleSheet }).ancSheet = document.adoptedStyleSheets.at(-1)!;
      return document.adoptedStyleSheets.length;
    });
    const opts = await openExtensionPage(env.browser, 'options.html', '.anc-browser__list li');
    await opts.type('input[type="search"]', 'الخارجية الكازاخية');
    await opts.click('li[data-entity="kazakh-foreign-ministry"] button');
    await opts.waitForSelector('textarea[dir="rtl"]');
    // The aliases field is the editor's first right-to-left text area: type a new line at its end.
    await opts.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('textarea[dir="rtl"]')!;
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    });
    await opts.keyboard.type('\nالكوادر الدبلوماسية');
    const save = await opts.waitForSelector('::-p-text(Save)');
    await save!.click();
    await expect.poll(texts, { timeout: 10_000 }).toContain('الكوادر الدبلوماسية');
    expect(await page.evaluate(() => [document.adoptedStyleSheets.length, document.adoptedStyleSheets.includes((window as unknown as { ancSheet: CSSStyleSheet }).ancSheet)])).toEqual([sheetBefore, true]);
    await opts.close();
    await page.close();
  });

  it('shows nothing on a paused site, and highlights again on resume, without reloading', async () => {
    const page = await open('/article/1');
    await waitForHighlights(page, 10);
    const opts = await openExtensionPage(env.browser, 'options.html', '.anc-browser__list li');
    const host = new URL(env.site.url).hostname;
    const setSettings = (settings: unknown) => opts.evaluate((s) => browser.storage.local.set({ settings: s }), settings as never);
    await setSettings({ paused: false, pausedSites: [host], hoverDelayMs: 500 });
    await expect.poll(async () => (await readHighlights(page)).length, { timeout: 8000 }).toBe(0);
    await setSettings({ paused: false, pausedSites: [], hoverDelayMs: 500 });
    await waitForHighlights(page, 10);
    await opts.close();
    await page.close();
  });
});
