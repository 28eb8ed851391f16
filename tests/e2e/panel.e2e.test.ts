import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pressShortcut, readHighlights, readPopover, waitForHighlights, withExtension } from './browser';
import { FURNITURE, articles, corpusDir, newsFurnitureTexts, pageTexts } from './site/pages';
import { compile, newTextContext } from '../../lexicon/matcher';
import { bundledLexicon } from '../../build/lexicon-data';

const artifacts = join(import.meta.dirname, 'artifacts');
mkdirSync(artifacts, { recursive: true });

let panel: Page;

/** Gold mention counts per entity for one article. */
function goldCounts(index: number): Record<string, number> {
  const doc = articles()[index]!.doc;
  const row = readFileSync(join(corpusDir, 'gold.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .find((r) => r.doc === doc);
  const counts: Record<string, number> = {};
  for (const m of row.mentions as { id: string }[]) counts[m.id] = (counts[m.id] ?? 0) + 1;
  return counts;
}

/**
 * What the panel should list for an article page: the tagger's name mentions in every text block of the page
 * (article and furniture such as comments), and entities met only as nisba adjectives with 0.
 */
const matcher = compile(bundledLexicon);
function countsOf(texts: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const context = newTextContext(); // the page reads each block in the light of those before it
  for (const text of texts) {
    for (const m of matcher.match(text, { context })) counts[m.id] = (counts[m.id] ?? 0) + (m.kind === 'name' ? 1 : 0);
  }
  return counts;
}
const pageCounts = (index: number) => countsOf(pageTexts(articles()[index]!));
/** The text of an article on the news site: its lines, its byline, the caption and ad inside it. */
const storyTexts = (index: number) => [...articles()[index]!.lines, FURNITURE.byline + FURNITURE.date, FURNITURE.caption, ...FURNITURE.ad];

async function openArticle(path: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(env.site.url + path);
  await waitForHighlights(page, 1);
  await page.bringToFront();
  return page;
}

/** The counts the panel lists, by entity id. */
async function listedCounts(): Promise<Record<string, number>> {
  const rows = await panel
    .locator('li[data-entity]')
    .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-entity'), li.querySelector('.anc-list__meta')?.textContent ?? ''] as const));
  return Object.fromEntries(rows.map(([id, meta]) => [id, /^1 mention/.test(meta) ? 1 : Number(/^(\d+) mentions/.exec(meta)?.[1] ?? 0)]));
}

const env = withExtension({ viewport: { width: 960, height: 900 } });

beforeAll(async () => {
  const first = await openArticle('/article/3');
  const [worker] = env.browser.context.serviceWorkers();
  const windowId = await worker!.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.windowId);
  // The panel in a popup window of its own, following the article window's active tab as a side panel would
  // (new test pages keep opening in the article window, the last tabbed one).
  const url = `chrome-extension://${env.browser.extensionId}/sidepanel.html?window=${windowId}`;
  const opened = env.browser.context.waitForEvent('page');
  await worker!.evaluate((u) => chrome.windows.create({ url: u, type: 'popup', width: 380, height: 900, focused: false }), url);
  panel = await opened;
  await first.bringToFront();
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.waitForSelector('li[data-entity]');
});

describe('the side panel', () => {
  it('lists the entities of the active page with their mention counts, grouped by type', async () => {
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual(pageCounts(3));
    // Every hand-checked entity of the article is there, at least as often as the gold counts it.
    const listed = await listedCounts();
    for (const [id, n] of Object.entries(goldCounts(3))) expect(listed[id], id).toBeGreaterThanOrEqual(n);
    const headings = await panel.locator('.anc-list__heading').allTextContents();
    expect(headings[0]).toMatch(/^Countries/);
    // Within a group, the most mentioned comes first.
    const countries = await panel
      .locator('section[aria-labelledby="anc-group-country"] li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-entity')));
    expect(countries[0]).toBe('kazakhstan');
    await panel.screenshot({ path: join(artifacts, 'panel-list.png') });
  });

  it("maps the page's places, countries and military sites by mentions; a marker opens its card and stands out on the map", async () => {
    const mapped = (id: string) => {
      const entry = bundledLexicon.entries.find((e) => e.id === id)!;
      return !!entry.coords && ['place', 'country', 'military'].includes(entry.type);
    };
    const expected = Object.entries(pageCounts(3)).filter(([id, n]) => n > 0 && mapped(id));
    const markers = () =>
      panel
        .locator('circle.anc-map__marker')
        .evaluateAll((cs) => cs.map((c) => [c.getAttribute('data-id')!, Number(c.getAttribute('data-count')), Number(c.getAttribute('r'))] as const));
    await expect.poll(async () => Object.fromEntries((await markers()).map(([id, n]) => [id, n])), { timeout: 10_000 }).toEqual(Object.fromEntries(expected));
    const radius = Object.fromEntries((await markers()).map(([id, , r]) => [id, r]));
    expect(radius.kazakhstan).toBeGreaterThan(radius.russia!);
    expect(radius.russia).toBeGreaterThan(radius.almaty!);
    expect(await panel.getByRole('img', { name: 'Map of the places this page mentions' }).count()).toBe(1);
    await panel.screenshot({ path: join(artifacts, 'panel-map.png') });
    await panel.locator('circle.anc-map__marker[data-id="almaty"]').click();
    await expect.poll(() => panel.locator('.anc-card').getAttribute('data-entity')).toBe('almaty');
    expect(await panel.locator('circle.anc-map__marker--selected').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-id')))).toEqual(['almaty']);
    await panel.getByRole('button', { name: /All entities/ }).click();
  });

  it('opens the CSTO card with its members, and steps the page to a mention', async () => {
    const article = env.browser.context.pages().find((p) => p.url().endsWith('/article/3'))!;
    await panel.locator('li[data-entity="csto"] button').click();
    const members = panel.locator('.anc-card__relation[data-relation="has-member"] li');
    expect(await members.evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-target'), li.getAttribute('data-status')]))).toEqual([
      ['russia', 'member'],
      ['belarus', 'member'],
      ['kazakhstan', 'member'],
      ['kyrgyzstan', 'member'],
      ['tajikistan', 'member'],
      ['armenia', 'frozen'],
      ['uzbekistan', 'former'],
      ['azerbaijan', 'former'],
    ]);
    const before = await article.evaluate(() => window.scrollY);
    const items = panel.locator('.anc-mentions__item');
    expect(await items.count()).toBe(goldCounts(3).csto);
    await items.nth(10).click();
    await expect
      .poll(async () => (await readHighlights(article)).filter((r) => r.name === 'anc-current').map((r) => r.text))
      .toEqual(['منظمة معاهدة الأمن الجماعي']);
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(before + 200);
    await panel.getByRole('button', { name: 'Next mention' }).click();
    expect(await panel.locator('.anc-mentions__position').textContent()).toBe(`Mention 12 of ${goldCounts(3).csto}`);
    await panel.screenshot({ path: join(artifacts, 'panel-csto.png') });
    // Relations are links to other cards.
    await panel.locator('.anc-card__relation[data-relation="has-member"] button', { hasText: 'Tajikistan' }).click();
    await expect.poll(() => panel.locator('.anc-card').getAttribute('data-entity')).toBe('tajikistan');
    await panel.getByRole('button', { name: /All entities/ }).click();
  });

  it('opens on the card the popover asks for', async () => {
    const article = env.browser.context.pages().find((p) => p.url().endsWith('/article/3'))!;
    await article.bringToFront();
    // The keyboard shortcut: the first mention's card opens with focus in it.
    await pressShortcut(article, 1);
    await expect.poll(async () => (await readPopover(article)).entity).toBe('csto');
    await article.keyboard.press('Tab'); // the close button
    // then the links to the card's sources, then "Open in side panel"
    const sources = bundledLexicon.entries.find((e) => e.id === 'csto')!.card.sources ?? [];
    for (let i = 0; i <= sources.length; i++) await article.keyboard.press('Tab');
    await article.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.anc-card').getAttribute('data-entity'), { timeout: 10_000 }).toBe('csto');
    await panel.getByRole('button', { name: /All entities/ }).click();
  });

  it('follows the active tab', async () => {
    const other = await openArticle('/article/0');
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual(pageCounts(0));
    const back = env.browser.context.pages().find((p) => p.url().endsWith('/article/3'))!;
    await back.bringToFront();
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual(pageCounts(3));
    await other.close();
  });

  it('updates the counts when the page adds paragraphs', async () => {
    const page = await openArticle('/dynamic');
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual({ astana: 1, putin: 1 });
    await page.evaluate(() => (window as unknown as { addParagraph(t: string): void }).addParagraph('والتقى بوتين توكاييف في أستانا مجددا.'));
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual({ astana: 2, putin: 2, tokayev: 1 });
    await page.close();
  });

  it('reads a page shaped like a big news site, follows its client-side navigation and its infinite scroll', async () => {
    const page = await openArticle('/news/0');
    // 5,000 elements and more, a ticker rewriting its headlines every second, two ad frames from another origin.
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeGreaterThan(5000);
    expect(page.frames().filter((f) => f.url().includes('localhost:')).length).toBe(2);
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual(countsOf([...newsFurnitureTexts(), ...storyTexts(0)]));
    // The next article, without a reload: the old one's entities go, the new one's come. Clicked from the page: a
    // pointer click scrolls the link, and the sentinel beside it, into view, which may append a third article first.
    await page.evaluate(() => document.getElementById('next')!.click());
    await expect.poll(() => page.url()).toMatch(/\/news\/1$/);
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual(countsOf([...newsFurnitureTexts(), ...storyTexts(1)]));
    const texts = (await readHighlights(page)).map((r) => r.text);
    expect(texts.length).toBeGreaterThan(10);
    // Scrolling to the end of the column adds the article after it, which is read too.
    await page.locator('#sentinel').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#more article').count()).toBe(1);
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual(countsOf([...newsFurnitureTexts(), ...storyTexts(1), ...storyTexts(2)]));
    await page.close();
  });

  it('follows the tab to the next page and hears of its changes after the background was stopped, which tagging starts again', async () => {
    const page = await openArticle('/article/0');
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual(pageCounts(0));
    const cdp = await page.context().newCDPSession(page);
    const status = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      for (const v of versions) if (v.scriptURL.startsWith('chrome-extension://')) status.set(v.scriptURL, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => [...status.values()]).toEqual(['stopped']);
    await page.goto(env.site.url + '/dynamic');
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual({ astana: 1, putin: 1 });
    await page.evaluate(() => (window as unknown as { addParagraph(t: string): void }).addParagraph('والتقى بوتين توكاييف في أستانا مجددا.'));
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual({ astana: 2, putin: 2, tokayev: 1 });
    // The page and the panel tell each other without it; the page's tagging started the stopped worker again, which
    // built its matcher afresh.
    expect([...status.values()]).not.toEqual(['stopped']);
    await cdp.detach();
    await page.close();
  });

  it('lists names the lexicon lacks, shows one on the page, sends one to the settings page and forgets a dismissed one', async () => {
    const page = await openArticle('/dynamic');
    await page.evaluate(() => {
      const add = (window as unknown as { addParagraph(t: string): void }).addParagraph;
      add('وصل الوفد إلى مدينة زاروغاند أمس، وقال وزير الخارجية الطاجيكي فخر الدين قربانوف إن المحادثات مثمرة.');
    });
    const names = () => panel.locator('li[data-candidate]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-candidate')));
    await expect.poll(names, { timeout: 10_000 }).toEqual(expect.arrayContaining(['زاروغاند', 'فخر الدين قربانوف']));
    await panel.locator('li[data-candidate="زاروغاند"] .anc-candidates__name').click();
    // The page marks the name as current: the extension's "current" highlight holds its range.
    await expect.poll(() => readHighlights(page).then((rs) => rs.filter((r) => r.name === 'anc-current').map((r) => r.text))).toEqual(['زاروغاند']);
    const opened = env.browser.context.waitForEvent('page');
    await panel.locator('li[data-candidate="زاروغاند"]').getByRole('button', { name: 'Add to lexicon' }).click();
    const options = await opened;
    await options.waitForLoadState();
    await expect.poll(() => options.locator('.anc-add h2').textContent()).toContain('زاروغاند');
    await options.getByRole('button', { name: 'as a new entry' }).click();
    expect(await options.getByLabel('Arabic name').inputValue()).toBe('زاروغاند');
    expect(await options.getByLabel('Type').inputValue()).toBe('place');
    await options.close();
    await page.bringToFront();
    await panel.locator('li[data-candidate="فخر الدين قربانوف"]').getByRole('button', { name: 'Not a name' }).click();
    await expect.poll(names).not.toContain('فخر الدين قربانوف');
    await page.close();
  });

  it('lists the entities of a same-origin iframe and steps to a mention inside it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url + '/iframe');
    const inner = page.frame({ url: /\/article\/0$/ })!;
    await waitForHighlights(page, 10, inner);
    await page.bringToFront();
    // The same-origin frame holds article 0; the cross-origin one is left alone.
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual(pageCounts(0));
    await panel.locator('li[data-entity="kazakhstan"] button').click();
    await panel.locator('.anc-mentions__item').nth(1).click();
    await expect
      .poll(async () => (await readHighlights(page, inner)).filter((r) => r.name === 'anc-current').map((r) => r.text))
      .toEqual([expect.stringContaining('كازاخستان')]);
    await panel.getByRole('button', { name: /All entities/ }).click();
    await page.close();
  });

  it('filters the list with the search box, reading Arabic as the tagger does', async () => {
    const page = await openArticle('/article/3');
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual(pageCounts(3));
    await panel.getByRole('searchbox').fill('طاجيكستان');
    await expect.poll(async () => Object.keys(await listedCounts())).toEqual(['tajikistan']);
    await panel.getByRole('searchbox').fill('');
    await page.close();
  });

  it('hides an entity on the page and turns it off in the lexicon', async () => {
    const page = await openArticle('/article/3');
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual(pageCounts(3));
    await panel.locator('li[data-entity="moscow"] button').click();
    await panel.getByRole('button', { name: 'Hide on this page' }).click();
    await expect.poll(async () => (await readHighlights(page)).some((r) => r.text.includes('موسكو'))).toBe(false);
    await panel.getByRole('button', { name: 'Show on this page' }).click();
    await expect.poll(async () => (await readHighlights(page)).some((r) => r.text.includes('موسكو'))).toBe(true);
    await panel.getByRole('button', { name: 'Turn off in the lexicon' }).click();
    await expect.poll(async () => (await readHighlights(page)).some((r) => r.text.includes('موسكو'))).toBe(false);
    await panel.getByRole('button', { name: 'Turn on in the lexicon' }).click();
    await expect.poll(async () => (await readHighlights(page)).some((r) => r.text.includes('موسكو'))).toBe(true);
    await page.close();
  });

  it('says so on paused sites and pages it cannot read', async () => {
    const page = await openArticle('/article/1');
    const [worker] = env.browser.context.serviceWorkers();
    await worker!.evaluate((h) => chrome.storage.local.set({ settings: { pausedSites: [h] } }), new URL(env.site.url).hostname);
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Paused on 127.0.0.1.Resume');
    await panel.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(listedCounts, { timeout: 10_000 }).toEqual(pageCounts(1));
    const blank = await env.browser.context.newPage();
    await blank.goto('about:blank');
    await blank.bringToFront();
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/no Arabic text|does not let extensions/);
    await blank.close();
    const english = await env.browser.context.newPage();
    await english.goto(`${env.site.url}/english`);
    await english.bringToFront();
    const noArabic = 'This page has no Arabic text, so the companion stays asleep here. It wakes up if Arabic appears.';
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 10_000 }).toBe(noArabic);
    // A tab open since before the extension started (as the background records on install) asks for a reload, and
    // once reloaded it carries our script and is a page without Arabic again.
    await panel.evaluate(async () => {
      const windowId = Number(new URLSearchParams(location.search).get('window'));
      const [tab] = await chrome.tabs.query({ active: true, windowId });
      await chrome.storage.session.set({ tabsBeforeStart: [tab!.id] });
    });
    await page.bringToFront();
    await english.bringToFront();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('This page is not being read. Reload it to start, or open an article.');
    await english.reload();
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 10_000 }).toBe(noArabic);
    expect(await panel.evaluate(async () => (await chrome.storage.session.get('tabsBeforeStart')).tabsBeforeStart)).toEqual([]);
    await english.close();
    await page.close();
  });

  it('speaks Arabic, right to left', async () => {
    await openArticle('/article/2');
    await panel.getByRole('combobox').selectOption('ar');
    await expect.poll(() => panel.locator('.anc-panel').getAttribute('dir')).toBe('rtl');
    expect(await panel.locator('h1').textContent()).toBe('الكيانات في هذه الصفحة');
    await panel.screenshot({ path: join(artifacts, 'panel-arabic.png') });
    await panel.getByRole('combobox').selectOption('en');
  });
});
