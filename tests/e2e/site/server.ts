import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  HOSTILE_CSP,
  adPage,
  articlePage,
  articles,
  bigPage,
  dynamicPage,
  englishPage,
  hostilePage,
  hostileScript,
  iframePage,
  newsSitePage,
  shadowPage,
  tickerPage,
} from './pages';

/** A transparent 1×1 GIF: the news site's lazy images. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export interface Site {
  url: string;
  /** Sends the rest of every /slow/N page held so far: until then the browser is still parsing them. */
  finishSlowPages(): void;
  close(): Promise<void>;
}

/** Serves the sample pages on a free port of 127.0.0.1. */
export async function serveSite(port = 0): Promise<Site> {
  const all = articles();
  const index = () =>
    `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحات تجريبية</title></head><body><ul>${all
      .map((a, i) => `<li><a href="/article/${i}">${a.lines[0]}</a></li>`)
      .join(
        '',
      )}<li><a href="/dynamic">/dynamic</a></li><li><a href="/iframe">/iframe</a></li><li><a href="/shadow">/shadow</a></li><li><a href="/hostile">/hostile</a></li><li><a href="/news/0">/news/0</a></li></ul></body></html>`;
  const held: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const html = (body: string, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(body);
    };
    const article = /^\/article\/(\d+)$/.exec(path);
    if (path === '/') return html(index());
    if (article && all[Number(article[1])]) return html(articlePage(all[Number(article[1])]!, Number(article[1])));
    const slow = /^\/slow\/(\d+)$/.exec(path);
    if (slow && all[Number(slow[1])]) {
      const page = articlePage(all[Number(slow[1])]!, Number(slow[1]));
      const cut = page.indexOf('<body');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(page.slice(0, cut));
      held.push(() => res.end(page.slice(cut)));
      return;
    }
    if (path === '/dynamic') return html(dynamicPage());
    if (path === '/big') return html(bigPage(1_000_000));
    if (path === '/english' || path === '/english/arabic-story') return html(englishPage(1_000_000));
    if (path === '/ticker') return html(tickerPage(300));
    const news = /^\/news\/(\d+)$/.exec(path);
    if (news && all[Number(news[1])]) {
      // The ads come from another origin of the same server, as ad frames do.
      const port = (req.headers.host ?? '').split(':')[1];
      return html(newsSitePage(Number(news[1]), `http://localhost:${port}`));
    }
    if (path === '/ad') return html(adPage);
    if (path === '/pixel.gif') {
      res.writeHead(200, { 'content-type': 'image/gif' });
      return res.end(PIXEL);
    }
    if (path === '/iframe') {
      // 127.0.0.1 and localhost are different origins of the same server.
      const port = (req.headers.host ?? '').split(':')[1];
      return html(iframePage(`http://localhost:${port}`));
    }
    if (path === '/shadow') return html(shadowPage());
    if (path === '/hostile') return html(hostilePage(), { 'content-security-policy': HOSTILE_CSP });
    if (path === '/hostile.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return res.end(hostileScript);
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    finishSlowPages: () => {
      for (const finish of held.splice(0)) finish();
    },
    close: () =>
      new Promise((resolve) => {
        for (const finish of held.splice(0)) finish();
        server.close(() => resolve());
      }),
  };
}
