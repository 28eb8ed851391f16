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

/** The inside of an article element: the headline, the byline and the paragraphs, each line marked with `data-line`. */
function articleMarkup(a: Article): string {
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
  return `<h1 data-line="0">${markup(title, 0)}</h1>
<p class="byline">${FURNITURE.byline}<time datetime="2024-11-27">${FURNITURE.date}</time></p>
${body}`;
}

export function articlePage(a: Article, index: number): string {
  const [title = ''] = a.lines;
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
${articleMarkup(a)}
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

/** Headlines without a name the lexicon holds: the furniture of the news site (ticker, most read, cards). */
export const GENERIC_HEADLINES = [
  'ارتفاع أسعار الذهب في الأسواق المحلية مع نهاية الأسبوع',
  'المنتخب يستعد للمباراة النهائية بمعسكر مغلق',
  'موجة حر جديدة تضرب المنطقة خلال الأيام المقبلة',
  'افتتاح معرض الكتاب بمشاركة مئات دور النشر',
  'دراسة: النوم المبكر يحسن التركيز لدى الطلاب',
  'انخفاض طفيف في أسعار الوقود اعتبارا من الشهر المقبل',
  'مهرجان للفنون الشعبية يجمع فرقا من عشرين بلدا',
  'نصائح للحفاظ على صحة القلب في فصل الشتاء',
  'تراجع مبيعات السيارات الجديدة في الربع الثالث',
  'إطلاق تطبيق لحجز المواعيد في المستشفيات الحكومية',
  'الفريق الأول يفوز بثلاثة أهداف مقابل هدف',
  'أمطار غزيرة متوقعة على المناطق الساحلية',
  'جامعات تعلن مواعيد التسجيل للعام الدراسي الجديد',
  'البورصة تغلق على ارتفاع بدعم من أسهم البنوك',
  'حملة لزراعة مليون شجرة في المدن الكبرى',
  'وصفات سهلة لوجبة العشاء في عشر دقائق',
];

const SECTIONS = ['الرئيسية', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'منوعات', 'تكنولوجيا', 'صحة', 'رأي', 'فيديو'];

/** The text blocks of the news site's furniture, in page order before the article (the tagger reads them too). */
export const newsFurnitureTexts = (): string[] => [...SECTIONS, 'عاجل', ...GENERIC_HEADLINES];

/**
 * A page shaped like a big Arabic news site, around seed article `index`: a header of sections, a live ticker
 * rewriting 30 headlines every second, a "most read" box, two cross-origin ad frames (`crossOrigin`), hundreds of
 * cards with lazy images and a long footer (5,000 elements and more). `window.showArticle(n)` (and the "next
 * article" link) goes to another article without a reload, as a single-page site does (history.pushState); reaching
 * the end of the column, or `window.appendNextArticle()`, adds the next article below, as infinite scroll does.
 */
export function newsSitePage(index: number, crossOrigin: string): string {
  const all = articles();
  const h = (i: number) => escapeHtml(GENERIC_HEADLINES[i % GENERIC_HEADLINES.length]!);
  const cards = Array.from(
    { length: 650 },
    (_, i) =>
      `<div class="card"><a href="#c${i}"><img loading="lazy" src="/pixel.gif?${i}" width="120" height="80" alt=""></a><h3><a href="#c${i}">${h(i)}</a></h3><span class="cat">${SECTIONS[i % SECTIONS.length]}</span></div>`,
  ).join('');
  const footer = Array.from({ length: 900 }, (_, i) => `<a href="#f${i}">${SECTIONS[i % SECTIONS.length]}</a>`).join(' ');
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>${escapeHtml(all[index]!.lines[0] ?? '')}</title>
<style>
  body { font: 17px/1.8 "Noto Naskh Arabic", "Noto Sans Arabic", serif; margin: 0; background: #f4f4f4; color: #1a1a1a; }
  header { background: #0b3c5d; color: #fff; } nav a { color: #fff; margin-inline-end: 12px; } #ticker { background: #b22; color: #fff; white-space: nowrap; overflow: hidden; }
  #ticker .headline { margin-inline-end: 32px; } .layout { display: flex; gap: 16px; max-width: 1100px; margin: 0 auto; }
  main { flex: 3; background: #fff; padding: 16px; } #sidebar { flex: 1; } .ad { width: 100%; height: 250px; border: 0; }
  #related { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; max-width: 1100px; margin: 16px auto; } .card img { background: #ccc; }
  .photo { height: 160px; background: linear-gradient(135deg, #c9d6df, #52616b); } footer { max-width: 1100px; margin: 0 auto; font-size: 12px; }
</style></head>
<body>
<header><nav id="sections">${Array.from({ length: 40 }, (_, i) => `<a href="#s${i}">${SECTIONS[i % SECTIONS.length]}</a>`).join('')}</nav>
<div id="ticker"><b>عاجل</b> ${Array.from({ length: 30 }, (_, i) => `<span class="headline">${h(i)}</span>`).join('')}</div></header>
<div class="layout">
<main id="column">
<article id="story" data-doc="${escapeHtml(all[index]!.doc)}" data-index="${index}">
${articleMarkup(all[index]!)}
</article>
<div id="more"></div>
<a id="next" href="/news/${(index + 1) % all.length}">المقال التالي</a>
<div id="sentinel"></div>
</main>
<aside id="sidebar"><section id="most-read"><h2>الأكثر قراءة</h2><ol>${Array.from({ length: 10 }, (_, i) => `<li><a href="#m${i}">${h(i + 3)}</a></li>`).join('')}</ol></section>
<iframe class="ad" src="${crossOrigin}/ad"></iframe><iframe class="ad" src="${crossOrigin}/ad"></iframe></aside>
</div>
<section id="related">${cards}</section>
<footer>${footer}</footer>
<script>
  const stories = ${JSON.stringify(all.map((a) => ({ doc: a.doc, title: a.lines[0] ?? '', html: articleMarkup(a) })))};
  const pool = ${JSON.stringify(GENERIC_HEADLINES)};
  const story = document.getElementById('story');
  const next = document.getElementById('next');
  let shown = ${index};
  let appended = ${index};
  window.showArticle = (n) => {
    history.pushState({ n }, '', '/news/' + n);
    story.innerHTML = stories[n].html;
    story.dataset.doc = stories[n].doc;
    story.dataset.index = String(n);
    document.title = stories[n].title;
    document.getElementById('more').replaceChildren();
    shown = appended = n;
    next.href = '/news/' + ((n + 1) % stories.length);
  };
  next.addEventListener('click', (e) => {
    e.preventDefault();
    window.showArticle((shown + 1) % stories.length);
  });
  window.appendNextArticle = () => {
    appended = (appended + 1) % stories.length;
    const more = document.createElement('article');
    more.className = 'more';
    more.dataset.doc = stories[appended].doc;
    more.innerHTML = stories[appended].html;
    document.getElementById('more').append(more);
  };
  new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting) && document.getElementById('more').children.length < 2) window.appendNextArticle();
  }).observe(document.getElementById('sentinel'));
  const headlines = [...document.querySelectorAll('#ticker .headline')];
  let tick = 0;
  setInterval(() => {
    tick++;
    headlines.forEach((el, i) => (el.textContent = pool[(i + tick) % pool.length]));
  }, 1000);
</script>
</body></html>`;
}

/** What a cross-origin ad frame of the news site holds. */
export const adPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ad</title></head><body style="margin:0;background:#ffe"><p>Special offer: 50% off this week only.</p></body></html>`;
