import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { againstGold } from './gold';
import { centreOfHighlight, companionStarted, domAgainstServed, highlightsInPage } from './in-page';
import { articles } from './site/pages';
import {
  clickInPopover,
  firefoxDownloads,
  hasUiHost,
  openExtensionPage,
  readHighlights,
  readPopover,
  waitForHighlights,
  waitUntilTagged,
  withFirefox,
} from './firefox';

// The same pages and expectations as in Chromium (reading.e2e, gate.e2e, panel.e2e, settings.e2e, accessibility.e2e),
// in Debian's Firefox ESR. The sidebar page is driven as a tab following the window's active tab, as Chromium's panel
// is. The popover is read inside its closed shadow root through BiDi (firefox.ts). BiDi's key presses reach the page,
// not the browser's own shortcuts: the keyboard test checks Firefox's bindings, then sends what the background sends
// on them.
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
    await waitUntilTagged(page);
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

describe('Firefox: a page shaped like a big news site', () => {
  it('reads its article, follows its client-side navigation and its infinite scroll, and leaves its ad frames alone', async () => {
    const page = await open('/news/0');
    await waitUntilTagged(page);
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeGreaterThan(5000);
    expect(againstGold(0, await readHighlights(page))).toEqual({ missed: [], stray: [] });
    // The reader follows "next article" (clicked from the page: BiDi's pointer calls the link below the fold not
    // clickable).
    await page.evaluate(() => document.getElementById('next')!.click());
    // Puppeteer's URL over BiDi does not follow history.pushState: the page's own location does.
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/news/1');
    // The old article's highlights go (a range left on its removed lines would count as stray), the new one's come.
    await expect.poll(async () => againstGold(1, await readHighlights(page)), { timeout: 10_000 }).toEqual({ missed: [], stray: [] });
    const inMore = async () => (await readHighlights(page, ['#more'])).filter((r) => r.within.length > 0 && r.text !== '').length;
    await page.evaluate(() => document.getElementById('sentinel')!.scrollIntoView());
    await expect.poll(inMore, { timeout: 10_000 }).toBeGreaterThan(5);
    const ads = page.frames().filter((f) => f.url().includes('/ad'));
    expect(ads.length).toBe(2);
    for (const ad of ads) expect(await ad.evaluate(highlightsInPage)).toEqual([]);
    await page.close();
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

  it('imports the companion while a page that declares itself Arabic is still arriving, and reads it once parsed', async () => {
    const page = await env.browser.newPage();
    // The server holds back the body of /slow/ pages (<html lang="ar">) until told to send it: the navigation
    // cannot end before that.
    const arriving = page.goto(`${env.site.url}/slow/2`);
    // Polled on a timer: a page still waiting for its body renders no frames, so animation frames would not come.
    await page.waitForFunction(companionStarted, { polling: 100 });
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    expect(await readHighlights(page)).toEqual([]);
    env.site.finishSlowPages();
    await arriving;
    await waitForHighlights(page, 10);
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
    // The editor's submit button, named Save: an ARIA query would walk the accessibility tree of thousands of entries
    // («Save the Children» in the entry list has the text too).
    const save = await opts.waitForSelector('form.anc-editor button[type="submit"]');
    expect(await save!.evaluate((b) => b.textContent?.trim())).toBe('Save');
    await save!.click();
    await expect.poll(texts, { timeout: 10_000 }).toContain('الكوادر الدبلوماسية');
    expect(
      await page.evaluate(() => [
        document.adoptedStyleSheets.length,
        document.adoptedStyleSheets.includes((window as unknown as { ancSheet: CSSStyleSheet }).ancSheet),
      ]),
    ).toEqual([sheetBefore, true]);
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

describe('Firefox: the popover', () => {
  const at = (page: Page, text: string) => page.evaluate(centreOfHighlight, text);

  it('opens the right card after hovering a mention, and Escape closes it', async () => {
    const page = await open('/article/3');
    await waitForHighlights(page, 10);
    const point = await at(page, 'منظمة معاهدة الأمن الجماعي');
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 8000 }).toBe('csto');
    const card = await readPopover(page);
    for (const member of ['Russia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Armenia']) expect(card.text).toContain(member);
    expect(card.visible).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readPopover(page)).entity).toBeNull();
    await page.close();
  });

  it("shows a place's card with a locator map on click, and none on a card without a place", async () => {
    const page = await open('/article/2');
    await waitForHighlights(page, 10);
    const dushanbe = await at(page, 'دوشنبه');
    await page.mouse.click(dushanbe.x, dushanbe.y);
    await expect.poll(async () => (await readPopover(page)).map, { timeout: 8000 }).toEqual({ label: 'Map: where Dushanbe is', width: expect.any(Number) });
    const card = await readPopover(page);
    expect(card.entity).toBe('dushanbe');
    expect(card.map!.width).toBeGreaterThan(150);
    await page.keyboard.press('Escape');
    const putin = await at(page, 'بوتين');
    await page.mouse.click(putin.x, putin.y);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 8000 }).toBe('putin');
    await pause(300);
    expect((await readPopover(page)).map).toBeNull();
    await page.close();
  });

  it('keeps the card open while the pointer moves onto it and closes it after leaving both', async () => {
    const page = await open('/article/0');
    await waitForHighlights(page, 10);
    const point = await at(page, 'كابول');
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 8000 }).toBe('kabul');
    const { box } = await readPopover(page);
    await page.mouse.move((box!.left + box!.right) / 2, (box!.top + box!.bottom) / 2, { steps: 5 });
    await pause(1000);
    expect((await readPopover(page)).entity).toBe('kabul');
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 8000 }).toBeNull();
    await page.close();
  });

  it('lets the reader say which entry a shared name stands for, on every mention of it on the page', async () => {
    const page = await open('/article/0');
    await waitForHighlights(page, 10);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'وصل الوفد إلى نور سلطان صباح الأحد، وفي نور سلطان عقد اجتماع.';
      document.querySelector('article, main, body')!.append(p);
    });
    const shared = async () => (await readHighlights(page)).filter((r) => r.text === 'نور سلطان').map((r) => r.name);
    await expect.poll(shared, { timeout: 8000 }).toEqual(['anc-place', 'anc-place']);
    const point = await at(page, 'نور سلطان');
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 8000 }).toBe('astana');
    expect((await readPopover(page)).text).toContain('This name may also be:');
    await clickInPopover(page, 'Nursultan Nazarbayev (Person)');
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 8000 }).toBe('nazarbayev');
    await expect.poll(shared).toEqual(['anc-person', 'anc-person']);
    await page.close();
  });

  it('says how the page writes a near spelling, shows the sources, and speaks Arabic when the settings say so', async () => {
    const page = await open('/article/0');
    await waitForHighlights(page, 10);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'وصل الوفد إلى قيرغزيستان صباح الأحد.';
      document.querySelector('article, main, body')!.append(p);
    });
    await expect.poll(async () => (await readHighlights(page)).some((r) => r.text === 'قيرغزيستان' && r.name === 'anc-country'), { timeout: 8000 }).toBe(true);
    const point = await at(page, 'قيرغزيستان');
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 8000 }).toBe('kyrgyzstan');
    const card = await readPopover(page);
    expect(card.text).toContain('the page writes «قيرغزيستان»');
    expect(card.text).toMatch(/as of \d{4}/);
    await page.keyboard.press('Escape');
    const opts = await openExtensionPage(env.browser, 'options.html', '.anc-browser__list li');
    await opts.evaluate(() => browser.storage.local.set({ settings: { uiLanguage: 'ar' } }));
    await page.bringToFront();
    const tajikistan = await at(page, 'طاجيكستان');
    await page.mouse.click(tajikistan.x, tajikistan.y);
    await expect.poll(async () => (await readPopover(page)).text, { timeout: 8000 }).toContain('جمهورية جبلية في آسيا الوسطى');
    expect((await readPopover(page)).text).toContain('افتح في اللوحة الجانبية');
    await opts.evaluate(() => browser.storage.local.remove('settings'));
    await opts.close();
    await page.close();
  });
});

