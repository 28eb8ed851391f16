import { describe, expect, it } from 'vitest';
import { readHighlights, waitForHighlights, withExtension } from './browser';
import { companionStarted } from './in-page';

const env = withExtension();

const companionStartedIn = (page: import('playwright-core').Page) => page.evaluate(companionStarted);

describe('the gate', () => {
  it('leaves a page without Arabic alone: the companion is never loaded there', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.url}/english`);
    await page.waitForTimeout(1500);
    expect(await companionStartedIn(page)).toBe(false);
    // The only trace of us is the page-start script's style sheet, which styles nothing here.
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    await page.close();
  });

  it('loads the companion when the page turns Arabic later, as on client-side navigation', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.url}/english`);
    await page.waitForTimeout(800);
    expect(await companionStartedIn(page)).toBe(false);
    await page.evaluate(() => (window as unknown as { openArabicArticle(): void }).openArabicArticle());
    await waitForHighlights(page, 10);
    expect(await companionStartedIn(page)).toBe(true);
    expect((await readHighlights(page)).some((r) => r.text === 'كازاخستان')).toBe(true);
    await page.close();
  });

  it('imports the companion while a page that declares itself Arabic is still arriving, and reads it once parsed', async () => {
    const page = await env.browser.context.newPage();
    // The server holds back the body of /slow/ pages (<html lang="ar">) until told to send it.
    await page.goto(`${env.site.url}/slow/2`, { waitUntil: 'commit' });
    // Polled on a timer: a page still waiting for its body renders no frames, so animation frames would not come.
    await page.waitForFunction(companionStarted, undefined, { polling: 100 });
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    expect(await readHighlights(page)).toEqual([]);
    env.site.finishSlowPages();
    await waitForHighlights(page, 10);
    await page.close();
  });

  it('does not load the companion on a page that rewrites its English text every frame', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.url}/ticker`);
    await page.waitForTimeout(1500);
    expect(await companionStartedIn(page)).toBe(false);
    await page.close();
  });
});
