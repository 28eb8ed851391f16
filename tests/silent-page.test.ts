import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { silentPageStatus } from '../entrypoints/sidepanel/use-followed-page';
import { forgetTabBeforeStart, tabsBeforeStart } from '../utils/tabs-before-start';

describe('what the panel says where no reading companion answers', () => {
  it('names browser pages, which no extension may read, wherever the browser gives their address', () => {
    expect(silentPageStatus({ url: 'chrome://extensions/', status: 'complete' }, false)).toEqual({ kind: 'restricted' });
    expect(silentPageStatus({ url: 'about:addons', status: 'complete' }, true)).toEqual({ kind: 'restricted' });
  });

  it('waits for a page that is still loading: its gate has not looked yet', () => {
    expect(silentPageStatus({ url: 'https://news.example/a', status: 'loading' }, false)).toEqual({ kind: 'loading' });
    expect(silentPageStatus({ status: 'loading' }, true)).toEqual({ kind: 'loading' });
  });

  it('asks for a reload of a page open since before the extension started, and says a loaded page has no Arabic', () => {
    expect(silentPageStatus({ url: 'https://news.example/a', status: 'complete' }, true)).toEqual({ kind: 'unreachable' });
    expect(silentPageStatus({ url: 'https://news.example/a', status: 'complete' }, false)).toEqual({ kind: 'noArabic' });
    // Chromium tells an extension without host permissions no web page's address.
    expect(silentPageStatus({ status: 'complete' }, false)).toEqual({ kind: 'noArabic' });
  });
});

describe('the tabs open before the extension started', () => {
  beforeEach(() => fakeBrowser.reset());

  it('forgets a tab once it loads again, and only that tab', async () => {
    await tabsBeforeStart.setValue([3, 7, 9]);
    await forgetTabBeforeStart(7);
    expect(await tabsBeforeStart.getValue()).toEqual([3, 9]);
    await forgetTabBeforeStart(8);
    expect(await tabsBeforeStart.getValue()).toEqual([3, 9]);
  });
});
