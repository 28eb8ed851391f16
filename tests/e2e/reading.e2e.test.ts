import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickInPopover, pressShortcut, readHighlights, readPopover, rectOf, waitForHighlights, waitUntilTagged, withExtension } from './browser';
import { articles } from './site/pages';
import { againstGold } from './gold';
import { domAgainstServed } from './in-page';

export const artifacts = join(import.meta.dirname, 'artifacts');
mkdirSync(artifacts, { recursive: true });

const env = withExtension();

async function open(path: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(env.site.url + path);
  return page;
}

describe('highlighting the seed articles', () => {
  it.each(articles().map((a, i) => [a.doc, i] as const))('%s: the hand-checked mentions are highlighted with their type', async (_doc, index) => {
    const page = await open(`/article/${index}`);
    await waitForHighlights(page, 10);
    await page.waitForTimeout(300); // let the sliced scan finish
    const { missed, stray } = againstGold(index, await readHighlights(page));
    expect(missed).toEqual([]);
    expect(stray).toEqual([]);
    await page.close();
  });

  it('highlights a name split across inline elements as one range', async () => {
    const page = await open('/article/0');
    await waitForHighlights(page, 10);
    const ranges = await readHighlights(page);
    expect(ranges).toContainEqual(expect.objectContaining({ name: 'anc-person', text: 'قاسم جومارت توكاييف' }));
    const split = await page.evaluate(() => document.querySelector('b')?.textContent);
    expect(split).toBe('قاسم');
    await page.close();
  });

  it('styles its highlights with one sheet, adopted before the page was styled', async () => {
    const page = await open('/article/2');
    await waitForHighlights(page, 10);
    const style = await page.evaluate(() => {
      const person = [...CSS.highlights.keys()].find((k) => k.startsWith('anc-person-'))!;
      return {
        whileParsing: document.body.dataset.sheetsWhileParsing,
        sheets: document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')),
        names: [...CSS.highlights.keys()].filter((k) => k.startsWith('anc-')),
        personFill: getComputedStyle(document.querySelector('h1')!, `::highlight(${person})`).backgroundColor,
      };
    });
    // The page's own script, run while it was parsed, already saw our sheet: the early script had adopted it.
    expect(style.whileParsing).toBe('1');
    // The main script took that sheet over instead of adopting a second one.
    expect(style.sheets).toHaveLength(1);
    expect(style.names.length).toBeGreaterThanOrEqual(9);
    for (const name of style.names) expect(style.sheets[0]).toContain(`::highlight(${name})`);
    expect(style.personFill).toBe('rgba(217, 119, 6, 0.16)');
    await page.close();
  });

  it('leaves the DOM and text of the page as they were; opening a card adds one host element', async () => {
    const page = await open('/article/1');
    await waitForHighlights(page, 10);
    const compare = () => page.evaluate(domAgainstServed);
    expect(await compare()).toEqual({ added: 0, sameBody: true, sameHead: true });
    await page.screenshot({ path: join(artifacts, 'highlighted-article.png') });
    const point = await rectOf(page, 'روسيا');
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await readPopover(page)).entity).toBe('russia');
    expect(await compare()).toEqual({ added: 1, sameBody: true, sameHead: true });
    await page.close();
  });
});

