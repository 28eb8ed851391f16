import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { serveSite, type Site } from './site/server';
import { hasHighlights, highlightsInPage, type HighlightedRange } from './in-page';

export const firefoxExtensionDir = resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi by Puppeteer (no browser download), with the Firefox build
 * installed as a temporary add-on, and the sample site served: started before a test file's tests, stopped after.
 */
export function withFirefox(): { site: Site; browser: Browser } {
  const env = {} as { site: Site; browser: Browser };
  beforeAll(async () => {
    env.site = await serveSite();
    env.browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
    await env.browser.installExtension(firefoxExtensionDir);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

export const readHighlights = (page: Page): Promise<HighlightedRange[]> => page.evaluate(highlightsInPage);

export async function waitForHighlights(page: Page, count = 1): Promise<void> {
  await page.waitForFunction(hasHighlights, { timeout: 20_000, polling: 100 }, count);
}

/** Whether our UI host (a random anc-ui-… element, the popover's closed shadow root inside) is in the page. */
export const hasUiHost = (page: Page): Promise<boolean> =>
  page.evaluate(() => [...document.body.children].some((e) => e.tagName.startsWith('ANC-UI-')));
