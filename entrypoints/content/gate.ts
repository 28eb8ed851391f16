/**
 * The gate: whether a page holds Arabic prose, decided cheaply, before the tagger, its trie and the UI are loaded.
 * Most pages a reader opens are not Arabic; on those the extension must cost next to nothing, so the gate reads
 * a bounded sample of text and, while the page changes, looks again at most twice a second.
 */

/** Arabic letters (U+0621–U+064A) and the Persian and Urdu ones news also carries (U+0671–U+06D3). */
export const isArabicLetter = (code: number) => (code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);

/** Enough Arabic letters for a few words of prose, not a stray name or a word in a quote. */
export const MIN_ARABIC_LETTERS = 40;

/**
 * Most characters of text one check reads from the start of the page and, later, from its end: a 1 MB English
 * page costs the same as a short one. An Arabic site's menus and first headline alone hold MIN_ARABIC_LETTERS.
 */
export const SAMPLE_CHARS = 2_000;

/** Most characters one check reads of the nodes a change of the page added. */
const CHANGED_CHARS = 10_000;

/** How long the gate lets a changing page settle before it reads what was added. */
export const RECHECK_MS = 500;

/**
 * The longest it waits on a page that never rests: each read that finds no Arabic while the page kept changing
 * doubles the wait up to this, so a live board costs one read per four seconds, not two a second.
 */
export const MAX_RECHECK_MS = 4_000;

/** Most nodes kept from one round of changes: a page rewriting thousands of cells is read no more than this. */
const MAX_PENDING = 64;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Whether `text` has an Arabic letter at all: a block without one holds no name worth a tagger's time. */
export function hasArabicLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isArabicLetter(text.charCodeAt(i))) return true;
  return false;
}

/** The primary subtag of the document's declared language (<html lang="ar-EG"> → "ar"), "" when it declares none. */
const declaredLanguage = (doc: Document) => (doc.documentElement?.lang ?? '').toLowerCase().split('-')[0]!.trim();

/** Whether the document says it is Arabic: <html lang="ar…">. */
export function declaredArabic(doc: Document): boolean {
  return declaredLanguage(doc) === 'ar';
}

/**
 * Languages written in the Arabic script, whose pages may carry Arabic names and quotations (Persian, Urdu, Pashto,
 * Kurdish, Sindhi, Uyghur, Balochi): a page in one of them is sampled like a page that declares nothing.
 */
const ARABIC_SCRIPT_LANGUAGES = new Set(['ar', 'fa', 'prs', 'ur', 'ps', 'ckb', 'ku', 'sd', 'ug', 'bal', 'pnb', 'ks']);

/**
 * Whether the document declares a language not written in Arabic script and its title has no Arabic either
 * (<html lang="en"><title>Markets</title>): an English page, whose text is not sampled at load. An Arabic site
 * that mislabels its pages still titles them in Arabic. Reading the title and an attribute touches two nodes,
 * where sampling the text is the first walk of the page in our script's world, which costs the browser
 * 2–5 ms of setting up bindings on a 1 MB page.
 */
export function declaredOtherLanguage(doc: Document): boolean {
  const lang = declaredLanguage(doc);
  return lang !== '' && !ARABIC_SCRIPT_LANGUAGES.has(lang) && !hasArabicLetter(doc.title);
}

/** Resolves once the parser has built the whole document (at once if it has). */
export function documentParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Counts the Arabic letters in the text under `roots`, reading at most `budget` characters from their start (or,
 * `fromEnd`, from their end, where infinite scroll adds), and stops as soon as there are enough. Returns whether
 * there were.
 */
export function hasArabicProse(roots: Iterable<Node>, budget = SAMPLE_CHARS, fromEnd = false): boolean {
  let letters = 0;
  let read = 0;
  for (const root of roots) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const first = root.nodeType === Node.TEXT_NODE ? root : fromEnd ? walker.lastChild() : walker.nextNode();
    for (let node = first; node; node = fromEnd ? walker.previousNode() : walker.nextNode()) {
      if (SKIPPED.has(node.parentElement?.tagName ?? '')) continue;
      const data = (node as Text).data;
      const n = Math.min(data.length, budget - read);
      const from = fromEnd ? data.length - n : 0;
      for (let i = from; i < from + n; i++) if (isArabicLetter(data.charCodeAt(i)) && ++letters >= MIN_ARABIC_LETTERS) return true;
      read += n;
      if (read >= budget) return false;
    }
  }
  return false;
}

/**
 * Calls `onFound` once, when the document has Arabic prose: at once if it has now, or when a change of the page
 * brings some (client-side navigation, lazy content, infinite scroll). Returns a function that stops watching.
 * A page that declares another language (declaredOtherLanguage) is read only when it changes.
 *
 * A page that never rests (live prices rewritten every frame) would hand a mutation observer hundreds of records a
 * frame, and making them costs more than reading them. So the observer listens only until the page first
 * changes: it keeps a few of the changed nodes and goes deaf for RECHECK_MS; then the gate reads those nodes and
 * the start and end of the page, where navigation and infinite scroll put new text, and listens again. A page that
 * changes again as soon as the gate listens waits longer each round (up to MAX_RECHECK_MS); one that rested longer
 * than the wait is read after RECHECK_MS again, so navigation after a quiet spell is still noticed soon.
 */
export function watchForArabic(doc: Document, onFound: () => void): () => void {
  const root = doc.body ?? doc.documentElement;
  if (declaredArabic(doc) || (!declaredOtherLanguage(doc) && hasArabicProse([root]))) {
    onFound();
    return () => {};
  }
  const pending = new Set<Node>();
  let timer = 0;
  /** How long the last round waited (none yet: 0), and when the gate last began to listen. */
  let wait = 0;
  let listenedAt = 0;
  const observer = new MutationObserver((records) => {
    for (let i = 0; i < records.length && pending.size < MAX_PENDING; i++) {
      const r = records[i]!;
      if (r.type === 'characterData') pending.add(r.target);
      else r.addedNodes.forEach((n) => pending.size < MAX_PENDING && pending.add(n));
    }
    observer.disconnect();
    const restless = wait > 0 && Date.now() - listenedAt <= wait;
    wait = restless ? Math.min(wait * 2, MAX_RECHECK_MS) : RECHECK_MS;
    timer = setTimeout(check, wait) as unknown as number;
  });
  const listen = () => {
    listenedAt = Date.now();
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  };
  const check = () => {
    timer = 0;
    const nodes = [...pending];
    pending.clear();
    if (hasArabicProse(nodes, CHANGED_CHARS) || hasArabicProse([root]) || hasArabicProse([root], SAMPLE_CHARS, true)) onFound();
    else listen();
  };
  listen();
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