describe('the popover', () => {
  it('opens the right card after hovering a mention, and Escape closes it', async () => {
    const page = await open('/article/3');
    await waitForHighlights(page, 10);
    const point = await rectOf(page, 'منظمة معاهدة الأمن الجماعي');
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 5000 }).toBe('csto');
    const card = await readPopover(page);
    for (const member of ['Russia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Armenia']) expect(card.text).toContain(member);
    expect(card.text).toContain('participation frozen');
    await page.screenshot({ path: join(artifacts, 'popover-csto.png') });
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readPopover(page)).entity).toBeNull();
    await page.close();
  });

  it("shows a place's card with a locator map, and none on a card without a place", async () => {
    const page = await open('/article/2');
    await waitForHighlights(page, 10);
    const dushanbe = await rectOf(page, 'دوشنبه');
    await page.mouse.click(dushanbe.x, dushanbe.y);
    await expect.poll(async () => (await readPopover(page)).map, { timeout: 5000 }).toEqual({ label: 'Map: where Dushanbe is', width: expect.any(Number) });
    const card = await readPopover(page);
    expect(card.entity).toBe('dushanbe');
    expect(card.map!.width).toBeGreaterThan(150);
    expect(card.text).toContain('Dushanbe: 38.5° N, 68.8° E');
    await page.screenshot({ path: join(artifacts, 'popover-map.png') });
    await page.keyboard.press('Escape');
    const putin = await rectOf(page, 'بوتين');
    await page.mouse.click(putin.x, putin.y);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 5000 }).toBe('putin');
    await page.waitForTimeout(300);
    expect((await readPopover(page)).map).toBeNull();
    await page.close();
  });

  it('keeps every card inside the viewport, at three window sizes', async () => {
    const page = await open('/article/2');
    await waitForHighlights(page, 10);
    const names = [...new Set((await readHighlights(page)).filter((r) => !r.name.startsWith('anc-nisba')).map((r) => r.text))].slice(0, 12);
    const outside: string[] = [];
    for (const [width, height] of [
      [1280, 900],
      [800, 600],
      [400, 760],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const name of names) {
        await page.keyboard.press('Escape');
        const point = await rectOf(page, name);
        await page.mouse.click(point.x, point.y);
        await expect.poll(async () => (await readPopover(page)).box !== null, { timeout: 5000 }).toBe(true);
        await page.waitForTimeout(100); // the card's placement settles a frame after it opens
        const { box } = await readPopover(page);
        if (!box || box.left < 0 || box.top < 0 || box.right > width || box.bottom > height) {
          outside.push(`${width}×${height} «${name}»: ${JSON.stringify(box)}`);
        }
      }
    }
    expect(outside).toEqual([]);
    await page.close();
  });

  it("highlights a near spelling of a name and says how the page writes it, and shows the card's sources", async () => {
    const page = await open('/article/0');
    await waitForHighlights(page, 10);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'وصل الوفد إلى قيرغزيستان صباح الأحد.';
      document.querySelector('article, main, body')!.append(p);
    });
    await expect.poll(async () => (await readHighlights(page)).some((r) => r.text === 'قيرغزيستان' && r.name === 'anc-country'), { timeout: 5000 }).toBe(true);
    const point = await rectOf(page, 'قيرغزيستان');
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 5000 }).toBe('kyrgyzstan');
    const card = await readPopover(page);
    expect(card.text).toContain('the page writes «قيرغزيستان»');
    expect(card.text).toMatch(/Sources:/);
    expect(card.text).toMatch(/as of \d{4}/);
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
    await expect.poll(shared, { timeout: 5000 }).toEqual(['anc-place', 'anc-place']);
    const point = await rectOf(page, 'نور سلطان');
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 5000 }).toBe('astana');
    expect((await readPopover(page)).text).toContain('This name may also be:');
    await clickInPopover(page, 'Nursultan Nazarbayev (Person)');
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 5000 }).toBe('nazarbayev');
    await expect.poll(shared).toEqual(['anc-person', 'anc-person']);
    // What the page adds later is read the reader's way too.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'وقال نور سلطان إن الحوار مستمر.';
      document.querySelector('article, main, body')!.append(p);
    });
    await expect.poll(shared, { timeout: 5000 }).toEqual(['anc-person', 'anc-person', 'anc-person']);
    await page.close();
  });

  it('underlines names the lexicon lacks only when the reader asks for it', async () => {
    const page = await open('/dynamic');
    await waitForHighlights(page, 2);
    await page.evaluate(() => (window as unknown as { addParagraph(t: string): void }).addParagraph('وصل الوفد إلى مدينة زاروغاند أمس.'));
    await expect.poll(async () => (await readHighlights(page)).some((r) => r.text === 'بوتين')).toBe(true);
    const candidates = async () => (await readHighlights(page)).filter((r) => r.name === 'anc-candidate').map((r) => r.text);
    await page.waitForTimeout(500);
    expect(await candidates()).toEqual([]);
    const [worker] = env.browser.context.serviceWorkers();
    await worker!.evaluate(() => chrome.storage.local.set({ settings: { paused: false, pausedSites: [], hoverDelayMs: 500, showCandidates: true } }));
    await expect.poll(candidates, { timeout: 5000 }).toEqual(['زاروغاند']);
    await worker!.evaluate(() => chrome.storage.local.set({ settings: { paused: false, pausedSites: [], hoverDelayMs: 500 } }));
    await expect.poll(candidates, { timeout: 5000 }).toEqual([]);
    await page.close();
  });

  it('stays open while the pointer moves onto it and closes after leaving both', async () => {
    const page = await open('/article/0');
    await waitForHighlights(page, 10);
    const point = await rectOf(page, 'كابول');
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 5000 }).toBe('kabul');
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 5000 }).toBeNull();
    await page.close();
  });

  it('speaks the language chosen in the settings, right to left in Arabic', async () => {
    const page = await open('/article/2');
    await waitForHighlights(page, 10);
    const [worker] = env.browser.context.serviceWorkers();
    await worker!.evaluate(() => chrome.storage.local.set({ settings: { uiLanguage: 'ar' } }));
    const point = await rectOf(page, 'طاجيكستان');
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await readPopover(page)).text, { timeout: 3000 }).toContain('جمهورية جبلية في آسيا الوسطى');
    expect((await readPopover(page)).text).toContain('افتح في اللوحة الجانبية');
    await worker!.evaluate(() => chrome.storage.local.remove('settings'));
    await page.close();
  });

  it('opens on click without waiting', async () => {
    const page = await open('/article/2');
    await waitForHighlights(page, 10);
    const point = await rectOf(page, 'طاجيكستان');
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 2000 }).toBe('tajikistan');
    await page.close();
  });
});

