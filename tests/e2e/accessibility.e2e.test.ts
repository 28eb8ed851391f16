import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForHighlights, withExtension } from './browser';

/**
 * axe-core on every extension page, in English and Arabic, light and dark; and the side panel's width. axe's
 * source is evaluated in the page (an extension page's CSP refuses an added script tag, not DevTools' evaluate).
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

async function violations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

const env = withExtension({ viewport: { width: 1100, height: 900 } });
let article: Page;
let panel: Page;

async function setLanguage(lang: 'en' | 'ar') {
  const [worker] = env.browser.context.serviceWorkers();
  await worker!.evaluate((l) => chrome.storage.local.set({ settings: { uiLanguage: l } }), lang);
}

beforeAll(async () => {
  article = await env.browser.context.newPage();
  await article.goto(`${env.site.url}/article/3`);
  await waitForHighlights(article, 1);
  const [worker] = env.browser.context.serviceWorkers();
  const windowId = await worker!.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.windowId);
  const opened = env.browser.context.waitForEvent('page');
  await worker!.evaluate(
    (u) => chrome.windows.create({ url: u, type: 'popup', width: 380, height: 900, focused: false }),
    `chrome-extension://${env.browser.extensionId}/sidepanel.html?window=${windowId}`,
  );
  panel = await opened;
  await article.bringToFront();
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.waitForSelector('li[data-entity]');
});

const states = [
  ['en', 'light'],
  ['en', 'dark'],
  ['ar', 'light'],
  ['ar', 'dark'],
] as const;

describe('accessibility of the extension pages (axe-core)', () => {
  for (const [lang, scheme] of states) {
    it(`finds no violation on the side panel, the settings page, the popup and the welcome page, in ${lang === 'en' ? 'English' : 'Arabic'}, ${scheme}`, async () => {
      await setLanguage(lang);
      const found: Record<string, Violation[]> = {};
      await panel.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => panel.locator('.anc-panel').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      // A card open, as the reader sees the panel most of the time.
      await panel.locator('li[data-entity="csto"] button').first().click();
      await panel.waitForSelector('.anc-card');
      found.panel = await violations(panel);
      for (const [name, path, ready] of [
        ['options', 'options.html', '.anc-browser__list li'],
        ['popup', 'popup.html', 'button'],
        ['welcome', 'welcome.html', 'h1'],
      ] as const) {
        const page = await env.browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`chrome-extension://${env.browser.extensionId}/${path}`);
        await page.waitForSelector(ready);
        found[name] = await violations(page);
        await page.close();
      }
      expect(found).toEqual({ panel: [], options: [], popup: [], welcome: [] });
    });
  }
});

describe('the side panel at narrow widths', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`does not overflow sideways at 280, 320 and 400 px, in ${lang === 'en' ? 'English' : 'Arabic'}`, async () => {
      await setLanguage(lang);
      await expect.poll(() => panel.locator('.anc-panel').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      const overflow: Record<number, number> = {};
      for (const width of [280, 320, 400]) {
        await panel.setViewportSize({ width, height: 800 });
        overflow[width] = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      }
      expect(overflow).toEqual({ 280: 0, 320: 0, 400: 0 });
      await panel.setViewportSize({ width: 380, height: 900 });
    });
  }
});

describe('the side panel in forced colours', () => {
  it("keeps the current mention's row marked when the system replaces the colours", async () => {
    await setLanguage('en');
    await panel.locator('li[data-entity="csto"] button').first().click();
    await panel.locator('.anc-mentions__item').nth(1).click();
    await expect.poll(() => panel.locator('.anc-mentions__item[aria-current]').count()).toBe(1);
    await panel.emulateMedia({ forcedColors: 'active' });
    const backgrounds = await panel.evaluate(() => {
      // The system's selection colour, read off a probe the forced palette leaves alone.
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.cssText = 'forced-color-adjust: none; background: Highlight';
      const bg = (el: Element | null) => (el ? getComputedStyle(el).backgroundColor : '');
      const out = {
        current: bg(document.querySelector('.anc-mentions__item[aria-current]')),
        highlight: bg(probe),
        other: bg(document.querySelector('.anc-mentions__item:not([aria-current])')),
      };
      probe.remove();
      return out;
    });
    await panel.emulateMedia({ forcedColors: 'none' });
    expect(backgrounds.current).toBe(backgrounds.highlight);
    expect(backgrounds.other).not.toBe(backgrounds.highlight);
  });
});
