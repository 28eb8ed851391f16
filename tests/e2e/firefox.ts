import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { BidiElementHandle } from 'puppeteer-core/internal/bidi/ElementHandle.js';
import type { BidiFrame } from 'puppeteer-core/internal/bidi/Frame.js';
import { serveSite, type Site } from './site/server';
import { buttonInPopover, hasHighlights, highlightsInPage, noPopover, popoverIn, type HighlightedRange, type PopoverState } from './in-page';

export const firefoxExtensionDir = resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'arabic-news-companion@example.org';
/** Where Firefox saves downloads (an export) during the tests. */
export const firefoxDownloads = mkdtempSync(join(tmpdir(), 'anc-firefox-downloads-'));
/**
 * The add-on's internal address, fixed through Firefox's own preference for it (Firefox picks a random one per
 * profile), so that the tests can open its pages: moz-extension://<this>/options.html.
 */
export const FIREFOX_EXTENSION_UUID = '8f6d1a2e-7c3b-4e5f-9a10-1b2c3d4e5f60';

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi by Puppeteer (no browser download), with the Firefox build
 * installed as a temporary add-on, and the sample site served: started before a test file's tests, stopped after.
 */
export function withFirefox(): { site: Site; browser: Browser; welcomeHeading: string } {
  const env = {} as { site: Site; browser: Browser; welcomeHeading: string };
  beforeAll(async () => {
    env.site = await serveSite();
    env.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_EXTENSION_UUID }),
        // Downloads go without a dialog into a folder the tests read.
        'browser.download.folderList': 2,
        'browser.download.dir': firefoxDownloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      },
    });
    await env.browser.installExtension(firefoxExtensionDir);
    env.welcomeHeading = await closeWelcome(env.browser);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/**
 * Waits for the tab the add-on opens on install, reads its heading and closes it, so that every test starts with
 * the tabs it opens itself. BiDi reports that tab as about:blank (it moved into the extension's process), so it is
 * found and read from another page of the add-on, which sees the add-on's open pages. Throws when none opens.
 */
async function closeWelcome(browser: Browser): Promise<string> {
  const probe = await openExtensionPage(browser, 'popup.html', 'button');
  type Ext = {
    browser: { extension: { getViews(f: object): Window[] }; tabs: { query(q: object): Promise<{ id: number }[]>; remove(id: number): Promise<void> } };
  };
  // Polled by hand: waitForFunction compiles its function in the page, which an extension page's CSP refuses.
  const read = () =>
    probe.evaluate(async () => {
      const { extension, tabs } = (globalThis as unknown as Ext).browser;
      const view = extension.getViews({ type: 'tab' }).find((v) => v.location.pathname === '/welcome.html');
      const heading = view?.document.querySelector('h1')?.textContent;
      if (!heading) return null;
      for (const tab of await tabs.query({ url: view!.location.href })) await tabs.remove(tab.id);
      return heading;
    });
  const deadline = Date.now() + 30_000;
  let heading = await read();
  while (heading === null) {
    if (Date.now() > deadline) throw new Error('the add-on opened no welcome.html on install');
    await new Promise((resolve) => setTimeout(resolve, 200));
    heading = await read();
  }
  await probe.close();
  return heading;
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

export const readHighlights = (page: Page, selectors: string[] = []): Promise<HighlightedRange[]> => page.evaluate(highlightsInPage, selectors);

export async function waitForHighlights(page: Page, count = 1): Promise<void> {
  await page.waitForFunction(hasHighlights, { timeout: 20_000, polling: 100 }, count);
}

/** Waits for the mark the reading companion sets once the whole page is tagged and painted (anc:highlighted). */
export async function waitUntilTagged(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('anc:highlighted').length > 0, { timeout: 20_000, polling: 100 });
}

/** Whether our UI host (a random anc-ui-… element, the popover's closed shadow root inside) is in the page. */
export const hasUiHost = (page: Page): Promise<boolean> => page.evaluate(() => [...document.body.children].some((e) => e.tagName.startsWith('ANC-UI-')));

/**
 * Our UI's closed shadow root in the page, or null before the first card. WebDriver BiDi names an element's
 * shadow root whatever its mode (the page cannot reach it), so the tests read the popover as Chromium's do through
 * the DevTools protocol. Puppeteer offers no public call for it: this uses its BiDi frame and handle classes.
 */
async function uiRoot(page: Page): Promise<ElementHandle<ShadowRoot> | null> {
  const frame = page.mainFrame() as unknown as BidiFrame;
  const nodes = await frame.browsingContext.locateNodes({ type: 'css', value: 'body > *' });
  const root = nodes.find((n) => n.value?.localName?.startsWith('anc-ui-'))?.value?.shadowRoot;
  return root ? (BidiElementHandle.from(root, frame.mainRealm()) as unknown as ElementHandle<ShadowRoot>) : null;
}

/** Reads our popover (see popoverIn). */
export async function readPopover(page: Page): Promise<PopoverState> {
  const root = await uiRoot(page);
  return root ? root.evaluate(popoverIn) : noPopover;
}

/** Clicks the button of our open popover whose text is `label`, where the pointer would. */
export async function clickInPopover(page: Page, label: string): Promise<void> {
  const at = await (await uiRoot(page))?.evaluate(buttonInPopover, label);
  if (!at) throw new Error(`no button of an open popover reads ${label}`);
  await page.mouse.click(at.x, at.y);
}