describe('keyboard', () => {
  it('steps through mentions, opens each card with focus in it, and Escape gives focus back', async () => {
    const page = await open('/article/0');
    await waitForHighlights(page, 10);
    await page.focus('h1 a, a');
    const before = await page.evaluate(() => document.activeElement?.outerHTML);
    await pressShortcut(page, 1);
    await expect.poll(async () => (await readPopover(page)).entity).toBe('afghanistan');
    expect((await readPopover(page)).focused).toBe(true);
    expect(await readHighlights(page)).toContainEqual(expect.objectContaining({ name: 'anc-current', text: 'أفغانستان' }));
    await pressShortcut(page, 1);
    await expect.poll(async () => (await readPopover(page)).entity).toBe('kazakhstan');
    await pressShortcut(page, -1);
    await expect.poll(async () => (await readPopover(page)).entity).toBe('afghanistan');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readPopover(page)).entity).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
    expect((await readHighlights(page)).filter((r) => r.name === 'anc-current')).toEqual([]);
    await page.close();
  });

  it('steps into a same-origin frame, and Escape there gives focus back to the page', async () => {
    const page = await open('/iframe');
    const frame = page.frame({ url: /\/article\/0$/ })!;
    await waitForHighlights(page, 10, frame);
    await page.focus('h1 a');
    // The page itself names nothing: every stop is in the frame, which holds article 0.
    await pressShortcut(page, 1);
    await expect.poll(async () => (await readPopover(page)).entity).toBe('afghanistan');
    expect((await readPopover(page)).focused).toBe(true);
    expect(await readHighlights(page, frame)).toContainEqual(expect.objectContaining({ name: 'anc-current', text: 'أفغانستان' }));
    await pressShortcut(page, 1);
    await expect.poll(async () => (await readPopover(page)).entity).toBe('kazakhstan');
    await pressShortcut(page, -1);
    await expect.poll(async () => (await readPopover(page)).entity).toBe('afghanistan');
    await frame.page().keyboard.press('Escape');
    await expect.poll(async () => (await readPopover(page)).entity).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('مقال مضمن');
    expect((await readHighlights(page, frame)).filter((r) => r.name === 'anc-current')).toEqual([]);
    await page.close();
  });
});