describe('Firefox: the sidebar page and the extension pages', () => {
  it('lists the entities of the active tab in the sidebar page with their map, opens a card, follows the tab to another article, and says why a page is not read', async () => {
    const article = await open('/article/3');
    await waitForHighlights(article, 10);
    const probe = await openExtensionPage(env.browser, 'sidepanel.html', 'h1');
    const windowId = await probe.evaluate(
      async () => (await (globalThis as unknown as { browser: { windows: { getCurrent(): Promise<{ id: number }> } } }).browser.windows.getCurrent()).id,
    );
    await probe.close();
    // The sidebar page as a tab that follows the window's active tab, as the sidebar does.
    const panel = await openExtensionPage(env.browser, `sidepanel.html?window=${windowId}`, 'h1');
    await article.bringToFront();
    const listed = () => panel.evaluate(() => [...document.querySelectorAll('li[data-entity]')].map((li) => li.getAttribute('data-entity')));
    await expect.poll(async () => (await listed()).includes('kazakhstan'), { timeout: 15_000 }).toBe(true);
    // The page map's markers, and a card with its locator map, as in Chromium's side panel.
    await expect.poll(() => panel.evaluate(() => document.querySelectorAll('circle.anc-map__marker[data-id="kazakhstan"]').length)).toBe(1);
    await panel.click('li[data-entity="almaty"] button');
    await panel.waitForSelector('.anc-card[data-entity="almaty"]');
    expect(await panel.evaluate(() => document.querySelector('circle.anc-map__marker--selected')?.getAttribute('data-id'))).toBe('almaty');
    const other = await open('/article/0');
    await waitForHighlights(other, 10);
    await other.bringToFront();
    await expect.poll(async () => (await listed()).includes('afghanistan'), { timeout: 15_000 }).toBe(true);
    // A page without Arabic, then the same tab as one open since before the add-on started, and reloaded.
    const status = () => panel.evaluate(() => document.querySelector('[role="status"]')?.textContent);
    const noArabic = 'This page has no Arabic text, so the companion stays asleep here. It wakes up if Arabic appears.';
    const english = await open('/english');
    await english.bringToFront();
    await expect.poll(status, { timeout: 10_000 }).toBe(noArabic);
    await panel.evaluate(async (windowId) => {
      const { browser } = globalThis as unknown as {
        browser: { tabs: { query(q: object): Promise<{ id: number }[]> }; storage: { session: { set(v: object): Promise<void> } } };
      };
      const [tab] = await browser.tabs.query({ active: true, windowId });
      await browser.storage.session.set({ tabsBeforeStart: [tab!.id] });
    }, windowId);
    await other.bringToFront();
    await english.bringToFront();
    await expect.poll(status, { timeout: 10_000 }).toBe('This page is not being read. Reload it to start, or open an article.');
    await english.reload();
    await expect.poll(status, { timeout: 10_000 }).toBe(noArabic);
    await Promise.all([article.close(), other.close(), english.close(), panel.close()]);
  });

  it('finds no axe-core violation on the sidebar page, the settings page, the popup and the welcome page', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const found: Record<string, string[]> = {};
    for (const [name, path, ready] of [
      ['sidebar', 'sidepanel.html', 'h1'],
      ['settings', 'options.html', '.anc-browser__list li'],
      ['popup', 'popup.html', 'button'],
      ['welcome', 'welcome.html', 'h1'],
    ] as const) {
      const page = await openExtensionPage(env.browser, path, ready);
      await page.evaluate(axeSource);
      found[name] = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string }[] }> } }).axe;
        // Violations only, as in Chromium: the passes and incomplete results of thousands of entries take longer than the test.
        return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
      });
      await page.close();
    }
    expect(found).toEqual({ sidebar: [], settings: [], popup: [], welcome: [] });
  });
});

