/**
 * Realistic news pages built from the seed articles, for the end-to-end tests and the demo: right-to-left
 * layout, a header and navigation, nested inline markup and links inside sentences, a figure, an ad slot and
 * comments. Every article line becomes one element carrying `data-line`, so a test can map what is
 * highlighted back to the hand-checked offsets of the source file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const corpusDir = resolve(process.env.CORPUS_DIR ?? join(import.meta.dirname, '../../../../shared/corpus/dev'));

export interface Article {
  doc: string;
  text: string;
  lines: string[];
}

export function articles(): Article[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((doc) => {
      const text = readFileSync(join(corpusDir, doc), 'utf8');
      return { doc, text, lines: text.split('\n') };
    });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Marks up one line the way news sites do: some words bold, some linked, and the first word of a long name
 * split from the rest («<b>قاسم</b> جومارت توكاييف»), without changing the line's text.
 */
function markup(line: string, lineNo: number): string {
  const words = line.split(/( +)/);
  return words
    .map((w, i) => {
      if (/^ +$/.test(w) || w === '') return escapeHtml(w);
      const e = escapeHtml(w);
      if (w === 'قاسم') return `<b>${e}</b>`;
      if ((i + lineNo) % 23 === 0) return `<a href="#w${i}">${e}</a>`;
      if ((i + lineNo) % 17 === 0) return `<strong><em>${e}</em></strong>`;
      return e;
    })
    .join('');
}

/** The page furniture around an article, text that a reader sees too (and the tagger reads). */
export const FURNITURE = {
  nav: ['الرئيسية', 'سياسة', 'اقتصاد', 'رياضة'],
  byline: 'القسم السياسي — ',
  date: '27 نوفمبر 2024',
  caption: 'صورة أرشيفية',
  ad: ['إعلان', 'اشترك الآن في النشرة البريدية'],
  commentsTitle: 'التعليقات',
  comments: [
    { who: 'قارئ', what: ': مقال مفيد عن آسيا الوسطى، شكرا.' },
    { who: 'أحمد', what: ': كيف سترد روسيا؟' },
  ],
};

/** Every text block of an article page, as the content script reads it. */
export function pageTexts(a: Article): string[] {
  const f = FURNITURE;
  return [...f.nav, ...a.lines, f.byline + f.date, f.caption, ...f.ad, f.commentsTitle, ...f.comments.map(({ who, what }) => who + what)];
}

