import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { serveSite, type Site } from './site/server';
import { hasHighlights, highlightsInPage, type HighlightedRange } from './in-page';

export const firefoxExtensionDir = resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'arabic-news-companion@example.org';
/**
 * The add-on's internal address, fixed through Firefox's own preference for it (Firefox picks a random one per
 * profile), so that the tests can open its pages: moz-extension://<this>/options.html.
 */
export const FIREFOX_EXTENSION_UUID = '8f6d1a2e-7c3b-4e5f-9a10-1b2c3d4e5f60';

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi by Puppeteer (no browser download), with the Firefox build
 * installed as a temporary add-on, and the sample site served: started before a test file's tests, stopped after.
 */
export function withFirefox(): { site: Site; browser: Browser } {
  const env = {} as { site: Site; browser: Browser };
  beforeAll(async () => {
    env.site = await serveSite();
    env.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_EXTENSION_UUID }) },
    });
    await env.browser.installExtension(firefoxExtensionDir);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/**
 * Opens one of the add-on's own pages (options.html, sidepanel.html…) and waits for `ready` in it. Firefox moves
 * the tab into the extension's process on the way, which BiDi reports as the navigation's frame going away:
 * the page is waited for by what it shows, not by the navigation.
 */
export async function openExtensionPage(browser: Browser, path: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`).catch(() => {});
  await page.waitForSelector(ready, { timeout: 20_000 });
  return page;
}

export const readHighlights = (page: Page): Promise<HighlightedRange[]> => page.evaluate(highlightsInPage);

export async function waitForHighlights(page: Page, count = 1): Promise<void> {
  await page.waitForFunction(hasHighlights, { timeout: 20_000, polling: 100 }, count);
}

/** Whether our UI host (a random anc-ui-… element, the popover's closed shadow root inside) is in the page. */
export const hasUiHost = (page: Page): Promise<boolean> =>
  page.evaluate(() => [...document.body.children].some((e) => e.tagName.startsWith('ANC-UI-')));