describe('Firefox: lexicon packs', () => {
  const talap = {
    id: 'talap-centre',
    type: 'organization',
    name: { en: 'Talap applied research centre', ar: 'مركز تالاب للبحوث التطبيقية' },
    aliases: ['مركز البحوث التطبيقية', 'مركز تالاب'],
    card: { summary: { en: 'A Kazakh applied research centre.', ar: 'مركز أبحاث تطبيقية كازاخستاني.' }, facts: [], relations: [] },
  };
  const packFile = (name: string, entries: unknown[]) => {
    const path = join(mkdtempSync(join(tmpdir(), 'anc-pack-')), name);
    writeFileSync(path, JSON.stringify({ format: 'arabic-news-companion/lexicon', version: 1, entries }));
    return path;
  };
  const textOf = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);

  it('refuses a broken pack with the reason, then imports a good one after a preview, and an open article highlights it', async () => {
    const article = await open('/article/4');
    await waitForHighlights(article, 10);
    const opts = await openExtensionPage(env.browser, 'options.html', '.anc-browser__list li');
    const tabNamed = async (label: string) => (await opts.waitForSelector(`::-p-text(${label})`))!.click();
    await tabNamed('Import and export');
    const input = (await opts.waitForSelector('input[type="file"]'))!;
    await input.uploadFile(packFile('broken.json', [{ ...talap, card: { ...talap.card, relations: [{ type: 'related', target: 'atlantis' }] } }]));
    await expect
      .poll(() => textOf(opts, '[role="alert"]'))
      .toMatch(/^The pack was not imported, nothing changed: Entry 1 \("talap-centre"\): relation "related" points at "atlantis"/);
    await input.uploadFile(packFile('talap.json', [talap]));
    await expect.poll(() => textOf(opts, '.anc-preview li[data-kind="added"]')).toBe('add 1 new entry: Talap applied research centre');
    await opts.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Import')!.click());
    await expect.poll(() => textOf(opts, '[role="status"]')).toBe('Imported. Open pages use it now.');
    await expect.poll(async () => (await readHighlights(article)).some((r) => r.text === 'مركز البحوث التطبيقية'), { timeout: 10_000 }).toBe(true);
    await Promise.all([article.close(), opts.close()]);
  });

  it("exports the reader's entries as a file that Firefox saves", async () => {
    const opts = await openExtensionPage(env.browser, 'options.html', '.anc-browser__list li');
    const records = await opts.evaluate(async () =>
      Object.keys(await browser.storage.local.get(null))
        .filter((k) => k.startsWith('lexicon:'))
        .map((k) => k.slice('lexicon:'.length))
        .sort(),
    );
    expect(records).toContain('talap-centre');
    await (await opts.waitForSelector('::-p-text(Import and export)'))!.click();
    await (await opts.waitForSelector('::-p-text(Export my entries)'))!.click();
    const file = join(firefoxDownloads, 'my-arabic-news-companion-entries.json');
    await expect.poll(() => existsSync(file) && readFileSync(file, 'utf8').length > 0, { timeout: 10_000 }).toBe(true);
    const pack = JSON.parse(readFileSync(file, 'utf8')) as { format: string; entries: { id: string }[] };
    expect(pack.format).toBe('arabic-news-companion/lexicon');
    expect(pack.entries.map((e) => e.id).sort()).toEqual(records);
    await opts.close();
  });
});