export function articlePage(a: Article, index: number): string {
  const [title = '', ...rest] = a.lines;
  const body = rest
    .map((line, i) => ({ line, no: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, no }, k) => {
      const para = `<p data-line="${no}">${markup(line, no)}</p>`;
      if (k === 2) return `${para}\n<figure><div class="photo" role="img" aria-label="صورة"></div><figcaption>${FURNITURE.caption}</figcaption></figure>`;
      if (k === 5) return `${para}\n<aside class="ad-slot" aria-label="إعلان"><span>${FURNITURE.ad[0]}</span><div class="ad">${FURNITURE.ad[1]}</div></aside>`;
      return para;
    })
    .join('\n');
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
  body { font: 18px/1.8 "Noto Naskh Arabic", "Noto Sans Arabic", serif; margin: 0; background: #fafafa; color: #1a1a1a; }
  header { background: #7a1f1f; color: #fff; padding: 12px 24px; } nav a { color: #fff; margin-inline-end: 16px; }
  main { max-width: 760px; margin: 0 auto; padding: 24px; background: #fff; }
  .photo { height: 160px; background: linear-gradient(135deg, #c9d6df, #52616b); }
  .ad-slot { border: 1px dashed #999; padding: 8px; color: #666; margin: 16px 0; }
  .comments { border-top: 2px solid #eee; margin-top: 32px; }
</style></head>
<body>
<header><nav>${FURNITURE.nav.map((n) => `<a href="/">${n}</a>`).join('')}</nav></header>
<main>
<article data-doc="${escapeHtml(a.doc)}" data-index="${index}">
<h1 data-line="0">${markup(title, 0)}</h1>
<p class="byline">${FURNITURE.byline}<time datetime="2024-11-27">${FURNITURE.date}</time></p>
${body}
</article>
<section class="comments"><h2>${FURNITURE.commentsTitle}</h2>
${FURNITURE.comments.map(({ who, what }) => `<div class="comment"><b>${who}</b>${what}</div>`).join('\n')}
</section>
</main>
<script>document.body.dataset.ready = "1"; document.body.dataset.sheetsWhileParsing = String(document.adoptedStyleSheets.length);</script>
</body></html>`;
}

/** A page that keeps adding paragraphs after load, as an infinitely scrolling site does. */
export function dynamicPage(): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>متابعة مباشرة</title></head>
<body><main id="feed"><p id="first">بدأت القمة في أستانا بحضور بوتين.</p></main>
<script>
  window.addParagraph = (text) => {
    const p = document.createElement('p');
    p.className = 'added';
    p.textContent = text;
    document.getElementById('feed').appendChild(p);
    return p;
  };
</script></body></html>`;
}

/**
 * A page whose article sits in a same-origin iframe, beside a cross-origin one (`crossOrigin`, the same server
 * under another host name) as an ad or a player would be.
 */
export function iframePage(crossOrigin: string): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>إطار</title></head>
<body><h1><a href="#frame">مقال مضمن</a></h1><iframe id="frame" src="/article/0" style="width:100%;height:600px;border:0"></iframe>
<iframe id="other" src="${crossOrigin}/article/1" style="width:100%;height:300px;border:0"></iframe></body></html>`;
}

/** A page whose article sits in an open shadow root. */

export function shadowPage(): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>ظل</title></head>
<body><news-card id="card"></news-card>
<script>
  const root = document.getElementById('card').attachShadow({ mode: 'open' });
  root.innerHTML = '<p>زار لافروف طشقند لبحث أمن آسيا الوسطى.</p>';
</script></body></html>`;
}

/**
 * A page that fights back: a strict CSP, its own ::highlight() rules under the names it can guess, elements
 * named like ours, and a script that tries to reach into whatever the extension adds.
 */
export function hostilePage(): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة معادية</title>
<style>
  ::highlight(anc-country) { background: red !important; }
  ::highlight(anc-person) { color: transparent; }
  anc-ui, [class^="anc-"] { display: none !important; }
  * { font-family: monospace !important; }
</style></head>
<body><anc-ui id="fake">عنصر يحمل اسمنا</anc-ui><div class="anc-popover">نافذة مزيفة</div>
<p id="text">قال بوتين إن روسيا ستدعم طاجيكستان.</p>
<script src="/hostile.js"></script></body></html>`;
}

export const hostileScript = `
  window.__reached = [];
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType !== 1 || n.tagName === 'IMG' || n.dataset.touched) continue;
      n.dataset.touched = '1';
      window.__reached.push({ tag: n.tagName, shadow: n.shadowRoot === null ? 'closed-or-none' : 'open' });
      // Tries to fill whatever was added with markup of its own (blocked here by the CSP and the closed root).
      try { n.innerHTML = '<img src=x onerror="window.__pwned=1">'; } catch (e) {}
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
`;

/** The CSP of the hostile page: no inline script, no foreign styles. */
export const HOSTILE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'";

/** An English sentence pool for pages without Arabic. */
const ENGLISH = [
  'The central bank kept its main rate unchanged on Thursday, citing slowing inflation and a steady labour market.',
  'Analysts said the decision was widely expected after weeks of mixed data on consumer spending and exports.',
  'Shares in technology companies rose in early trading, while energy stocks fell as oil prices eased.',
  'The ministry said it would publish revised figures for the second quarter at the end of the month.',
];

/**
 * An English news page of about `bytes` of text, with no Arabic at all. `window.openArabicArticle()` turns it into
 * an Arabic article without a reload, as a single-page site does on client-side navigation.
 */
export function englishPage(bytes: number): string {
  const paras: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const line = ENGLISH[i % ENGLISH.length]!;
    paras.push(`<p>${line}</p>`);
    size += line.length;
  }
  const arabic = articles()[0]!.lines.filter((l) => l.trim() !== '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets</title></head>
<body><main id="story">${paras.join('\n')}</main>
<script>
  window.openArabicArticle = () => {
    history.pushState({}, '', '/english/arabic-story');
    const main = document.getElementById('story');
    main.replaceChildren(...${JSON.stringify(arabic)}.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  };
</script></body></html>`;
}

/**
 * An English markets board that rewrites `cells` cells of text every animation frame, as live prices and scores
 * do: a page whose DOM never rests.
 */
export function tickerPage(cells: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live board</title></head>
<body><table id="board">${Array.from({ length: cells }, (_, i) => `<tr><td>Stock ${i}</td><td class="price">100.00</td></tr>`).join('')}</table>
<script>
  const prices = [...document.querySelectorAll('.price')];
  const tick = () => {
    for (const cell of prices) cell.textContent = (90 + Math.random() * 20).toFixed(2);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
</script></body></html>`;
}

/** A long page: the seed articles repeated until the text reaches `bytes` of UTF-8, one paragraph per line. */
export function bigPage(bytes: number): string {
  const lines = articles().flatMap((a) => a.lines.filter((l) => l.trim() !== ''));
  const paras: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = lines[i % lines.length]!;
    paras.push(`<p>${markup(line, i)}</p>`);
    size += Buffer.byteLength(line, 'utf8');
  }
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة طويلة</title></head><body><main>${paras.join('\n')}</main></body></html>`;
}
