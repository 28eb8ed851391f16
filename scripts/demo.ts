/**
 * The extension's main job, on this machine: serves the sample news pages on localhost and opens Chromium
 * with the built extension on them. With a display it opens a window to read in (Ctrl+C to stop); without
 * one it runs headless, hovers a few names and writes screenshots to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, rectOf, waitForHighlights } from '../tests/e2e/browser';
import { articles } from '../tests/e2e/site/pages';
import { serveSite } from '../tests/e2e/site/server';

async function main() {
  const site = await serveSite(Number(process.env.PORT ?? 0));
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
  const browser = await launchWithExtension({ headless: !headed, viewport: { width: 1280, height: 860 } });
  console.log(`sample pages: ${site.url}/ (${articles().length} articles, /dynamic, /iframe, /shadow, /hostile)`);
  if (headed) {
    for (let i = 0; i < articles().length; i++) await (await browser.context.newPage()).goto(`${site.url}/article/${i}`);
    console.log('Chromium is open with the extension loaded. Close it or press Ctrl+C to stop.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    await site.close();
    return;
  }
  const out = join(import.meta.dirname, '..', 'docs', 'screenshots');
  mkdirSync(out, { recursive: true });
  const page = await browser.context.newPage();
  const shots: [string, string, string][] = [
    ['/article/3', 'منظمة معاهدة الأمن الجماعي', 'popover-csto.png'],
    ['/article/2', 'طاجيكستان', 'popover-tajikistan.png'],
    ['/article/2', 'دوشنبه', 'popover-dushanbe-map.png'],
  ];
  for (const [path, name, file] of shots) {
    await page.goto(site.url + path);
    await waitForHighlights(page, 10);
    const point = await rectOf(page, name);
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: join(out, file) });
    console.log(`wrote ${join('docs', 'screenshots', file)}`);
  }
  await page.goto(`${site.url}/article/1`);
  await waitForHighlights(page, 10);
  await page.screenshot({ path: join(out, 'highlighted-article.png') });
  console.log(`wrote ${join('docs', 'screenshots', 'highlighted-article.png')}`);

  // The side panel beside the page: the panel page in a window of its own, following the article's window.
  await page.setViewportSize({ width: 900, height: 860 });
  await page.goto(`${site.url}/article/3`);
  await waitForHighlights(page, 10);
  const [worker] = browser.context.serviceWorkers();
  const windowId = await worker!.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.windowId);
  const opened = browser.context.waitForEvent('page');
  const panelUrl = `chrome-extension://${browser.extensionId}/sidepanel.html?window=${windowId}`;
  await worker!.evaluate((u) => chrome.windows.create({ url: u, type: 'popup', width: 380, height: 860, focused: false }), panelUrl);
  const panel = await opened;
  await panel.setViewportSize({ width: 380, height: 860 });
  await page.bringToFront();
  await panel.waitForSelector('li[data-entity="csto"]');
  await panel.locator('li[data-entity="csto"] button').click();
  await panel.locator('.anc-mentions__item').nth(3).click();
  await page.waitForTimeout(800);
  // The two side by side, on a sheet opened after both are taken and closed before going on: a new tab in the
  // article's window is the tab the panel follows.
  const beside = async (file: string) => {
    const [left, right] = [await page.screenshot(), await panel.screenshot()].map((b) => `data:image/png;base64,${b.toString('base64')}`);
    const sheet = await browser.context.newPage();
    await sheet.setViewportSize({ width: 1280, height: 860 });
    await sheet.setContent(
      `<body style="margin:0;display:flex;background:#444"><img src="${left}" width="900"><img src="${right}" width="380" style="border-left:1px solid #999"></body>`,
    );
    await sheet.screenshot({ path: join(out, file) });
    await sheet.close();
    await page.bringToFront();
    console.log(`wrote ${join('docs', 'screenshots', file)}`);
  };
  await beside('side-panel.png');

  // The page's map, then the card of a country chosen on it: its marker highlighted, the country filled.
  // (Coming back to the article's tab, the panel shows the page's list again.)
  await panel.waitForSelector('circle.anc-map__marker[data-id="tajikistan"]');
  await beside('page-map.png');
  await panel.locator('circle.anc-map__marker[data-id="tajikistan"]').click();
  await panel.waitForSelector('circle.anc-map__marker--selected');
  await beside('page-map-selected.png');

  // The interface in Arabic beside a dark news page: the reader's language, the dark scheme, a site styled dark.
  await worker!.evaluate(() => chrome.storage.local.set({ settings: { uiLanguage: 'ar' } }));
  await Promise.all([page.emulateMedia({ colorScheme: 'dark' }), panel.emulateMedia({ colorScheme: 'dark' })]);
  await page.addStyleTag({ content: 'body { background: #121212; color: #e6e6e6 } main { background: #1b1b1b } header { background: #3a1010 }' });
  await panel.waitForSelector('.anc-panel[dir="rtl"]');
  await beside('arabic-dark.png');
  await worker!.evaluate(() => chrome.storage.local.set({ settings: {} }));
  await Promise.all([page.emulateMedia({ colorScheme: 'light' }), panel.emulateMedia({ colorScheme: 'light' })]);

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1000, height: 760 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('li[data-entity="base-201"] button').click();
  await options.evaluate(() => window.scrollTo(0, 0));
  await options.screenshot({ path: join(out, 'settings-editor.png') });
  console.log(`wrote ${join('docs', 'screenshots', 'settings-editor.png')}`);
  await browser.close();
  await site.close();
}

void main();