describe('Firefox: the toolbar button', () => {
  it('says when the companion is paused everywhere', async () => {
    const page = await openExtensionPage(env.browser, 'popup.html', 'button');
    type Ext = {
      browser: {
        storage: { local: { set(v: object): Promise<void> } };
        action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
      };
    };
    const button = () =>
      page.evaluate(async () => {
        const { action } = (globalThis as unknown as Ext).browser;
        return [await action.getBadgeText({}), await action.getTitle({})];
      });
    await page.evaluate(() => (globalThis as unknown as Ext).browser.storage.local.set({ settings: { paused: true } }));
    await expect.poll(button).toEqual(['off', 'Arabic News Companion — paused everywhere']);
    await page.evaluate(() => (globalThis as unknown as Ext).browser.storage.local.set({ settings: {} }));
    await expect.poll(button).toEqual(['', 'Arabic News Companion']);
    await page.close();
  });
});

type Ext = {
  browser: {
    commands: { getAll(): Promise<{ name: string; shortcut: string }[]> };
    contextMenus: { update(id: string, p: object): Promise<void> };
    tabs: { query(q: object): Promise<{ id: number; url: string }[]>; sendMessage(id: number, m: object, o: object): Promise<unknown> };
  };
};

describe('Firefox: a new reader, the keyboard and the menu', () => {
  it('welcomes a new reader once, on install, with the colours, the keys, the panel and pausing', async () => {
    expect(env.welcomeHeading).toBe('Welcome to Arabic News Companion');
    const page = await openExtensionPage(env.browser, 'welcome.html', 'h1');
    expect(await page.evaluate(() => [...document.querySelectorAll('h2')].map((h) => h.textContent))).toEqual([
      'Cards',
      'Keyboard',
      'Side panel',
      'Pausing',
      'Your lexicon',
    ]);
    expect(await page.evaluate(() => document.querySelectorAll('details.anc-legend[open] li').length)).toBe(8);
    expect(await page.evaluate(() => document.body.textContent)).toContain('\u2068Alt+Shift+Period\u2069 goes to the next name');
    await page.close();
  });

  it('binds the shortcuts, steps through mentions with focus in each card, and Escape gives focus back', async () => {
    const page = await open('/article/0');
    await waitForHighlights(page, 10);
    const ext = await openExtensionPage(env.browser, 'popup.html', 'button');
    expect(await ext.evaluate(async () => (await (globalThis as unknown as Ext).browser.commands.getAll()).map((c) => [c.name, c.shortcut]).sort())).toEqual([
      ['next-mention', 'Alt+Shift+Period'],
      ['previous-mention', 'Alt+Shift+Comma'],
    ]);
    // What the background sends to the tab's top frame on a shortcut, in @webext-core/messaging's message format.
    const step = (direction: 1 | -1) =>
      ext.evaluate(
        async (url, d) => {
          const { tabs } = (globalThis as unknown as Ext).browser;
          const tab = (await tabs.query({})).find((t) => t.url === url)!;
          await tabs.sendMessage(tab.id, { id: 1, type: 'navigate', data: d, timestamp: Date.now() }, { frameId: 0 });
        },
        page.url(),
        direction,
      );
    await page.bringToFront();
    await page.focus('h1 a, a');
    const before = await page.evaluate(() => document.activeElement?.outerHTML);
    await step(1);
    // The first card also loads the card's view (popover-view.js), which a busy machine may take more than a second for.
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 10_000 }).toBe('afghanistan');
    expect((await readPopover(page)).focused).toBe(true);
    expect(await readHighlights(page)).toContainEqual(expect.objectContaining({ name: 'anc-current', text: 'أفغانستان' }));
    await step(1);
    await expect.poll(async () => (await readPopover(page)).entity).toBe('kazakhstan');
    await step(-1);
    await expect.poll(async () => (await readPopover(page)).entity).toBe('afghanistan');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readPopover(page)).entity).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
    await Promise.all([ext.close(), page.close()]);
  });

  it('finds «Add to lexicon» in the menu of selected text', async () => {
    const page = await openExtensionPage(env.browser, 'popup.html', 'button');
    // contextMenus.update fails for an item that was never created: it proves the entry exists without a native menu.
    const update = (id: string) =>
      page.evaluate(
        (i) =>
          (globalThis as unknown as Ext).browser.contextMenus.update(i, {}).then(
            () => 'ok',
            (e: Error) => e.message,
          ),
        id,
      );
    expect(await update('add-to-lexicon')).toBe('ok');
    expect(await update('no-such-entry')).not.toBe('ok');
    await page.close();
  });
});