describe('long pages', () => {
  /** Our painted ranges on screen, and those more than two screens away from it. */
  const painted = async (page: Page) => {
    const h = await page.evaluate(() => innerHeight);
    const boxes = (await readHighlights(page)).flatMap((r) => (r.box ? [r.box] : []));
    const far = boxes.filter((b) => b.bottom < -2 * h || b.top > 3 * h).length;
    return { onScreen: boxes.some((b) => b.bottom > 0 && b.top < h), far };
  };

  it('paints the mentions near the viewport of a 1 MB page, and follows the reader down it', async () => {
    const page = await open('/big');
    await waitUntilTagged(page);
    expect(await painted(page)).toEqual({ onScreen: true, far: 0 });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => painted(page)).toEqual({ onScreen: true, far: 0 });
    await page.close();
  });
});

describe('pages that change, nest and fight back', () => {
  it('highlights paragraphs added after load, and drops removed ones', async () => {
    const page = await open('/dynamic');
    await waitForHighlights(page, 2);
    await page.evaluate(() => (window as unknown as { addParagraph(t: string): HTMLElement }).addParagraph('وصل لوكاشينكو إلى دوشنبه.'));
    await expect.poll(async () => (await readHighlights(page)).map((r) => r.text)).toEqual(expect.arrayContaining(['لوكاشينكو', 'دوشنبه']));
    await page.evaluate(() => document.querySelector('.added')!.remove());
    await expect.poll(async () => (await readHighlights(page)).map((r) => r.text).sort()).toEqual(['أستانا', 'بوتين']);
    await page.close();
  });

  it('keeps up with a block the page rewrites several times a second, and ends on its last text', async () => {
    const page = await open('/dynamic');
    await waitForHighlights(page, 2);
    const inLive = async () => (await readHighlights(page, page.mainFrame(), ['.live'])).filter((r) => r.within.length > 0 && r.text !== '').map((r) => r.text);
    // A headline rewritten every 300 ms for 4 s, as a ticker does, ending on the one that names Dushanbe only.
    const seen = await page.evaluate(async () => {
      const versions = ['وصل لوكاشينكو إلى دوشنبه صباحا.', 'أخبار الطقس والرياضة لهذا اليوم.', 'غادر الوفد العاصمة دوشنبه.'];
      const live = document.createElement('p');
      live.className = 'live';
      const text = document.createTextNode(versions[0]!);
      live.append(text);
      document.body.append(live);
      const painted: string[] = [];
      for (let tick = 1; tick <= 40; tick++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (tick % 3 === 0) text.data = versions[tick === 39 ? 2 : (tick / 3) % 2]!;
        // What the next frame paints (the extension's observer has had its turn): a range left over the new text
        // would read a wrong word, or throw when it runs past the text's end.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('anc-')) continue;
          for (const span of h as Iterable<AbstractRange>) {
            if (!live.contains(span.startContainer)) continue;
            const r = document.createRange();
            r.setStart(span.startContainer, span.startOffset);
            r.setEnd(span.endContainer, span.endOffset);
            if (!r.collapsed) painted.push(r.toString());
          }
        }
      }
      return painted;
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(seen.filter((t) => t === 'لوكاشينكو' || t === 'دوشنبه')));
    await expect.poll(inLive, { timeout: 15_000 }).toEqual(['دوشنبه']);
    await page.close();
  });

  it('stops listening inside a ticker that keeps rewriting itself, yet reads the names it comes to show and the page around it', async () => {
    const page = await open('/news/0');
    await waitUntilTagged(page);
    const within = async (selector: string) =>
      (await readHighlights(page, page.mainFrame(), [selector]))
        .filter((r) => r.name !== 'anc-current' && r.within.length > 0 && r.text !== '')
        .map((r) => r.text)
        .sort();
    // The ticker rewrites its 30 headlines every second: after a few rewrites it is looked at, not listened to.
    await page.waitForTimeout(6000);
    expect(await within('#ticker')).toEqual([]);
    // Its round of headlines comes to name Dushanbe: read when the ticker shows a text it has not shown before, at
    // the latest when it is next looked at (MAX_LOOK_EVERY_MS) and its read is due (MAX_WAIT_MS).
    await page.evaluate("pool.fill('وصل الوفد إلى دوشنبه صباحا')");
    await expect.poll(() => within('#ticker'), { timeout: 30_000 }).toContain('دوشنبه');
    // A line the page adds beside the ticker is heard as before.
    await page.evaluate(() => {
      const flash = document.createElement('p');
      flash.id = 'flash';
      flash.textContent = 'التقى بوتين توكاييف في أستانا.';
      document.getElementById('ticker')!.after(flash);
    });
    await expect.poll(() => within('#flash'), { timeout: 10_000 }).toEqual(['أستانا', 'بوتين', 'توكاييف']);
    await page.close();
  });

  it('covers a same-origin iframe and an open shadow root, and leaves cross-origin frames alone', async () => {
    const page = await open('/iframe');
    const frame = page.frame({ url: /\/article\/0$/ })!;
    await waitForHighlights(page, 10, frame);
    expect((await readHighlights(page, frame)).map((r) => r.text)).toContain('أفغانستان');
    const other = page.frame({ url: /localhost:\d+\/article\/1$/ })!;
    await other.waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(1000);
    expect(await readHighlights(page, other)).toEqual([]);
    const shadow = await open('/shadow');
    await waitForHighlights(shadow, 3);
    expect((await readHighlights(shadow)).map((r) => r.text).sort()).toEqual(['آسيا الوسطى', 'طشقند', 'لافروف'].sort());
    await page.close();
    await shadow.close();
  });

  it('is not styled, hidden or scripted by a hostile page', async () => {
    const page = await open('/hostile');
    await waitForHighlights(page, 3);
    expect((await readHighlights(page)).map((r) => r.text).sort()).toEqual(['بوتين', 'روسيا', 'طاجيكستان'].sort());
    const point = await rectOf(page, 'روسيا');
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await readPopover(page)).entity, { timeout: 2000 }).toBe('russia');
    expect((await readPopover(page)).visible).toBe(true);
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      reached: (window as unknown as { __reached: { tag: string; shadow: string }[] }).__reached,
      hostDisplay: [...document.body.children].filter((c) => c.tagName.startsWith('ANC-UI-')).map((c) => getComputedStyle(c).display),
    }));
    expect(seen.pwned).toBe(0);
    // The page saw our host arrive but could not open its shadow root; its display:none !important did not apply.
    expect(seen.reached.filter((r) => r.tag.startsWith('ANC-UI-')).map((r) => r.shadow)).toEqual(['closed-or-none']);
    expect(seen.hostDisplay).toHaveLength(1);
    expect(seen.hostDisplay[0]).not.toBe('none');
    await page.close();
  });
});

