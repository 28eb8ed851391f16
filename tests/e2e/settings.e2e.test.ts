import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readHighlights, waitForHighlights, withExtension } from './browser';

const talap = {
  id: 'talap-centre',
  type: 'organization',
  name: { en: 'Talap applied research centre', ar: 'مركز تالاب للبحوث التطبيقية' },
  aliases: ['مركز البحوث التطبيقية', 'مركز تالاب'],
  card: {
    summary: { en: 'A Kazakh applied research centre.', ar: 'مركز أبحاث تطبيقية كازاخستاني.' },
    facts: [],
    relations: [{ type: 'led-by', target: 'oshakbayev' }],
  },
};
const pack = (entries: unknown[]) => JSON.stringify({ format: 'arabic-news-companion/lexicon', version: 1, entries });

async function stored(): Promise<Record<string, unknown>> {
  const [worker] = env.browser.context.serviceWorkers();
  return worker!.evaluate(async () => Object.fromEntries(Object.entries(await chrome.storage.local.get(null)).filter(([k]) => k.startsWith('lexicon:'))));
}

async function article(path: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(env.site.url + path);
  await waitForHighlights(page, 5);
  return page;
}

async function options(): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
  await page.waitForSelector('.anc-browser__list li');
  return page;
}

async function importFile(page: Page, name: string, text: string) {
  await page.getByRole('tab', { name: 'Import and export' }).click();
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const texts = async (page: Page) => (await readHighlights(page)).map((r) => r.text);

const env = withExtension();

describe('a new reader', () => {
  it('is welcomed once, on install, by a page on the colours, the keys, the panel and pausing, whose button opens the settings', async () => {
    expect(env.browser.welcomeHeading).toBe('Welcome to Arabic News Companion');
    const page = await env.browser.context.newPage();
    await page.goto(`chrome-extension://${env.browser.extensionId}/welcome.html`);
    await page.waitForSelector('h1');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Cards', 'Keyboard', 'Side panel', 'Pausing', 'Your lexicon']);
    expect(await page.locator('details.anc-legend li').count()).toBe(8);
    expect(await page.getByText(/goes to the next name/).textContent()).toMatch(/^\u2068Alt\+Shift\+(Period|\.)\u2069 goes to the next name/);
    const opened = env.browser.context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open the settings' }).click();
    const settings = await opened;
    await settings.waitForURL(/options\.html/);
    await settings.close();
    await page.close();
  });

  it('finds «Add to lexicon» in the menu of selected text', async () => {
    const [worker] = env.browser.context.serviceWorkers();
    // contextMenus.update fails for an item that was never created: it proves the entry exists without a native menu.
    const update = (id: string) =>
      worker!.evaluate(
        (i) =>
          chrome.contextMenus.update(i, {}).then(
            () => 'ok',
            (e: Error) => e.message,
          ),
        id,
      );
    expect(await update('add-to-lexicon')).toBe('ok');
    expect(await update('no-such-entry')).not.toBe('ok');
  });
});

describe('the settings page', () => {
  it('adds an alias that an already open article highlights at once, without reloading or re-adopting its style sheet', async () => {
    const page = await article('/article/0');
    expect(await texts(page)).not.toContain('الكوادر الدبلوماسية');
    // Adopting a sheet restyles every element of the page: an edit must repaint ranges with the sheet it has.
    const sheetBefore = await page.evaluate(() => {
      (window as unknown as { ancSheet: CSSStyleSheet }).ancSheet = document.adoptedStyleSheets.at(-1)!;
      return document.adoptedStyleSheets.length;
    });
    const opts = await options();
    await opts.getByRole('searchbox').fill('الخارجية الكازاخية');
    await opts.locator('li[data-entity="kazakh-foreign-ministry"] button').click();
    const aliases = opts.getByLabel('Aliases (one per line)');
    await aliases.fill(`${await aliases.inputValue()}\nالكوادر الدبلوماسية`);
    await opts.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => opts.getByRole('status').first().textContent()).toBe('Saved. Open pages use it now.');
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('الكوادر الدبلوماسية');
    expect(
      await page.evaluate(() => [
        document.adoptedStyleSheets.length,
        document.adoptedStyleSheets.includes((window as unknown as { ancSheet: CSSStyleSheet }).ancSheet),
      ]),
    ).toEqual([sheetBefore, true]);
    expect(await opts.locator('li[data-entity="kazakh-foreign-ministry"]').getAttribute('data-origin')).toBe('edited');
    await opts.close();
    await page.close();
  });

  it("moves focus where the reader works: the editor's heading on opening, the entry's row on closing, tabs by arrow keys", async () => {
    const opts = await options();
    const focused = () =>
      opts.evaluate(() => {
        const el = document.activeElement!;
        return el.closest('li[data-entity]')?.getAttribute('data-entity') ?? `${el.tagName} ${el.textContent}`;
      });
    // A row from the second page of the list is there again when its editor closes.
    await opts.getByRole('button', { name: /^Show 100 more/ }).click();
    const later = opts.getByRole('listitem').nth(150);
    const laterId = await later.getAttribute('data-entity');
    await later.getByRole('button').click();
    await opts.getByRole('button', { name: 'Cancel' }).click();
    expect(await focused()).toBe(laterId);
    await opts.getByRole('searchbox').fill('الخارجية الكازاخية');
    await opts.locator('li[data-entity="kazakh-foreign-ministry"] button').first().click();
    expect(await focused()).toMatch(/^H2 Edit: /);
    await opts.getByRole('button', { name: 'Cancel' }).click();
    expect(await focused()).toBe('kazakh-foreign-ministry');
    await opts.getByRole('button', { name: 'New entry' }).click();
    expect(await focused()).toBe('H2 New entry');
    await opts.getByRole('button', { name: 'Cancel' }).click();
    expect(await focused()).toBe('BUTTON New entry');
    await opts.getByRole('tab', { name: 'Lexicon' }).focus();
    await opts.keyboard.press('ArrowRight');
    expect(await focused()).toBe('BUTTON Import and export');
    expect(await opts.getByRole('tab', { name: 'Import and export' }).getAttribute('aria-selected')).toBe('true');
    await opts.keyboard.press('End');
    expect(await focused()).toBe('BUTTON Preferences');
    await opts.keyboard.press('Home');
    expect(await focused()).toBe('BUTTON Lexicon');
    await opts.close();
  });

  it('keeps unsaved edits across the settings tabs, and asks before the page is left with them', async () => {
    const opts = await options();
    await opts.getByRole('searchbox').fill('الخارجية الكازاخية');
    await opts.locator('li[data-entity="kazakh-foreign-ministry"] button').first().click();
    const aliases = opts.getByLabel('Aliases (one per line)');
    await aliases.fill(`${await aliases.inputValue()}\nمسودة لم تحفظ`);
    await opts.getByRole('tab', { name: 'Preferences' }).click();
    await opts.getByRole('tab', { name: 'Lexicon' }).click();
    expect(await aliases.inputValue()).toContain('مسودة لم تحفظ');
    const asked = new Promise<string>((resolve) =>
      opts.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      }),
    );
    await opts.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(opts.isClosed()).toBe(false);
    await opts.close();
  });

  it("shows on the toolbar button that the companion is paused everywhere, in the reader's language", async () => {
    const [worker] = env.browser.context.serviceWorkers();
    const button = () => worker!.evaluate(async () => [await chrome.action.getBadgeText({}), await chrome.action.getTitle({})]);
    await worker!.evaluate(() => chrome.storage.local.set({ settings: { paused: true } }));
    await expect.poll(button).toEqual(['off', 'Arabic News Companion — paused everywhere']);
    await worker!.evaluate(() => chrome.storage.local.set({ settings: { paused: true, uiLanguage: 'ar' } }));
    await expect.poll(button).toEqual(['متوقف', 'رفيق الأخبار العربية — متوقف في كل المواقع']);
    await worker!.evaluate(() => chrome.storage.local.set({ settings: {} }));
    await expect.poll(button).toEqual(['', 'Arabic News Companion']);
  });

  it('flags an alias the tagger could not match before saving it', async () => {
    const opts = await options();
    await opts.getByRole('searchbox').fill('كييف');
    await opts.locator('li[data-entity="kyiv"] button').click();
    const aliases = opts.getByLabel('Aliases (one per line)');
    await aliases.fill(`${await aliases.inputValue()}\nكيف`);
    await expect.poll(() => opts.getByRole('alert').first().textContent()).toBe('“كيف” is a common word: "how", not Kyiv (كييف)');
    const before = await stored();
    await opts.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => opts.getByRole('alert').last().textContent()).toMatch(/^Not saved: aliases: "كيف" is a common word/);
    expect(await stored()).toEqual(before);
    await opts.close();
  });

  it('imports a pack after a preview, and its entities are highlighted', async () => {
    const page = await article('/article/4');
    expect(await texts(page)).not.toContain('مركز البحوث التطبيقية');
    const opts = await options();
    await importFile(opts, 'talap.json', pack([talap]));
    await expect.poll(() => opts.locator('.anc-preview li[data-kind="added"]').textContent()).toBe('add 1 new entry: Talap applied research centre');
    await opts.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => opts.getByRole('status').first().textContent()).toBe('Imported. Open pages use it now.');
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('مركز البحوث التطبيقية');
    await opts.getByRole('tab', { name: 'Lexicon' }).click();
    await opts.getByRole('combobox', { name: 'All origins' }).selectOption('imported');
    expect(await opts.getByRole('listitem').evaluateAll((rows) => rows.map((li) => [li.dataset.entity, li.dataset.origin]))).toEqual([
      ['talap-centre', 'imported'],
    ]);
    await opts.close();
    await page.close();
  });

  it('refuses a broken pack with the reason and keeps the lexicon as it was', async () => {
    const page = await article('/article/4');
    const before = await stored();
    const opts = await options();
    await importFile(opts, 'broken.json', pack([{ ...talap, id: 'talap-2', card: { ...talap.card, relations: [{ type: 'related', target: 'atlantis' }] } }]));
    await expect
      .poll(() => opts.getByRole('alert').textContent())
      .toBe(
        'The pack was not imported, nothing changed: Entry 1 ("talap-2"): relation "related" points at "atlantis", which is neither in the pack nor in the lexicon.',
      );
    await importFile(opts, 'not-json.json', '{ "format": ');
    await expect.poll(() => opts.getByRole('alert').textContent()).toMatch(/^The pack was not imported, nothing changed: The file is not valid JSON/);
    expect(await opts.locator('.anc-preview').count()).toBe(0);
    expect(await stored()).toEqual(before);
    expect(await texts(page)).toContain('مركز البحوث التطبيقية');
    await opts.close();
    await page.close();
  });

  it("exports the reader's entries and imports them back exactly", async () => {
    const before = await stored();
    const opts = await options();
    await opts.getByRole('tab', { name: 'Import and export' }).click();
    const [download] = await Promise.all([opts.waitForEvent('download'), opts.getByRole('button', { name: 'Export my entries' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(
      JSON.parse(text)
        .entries.map((e: { id: string }) => e.id)
        .sort(),
    ).toEqual(['kazakh-foreign-ministry', 'talap-centre']);
    await importFile(opts, 'mine.json', text);
    await expect.poll(() => opts.locator('.anc-preview li[data-kind="unchanged"]').textContent()).toBe('leave 2 as they are');
    await opts.getByRole('radio', { name: /^Replace/ }).check();
    await opts.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => opts.getByRole('status').first().textContent()).toBe('Imported. Open pages use it now.');
    expect(await stored()).toEqual(before);
    await opts.close();
  });

  it('resets an edited entry to the bundled one and deletes an added one', async () => {
    const page = await article('/article/0');
    const opts = await options();
    await opts.getByRole('searchbox').fill('الخارجية الكازاخية');
    await opts.locator('li[data-entity="kazakh-foreign-ministry"] button').click();
    await opts.getByRole('button', { name: 'Reset to bundled' }).click();
    await expect.poll(() => texts(page), { timeout: 10_000 }).not.toContain('الكوادر الدبلوماسية');
    await opts.getByRole('searchbox').fill('talap');
    await opts.locator('li[data-entity="talap-centre"] button').click();
    await opts.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(stored).toEqual({});
    await opts.close();
    await page.close();
  });
});
