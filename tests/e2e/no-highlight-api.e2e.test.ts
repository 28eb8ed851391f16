import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hideHighlightApiFromExtension, readHighlights, readNotice, withExtension } from './browser';

const env = withExtension();
const en = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/en.json'), 'utf8')) as { notice: { noHighlightApi: string } };

async function openWithoutHighlightApi(path: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await hideHighlightApiFromExtension(page);
  await page.goto(env.site.url + path);
  return page;
}

describe('a browser without the CSS Custom Highlight API', () => {
  it('says so once, as a status, and leaves the page as it was', async () => {
    const page = await openWithoutHighlightApi('/article/0');
    await expect.poll(() => readNotice(page), { timeout: 10_000 }).toEqual({ role: 'status', text: en.notice.noHighlightApi });
    const after = await page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return {
        articleUnchanged: document.querySelector('main')!.innerHTML === served.querySelector('main')!.innerHTML,
        added: [...document.body.children].filter((e) => !served.body.querySelector(e.tagName)).map((e) => e.tagName.replace(/-[a-z0-9]+$/i, '')),
        sheets: document.adoptedStyleSheets.length,
      };
    });
    expect(after).toEqual({ articleUnchanged: true, added: ['ANC-UI'], sheets: 0 });
    expect(await readHighlights(page)).toEqual([]);

    const next = await openWithoutHighlightApi('/article/1');
    await next.waitForLoadState('load');
    await next.waitForTimeout(1500);
    expect(await readNotice(next)).toBeNull();
    await page.close();
    await next.close();
  });
});