describe('pausing', () => {
  it('shows nothing on a paused site and highlights again on resume, without reloading', async () => {
    const page = await open('/article/4');
    await waitForHighlights(page, 10);
    const [worker] = env.browser.context.serviceWorkers();
    const host = new URL(env.site.url).hostname;
    await worker!.evaluate((h) => chrome.storage.local.set({ settings: { paused: false, pausedSites: [h], hoverDelayMs: 500 } }), host);
    await expect.poll(async () => (await readHighlights(page)).length).toBe(0);
    const other = await open('/article/4');
    await other.waitForTimeout(1500);
    expect(await readHighlights(other)).toEqual([]);
    await worker!.evaluate(() => chrome.storage.local.set({ settings: { paused: false, pausedSites: [], hoverDelayMs: 500 } }));
    await waitForHighlights(page, 10);
    await page.close();
    await other.close();
  });

  it('honours a pause made while the page was still loading, after its settings were first read', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.url}/slow/1`, { waitUntil: 'commit' });
    // The page-start script has run (its sheet is adopted) and read the settings; the page is not parsed yet.
    await page.waitForFunction(() => document.adoptedStyleSheets.length > 0);
    const [worker] = env.browser.context.serviceWorkers();
    const host = new URL(env.site.url).hostname;
    await worker!.evaluate((h) => chrome.storage.local.set({ settings: { paused: false, pausedSites: [h], hoverDelayMs: 500 } }), host);
    await page.waitForTimeout(300); // the change reaches the page before the rest of it does
    env.site.finishSlowPages();
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await readHighlights(page)).toEqual([]);
    await worker!.evaluate(() => chrome.storage.local.set({ settings: { paused: false, pausedSites: [], hoverDelayMs: 500 } }));
    await waitForHighlights(page, 10);
    await page.close();
  });
});
